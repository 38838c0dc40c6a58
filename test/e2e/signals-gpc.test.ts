// Global Privacy Control (docs/signals.md, "Global Privacy Control"), in Chromium against the built widget: a browser sending GPC keeps
// targeting off through Accept all, the banner says why, and the shopper can still switch it on.
import { describe, expect, it } from 'vitest';
import { gated, useShop } from '../support/shop';
import { storefrontHtml } from '../support/storefront';

const GATED = [gated('analytics', 'analytics'), gated('targeting', 'targeting')].join('');
/** The banner's GPC notice, whatever its exact English wording. */
const NOTICE = /Global Privacy Control/;
type GoogleWindow = Window & { dataLayer?: unknown[] };

describe('signals: Global Privacy Control', () => {
  const shop = useShop();

  /** What a GPC browser (Firefox with the setting on, Brave, DuckDuckGo) exposes. */
  const sendGpc = () =>
    shop.context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get: () => true,
        configurable: true,
      });
    });
  /** The last Consent Mode update's ad_storage. */
  const adStorage = () =>
    shop.page.evaluate(() => {
      const updates = ((window as GoogleWindow).dataLayer ?? [])
        .filter((x) => Object.prototype.toString.call(x) === '[object Arguments]')
        .map((x) => Array.from(x as ArrayLike<unknown>))
        .filter((c) => c[1] === 'update');
      return (updates.at(-1)?.[2] as Record<string, string> | undefined)?.ad_storage;
    });

  it('keeps targeting off after Accept all, and the banner says why', async () => {
    await sendGpc();
    await shop.visit(storefrontHtml({ head: GATED }));
    await shop.banner().getByText(NOTICE).waitFor();
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics']);
    expect(await shop.consent()).toMatchObject({
      allow: ['essential', 'functional', 'analytics'],
      deny: ['targeting'],
      decided: true,
    });
    expect(await adStorage()).toBe('denied');

    await shop.page.reload();
    await shop.finished();
    expect(await shop.ran()).toEqual(['analytics']);
    expect(await adStorage()).toBe('denied');
  });

  it('lets the shopper switch targeting on by hand in the preferences dialog', async () => {
    await sendGpc();
    await shop.visit(storefrontHtml({ head: GATED }));
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics']);

    await shop.page.getByRole('link', { name: 'Cookie settings' }).click();
    const targeting = shop.preferences().getByRole('switch', { name: 'Targeting' });
    expect(await targeting.isChecked()).toBe(false);
    await targeting.click();
    await shop.preferences().getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics', 'targeting']);
    expect(await shop.consent()).toMatchObject({
      allow: ['essential', 'functional', 'analytics', 'targeting'],
      deny: [],
    });
    expect(await adStorage()).toBe('granted');

    await shop.page.reload();
    await shop.finished();
    expect(await shop.ran()).toEqual(['analytics', 'targeting']);
  });

  it('has no effect with data-gpc="ignore"', async () => {
    await sendGpc();
    await shop.visit(storefrontHtml({ attrs: { 'data-gpc': 'ignore' }, head: GATED }));
    await shop.banner().waitFor();
    expect(await shop.banner().getByText(NOTICE).count()).toBe(0);
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics', 'targeting']);
    expect(await adStorage()).toBe('granted');
  });

  it('says nothing and changes nothing when the browser sends no signal', async () => {
    await shop.visit(storefrontHtml({ head: GATED }));
    await shop.banner().waitFor();
    expect(await shop.banner().getByText(NOTICE).count()).toBe(0);
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics', 'targeting']);
  });
});
