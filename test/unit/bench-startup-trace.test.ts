// The returning visit's browser (bench/startup-trace.ts) never outlives its sample: a browser that never
// reports is killed at the timeout, one that exits early fails the sample, and its folder is gone either
// way. A shell script stands in for Chromium (CHROMIUM_PATH).
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'fake-chromium-'));
const pidFile = join(dir, 'pid');
const browser = join(dir, 'chromium');
// Records its pid and the folder its profile is in, then waits (or exits at once with EXIT_AT_ONCE).
writeFileSync(
  browser,
  `#!/bin/sh
for a in "$@"; do case "$a" in --user-data-dir=*) echo "$$ \${a#--user-data-dir=}" > "${pidFile}";; esac; done
[ -n "$EXIT_AT_ONCE" ] && exit 3
sleep 60
`,
);
chmodSync(browser, 0o755);
vi.stubEnv('CHROMIUM_PATH', browser);
const { StartupTraceTimeout, traceStartup } = await import('../../bench/startup-trace');

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const options = { url: 'http://127.0.0.1:1/', categories: ['toplevel'], seconds: 3, timeoutMs: 500 };

describe('bench: a Chromium started with startup tracing', () => {
  it('is killed, and its profile and trace deleted, when the page never reports', async () => {
    const never = new Promise<never>(() => {});
    await expect(traceStartup({ ...options, report: never })).rejects.toBeInstanceOf(StartupTraceTimeout);
    const [pid, profile] = readFileSync(pidFile, 'utf8').trim().split(' ');
    expect(alive(Number(pid))).toBe(false);
    expect(existsSync(join(profile ?? '', '..'))).toBe(false);
  });

  it('fails the sample when the browser exits before its trace is read', async () => {
    vi.stubEnv('EXIT_AT_ONCE', '1');
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('storefront-consent-bench-')).length;
    await expect(
      traceStartup({ ...options, timeoutMs: 5000, report: new Promise<never>(() => {}) }),
    ).rejects.toThrow(/Chromium exited \(3\) before its trace was read/);
    const after = readdirSync(tmpdir()).filter((f) => f.startsWith('storefront-consent-bench-')).length;
    expect(after).toBeLessThanOrEqual(before);
  });
});
