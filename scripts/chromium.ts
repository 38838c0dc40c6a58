import { type Browser, chromium, type LaunchOptions } from 'playwright-core';
// The flags are the scan's, which ships with the command line: one list for product and tests.
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../cli/scan/chromium';

/**
 * Debian's Chromium by default; CHROMIUM_PATH points elsewhere (e.g. Playwright's own browser).
 * Every browser test, the bench and the screenshot script launch through here so the flags stay in
 * one place.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;

export { CHROMIUM_ARGS };

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    ...options,
    headless: true,
  });
}
