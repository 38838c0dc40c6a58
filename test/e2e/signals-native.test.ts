// BigCommerce's own consent feature (docs/signals.md, "BigCommerce's own consent feature"), in Chromium against the built widget and the
// BigCommerce stand-in's storefront routes: each decision reaches `POST /api/storefront/consent` as
// BigCommerce's numbers, a failed post is retried on a later page load, and BigCommerce's own banner
// stays hidden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { storefrontRoutes } from '../../demo/bigcommerce/storefront-routes';
import { gated, useShop } from '../support/shop';
import { type StorefrontPage, storefrontHtml } from '../support/storefront';

/** What Stencil renders when BigCommerce's own cookie consent is on. */
const NATIVE_BANNER =
  '<div id="consent-manager" role="region">BigCommerce cookie banner</div>' +
  '<div id="consent-manager-update-banner">Update your cookie preferences</div>';

const sorted = (post: { allow: number[]; deny: number[] } | undefined) =>
  post && { allow: [...post.allow].sort(), deny: [...post.deny].sort() };

describe("signals: BigCommerce's own consent feature", () => {
  let bc: BigCommerceStandIn;
  let routes: ReturnType<typeof storefrontRoutes> | undefined;
  const shop = useShop({ extra: (req, res) => (routes ? routes(req, res) : Promise.resolve(false)) });

  beforeAll(async () => {
    bc = await startBigCommerce();
    routes = storefrontRoutes(bc);
  });
  afterAll(() => bc?.close());

  const posts = () => bc.state.nativeConsentPosts.map(sorted);
  const open = async (attrs: Record<string, string>, o: StorefrontPage = {}) => {
    bc.state.nativeConsentPosts.length = 0;
    await shop.visit(
      storefrontHtml({ attrs, head: gated('analytics', 'analytics'), body: NATIVE_BANNER, ...o }),
    );
    await shop.banner().waitFor();
  };

  it('posts Accept all as the complete set of numbers, and hides BigCommerce’s banner', async () => {
    await open({ 'data-native-sync': 'on' });
    expect(await shop.page.locator('#consent-manager').isHidden()).toBe(true);
    expect(await shop.page.locator('#consent-manager-update-banner').isHidden()).toBe(true);
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(posts).toEqual([{ allow: [1, 2, 3], deny: [] }]);
  });

  it('posts Reject all, and a custom choice, each as one complete post', async () => {
    await open({ 'data-native-sync': 'on' });
    await shop.banner().getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(posts).toEqual([{ allow: [], deny: [1, 2, 3] }]);

    await shop.page.getByRole('link', { name: 'Cookie settings' }).click();
    await shop.preferences().getByRole('switch', { name: 'Analytics' }).click();
    await shop.preferences().getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(posts).toEqual([
      { allow: [], deny: [1, 2, 3] },
      { allow: [1], deny: [2, 3] },
    ]);
    // Sent once: the next page load has nothing left to send.
    await shop.page.reload();
    await shop.finished();
    expect(posts()).toHaveLength(2);
    expect(await shop.ran()).toEqual(['analytics']);
  });

  it("uses the merchant's numbers from data-native-ids", async () => {
    await open({ 'data-native-sync': 'on', 'data-native-ids': 'analytics:3,functional:1,targeting:2' });
    await shop.banner().getByRole('button', { name: 'Customize' }).click();
    await shop.preferences().getByRole('switch', { name: 'Analytics' }).click();
    await shop.preferences().getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(posts).toEqual([{ allow: [3], deny: [1, 2] }]);
  });

  it('keeps a decision whose post failed and sends it on the next page load', async () => {
    await open({ 'data-native-sync': 'on' });
    await shop.page.route('**/api/storefront/consent', (route) => route.abort('connectionrefused'));
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics']);
    await shop.finished();
    expect(posts()).toEqual([]);

    await shop.page.unroute('**/api/storefront/consent');
    await shop.page.reload();
    await expect.poll(posts).toEqual([{ allow: [1, 2, 3], deny: [] }]);
    await shop.page.reload();
    await shop.finished();
    expect(posts()).toHaveLength(1);
    // The failed post is the browser's own console line, not an error of the widget's.
    const failed = shop.errors.filter((e) => e.startsWith('console.error: Failed to load resource'));
    shop.errors.splice(0, shop.errors.length, ...shop.errors.filter((e) => !failed.includes(e)));
  });

  it('warns the merchant when BigCommerce refuses the numbers, and keeps the decision pending', async () => {
    // 4 is not one of BigCommerce's current numbers (consent.sf.yml): its endpoint answers 400.
    await open({ 'data-native-sync': 'on', 'data-native-ids': 'analytics:2,functional:3,targeting:4' });
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect
      .poll(() => shop.warnings.some((w) => w.includes('/api/storefront/consent answered 400')))
      .toBe(true);
    expect(posts()).toEqual([]);
    expect(await shop.ran()).toEqual(['analytics']);
    // Still pending: the next page load tries again.
    const refused = () =>
      shop.warnings.filter((w) => w.includes('/api/storefront/consent answered 400')).length;
    await shop.page.reload();
    await expect.poll(refused).toBe(2);
    shop.errors.splice(
      0,
      shop.errors.length,
      ...shop.errors.filter((e) => !e.startsWith('console.error: Failed to load resource')),
    );
  });

  it('posts nothing and hides nothing when the option is off', async () => {
    await open({});
    expect(await shop.page.locator('#consent-manager').isVisible()).toBe(true);
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics']);
    await shop.page.reload();
    await shop.finished();
    expect(shop.requests.filter((url) => url.includes('/api/storefront/consent'))).toEqual([]);
    expect(posts()).toEqual([]);
  });

  it('hides BigCommerce’s banner under a strict Content Security Policy with the widget’s nonce', async () => {
    const nonce = 'r4nd0mN0nce';
    bc.state.nativeConsentPosts.length = 0;
    await shop.visit(
      storefrontHtml({ attrs: { 'data-native-sync': 'on', nonce }, nonce, body: NATIVE_BANNER }),
      {
        'content-security-policy': `default-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'nonce-${nonce}'; connect-src 'self'; img-src 'self' data:`,
      },
    );
    await shop.banner().waitFor();
    expect(await shop.page.locator('#consent-manager').isHidden()).toBe(true);
    await shop.banner().getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(posts).toEqual([{ allow: [], deny: [1, 2, 3] }]);
  });
});
