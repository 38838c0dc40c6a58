// The page's own scripts and iframes, gated by category (docs/widget.md), in real Chromium against the built
// bundle: order as the HTML parser would run them, elements added later, attributes carried over,
// and a page under a nonce-based Content Security Policy.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gated, gatedSlow, type ShopWindow, useShop } from '../support/shop';
import { slowScriptBody, storefrontHtml } from '../support/storefront';

// One Chromium and one storefront for the file; a fresh shopper (browser context) per test.
const shop = useShop();

/** Is the element, or a box around it (through its shadow host), fixed to the viewport? */
const floats = (el: Element): boolean => {
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)) {
    if (getComputedStyle(n).position === 'fixed') return true;
  }
  return false;
};

const sri = (body: string) => `sha384-${createHash('sha384').update(body).digest('base64')}`;

describe('widget: gated scripts', () => {
  it('run in document order, an external script loading before the next gated script runs', async () => {
    await shop.visit(
      storefrontHtml({
        head: [
          gated('first', 'analytics'),
          gatedSlow('slow', 'analytics', 300),
          gated('third', 'analytics'),
        ].join(''),
        body: [gatedSlow('fourth', 'analytics', 0), gated('fifth', 'analytics')].join(''),
      }),
    );
    await shop.banner().waitFor();
    await shop.finished();
    expect(await shop.ran()).toEqual([]);

    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toHaveLength(5);
    expect(await shop.ran()).toEqual(['first', 'slow', 'third', 'fourth', 'fifth']);
  });

  it('for a returning shopper, run once the page is parsed, in time to hear DOMContentLoaded', async () => {
    const hearsReady = `<script type="text/plain" data-consent="analytics">document.addEventListener('DOMContentLoaded', () => (window.__ran = window.__ran || []).push('DOMContentLoaded'))</script>`;
    await shop.visit(
      storefrontHtml({
        head: gated('head', 'analytics') + hearsReady,
        body: gated('body', 'analytics'),
      }),
    );
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['head', 'body']);

    await shop.page.reload();
    await shop.finished();
    expect(await shop.ran()).toEqual(['head', 'body', 'DOMContentLoaded']);
  });

  it('keep running after one fails to load or throws, as the parser would', async () => {
    await shop.visit(
      storefrontHtml({
        head: [
          gated('first', 'analytics'),
          '<script type="text/plain" data-consent="analytics" src="/missing-tracker.js"></script>',
          '<script type="text/plain" data-consent="analytics">throw new Error("tracker broke")</script>',
          gated('after', 'analytics'),
        ].join(''),
      }),
    );
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['first', 'after']);
    // The page's own failures, reported by the browser as they would be without the widget.
    expect(shop.errors).toHaveLength(2);
    expect(shop.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/404.*missing-tracker\.js/),
        expect.stringContaining('tracker broke'),
      ]),
    );
    shop.errors.length = 0;
  });

  it('run a script naming two categories only when both are allowed', async () => {
    await shop.visit(
      storefrontHtml({
        head: [gated('analytics', 'analytics'), gated('both', 'analytics targeting')].join(''),
      }),
    );
    await shop.banner().waitFor();

    await shop.page.evaluate(() => (window as ShopWindow).StorefrontConsent?.set({ allow: ['analytics'] }));
    await expect.poll(() => shop.ran()).toEqual(['analytics']);
    await shop.finished();
    expect(await shop.ran()).toEqual(['analytics']);

    await shop.page.evaluate(() => (window as ShopWindow).StorefrontConsent?.set({ allow: ['targeting'] }));
    await expect.poll(() => shop.ran()).toEqual(['analytics', 'both']);
  });

  it('gate scripts a theme adds after load: held until allowed, then run, and run at once when already allowed', async () => {
    await shop.visit(storefrontHtml({}));
    await shop.banner().waitFor();
    const addGated = (name: string) =>
      shop.page.evaluate((name) => {
        const s = document.createElement('script');
        s.type = 'text/plain';
        s.setAttribute('data-consent', 'analytics');
        s.text = `(window.__ran = window.__ran || []).push(${JSON.stringify(name)})`;
        document.body.append(s);
      }, name);

    await addGated('added before the decision');
    await shop.finished();
    expect(await shop.ran()).toEqual([]);

    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['added before the decision']);

    await addGated('added after the decision');
    await expect.poll(() => shop.ran()).toEqual(['added before the decision', 'added after the decision']);
  });

  it('carry over nonce, integrity, crossorigin, defer and other attributes, and data-type="module" makes a module', async () => {
    const attrs =
      ` id="tracker" nonce="n0nce" integrity="${sri(slowScriptBody('tracker'))}"` +
      ' crossorigin="anonymous" defer data-store="cornerstone"';
    await shop.visit(
      storefrontHtml({
        head: [
          gatedSlow('tracker', 'analytics', 0, attrs),
          // `import.meta` is a syntax error outside a module: this only runs as one.
          '<script type="text/plain" data-consent="analytics" data-type="module">',
          "(window.__ran = window.__ran || []).push(typeof import.meta.url === 'string' ? 'module' : 'classic')",
          '</script>',
        ].join(''),
      }),
    );
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['tracker', 'module']);

    const tracker = await shop.page.evaluate(() => {
      const s = document.getElementById('tracker') as HTMLScriptElement;
      return {
        type: s.type,
        nonce: s.nonce,
        integrity: s.integrity,
        crossOrigin: s.crossOrigin,
        defer: s.defer,
        store: s.dataset.store,
        consent: s.dataset.consent,
      };
    });
    expect(tracker).toEqual({
      type: '',
      nonce: 'n0nce',
      integrity: sri(slowScriptBody('tracker')),
      crossOrigin: 'anonymous',
      defer: true,
      store: 'cornerstone',
      consent: undefined,
    });
    expect(await shop.page.evaluate(() => document.querySelectorAll('script[type="module"]').length)).toBe(1);
  });
});

describe('widget: gated iframes', () => {
  const frame =
    '<iframe data-consent="targeting" data-src="/frame.html?name=video" title="Product video" width="320" height="180"></iframe>';

  it('get their src only once their category is allowed, including one added later', async () => {
    await shop.visit(storefrontHtml({ body: frame }));
    await shop.banner().getByRole('button', { name: 'Reject all' }).click();
    await shop.finished();

    const video = shop.page.getByTitle('Product video');
    expect(await video.getAttribute('src')).toBeNull();
    expect(shop.requests.filter((url) => url.includes('/frame.html'))).toEqual([]);

    await shop.page.evaluate(() => (window as ShopWindow).StorefrontConsent?.set({ allow: ['targeting'] }));
    await expect.poll(() => shop.ran()).toEqual(['frame:video']);
    expect(await video.getAttribute('src')).toBe('/frame.html?name=video');

    // One a theme adds later loads at once.
    await shop.page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.title = 'Reviews widget';
      frame.setAttribute('data-consent', 'targeting');
      frame.setAttribute('data-src', '/frame.html?name=reviews');
      document.body.append(frame);
    });
    await expect.poll(() => shop.ran()).toEqual(['frame:video', 'frame:reviews']);
  });
});

describe('widget: under a Content Security Policy with nonces', () => {
  // With 'strict-dynamic' the widget's nonce lets everything it inserts run; without it, each script
  // the widget inserts needs the nonce its gated original carried.
  // The third allows nothing but the nonce, not even the page's own origin: the module the boot imports
  // runs only because import() carries the nonce of the widget's own tag (docs/widget.md).
  const NONCE_ONLY = "script-src 'nonce-abc'; style-src 'nonce-abc'; object-src 'none'; base-uri 'none'";
  const policies = [
    "script-src 'nonce-abc' 'strict-dynamic'; style-src 'self' 'nonce-abc'; object-src 'none'; base-uri 'none'",
    "script-src 'self' 'nonce-abc'; style-src 'self' 'nonce-abc'; object-src 'none'; base-uri 'none'",
    NONCE_ONLY,
  ];

  it.each(policies)(
    'shows a styled banner and runs the nonced gated scripts, no violation: %s',
    async (policy) => {
      const nonce = ' nonce="abc"';
      await shop.visit(
        storefrontHtml({
          attrs: { nonce: 'abc' },
          nonce: 'abc',
          head: [gated('inline', 'analytics', nonce), gatedSlow('external', 'analytics', 50, nonce)].join(''),
          body: gated('last', 'analytics', nonce),
        }),
        { 'content-security-policy': policy },
      );
      await shop.banner().waitFor();
      // The widget's own styles applied: the banner floats over the page instead of joining its flow.
      expect(await shop.banner().evaluate(floats)).toBe(true);

      await shop.banner().getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => shop.ran()).toEqual(['inline', 'external', 'last']);
      // Errors (CSP violations are console errors) are checked after every test.
    },
  );

  it("under 'strict-dynamic', never runs gated markup injected into the page without the widget's nonce", async () => {
    const injected =
      '<div class="review">' +
      gated('injected', 'analytics') +
      gated('guessed', 'analytics', ' nonce="guess"') +
      '<iframe data-consent="analytics" data-src="javascript:parent.__ran.push(\'iframe\')"></iframe></div>';
    await shop.visit(
      storefrontHtml({
        attrs: { nonce: 'abc' },
        nonce: 'abc',
        head: gated('ours', 'analytics', ' nonce="abc"'),
        body: injected,
      }),
      { 'content-security-policy': policies[0] as string },
    );
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['ours']);
    // Markup a theme's search box or a review widget adds later is held back too.
    await shop.page.evaluate((html) => {
      document.body.insertAdjacentHTML('beforeend', html);
    }, injected);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await shop.ran()).toEqual(['ours']);
    expect(await shop.page.locator('iframe[src]').count()).toBe(0);
  });

  it('loads a language file and the preferences under the nonce alone, as the widget’s own import() carries its nonce', async () => {
    await shop.visit(storefrontHtml({ lang: 'de', attrs: { nonce: 'abc' }, nonce: 'abc' }), {
      'content-security-policy': NONCE_ONLY,
    });
    await shop.page.getByRole('dialog', { name: 'Wir verwenden Cookies' }).waitFor();
    await shop.page.getByRole('button', { name: 'Anpassen' }).click();
    const preferences = shop.page.getByRole('dialog', { name: 'Cookie-Einstellungen' });
    await preferences.waitFor();
    await preferences.getByRole('button', { name: 'Alle akzeptieren' }).click();
    await expect.poll(() => shop.consent()).toMatchObject({ decided: true });
  });
});
