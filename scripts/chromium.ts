import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium by default; CHROMIUM_PATH points elsewhere (e.g. Playwright's own browser).
 * Every browser test, the bench and the screenshot script launch through here so the flags stay in
 * one place.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    ...options,
    headless: true,
  });
}
