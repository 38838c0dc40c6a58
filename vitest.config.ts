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
          // Real servers, real sockets and seconds-long timeouts: the same one retry as the browser tests.
          retry: 1,
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
