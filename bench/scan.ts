// The scan figure for `npm run bench`: `storefront-consent scan` of the demo store (default theme),
// 5 pages, as a merchant runs it (the command in-process, real Chromium), timed wall to wall.
import { run } from '../cli/main';
import type { ScanReport } from '../cli/scan/report';
import { startDemo } from '../demo/stack';

export interface ScanBenchResult {
  pages: number;
  seconds: number;
  exitCode: number;
  violations: number;
}

const BUDGET_S = 60;

export async function runScanBench(): Promise<ScanBenchResult> {
  const demo = await startDemo({ port: 0, env: {}, log: () => {} });
  let stdout = '';
  let stderr = '';
  try {
    const started = performance.now();
    const exitCode = await run(['scan', demo.url, '--pages', '5', '--json'], {
      env: process.env.CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.CHROMIUM_PATH } : {},
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      isTTY: false,
    });
    const seconds = (performance.now() - started) / 1000;
    if (exitCode === 2) throw new Error(`the scan could not run:\n${stderr}`);
    const report = JSON.parse(stdout) as ScanReport;
    const result = { pages: report.pages.length, seconds, exitCode, violations: report.violations.length };
    console.log(`\nstorefront-consent scan of the demo store (three passes, fresh profile each)`);
    console.log('| figure | measured | budget |');
    console.log('|---|---|---|');
    console.log(`| ${result.pages}-page scan, wall time | ${seconds.toFixed(1)} s | ≤ ${BUDGET_S} s |`);
    console.log(`| violations found (default theme) | ${result.violations} | 0 |`);
    return result;
  } finally {
    await demo.close();
  }
}
