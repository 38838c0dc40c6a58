// `data-cookie-domain` in real Chromium (docs/widget.md: "cookie domain, for stores on several subdomains").
// Chromium resolves every `*.shop.test` host to the one storefront server on 127.0.0.1, so a shopper
// can decide on `www.shop.test` and then walk to `checkout.shop.test`, as on a real multi-host store.
// One Chromium and one storefront for the file, a fresh shopper (browser context) per test; every test
// fails if an uncaught exception, a console error or a JavaScript dialog reached a page.
import { describe, expect, it } from 'vitest';
import { COOKIE, gated, useShop } from '../support/shop';
import { storefrontHtml } from '../support/storefront';

const shop = useShop({
  chromiumArgs: ['--host-resolver-rules=MAP *.shop.test 127.0.0.1, MAP *.shop.co.uk 127.0.0.1'],
});

/** `http://<sub>.shop.test:PORT/`: a subdomain of the store, served by the test storefront. */
const at = (sub: 'www' | 'checkout') => `http://${sub}.shop.test:${new URL(shop.server.url).port}/`;

/** Every subdomain serves the same storefront page: the widget's tag with `attrs`, and gated scripts. */
function serveStore(attrs: Record<string, string> = {}): void {
  const head = [
    gated('essential', 'essential'),
    gated('analytics', 'analytics'),
    gated('targeting', 'targeting'),
  ];
  shop.server.page('/', storefrontHtml({ attrs, head: head.join('\n') }));
}

/** Every decision cookie the browser keeps, for any host. */
const consentCookies = async () => (await shop.context.cookies()).filter((cookie) => cookie.name === COOKIE);

/** On `www`, the shopper allows analytics alone through Customize. */
async function allowAnalyticsOnWww(): Promise<void> {
  await shop.page.goto(at('www'));
  await shop.banner().getByRole('button', { name: 'Customize' }).click();
  await shop
    .preferences()
    .getByRole('switch', { name: /analytics/i })
    .click();
  await shop.preferences().getByRole('button', { name: 'Save choices' }).click();
  await expect.poll(() => shop.ran()).toEqual(['essential', 'analytics']);
}

/** Opens `sub` and waits until the page has finished, so a banner that was going to appear would have. */
async function walkTo(sub: 'www' | 'checkout'): Promise<void> {
  await shop.page.goto(at(sub));
  await shop.finished();
}

describe('widget: a store on several subdomains, with data-cookie-domain', () => {
  it.each(['shop.test', '.shop.test'])(
    'with data-cookie-domain="%s", a decision on www applies on checkout: no banner, analytics runs, one .shop.test cookie',
    async (domain) => {
      serveStore({ 'data-cookie-domain': domain });
      await allowAnalyticsOnWww();

      await walkTo('checkout');
      expect(shop.page.url()).toBe(at('checkout'));
      expect(await shop.page.getByRole('dialog').count()).toBe(0);
      expect(await shop.ran()).toEqual(['essential', 'analytics']);
      expect(await shop.consent()).toMatchObject({
        allow: ['essential', 'analytics'],
        deny: ['functional', 'targeting'],
        decided: true,
      });
      const cookies = await consentCookies();
      expect(cookies.map(({ domain, path }) => ({ domain, path }))).toEqual([
        { domain: '.shop.test', path: '/' },
      ]);
      expect(shop.warnings.filter((w) => w.includes('data-cookie-domain'))).toEqual([]);
    },
  );

  it('a change made on checkout replaces the one shared cookie and applies back on www', async () => {
    serveStore({ 'data-cookie-domain': 'shop.test' });
    await allowAnalyticsOnWww();
    await walkTo('checkout');

    // The footer's "Cookie settings" link reopens the preferences; the shopper now rejects everything.
    await shop.page.getByRole('link', { name: 'Cookie settings' }).click();
    await shop.preferences().getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(async () => (await shop.consent()).allow).toEqual(['essential']);
    const cookies = await consentCookies();
    expect(cookies.map(({ domain }) => domain)).toEqual(['.shop.test']);

    await walkTo('www');
    expect(await shop.page.getByRole('dialog').count()).toBe(0);
    expect(await shop.ran()).toEqual(['essential']);
    expect(await shop.consent()).toMatchObject({ allow: ['essential'], decided: true });
  });
});

describe('widget: a store on several subdomains, without data-cookie-domain', () => {
  it('keeps a decision on www to www: checkout shows the banner and runs nothing optional', async () => {
    serveStore();
    await allowAnalyticsOnWww();
    expect((await consentCookies()).map(({ domain }) => domain)).toEqual(['www.shop.test']);

    await walkTo('checkout');
    await shop.banner().waitFor();
    expect(await shop.ran()).toEqual(['essential']);
    expect(await shop.consent()).toMatchObject({ allow: ['essential'], decided: false, updatedAt: null });
  });
});

describe('widget: a data-cookie-domain the page is not on', () => {
  it('ignores data-cookie-domain="example.com" with one warning and keeps the decision host-only', async () => {
    serveStore({ 'data-cookie-domain': 'example.com' });
    await allowAnalyticsOnWww();

    const about = shop.warnings.filter((w) => w.includes('data-cookie-domain'));
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/data-cookie-domain="example\.com"; using null/);
    // The decision is still kept, for this host alone (a cookie for example.com would be dropped).
    expect((await consentCookies()).map(({ domain }) => domain)).toEqual(['www.shop.test']);
    await walkTo('www');
    expect(await shop.page.getByRole('dialog').count()).toBe(0);
    expect(await shop.ran()).toEqual(['essential', 'analytics']);

    await walkTo('checkout');
    await shop.banner().waitFor();
    expect(await shop.ran()).toEqual(['essential']);
  });

  it('keeps the decision on this host, with one warning, when the browser refuses a public suffix', async () => {
    // co.uk is a suffix of the host, so the attribute looks valid; Chromium drops a cookie set for it.
    serveStore({ 'data-cookie-domain': 'co.uk' });
    const { port } = new URL(shop.server.url);
    await shop.page.goto(`http://www.shop.co.uk:${port}/`);
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['essential', 'analytics', 'targeting']);

    const about = shop.warnings.filter((w) => w.includes('data-cookie-domain'));
    expect(about).toEqual(['storefront-consent: ignored data-cookie-domain="co.uk"; using null']);
    expect((await consentCookies()).map(({ domain }) => domain)).toEqual(['www.shop.co.uk']);
    await shop.page.reload();
    await shop.finished();
    expect(await shop.ran()).toEqual(['essential', 'analytics', 'targeting']);
    expect(await shop.page.getByRole('dialog').count()).toBe(0);
  });
});
