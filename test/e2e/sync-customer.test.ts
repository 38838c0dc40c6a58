// A customer's choice follows them (docs/signals.md, "A customer's choice on every device"), end to end with real parts: Chromium runs the built
// widget on a storefront whose `/customer/current.jwt` is the BigCommerce stand-in's, the proxy runs
// on Node, and the proxy saves into the stand-in over HTTP. Logging in is the stand-in's
// `sc_customer=<id>` cookie on the storefront's origin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyEnvFor } from '../../demo/bigcommerce/proxy-env';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { storefrontRoutes } from '../../demo/bigcommerce/storefront-routes';
import { serveNode } from '../../proxy/adapters/node';
import { type ConsentState, gated, pageFinished, type ShopWindow, useShop } from '../support/shop';
import { storefrontHtml } from '../support/storefront';

const HEAD = [gated('analytics', 'analytics'), gated('targeting', 'targeting')].join('');
const sorted = (d: { allow: string[]; deny: string[] } | undefined) =>
  d && { allow: [...d.allow].sort(), deny: [...d.deny].sort() };

describe('sync: a customer’s choice on every device', () => {
  let bc: BigCommerceStandIn;
  let routes: ReturnType<typeof storefrontRoutes> | undefined;
  let proxy: { url: string; close(): Promise<void> } | undefined;
  let proxyPort = 0;
  const saved: Array<{ event: string; customer_id: number }> = [];
  const shop = useShop({ extra: (req, res) => (routes ? routes(req, res) : Promise.resolve(false)) });

  // Consent records (docs/proxy.md) in a throwaway SQLite file, read back through the admin route.
  const recordsDir = mkdtempSync(join(tmpdir(), 'sc-sync-records-'));
  const ADMIN_TOKEN = 'sync-test-admin-token-0123456789abcdef';
  const startProxy = async (port = 0) => {
    proxy = await serveNode(
      {
        ...proxyEnvFor(bc, shop.server.url),
        RECORDS_DB: join(recordsDir, 'records.db'),
        ADMIN_TOKEN,
      },
      { port, host: '127.0.0.1', log: (line) => saved.push(JSON.parse(line)) },
    );
    proxyPort = Number(new URL(proxy.url).port);
  };

  beforeAll(async () => {
    bc = await startBigCommerce();
    routes = storefrontRoutes(bc);
    await startProxy();
  });
  afterAll(async () => {
    await proxy?.close();
    await bc?.close();
    rmSync(recordsDir, { recursive: true, force: true });
  });

  /** The proxy's consent records of one browser, oldest first. */
  const recordsOf = async (consentId: string) => {
    const res = await fetch(`${proxy?.url}/admin/records?format=ndjson&consent_id=${consentId}`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    return (await res.text())
      .split('\n')
      .filter(Boolean)
      .map(
        (line) => JSON.parse(line) as { source: string | null; customer_id: number | null; allow: string[] },
      );
  };

  /** The store's page for a shopper: Stencil renders `{{customer.id}}` empty for a guest. */
  const storePage = (customerId: string, attrs: Record<string, string> = {}) =>
    storefrontHtml({
      attrs: {
        'data-proxy-url': proxy?.url ?? '',
        'data-client-id': bc.clientId,
        'data-customer-id': customerId,
        ...attrs,
      },
      head: HEAD,
    });
  /** A customer beyond the stand-in's five. */
  const addCustomer = (id: number, first_name: string, last_name: string) =>
    bc.state.customers.set(id, {
      id,
      email: `${first_name.toLowerCase()}@example.com`,
      first_name,
      last_name,
      customer_group_id: 0,
    });
  const logIn = (context: BrowserContext, id: number) =>
    context.addCookies([{ name: 'sc_customer', value: String(id), url: shop.server.url }]);
  /** Every request a page makes, as `METHOD url`. */
  const wire = (page: Page) => {
    const seen: string[] = [];
    page.on('request', (r) => seen.push(`${r.method()} ${r.url()}`));
    return seen;
  };
  const jwtRequests = (seen: string[]) => seen.filter((r) => r.includes('/customer/current.jwt'));
  const proxyRequests = (seen: string[]) => seen.filter((r) => r.includes(`:${proxyPort}/`));
  const state = (page: Page) =>
    page.evaluate(() => (window as ShopWindow).StorefrontConsent?.get() as ConsentState);
  /** The `gtag('consent', 'update', …)` states in the page's dataLayer, in order. */
  const consentUpdates = (page: Page) =>
    page.evaluate(() =>
      ((window as Window & { dataLayer?: unknown[] }).dataLayer ?? [])
        .filter((x) => Object.prototype.toString.call(x) === '[object Arguments]')
        .map((x) => Array.from(x as ArrayLike<unknown>))
        .filter((command) => command[0] === 'consent' && command[1] === 'update')
        .map((command) => command[2]),
    );
  /** A refused connection is the browser's own console line, not an error of the widget's. */
  const forgiveRefusedConnections = () => {
    const kept = shop.errors.filter((e) => !e.startsWith('console.error: Failed to load resource'));
    shop.errors.splice(0, shop.errors.length, ...kept);
  };

  it('saves a logged-in customer’s choice in BigCommerce, and a second browser gets it without a banner', async () => {
    await logIn(shop.context, 1);
    const seen = wire(shop.page);
    const url = await shop.visit(storePage('1'));
    await shop.banner().getByRole('button', { name: 'Customize' }).click();
    await shop.preferences().getByRole('switch', { name: 'Analytics' }).click();
    await shop.preferences().getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics']);

    await expect
      .poll(() => sorted(bc.state.consent.get(1)))
      .toEqual({
        allow: ['analytics', 'essential'],
        deny: ['functional', 'targeting'],
      });
    // The stand-in holds the choice a moment before the proxy hears back and logs it.
    await expect.poll(() => saved.at(-1)).toMatchObject({ event: 'consent_saved', customer_id: 1 });
    expect(
      jwtRequests(seen).every(
        (r) => r === `GET ${shop.server.url}/customer/current.jwt?app_client_id=${bc.clientId}`,
      ),
    ).toBe(true);
    expect(proxyRequests(seen)).toContain(`PUT ${proxy?.url}/consent`);
    // Proof of consent: the browser's own record of the decision, and the customer's from their PUT.
    const { consentId } = await state(shop.page);
    expect(consentId).toMatch(/^[\w-]{22}$/);
    await expect
      .poll(async () =>
        (await recordsOf(consentId as string)).map((r) => `${r.source} ${r.customer_id}`).sort(),
      )
      .toEqual(['null 1', 'preferences null']);

    const laptop = await shop.browser.newContext();
    try {
      await logIn(laptop, 1);
      const page = await laptop.newPage();
      const laptopWire = wire(page);
      await page.goto(url);
      await page.waitForFunction(() => (window as ShopWindow).StorefrontConsent?.get().decided === true);
      await pageFinished(page, laptopWire);
      expect(await state(page)).toMatchObject({ allow: ['essential', 'analytics'], decided: true });
      expect(await page.evaluate(() => (window as ShopWindow).__ran)).toEqual(['analytics']);
      expect(await page.getByRole('dialog').count()).toBe(0);
      // A restored decision is a decision (docs/signals.md, "Google Consent Mode v2"): Google Consent Mode hears of it too.
      expect(await consentUpdates(page)).toEqual([
        expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' }),
      ]);
      // It read the choice and wrote nothing back to BigCommerce; the proxy records the restore.
      await expect
        .poll(() => proxyRequests(laptopWire).filter((r) => !r.startsWith('OPTIONS')))
        .toEqual([`GET ${proxy?.url}/consent`, `POST ${proxy?.url}/records`]);
      const laptopId = (await state(page)).consentId as string;
      expect(laptopId).not.toBe(consentId);
      await expect.poll(async () => (await recordsOf(laptopId)).map((r) => r.source)).toEqual(['server']);

      // Its own later visits need nothing from the server.
      laptopWire.length = 0;
      await page.reload();
      await pageFinished(page, laptopWire);
      expect(await page.evaluate(() => (window as ShopWindow).__ran)).toEqual(['analytics']);
      expect(jwtRequests(laptopWire)).toEqual([]);
      expect(proxyRequests(laptopWire)).toEqual([]);
    } finally {
      await laptop.close();
    }
  });

  it('never shows the banner, even for a frame, to a customer whose choice is saved', async () => {
    addCustomer(6, 'Barbara', 'Liskov');
    bc.state.consent.set(6, {
      allow: ['essential', 'analytics', 'targeting'],
      deny: ['functional'],
      updatedAt: new Date().toISOString(),
    });
    await logIn(shop.context, 6);
    // Records, on every frame of the page's life, whether a dialog of the widget's was on screen.
    await shop.context.addInitScript(() => {
      const look = () => {
        if (document.getElementById('storefront-consent')?.shadowRoot?.querySelector('[role="dialog"]')) {
          (window as Window & { __dialogSeen?: boolean }).__dialogSeen = true;
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await shop.visit(storePage('6'));
    await expect.poll(() => shop.ran()).toEqual(['analytics', 'targeting']);
    await shop.finished();
    expect(
      await shop.page.evaluate(() => (window as Window & { __dialogSeen?: boolean }).__dialogSeen),
    ).toBeUndefined();
  });

  it('applies the choice at once when the proxy is down, and saves it on a later page load once it is back', async () => {
    // From nothing, also on a retry after a first attempt saved it.
    bc.state.consent.delete(2);
    await logIn(shop.context, 2);
    await proxy?.close();
    try {
      await shop.visit(storePage('2'));
      await shop.banner().getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => shop.ran()).toEqual(['analytics', 'targeting']);
      await shop.finished();
      expect(bc.state.consent.has(2)).toBe(false);

      // Another page while it is still down: the choice applies, and still waits to be sent.
      await shop.page.reload();
      await shop.finished();
      expect(await shop.ran()).toEqual(['analytics', 'targeting']);
      expect(bc.state.consent.has(2)).toBe(false);
    } finally {
      await startProxy(proxyPort);
    }
    await shop.page.reload();
    await expect
      .poll(() => sorted(bc.state.consent.get(2)))
      .toEqual({
        allow: ['analytics', 'essential', 'functional', 'targeting'],
        deny: [],
      });
    // The record waited in the cookie through two page loads while the proxy was down, and is stored
    // once, even where a page's save reached the proxy as it came back and the next page sent it again.
    const { consentId } = await shop.consent();
    await expect
      .poll(async () =>
        (await recordsOf(consentId as string)).map((r) => `${r.source} ${r.customer_id}`).sort(),
      )
      .toEqual(['banner null', 'null 2']);
    await shop.page.reload();
    await shop.finished();
    expect((await recordsOf(consentId as string)).length).toBe(2);
    expect(await shop.ran()).toEqual(['analytics', 'targeting']);
    expect(await shop.page.getByRole('dialog').count()).toBe(0);
    // Support finds the shopper's records by the id the preferences show.
    await shop.page.evaluate(() => (window as ShopWindow).StorefrontConsent?.open());
    const shown = shop.preferences().getByText(`Consent ID: ${consentId}`);
    await shown.waitFor();
    expect(await shown.isVisible()).toBe(true);
    forgiveRefusedConnections();
  });

  it('keeps one record of a save whose answer the shopper left behind, when the next page sends it again', async () => {
    addCustomer(7, 'Grace', 'Hopper');
    bc.state.consent.delete(7);
    await logIn(shop.context, 7);
    await shop.visit(storePage('7'));
    const accept = shop.banner().getByRole('button', { name: 'Accept all' });
    // The banner waits for the customer's saved choice to be looked up: that call is over.
    await accept.waitFor();
    const saves = () => bc.calls.filter((c) => c.method === 'PUT' && c.path.endsWith('/customers/7/consent'));
    // BigCommerce is slow to answer the first save, and the shopper goes on meanwhile.
    bc.faults.next(1, { delayMs: 1500 });
    await accept.click();
    await expect.poll(() => saves().length).toBe(1);
    await shop.page.reload();
    await shop.finished();
    // The first save lands after all, and the page that did not see it sends the same decision again.
    await expect
      .poll(() => saved.filter((l) => l.event === 'consent_saved' && l.customer_id === 7).length, {
        timeout: 10_000,
      })
      .toBe(2);
    expect(saves().length).toBe(2);
    const { consentId } = await shop.consent();
    await expect
      .poll(async () =>
        (await recordsOf(consentId as string)).map((r) => `${r.source} ${r.customer_id}`).sort(),
      )
      .toEqual(['banner null', 'null 7']);
  });

  it('makes no JWT request for a guest, and sends their choice once they log in', async () => {
    const seen = wire(shop.page);
    await shop.visit(storePage(''));
    await shop.banner().getByRole('button', { name: 'Reject all' }).click();
    await shop.finished();
    expect(jwtRequests(seen)).toEqual([]);
    // A guest's decision is recorded all the same (docs/proxy.md), with no customer.
    await expect
      .poll(() => proxyRequests(seen).filter((r) => !r.startsWith('OPTIONS')))
      .toEqual([`POST ${proxy?.url}/records`]);
    const guest = (await shop.consent()).consentId as string;
    await expect
      .poll(async () => (await recordsOf(guest)).map((r) => [r.source, r.customer_id, r.allow]))
      .toEqual([['banner', null, ['essential']]]);
    expect(bc.state.consent.has(3)).toBe(false);

    // They log in; the store now renders their id into the widget's tag.
    await logIn(shop.context, 3);
    await shop.visit(storePage('3'));
    await expect
      .poll(() => sorted(bc.state.consent.get(3)))
      .toEqual({
        allow: ['essential'],
        deny: ['analytics', 'functional', 'targeting'],
      });
    expect(await shop.page.getByRole('dialog').count()).toBe(0);
    expect(await shop.ran()).toEqual([]);
  });

  /** Holds the page's first `POST /records` until `release()`; resolves `answered` once its answer is in. */
  const holdFirstRecord = async (page: Page) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held = false;
    await page.route(`${proxy?.url}/records`, async (route) => {
      if (route.request().method() !== 'POST' || held) return route.continue();
      held = true;
      await released;
      await route.continue();
    });
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/records'));
    const answered = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/records'),
    );
    return { sent, answered, release };
  };

  it("writes no decision back when the proxy's answer comes after the shopper cleared the browser", async () => {
    await shop.visit(storePage(''));
    const hold = await holdFirstRecord(shop.page);
    await shop.banner().getByRole('button', { name: 'Reject all' }).click();
    await hold.sent;
    await shop.context.clearCookies();
    hold.release();
    await hold.answered;
    // The answer's bookkeeping has run: the page API answers from the same task queue.
    await shop.consent();
    expect(await shop.cookie()).toBeUndefined();
    await shop.page.reload();
    await shop.banner().waitFor();
  });

  it("keeps another tab's newer decision when this tab's answer comes later", async () => {
    await shop.visit(storePage(''));
    const hold = await holdFirstRecord(shop.page);
    await shop.banner().getByRole('button', { name: 'Reject all' }).click();
    await hold.sent;
    // The same shopper, in another tab of the same browser, changes their mind.
    const other = await shop.context.newPage();
    await other.goto(shop.page.url());
    await other.waitForFunction(() => (window as ShopWindow).StorefrontConsent?.get().decided === true);
    await other.evaluate(() => (window as ShopWindow).StorefrontConsent?.acceptAll());
    await expect
      .poll(() => other.evaluate(() => (window as ShopWindow).StorefrontConsent?.get().allow))
      .toEqual(['essential', 'functional', 'analytics', 'targeting']);
    // The other tab's own sends done: its decision recorded, the cookie no longer lists it as unsent.
    await expect.poll(async () => (await shop.cookie())?.value.split('.').length).toBe(7);
    const newer = (await shop.cookie())?.value;
    hold.release();
    await hold.answered;
    await shop.consent();
    expect((await shop.cookie())?.value).toBe(newer);
    await other.reload();
    await other.waitForFunction(() => (window as ShopWindow).StorefrontConsent?.get().decided === true);
    expect(await other.evaluate(() => (window as ShopWindow).StorefrontConsent?.get().allow)).toEqual([
      'essential',
      'functional',
      'analytics',
      'targeting',
    ]);
    await other.close();
  });

  it('keeps one consent id, and both records, when a tab still showing the banner decides after another', async () => {
    await shop.visit(storePage(''));
    const other = await shop.context.newPage();
    await other.goto(shop.page.url());
    const otherBanner = other
      .getByRole('dialog')
      .filter({ has: other.getByRole('button', { name: 'Customize' }) });
    await otherBanner.waitFor();
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    const { consentId } = await shop.consent();
    await expect.poll(async () => (await recordsOf(consentId as string)).length).toBe(1);
    // The other tab loaded before that decision, and still asks: the shopper answers there too.
    await otherBanner.getByRole('button', { name: 'Reject all' }).click();
    await other.waitForFunction(() => (window as ShopWindow).StorefrontConsent?.get().decided === true);
    expect(await other.evaluate(() => (window as ShopWindow).StorefrontConsent?.get().consentId)).toBe(
      consentId,
    );
    await expect
      .poll(async () => (await recordsOf(consentId as string)).map((r) => r.allow))
      .toEqual([['essential', 'functional', 'analytics', 'targeting'], ['essential']]);
    await other.close();
  });

  it('asks a customer whose saved value allows nothing and denies nothing, as if there were none', async () => {
    bc.state.consent.set(4, { allow: ['essential'], deny: [], updatedAt: new Date().toISOString() });
    await logIn(shop.context, 4);
    await shop.visit(storePage('4'));
    await shop.banner().waitFor();
    await shop.finished();
    expect(await shop.banner().isVisible()).toBe(true);
    expect((await shop.consent()).decided).toBe(false);
  });

  it('tells BigCommerce’s own consent feature about a choice restored from the server', async () => {
    bc.state.consent.set(5, {
      allow: ['essential', 'functional'],
      deny: ['analytics', 'targeting'],
      updatedAt: new Date().toISOString(),
    });
    bc.state.nativeConsentPosts.length = 0;
    await logIn(shop.context, 5);
    await shop.visit(storePage('5', { 'data-native-sync': 'on' }));
    await expect
      .poll(() =>
        bc.state.nativeConsentPosts.map((p) => ({
          ...sorted({ allow: p.allow.map(String), deny: p.deny.map(String) }),
          customerId: p.customerId,
        })),
      )
      .toEqual([{ allow: ['2'], deny: ['1', '3'], customerId: 5 }]);
    expect(await shop.consent()).toMatchObject({ allow: ['essential', 'functional'], decided: true });
    expect(await shop.page.getByRole('dialog').count()).toBe(0);
  });
});
