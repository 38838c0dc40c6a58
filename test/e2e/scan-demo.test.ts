// What the docs show: a scan of `npm start`'s store finds the leaky theme's ungated tags, and the same
// scan passes the default theme, where the same tags are gated and run only after Accept all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanReport } from '../../cli/scan/report';
import { type Demo, startDemo } from '../../demo/stack';
import { CHROMIUM_PATH } from '../../scripts/chromium';
import { runCli } from '../cli/run-cli';
import { ensureBuilt } from './demo-process';

let leaky: Demo;
let gated: Demo;
beforeAll(async () => {
  await ensureBuilt();
  [leaky, gated] = await Promise.all([
    startDemo({ port: 0, env: {}, log: () => {}, theme: 'leaky' }),
    startDemo({ port: 0, env: {}, log: () => {} }),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([leaky?.close(), gated?.close()]);
});

const scan = async (demo: Demo) => {
  const r = await runCli(['scan', demo.url, '--pages', '2', '--json', '--chromium', CHROMIUM_PATH]);
  return { code: r.code, report: JSON.parse(r.stdout) as ScanReport };
};

describe('scan of the demo store', () => {
  it('finds the leaky theme’s tags before a choice and after Reject all', async () => {
    const { code, report } = await scan(leaky);
    expect(code).toBe(1);
    const leaks = new Set(report.violations.map((v) => `${v.pass} ${v.kind} ${v.subject}`));
    for (const pass of ['before', 'after-reject'])
      for (const cookie of ['_ga', '_ga_DEMO42', '_fbp']) expect(leaks).toContain(`${pass} cookie ${cookie}`);
    expect(report.fixes.map((f) => f.markup)).toEqual([
      '<script type="text/plain" data-consent="analytics" async src="/vendor/gtag/js?id=G-DEMO42"></script>',
      '<script type="text/plain" data-consent="targeting" src="/vendor/fbevents.js"></script>',
    ]);
  });

  it('passes the default theme, whose gated tags run after Accept all', async () => {
    const { code, report } = await scan(gated);
    expect(code).toBe(0);
    const accepted = report.passes.find((p) => p.name === 'after-accept');
    expect(accepted?.cookies.map((c) => c.name)).toEqual(
      expect.arrayContaining(['_ga', '_ga_DEMO42', '_fbp', 'storefront_consent']),
    );
  });
});
