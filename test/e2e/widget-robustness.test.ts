// What a storefront can throw at the widget: a theme's global CSS resets, hostile attribute values,
// a page whose layout must not move; and the languages it speaks.
import { describe, expect, it } from 'vitest';
import { gated, useShop } from '../support/shop';
import { storefrontHtml } from '../support/storefront';

// One Chromium and one storefront for the file; a fresh shopper (browser context) per test.
const shop = useShop();

/** Opacity as the shopper sees it: the element's times every box around it, through shadow hosts. */
const seenOpacity = (el: Element): number => {
  let opacity = 1;
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)) {
    opacity *= Number(getComputedStyle(n).opacity);
  }
  return opacity;
};

describe('widget: a theme with hostile global CSS', () => {
  // Global rules a theme or a page builder really ships. A rule aimed at `#storefront-consent` itself
  // is the merchant's explicit wish to hide it and is not defended against.
  const hostile = `<style>
    * { all: unset !important; }
    html { font-size: 8px !important; }
    button { display: none !important; }
    div { opacity: 0 !important; }
  </style>`;

  it('cannot hide the banner or the dialog: their controls stay visible, readable and clickable', async () => {
    await shop.visit(storefrontHtml({ head: `${hostile}${gated('analytics', 'analytics')}` }));
    await shop.banner().waitFor();

    for (const name of ['Accept all', 'Reject all', 'Customize']) {
      const button = shop.banner().getByRole('button', { name });
      expect(await button.isVisible(), name).toBe(true);
      expect(await button.evaluate(seenOpacity), name).toBe(1);
      const box = await button.boundingBox();
      expect(box?.width ?? 0, name).toBeGreaterThan(40);
      expect(box?.height ?? 0, name).toBeGreaterThan(20);
      expect(
        await button.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
        name,
      ).toBeGreaterThanOrEqual(12);
    }
    // A click that something else would intercept fails here (Playwright checks the hit target).
    await shop.banner().getByRole('button', { name: 'Customize' }).click({ timeout: 5000 });
    const analytics = shop.preferences().getByRole('switch', { name: 'Analytics' });
    expect(await analytics.evaluate(seenOpacity)).toBe(1);
    await analytics.click({ timeout: 5000 });
    const save = shop.preferences().getByRole('button', { name: 'Save choices' });
    expect(await save.evaluate(seenOpacity)).toBe(1);
    await save.click({ timeout: 5000 });
    await expect.poll(() => shop.ran()).toEqual(['analytics']);
  });
});

describe('widget: a phone-sized screen', () => {
  it('keeps the banner and the dialog inside a 320 px wide viewport', async () => {
    await shop.page.setViewportSize({ width: 320, height: 568 });
    await shop.visit(storefrontHtml({}));
    await shop.banner().waitFor();
    const inside = async (name: string) => {
      const box = await shop.page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box?.x ?? -1, name).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 999), name).toBeLessThanOrEqual(320);
    };
    for (const name of ['Accept all', 'Reject all', 'Customize']) await inside(name);

    await shop.banner().getByRole('button', { name: 'Customize' }).click();
    await shop.preferences().waitFor();
    await inside('Save choices');
    await shop.preferences().getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => shop.page.getByRole('dialog').count()).toBe(0);
  });
});

describe('widget: hostile attribute values', () => {
  it('shows merchant texts, even one given as markup, as plain text', async () => {
    const title = '<img src=x onerror=alert(1)>';
    await shop.visit(
      storefrontHtml({ attrs: { 'data-text-title': title, 'data-text-accept-all': 'Allow everything' } }),
    );
    await shop.banner().waitFor();

    expect(await shop.page.getByRole('dialog', { name: title }).count()).toBe(1);
    expect(await shop.banner().getByRole('button', { name: 'Allow everything' }).isVisible()).toBe(true);
    expect(await shop.page.locator('#storefront-consent img').count()).toBe(0);
    // An alert() would have been recorded as an error.
  });

  it('refuses a javascript: policy URL with one warning, and links an ordinary one', async () => {
    await shop.visit(storefrontHtml({ attrs: { 'data-policy-url': 'javascript:alert(1)' } }));
    await shop.banner().waitFor();

    expect(await shop.banner().getByRole('link').count()).toBe(0);
    expect(await shop.page.locator('#storefront-consent a[href^="javascript"]').count()).toBe(0);
    expect(shop.warnings.filter((w) => w.includes('data-policy-url'))).toHaveLength(1);

    await shop.visit(storefrontHtml({ attrs: { 'data-policy-url': '/privacy-policy/' } }));
    await shop.banner().waitFor();
    expect(await shop.banner().getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
      '/privacy-policy/',
    );
  });

  it('ignores a CSS-injecting accent and a foreign cookie domain with one warning each, and still remembers', async () => {
    await shop.visit(
      storefrontHtml({
        attrs: {
          'data-accent': 'red; } :host { display: none !important } .x {',
          'data-cookie-domain': 'example.com',
        },
      }),
    );
    await shop.banner().waitFor();
    expect(shop.warnings.filter((w) => w.includes('data-accent'))).toHaveLength(1);
    expect(shop.warnings.filter((w) => w.includes('data-cookie-domain'))).toHaveLength(1);

    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.cookie()).toBeDefined();
    await shop.page.reload();
    await shop.finished();
    expect(await shop.page.getByRole('dialog').count()).toBe(0);
    expect(await shop.consent()).toMatchObject({ decided: true });
  });
});

describe('widget: the page layout', () => {
  it('never shifts: no layout shift while the banner shows at the top, centre or bottom, or after it goes', async () => {
    await shop.page.addInitScript(() => {
      const w = window as Window & { __shift?: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.__shift = (w.__shift ?? 0) + (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const shift = () =>
      shop.page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            // Layout-shift entries arrive after the frame that caused them.
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve((window as Window & { __shift?: number }).__shift ?? -1)),
            ),
          ),
      );

    for (const position of ['top', 'center', 'bottom']) {
      await shop.visit(storefrontHtml({ attrs: { 'data-position': position } }));
      await shop.banner().waitFor();
      expect(await shift(), position).toBe(0);
    }

    await shop.banner().getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => shop.banner().count()).toBe(0);
    expect(await shift()).toBe(0);
  });
});

describe('widget: languages', () => {
  it('speaks German on a page with <html lang="de">', async () => {
    await shop.visit(storefrontHtml({ lang: 'de' }));
    const banner = shop.page.getByRole('dialog', { name: 'Wir verwenden Cookies' });
    await banner.waitFor();
    for (const name of ['Alle akzeptieren', 'Alle ablehnen', 'Anpassen']) {
      expect(await banner.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);
    }
    await banner.getByRole('button', { name: 'Anpassen' }).click();
    await shop.page.getByRole('button', { name: 'Auswahl speichern' }).waitFor();
  });

  it('speaks French when data-lang="fr", whatever the page language', async () => {
    await shop.visit(storefrontHtml({ lang: 'de', attrs: { 'data-lang': 'fr' } }));
    const banner = shop.page.getByRole('dialog', { name: 'Nous utilisons des cookies' });
    await banner.waitFor();
    for (const name of ['Tout accepter', 'Tout refuser', 'Personnaliser']) {
      expect(await banner.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);
    }
  });
});
