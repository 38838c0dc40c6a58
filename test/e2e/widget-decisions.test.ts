// A shopper's decision in real Chromium against the built bundle: what the banner offers, which of
// the page's scripts run, what `StorefrontConsent.get()` says, the cookie, and when the banner asks again.
import { describe, expect, it } from 'vitest';
import { gated, type Shop, UI_FILE, useShop } from '../support/shop';
import { storefrontHtml } from '../support/storefront';

// One Chromium and one storefront for the file; a fresh shopper (browser context) per test.
const shop = useShop();

const DAY_MS = 864e5;

// One gated script per category, and one that needs two; `essential` is always allowed.
const GATED = [
  gated('essential', 'essential'),
  gated('functional', 'functional'),
  gated('analytics', 'analytics'),
  gated('targeting', 'targeting'),
  gated('analytics+targeting', 'analytics targeting'),
].join('\n');
/** What runs once everything is allowed: each of them, in document order. */
const EVERY_SCRIPT = ['essential', 'functional', 'analytics', 'targeting', 'analytics+targeting'];

const shopPage = (attrs: Record<string, string> = {}) => storefrontHtml({ attrs, head: GATED });

/** What makes a button stand out: colours, type, border and height (not its width, which follows its label). */
const appearance = (el: Element): string => {
  const s = getComputedStyle(el);
  return [
    s.backgroundColor,
    s.color,
    s.fontSize,
    s.fontWeight,
    s.borderStyle,
    s.borderWidth,
    s.borderColor,
    s.height,
  ].join(' ');
};

const categorySwitch = (shop: Shop, name: RegExp) => shop.preferences().getByRole('switch', { name });

async function firstVisit(shop: Shop, attrs: Record<string, string> = {}): Promise<void> {
  await shop.visit(shopPage(attrs));
  await shop.banner().waitFor();
}

/** The shopper allowed analytics alone: its script ran, none other optional, and the decision says so. */
async function expectAnalyticsOnly(shop: Shop): Promise<void> {
  await expect.poll(() => shop.ran()).toEqual(['essential', 'analytics']);
  expect(await shop.consent()).toMatchObject({
    allow: ['essential', 'analytics'],
    deny: ['functional', 'targeting'],
    decided: true,
  });
}

describe('widget: the first visit', () => {
  it('shows a labelled banner and runs only essential scripts', async () => {
    await firstVisit(shop);

    expect(await shop.page.getByRole('dialog', { name: /\S/ }).count()).toBe(1);
    const looks: string[] = [];
    for (const name of ['Accept all', 'Reject all', 'Customize']) {
      const button = shop.banner().getByRole('button', { name, exact: true });
      expect(await button.isVisible()).toBe(true);
      looks.push(await button.evaluate(appearance));
    }
    // Equal visual weight: no answer is styled to be the easy one.
    expect(new Set(looks).size, looks.join('\n')).toBe(1);
    await shop.finished();
    expect(await shop.ran()).toEqual(['essential']);
    expect(await shop.consent()).toMatchObject({ allow: ['essential'], decided: false, updatedAt: null });
    expect(await shop.cookie()).toBeUndefined();
  });

  it('runs every gated script after Accept all, in document order, and keeps the decision in a cookie', async () => {
    await firstVisit(shop);
    const before = Date.now();
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();

    await expect.poll(() => shop.ran()).toEqual(EVERY_SCRIPT);
    expect(await shop.banner().count()).toBe(0);
    const state = await shop.consent();
    expect(state).toMatchObject({
      allow: ['essential', 'functional', 'analytics', 'targeting'],
      deny: [],
      decided: true,
      revision: 1,
    });
    expect(Date.parse(state.updatedAt ?? '')).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);

    const cookie = await shop.cookie();
    expect(cookie).toMatchObject({ sameSite: 'Lax', secure: false, path: '/' });
    // Kept for the default 180 days.
    expect((cookie?.expires ?? 0) * 1000 - before).toBeGreaterThan(179 * DAY_MS);
    expect((cookie?.expires ?? 0) * 1000 - before).toBeLessThan(181 * DAY_MS);
  });

  it('runs no optional script after Reject all', async () => {
    await firstVisit(shop);
    await shop.banner().getByRole('button', { name: 'Reject all' }).click();

    await expect.poll(() => shop.banner().count()).toBe(0);
    expect(await shop.consent()).toMatchObject({
      allow: ['essential'],
      deny: ['functional', 'analytics', 'targeting'],
      decided: true,
    });
    expect(await shop.ran()).toEqual(['essential']);
    expect(await shop.cookie()).toBeDefined();
  });

  it('opens preferences with nothing pre-ticked on Customize, and Save choices allows what was switched on', async () => {
    await firstVisit(shop);
    await shop.banner().getByRole('button', { name: 'Customize' }).click();
    await shop.preferences().waitFor();

    for (const name of [/functional/i, /analytics/i, /targeting/i]) {
      expect(await categorySwitch(shop, name).isChecked()).toBe(false);
    }
    const essential = categorySwitch(shop, /essential/i);
    expect([await essential.isChecked(), await essential.isDisabled()]).toEqual([true, true]);
    await categorySwitch(shop, /analytics/i).click();
    expect(await categorySwitch(shop, /analytics/i).isChecked()).toBe(true);
    await shop.preferences().getByRole('button', { name: 'Save choices' }).click();

    await expectAnalyticsOnly(shop);
    await expect.poll(() => shop.page.getByRole('dialog').count()).toBe(0);
  });
});

describe('widget: a store that uses fewer categories', () => {
  it('asks only about the categories in data-categories, and Accept all allows only those', async () => {
    await firstVisit(shop, { 'data-categories': 'analytics' });
    await shop.banner().getByRole('button', { name: 'Customize' }).click();
    await shop.preferences().waitFor();
    const switches = await shop.preferences().getByRole('switch').all();
    const names = await Promise.all(
      switches.map((s) => s.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')),
    );
    expect(names.map((name) => name.trim().split(/\s/)[0])).toEqual(['Essential', 'Analytics']);

    await shop.preferences().getByRole('button', { name: 'Accept all' }).click();
    await expectAnalyticsOnly(shop);
  });
});

describe('widget: pasted twice (theme and Script Manager)', () => {
  it('the first copy is the widget: one banner, each gated script runs once', async () => {
    await shop.visit(
      storefrontHtml({
        head: GATED,
        body: '<script src="/dist/storefront-consent.js" data-revision="9"></script>',
      }),
    );
    await shop.banner().waitFor();
    await shop.finished();
    expect(await shop.page.getByRole('dialog').count()).toBe(1);

    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toHaveLength(5);
    await shop.finished();
    expect(await shop.ran()).toEqual(EVERY_SCRIPT);
    expect(await shop.consent()).toMatchObject({ revision: 1, decided: true });
  });
});

describe('widget: a returning shopper', () => {
  it('is remembered on reload: no banner, allowed scripts run, and nothing but the boot script loads', async () => {
    await firstVisit(shop);
    await shop.banner().getByRole('button', { name: 'Customize' }).click();
    await categorySwitch(shop, /functional/i).click();
    await shop.preferences().getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => shop.ran()).toEqual(['essential', 'functional']);

    shop.requests.length = 0;
    await shop.page.reload();
    await shop.finished();

    expect(await shop.ran()).toEqual(['essential', 'functional']);
    expect(await shop.page.getByRole('dialog').count()).toBe(0);
    // Only the boot script: no UI code (docs/performance.md: a returning shopper loads no UI code).
    const fromDist = shop.requests
      .filter((url) => url.includes('/dist/'))
      .map((url) => new URL(url).pathname);
    expect(fromDist).toEqual(['/dist/storefront-consent.js']);
    expect(fromDist).not.toContain(`/dist/${UI_FILE}`);
    expect(await shop.consent()).toMatchObject({ allow: ['essential', 'functional'], decided: true });
  });

  it('is asked again when the revision rises, and the previous decision applies until answered', async () => {
    await firstVisit(shop, { 'data-revision': '1' });
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toContain('analytics+targeting');

    await shop.visit(shopPage({ 'data-revision': '2' }));
    await shop.banner().waitFor();
    expect(await shop.ran()).toEqual(EVERY_SCRIPT);
    expect(await shop.consent()).toMatchObject({ decided: false, revision: 1 });

    await shop.banner().getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => shop.banner().count()).toBe(0);
    expect(await shop.consent()).toMatchObject({ allow: ['essential'], decided: true, revision: 2 });

    await shop.page.reload();
    await shop.finished();
    expect(await shop.page.getByRole('dialog').count()).toBe(0);
    expect(await shop.ran()).toEqual(['essential']);
  });

  it('is asked again once the decision is older than data-expiry-days, the old one applying until answered', async () => {
    const attrs = { 'data-expiry-days': '30' };
    await firstVisit(shop, attrs);
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toContain('targeting');
    const decidedAt = Date.now();

    // The browser keeps the cookie (its own clock is real); the page's clock moves on.
    await shop.context.clock.setSystemTime(decidedAt + 29 * DAY_MS);
    await shop.page.reload();
    await shop.finished();
    expect(await shop.page.getByRole('dialog').count()).toBe(0);
    expect(await shop.ran()).toContain('targeting');

    await shop.context.clock.setSystemTime(decidedAt + 31 * DAY_MS);
    await shop.page.reload();
    await shop.banner().waitFor();
    expect(await shop.consent()).toMatchObject({ decided: false });
    // Until the shopper answers, the previous decision keeps applying (docs/widget.md).
    expect(await shop.ran()).toContain('targeting');
  });
});

describe('widget: a cookie it cannot read', () => {
  // Each is derived from a real cookie the widget wrote.
  const corruptions: Array<[string, (real: string) => string]> = [
    ['garbage', () => '%E0%A4%A garbage {not consent}'],
    ['truncated', (real) => real.slice(0, Math.ceil(real.length / 2))],
    ['from an older schema version', (real) => real.replace(/^\d+\./, '0.')],
    ['from an older JSON format', () => encodeURIComponent('{"analytics":true,"targeting":true}')],
  ];

  it.each(corruptions)(
    'counts as no decision when %s: banner, no error, nothing optional runs',
    async (_, corrupt) => {
      await firstVisit(shop);
      await shop.banner().getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => shop.cookie()).toBeDefined();
      const value = (await shop.cookie())?.value ?? '';
      expect(value).not.toBe('');

      await shop.context.clearCookies();
      await shop.context.addCookies([
        { name: 'storefront_consent', value: corrupt(value), url: shop.page.url() },
      ]);
      await shop.page.reload();
      await shop.banner().waitFor();

      expect(await shop.ran()).toEqual(['essential']);
      expect(await shop.consent()).toMatchObject({ allow: ['essential'], decided: false });
    },
  );
});
