// `npm start` as a person uses it: the real program in its own process, its one URL opened in
// Chromium, the banner, the panel, logging in, the choice saved in BigCommerce (the stand-in) and
// arriving on another browser, and Ctrl-C stopping everything.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { addressOf, cleanEnv, type DemoProcess, ensureBuilt, startDemoProcess } from './demo-process';

interface DemoWindow extends Window {
  StorefrontConsent?: { get(): { decided: boolean; allow: string[] } };
}

/** Two cores shared by every test: give what the page does after a click time to happen. */
const SLOW = { timeout: 10_000 };

const SAMPLES = [
  'functional:chat',
  'analytics:gtag.js',
  'analytics:config',
  'targeting:fbevents.js',
  'targeting:video',
];

describe('npm start: the demo', () => {
  let demo: DemoProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    demo = await startDemoProcess(cleanEnv({ DEMO_PORT: '0' }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (demo && demo.child.exitCode === null) {
      demo.child.kill('SIGKILL');
      await demo.exited;
    }
  });

  /** Uncaught exceptions and console errors on any demo page of the current test. */
  let errors: string[] = [];
  afterEach(() => {
    const seen = errors;
    errors = [];
    expect(seen, 'errors that reached a demo page').toEqual([]);
  });

  async function visit(path = ''): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error')
        errors.push(`console.error: ${message.text()} (${message.location().url})`);
    });
    await page.goto(new URL(path, demo.url).href);
    return page;
  }

  const banner = (page: Page) =>
    page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Customize' }) });

  /** What the demo panel says about each sample tag: 'ran' or 'waiting for consent'. */
  const panelStatus = (page: Page) =>
    page.evaluate((ids) => {
      const status: Record<string, string | undefined> = {};
      for (const id of ids)
        status[id] = document.querySelector(`[data-sample="${id}"] .status`)?.textContent ?? undefined;
      return status;
    }, SAMPLES);

  const expectPanel = async (page: Page, ran: string[]) => {
    const want = Object.fromEntries(
      SAMPLES.map((id) => [id, ran.includes(id) ? 'ran' : 'waiting for consent']),
    );
    await expect.poll(() => panelStatus(page), SLOW).toEqual(want);
  };

  async function logIn(page: Page, name: string): Promise<void> {
    await page.getByRole('link', { name: 'Log in', exact: true }).click();
    await page.getByRole('button', { name: `Log in as ${name}` }).click();
    await page.waitForURL(new URL('/', demo.url).href);
  }

  it('prints the one URL to open and what runs where, each answering', async () => {
    const output = demo.output();
    expect(output.match(/^ {2}Open /gm)).toHaveLength(1);
    const standIn = addressOf(output, 'BigCommerce stand-in');
    const proxy = addressOf(output, 'consent proxy (Node)');
    expect(addressOf(output, 'demo storefront')).toBe(demo.url.replace(/\/$/, ''));

    expect(await (await fetch(`${proxy}/health`)).json()).toEqual({ ok: true });
    // The stand-in's API wants a token, as BigCommerce's does.
    expect((await fetch(`${standIn}/stores/teststore/v3/customers/1/consent`)).status).toBe(401);
    // A guest has no current-customer JWT, as on a real store.
    const clientId = /data-client-id="([^"]+)"/.exec(await (await fetch(demo.url)).text())?.[1];
    expect((await fetch(new URL(`/customer/current.jwt?app_client_id=${clientId}`, demo.url))).status).toBe(
      404,
    );
  });

  it('shows the banner on a first visit, with every sample tag waiting for consent', async () => {
    const page = await visit();
    await banner(page).waitFor();
    for (const name of ['Accept all', 'Reject all', 'Customize']) {
      await expect.poll(() => banner(page).getByRole('button', { name }).isVisible(), SLOW).toBe(true);
    }
    await expectPanel(page, []);
    expect(await page.locator('#demo-decision').textContent()).toMatch(/^No decision yet/);
    expect(await page.locator('#demo-cookies').textContent()).not.toMatch(/_ga|_fbp/);
  });

  it('runs every sample tag after Accept all, and the panel shows it with their cookies', async () => {
    const page = await visit();
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expectPanel(page, SAMPLES);
    await expect.poll(() => banner(page).count(), SLOW).toBe(0);
    expect(await page.locator('#demo-decision').textContent()).toBe(
      'Allowed: essential, functional, analytics, targeting',
    );
    await expect.poll(() => page.locator('#demo-cookies').textContent(), SLOW).toMatch(/_ga.*_fbp|_fbp.*_ga/);
    expect(await page.locator('#demo-consent-mode').textContent()).toContain('analytics_storage: granted');
  });

  it("saves a logged-in customer's choice in BigCommerce, shown on My consent", async () => {
    const page = await visit();
    await logIn(page, 'Grace Hopper');
    expect(await page.locator('script[data-customer-id]').getAttribute('data-customer-id')).toBe('2');
    await banner(page).getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('switch', { name: 'Analytics' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await expectPanel(page, ['analytics:gtag.js', 'analytics:config']);

    await page.getByRole('link', { name: 'My consent' }).click();
    await expect
      .poll(() => page.locator('[data-test="saved-summary"]').textContent(), SLOW)
      .toBe('Saved in BigCommerce: allow essential, analytics; deny functional, targeting.');
    expect(await page.locator('tr[data-category="targeting"] .state').textContent()).toBe('denied');
    // The proxy's record of consent, on the demo's own output.
    await expect
      .poll(() => demo.output(), SLOW)
      .toMatch(
        /^\{"event":"consent_saved","customer_id":2,"consent_id":"[\w-]{22}","allow":\["essential","analytics"\],"deny":\["functional","targeting"\],"time":"[^"]+"\}$/m,
      );
    expect(await page.locator('.calls').textContent()).toMatch(
      /PUT \/stores\/teststore\/v3\/customers\/2\/consent → 200/,
    );
    // The save is in the proxy's consent records: the footer's statistics page counts it.
    await page.getByRole('link', { name: 'Consent statistics' }).click();
    expect(await page.locator('h1').textContent()).toMatch(/^Consent decisions since \d{4}-\d{2}-\d{2}$/);
    // The guest's Accept all of the test before, and this customer's save: the browser's record and
    // their account's copy of it count once.
    expect(await page.locator('body > p').first().textContent()).toBe('2 decisions over 1 days.');
  });

  it('gives the same customer on another browser their choice without a banner', async () => {
    const page = await visit();
    await banner(page).waitFor();
    await logIn(page, 'Grace Hopper');
    await page.waitForFunction(() => (window as DemoWindow).StorefrontConsent?.get().decided === true);
    expect(await page.evaluate(() => (window as DemoWindow).StorefrontConsent?.get().allow)).toEqual([
      'essential',
      'analytics',
    ]);
    await expectPanel(page, ['analytics:gtag.js', 'analytics:config']);
    expect(await banner(page).count()).toBe(0);
  });

  it("brings a logged-in customer's choice back from BigCommerce after Forget this browser", async () => {
    const page = await visit();
    await logIn(page, 'Grace Hopper');
    await page.waitForFunction(() => (window as DemoWindow).StorefrontConsent?.get().decided === true);
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Forget this browser' }).click(),
    ]);
    await page.waitForFunction(() => (window as DemoWindow).StorefrontConsent?.get().decided === true);
    expect(await page.evaluate(() => (window as DemoWindow).StorefrontConsent?.get().allow)).toEqual([
      'essential',
      'analytics',
    ]);
    expect(await banner(page).count()).toBe(0);
    // Still logged in: the session cookie is HttpOnly, out of the page's reach, as on a real store.
    expect(await page.getByRole('link', { name: 'Log out' }).count()).toBe(1);
  });

  it('asks a guest again after Forget this browser', async () => {
    const page = await visit();
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => banner(page).count(), SLOW).toBe(0);
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Forget this browser' }).click(),
    ]);
    await banner(page).waitFor();
    await expectPanel(page, []);
  });

  it('stops the stand-in, the proxy and the storefront on Ctrl-C, and exits 0', async () => {
    const output = demo.output();
    const urls = [
      addressOf(output, 'BigCommerce stand-in'),
      addressOf(output, 'consent proxy (Node)'),
      addressOf(output, 'demo storefront'),
    ];
    for (const context of contexts) await context.close();
    demo.child.kill('SIGINT');
    expect(await demo.exited).toBe(0);
    for (const url of urls) await expect(fetch(url)).rejects.toThrow();
  });
});
