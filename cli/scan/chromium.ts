// Starting the scan's Chromium: Debian's by default, CHROMIUM_PATH or --chromium elsewhere. The flags
// are those the project's browser tests use: headless, no sandbox (containers), no background traffic
// that would show up as requests the store did not make.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { ScanError } from './scan-error';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const chromiumPath = (flag: string | undefined, env: Record<string, string | undefined>): string =>
  flag ?? (env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM);

export async function launchScanBrowser(path: string, extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(path)) {
    throw new ScanError(
      `Chromium not found at ${path}: install it (apt-get install chromium) or point --chromium or CHROMIUM_PATH at a Chromium`,
    );
  }
  try {
    return await chromium.launch({
      executablePath: path,
      args: [...CHROMIUM_ARGS, ...extraArgs],
      headless: true,
      timeout: 30_000,
    });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new ScanError(`Chromium at ${path} did not start: ${first}`);
  }
}
