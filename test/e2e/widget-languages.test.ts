// Every language at the narrowest phone width (320 px): the banner speaks it, and none of its buttons
// wraps to a third line or runs out of its box; the preferences speak it too, from their own file.
// Region tags pick the region's language, then the primary one, then English; a language file that
// cannot load leaves English; the merchant's data-text-* wins in every language.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../core/languages';
import { BANNERS, PREFERENCES } from '../../widget/i18n/every-language';
import { useShop } from '../support/shop';
import { storefrontHtml } from '../support/storefront';

const shop = useShop();
const NARROWEST = { width: 320, height: 640 };

/** Each button's text lines and whether its content spills out of it or out of the dialog. */
const measure = (buttons: Locator) =>
  buttons.evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const box = el.getBoundingClientRect();
      const dialog = el.closest('[role=dialog]')?.getBoundingClientRect();
      const overflows =
        el.scrollWidth > el.clientWidth || !dialog || box.left < dialog.left || box.right > dialog.right;
      return { text: el.textContent ?? '', lines, overflows };
    }),
  );

const dialogIn = (text: string) => shop.page.getByRole('dialog').filter({ hasText: text });

describe('widget: every language at 320 px', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: the banner and the preferences speak it, no button over two lines or overflowing`, async () => {
      const banner = BANNERS[lang];
      const preferences = PREFERENCES[lang];
      await shop.page.setViewportSize(NARROWEST);
      await shop.visit(storefrontHtml({ lang, attrs: { 'data-policy-url': '/privacy-policy/' } }));
      const shown = dialogIn(banner.title);
      await shown.getByRole('button', { name: banner.customize, exact: true }).waitFor();
      for (const button of await measure(shown.getByRole('button'))) {
        expect(button.lines, `${lang} "${button.text}" lines`).toBeLessThanOrEqual(2);
        expect(button.overflows, `${lang} "${button.text}" overflows`).toBe(false);
      }
      await shown.getByRole('button', { name: banner.customize, exact: true }).click();
      const dialog = dialogIn(preferences.preferencesTitle);
      await dialog.getByRole('button', { name: preferences.save, exact: true }).waitFor();
      await expect
        .poll(() => dialog.getByRole('switch', { name: preferences.analyticsLabel }).count())
        .toBe(1);
      for (const button of await measure(dialog.locator('.a button'))) {
        expect(button.lines, `${lang} "${button.text}" lines`).toBeLessThanOrEqual(2);
        expect(button.overflows, `${lang} "${button.text}" overflows`).toBe(false);
      }
    });
  }
});

describe('widget: which language', () => {
  it('takes pt-BR whole, pt-PT as pt, and an unknown region of a known language as that language', async () => {
    for (const [tag, lang] of [
      ['pt-BR', 'pt-BR'],
      ['pt-PT', 'pt'],
      ['sv-FI', 'sv'],
    ] as const) {
      await shop.visit(storefrontHtml({ lang: tag }));
      const heading = shop.page.getByRole('dialog').getByRole('heading');
      await heading.waitFor();
      expect(await heading.textContent(), tag).toBe(BANNERS[lang].title);
    }
  });

  it('falls back to English when the language file cannot load, and the preferences follow', async () => {
    await shop.context.route(/\/i18n\/pl(-preferences)?\.js$/, (route) => route.abort());
    await shop.visit(storefrontHtml({ lang: 'pl' }));
    await shop.banner().getByRole('button', { name: 'Customize' }).click();
    await shop.preferences().waitFor();
    expect(shop.errors.splice(0)).toEqual(expect.arrayContaining([expect.stringContaining('i18n/pl.js')]));
  });

  it('keeps the merchant’s data-text-* over a language’s banner and preferences texts', async () => {
    await shop.visit(
      storefrontHtml({
        lang: 'fi',
        attrs: { 'data-text-customize': 'Valitse', 'data-text-save': 'Tallenna' },
      }),
    );
    const banner = dialogIn(BANNERS.fi.title);
    await banner.getByRole('button', { name: 'Valitse', exact: true }).click();
    const dialog = dialogIn(PREFERENCES.fi.preferencesTitle);
    await dialog.getByRole('button', { name: 'Tallenna', exact: true }).waitFor();
    expect(await dialog.getByRole('switch', { name: PREFERENCES.fi.targetingLabel }).count()).toBe(1);
  });
});
