// One storefront server and one Chromium per test file, a fresh browser context (a new shopper) per
// test. Every test fails if anything reached the page as an error: an uncaught exception, a console
// error (CSP violations are reported there too) or a JavaScript dialog such as `alert()`.
import type { Browser, BrowserContext, BrowserContextOptions, Cookie, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { type ExtraHandler, type Storefront, startStorefront } from './storefront';

export const COOKIE = 'storefront_consent';
export const UI_FILE = 'storefront-consent-ui.js';
/** The widget's code loaded after the boot: its chunks and language files. */
const WIDGET_CHUNK = /\/(storefront-consent-[a-z]+|i18n\/[\w-]+)\.js$/;

/** What `StorefrontConsent.get()` answers (docs/widget.md). */
export interface ConsentState {
  allow: string[];
  deny: string[];
  decided: boolean;
  revision: number;
  updatedAt: string | null;
  consentId: string | null;
  policy: 'opt-in' | 'opt-out' | 'none';
  region: string | null;
}

export interface Shop {
  readonly server: Storefront;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Page errors, console errors and JavaScript dialogs of the current test. */
  readonly errors: string[];
  readonly warnings: string[];
  /** Every URL the page requested in the current test. */
  readonly requests: string[];
  /** Serve `html` at a fresh path and open it; answers the page's URL. */
  visit(html: string, headers?: Record<string, string>): Promise<string>;
  /** The gated scripts (and frames) that ran, in the order they ran. */
  ran(): Promise<string[]>;
  /** The first-visit banner: the dialog offering Customize. */
  banner(): Locator;
  /** The preferences dialog: the dialog offering Save choices. */
  preferences(): Locator;
  /** `StorefrontConsent.get()` in the page. */
  consent(): Promise<ConsentState>;
  /** The decision cookie as the browser keeps it. */
  cookie(): Promise<Cookie | undefined>;
  /** `pageFinished` for this test's page and requests. */
  finished(): Promise<void>;
  /**
   * Start this test's shopper afresh in a browser context with these options, e.g. `{ timezoneId:
   * 'Europe/Berlin' }` (Chromium fakes the time zone per context). Before the first visit.
   */
  reopen(options: BrowserContextOptions): Promise<void>;
}

export interface ConsentApi {
  get(): ConsentState;
  has(category: string): boolean;
  acceptAll(): void;
  rejectAll(): void;
  set(decision: { allow?: string[]; deny?: string[] }): void;
  open(): void;
  onChange(callback: (state: ConsentState) => void): () => void;
}

/**
 * The page's window as tests see it; cast inside `page.evaluate` callbacks (types are erased, so
 * the cast survives serialisation): `(window as ShopWindow).StorefrontConsent`.
 */
export type ShopWindow = Window & { __ran?: string[]; __finished?: true; StorefrontConsent?: ConsentApi };

/**
 * Waits for positive signs that a storefront page has done what it was going to, so that a check that
 * something did not happen means it: the load event; the page's end marker, a gated `essential`
 * script the widget runs only after every allowed gated script before it (`storefrontHtml` ends
 * with it); and every chunk the widget requested (banner, preferences, sending, a language)
 * evaluated, with what that set off started. `requests` is the page's live list of requests, as URLs
 * or `METHOD url`, including the page's own.
 */
export async function pageFinished(page: Page, requests: readonly string[]): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => (window as ShopWindow).__finished === true);
  const awaited = new Set<string>();
  for (;;) {
    const urls = requests.map((r) => r.split(' ').at(-1) ?? r);
    // Only what this document asked for: its own request is the last one for the page's address.
    const chunks = urls
      .slice(urls.lastIndexOf(page.url()) + 1)
      .filter((url) => WIDGET_CHUNK.test(url) && !awaited.has(url));
    if (chunks.length === 0) return;
    for (const url of chunks) awaited.add(url);
    // The page's own module map: each import resolves once the widget's import of it has evaluated
    // (a failed one stays failed, without a second request), and a task later what it queued has run.
    // A string, so the test runner's transform leaves this import() alone.
    await page.evaluate(
      `Promise.all(${JSON.stringify(chunks)}.map((url) => import(url).catch(() => undefined)))` +
        '.then(() => new Promise((resolve) => setTimeout(resolve, 0)))',
    );
  }
}

export function useShop(o: { extra?: ExtraHandler; chromiumArgs?: string[] } = {}): Shop {
  let server: Storefront | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let errors: string[] = [];
  let warnings: string[] = [];
  let requests: string[] = [];
  let pageCount = 0;

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only available inside a test`);
    return value;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startStorefront(o.extra ? { extra: o.extra } : {}),
      launchChromium(o.chromiumArgs ? { args: o.chromiumArgs } : {}),
    ]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  async function open(options: BrowserContextOptions = {}) {
    context = await need(browser, 'browser').newContext(options);
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error')
        errors.push(`console.error: ${message.text()} (${message.location().url})`);
      if (message.type() === 'warning') warnings.push(message.text());
    });
    page.on('dialog', (dialog) => {
      errors.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
  }

  beforeEach(async () => {
    errors = [];
    warnings = [];
    requests = [];
    await open();
  });
  afterEach(async () => {
    const seen = errors;
    await context?.close();
    context = undefined;
    page = undefined;
    expect(seen, 'errors that reached the storefront page').toEqual([]);
  });

  const shop: Shop = {
    get server() {
      return need(server, 'server');
    },
    get browser() {
      return need(browser, 'browser');
    },
    get context() {
      return need(context, 'context');
    },
    get page() {
      return need(page, 'page');
    },
    get errors() {
      return errors;
    },
    get warnings() {
      return warnings;
    },
    get requests() {
      return requests;
    },
    async visit(html, headers) {
      pageCount += 1;
      const path = `/shop/${pageCount}`;
      shop.server.page(path, html, headers);
      await shop.page.goto(shop.server.url + path);
      return shop.server.url + path;
    },
    ran() {
      return shop.page.evaluate(() => [...((window as ShopWindow).__ran ?? [])]);
    },
    banner() {
      return shop.page
        .getByRole('dialog')
        .filter({ has: shop.page.getByRole('button', { name: 'Customize' }) });
    },
    preferences() {
      return shop.page
        .getByRole('dialog')
        .filter({ has: shop.page.getByRole('button', { name: 'Save choices' }) });
    },
    async consent() {
      await shop.page.waitForFunction(() => (window as ShopWindow).StorefrontConsent !== undefined);
      return shop.page.evaluate(() => (window as ShopWindow).StorefrontConsent?.get() as ConsentState);
    },
    async cookie() {
      return (await shop.context.cookies()).find((cookie) => cookie.name === COOKIE);
    },
    finished() {
      return pageFinished(shop.page, requests);
    },
    async reopen(options) {
      await context?.close();
      await open(options);
    },
  };
  return shop;
}

/** A gated inline script that records `name` when it runs. */
export const gated = (name: string, consent: string, attrs = ''): string =>
  `<script type="text/plain" data-consent="${consent}"${attrs}>(window.__ran = window.__ran || []).push(${JSON.stringify(name)})</script>`;

/** A gated external script: `/slow.js`, answered after `ms`, records `name`. */
export const gatedSlow = (name: string, consent: string, ms = 0, attrs = ''): string =>
  `<script type="text/plain" data-consent="${consent}" src="/slow.js?ms=${ms}&amp;name=${encodeURIComponent(name)}"${attrs}></script>`;
