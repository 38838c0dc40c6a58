// Keyboard and screen-reader use (docs/widget.md, WCAG 2.2 AA): focus moves in, stays in the dialog, comes back;
// focus is visible; axe-core finds nothing in the banner or the dialog, light or dark, shadow root included.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useShop } from '../support/shop';
import { storefrontHtml } from '../support/storefront';

// One Chromium and one storefront for the file; a fresh shopper (browser context) per test.
const shop = useShop();

/** Is the keyboard focus on `el` or inside it (focus inside a shadow root shows on its host outside)? */
const holdsFocus = (locator: Locator) =>
  locator.evaluate((el) => {
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    return active !== null && el.contains(active);
  });

/** The focused element's accessible text, looking through shadow roots. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : null;
  });

const focusIndicator = (el: Element) => {
  const s = getComputedStyle(el);
  return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow };
};

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('widget: keyboard only', () => {
  it('moves focus into the banner, reaches its buttons, and shows where focus is', async () => {
    await shop.visit(storefrontHtml({ attrs: { 'data-policy-url': '/privacy-policy/' } }));
    await shop.banner().waitFor();
    await expect.poll(() => holdsFocus(shop.banner())).toBe(true);

    const reached = new Set<string>();
    for (let i = 0; i < 6 && (await holdsFocus(shop.banner())); i++) {
      reached.add((await focusedName(shop.page)) ?? '');
      await shop.page.keyboard.press('Tab');
    }
    expect([...reached]).toEqual(expect.arrayContaining(['Accept all', 'Reject all', 'Customize']));

    const customize = shop.banner().getByRole('button', { name: 'Customize' });
    // Reach it by keyboard, so the browser treats the focus as keyboard focus (:focus-visible).
    await customize.focus();
    await shop.page.keyboard.press('Tab');
    await shop.page.keyboard.press('Shift+Tab');
    expect(await focusedName(shop.page)).toBe('Customize');
    const focused = await customize.evaluate(focusIndicator);
    await customize.evaluate((el) => (el as HTMLElement).blur());
    const unfocused = await customize.evaluate(focusIndicator);
    expect(focused, 'focus is visible').not.toEqual(unfocused);
    expect(focused.outline.startsWith('none') && focused.boxShadow === 'none').toBe(false);
  });

  it('opens the dialog with Customize, keeps Tab inside it, closes it with Escape, and returns focus', async () => {
    await shop.visit(storefrontHtml({}));
    await shop.banner().waitFor();

    await shop.banner().getByRole('button', { name: 'Customize' }).focus();
    await shop.page.keyboard.press('Enter');
    await shop.preferences().waitFor();
    await expect.poll(() => holdsFocus(shop.preferences())).toBe(true);
    for (const key of [...Array(10).fill('Tab'), 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await shop.page.keyboard.press(key);
      expect(await holdsFocus(shop.preferences()), `focus after ${key}`).toBe(true);
    }
    await shop.page.keyboard.press('Escape');
    await expect.poll(() => shop.preferences().count()).toBe(0);
    // Focus lands back on Customize, the button that opened the dialog.
    await expect
      .poll(() =>
        shop.page.evaluate(
          () => document.getElementById('storefront-consent')?.shadowRoot?.activeElement?.textContent,
        ),
      )
      .toBe('Customize');

    // Still undecided, so the banner is back; decide with the keyboard.
    await shop.banner().getByRole('button', { name: 'Reject all' }).focus();
    await shop.page.keyboard.press('Enter');
    await expect.poll(() => shop.banner().count()).toBe(0);

    const footerLink = shop.page.getByRole('link', { name: 'Cookie settings' });
    await footerLink.focus();
    await shop.page.keyboard.press('Enter');
    await shop.preferences().waitFor();
    await expect.poll(() => holdsFocus(shop.preferences())).toBe(true);
    await shop.page.keyboard.press('Escape');
    await expect.poll(() => shop.preferences().count()).toBe(0);
    await expect.poll(() => shop.page.evaluate(() => document.activeElement?.id)).toBe('cookie-settings');
  });

  it('keeps Tab inside a centred (modal) banner', async () => {
    await shop.visit(storefrontHtml({ attrs: { 'data-position': 'center' } }));
    await shop.banner().waitFor();
    await expect.poll(() => holdsFocus(shop.banner())).toBe(true);
    for (const key of [...Array(6).fill('Tab'), 'Shift+Tab', 'Shift+Tab']) {
      await shop.page.keyboard.press(key);
      expect(await holdsFocus(shop.banner()), `focus after ${key}`).toBe(true);
    }
  });
});

describe('widget: axe-core', () => {
  const audit = async () => {
    const results = await new AxeBuilder({ page: shop.page })
      .include('#storefront-consent')
      .withTags(WCAG_AA)
      // Details for violations only: passes keep one node each, which is all the check below needs.
      .options({ resultTypes: ['violations'] })
      .analyze();
    // Proof that axe looked inside the shadow root: a node addressed through the host, [[host, inner]].
    const throughShadow = results.passes
      .flatMap((rule) => rule.nodes)
      .filter((node) => Array.isArray(node.target[0]));
    expect(throughShadow.length).toBeGreaterThan(0);
    expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' >> ')).join(', ')}`);
  };

  /** Is the surface behind the dialog's title dark? (Lightness of its first opaque background.) */
  const looksDark = (dialog: Locator) =>
    dialog.evaluate((el) => {
      const title = el.querySelector('h2') ?? el;
      let color = 'rgba(0, 0, 0, 0)';
      for (
        let n: Element | null = title;
        n;
        n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)
      ) {
        color = getComputedStyle(n).backgroundColor;
        if (!/^rgba\(.*, 0\)$|^transparent$/.test(color)) break;
      }
      // Any CSS colour syntax to sRGB bytes, through a canvas.
      const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
    });

  const themes: Array<[string, 'light' | 'dark', boolean]> = [
    ['light', 'dark', false],
    ['dark', 'light', true],
    ['auto', 'dark', true],
  ];

  it.each(themes)(
    'finds no violation in the banner or the dialog: data-theme="%s" on a %s-scheme browser',
    async (theme, colorScheme, dark) => {
      await shop.page.emulateMedia({ colorScheme });
      await shop.visit(
        storefrontHtml({ attrs: { 'data-theme': theme, 'data-policy-url': '/privacy-policy/' } }),
      );
      await shop.banner().waitFor();
      expect(await looksDark(shop.banner()), 'banner is dark').toBe(dark);
      expect(await audit(), 'banner').toEqual([]);

      await shop.banner().getByRole('button', { name: 'Customize' }).click();
      await shop.preferences().waitFor();
      expect(await looksDark(shop.preferences()), 'dialog is dark').toBe(dark);
      expect(await audit(), 'dialog').toEqual([]);
    },
  );
});
