#!/usr/bin/env node
// Re-takes docs/screenshots/scan-report.png: `storefront-consent scan` of the demo store with its
// leaky theme (DEMO_THEME=leaky), its HTML report (--html) opened in Chromium. Run after `npm run build`.
// Loaded through Vite's module runner like scripts/screenshots.mjs (Node 20 cannot run TypeScript).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = async (file) =>
  (await runnerImport(join(root, file), { root, configFile: false, logLevel: 'warn' })).module;

const { startDemo } = await load('demo/stack.ts');
const { run } = await load('cli/main.ts');
const { launchChromium } = await load('scripts/chromium.ts');

const dir = mkdtempSync(join(tmpdir(), 'scan-report-'));
const html = join(dir, 'report.html');
const demo = await startDemo({ port: 0, env: {}, log: () => {}, theme: 'leaky' });
try {
  const io = { env: process.env, stdout: { write: () => {} }, stderr: process.stderr, isTTY: false };
  const code = await run(['scan', demo.url, '--pages', '3', '--html', html], io);
  if (code === 2) throw new Error('the scan could not run');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(pathToFileURL(html).href);
    await page.screenshot({ path: join(root, 'docs/screenshots/scan-report.png'), fullPage: true });
    console.log('wrote docs/screenshots/scan-report.png');
  } finally {
    await browser.close();
  }
} finally {
  await demo.close();
  rmSync(dir, { recursive: true, force: true });
}
