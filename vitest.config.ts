import { defineConfig } from 'vitest/config';

// One runner for every kind of test, so `npm test` and CI total them in one place.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        extends: true,
        test: {
          name: 'proxy',
          include: ['test/proxy/**/*.test.ts', 'test/standin/**/*.test.ts'],
          environment: 'node',
          // No retry here: the few tests that race a real clock over real sockets take `{ retry: 1 }`
          // themselves, so a deterministic test that fails once fails the run.
        },
      },
      {
        extends: true,
        test: { name: 'cli', include: ['test/cli/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A real browser on a shared two-core machine can miss a beat; a test that fails twice in a
          // row fails the run, and one that passes only on its retry is named in `npm test`'s summary.
          retry: 1,
        },
      },
    ],
    // Two cores: more workers than that only makes the browser tests flaky.
    maxWorkers: 2,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
