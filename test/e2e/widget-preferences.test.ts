// Changing one's mind (docs/widget.md): the footer's "Cookie settings" link and `StorefrontConsent.open()`
// open the preferences dialog; withdrawing a category deletes its cookies and asks for a reload; the
// page hears every change through `onChange` and the `storefront-consent:change` event.
import { describe, expect, it } from 'vitest';
import { type ConsentState, gated, type ShopWindow, UI_FILE, useShop } from '../support/shop';
import { storefrontHtml } from '../support/storefront';

// One Chromium and one storefront for the file; a fresh shopper (browser context) per test.
const shop = useShop();

const GATED = [gated('analytics', 'analytics'), gated('targeting', 'targeting')].join('');

type Listening = ShopWindow & {
  __changes: ConsentState[];
  __events: ConsentState[];
  __unsubscribe: () => void;
};

describe('widget: the preferences dialog', () => {
  const categorySwitch = (name: string) => shop.preferences().getByRole('switch', { name });

  it('opens from the footer link with the current choices, from a link added later, and from open()', async () => {
    await shop.visit(storefrontHtml({ head: GATED }));
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await shop.page.reload();
    await shop.finished();
    expect(await shop.page.getByRole('dialog').count()).toBe(0);

    await shop.page.getByRole('link', { name: 'Cookie settings' }).click();
    await shop.preferences().waitFor();
    expect(await shop.page.getByRole('dialog').count()).toBe(1);
    for (const name of ['Functional', 'Analytics', 'Targeting']) {
      expect(await categorySwitch(name).isChecked()).toBe(true);
    }
    await shop.page.keyboard.press('Escape');
    await expect.poll(() => shop.preferences().count()).toBe(0);
    // The link's `href="#"` must not have navigated.
    expect(new URL(shop.page.url()).hash).toBe('');

    await shop.page.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = 'Privacy choices';
      button.setAttribute('data-consent-open', '');
      document.querySelector('footer')?.append(button);
    });
    await shop.page.getByRole('button', { name: 'Privacy choices' }).click();
    await shop.preferences().waitFor();
    await shop.page.keyboard.press('Escape');
    await expect.poll(() => shop.preferences().count()).toBe(0);

    await shop.page.evaluate(() => (window as ShopWindow).StorefrontConsent?.open());
    await shop.preferences().waitFor();
    await shop.preferences().getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => shop.preferences().count()).toBe(0);
    expect(await shop.consent()).toMatchObject({ allow: ['essential'], decided: true });
  });

  it('withdrawing analytics deletes its cookies and those data-clear-analytics adds, keeps the others, and says a reload finishes it', async () => {
    await shop.visit(
      storefrontHtml({ attrs: { 'data-clear-analytics': 'my_tracker*,heatmap' }, head: GATED }),
    );
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics', 'targeting']);
    // What Google Analytics, the Meta pixel and BigCommerce itself would have set by now.
    const host = new URL(shop.page.url()).hostname;
    await shop.context.addCookies(
      Object.entries({
        _ga: 'GA1.1.123.456',
        _ga_ABC123: 'GS1.1.789',
        _gid: 'GA1.1.42',
        _fbp: 'fb.1.2.3',
        my_tracker_id: '7',
        heatmap: 'on',
        heatmap_other: 'kept',
        SHOP_SESSION_TOKEN: 's3ss10n',
      }).map(([name, value]) => ({ name, value, domain: host, path: '/' })),
    );

    await shop.page.getByRole('link', { name: 'Cookie settings' }).click();
    await categorySwitch('Analytics').click();
    expect(await categorySwitch('Analytics').isChecked()).toBe(false);
    await shop.preferences().getByRole('button', { name: 'Save choices' }).click();

    await shop.page.getByText('Reload the page to finish switching off what you withdrew.').waitFor();
    // Announced to screen readers: the message sits in a live status region.
    expect(await shop.page.getByRole('status').textContent()).toContain('Reload the page to finish');
    const names = (await shop.context.cookies()).map((cookie) => cookie.name);
    expect(names.filter((name) => /^(_g|my_tracker|heatmap$)/.test(name))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining(['_fbp', 'heatmap_other', 'SHOP_SESSION_TOKEN', 'storefront_consent']),
    );
    expect(await shop.consent()).toMatchObject({ allow: ['essential', 'functional', 'targeting'] });

    await Promise.all([
      shop.page.waitForEvent('load'),
      shop.page.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await shop.finished();
    expect(await shop.ran()).toEqual(['targeting']);
  });
});

describe('widget: what loads when', () => {
  const PREFERENCES_FILE = 'storefront-consent-preferences.js';
  /** The widget's files the page requested, in order. */
  const fromDist = () =>
    shop.requests.filter((url) => url.includes('/dist/')).map((url) => new URL(url).pathname.slice(6));

  it('loads only the boot and the module on a first visit, and the preferences (with Preact) on Customize', async () => {
    await shop.visit(storefrontHtml({ head: GATED }));
    await shop.banner().waitFor();
    await shop.finished();
    expect(fromDist()).toEqual(['storefront-consent.js', UI_FILE]);

    await shop.banner().getByRole('button', { name: 'Customize' }).click();
    await shop.preferences().waitFor();
    expect(fromDist()).toEqual(['storefront-consent.js', UI_FILE, PREFERENCES_FILE]);
    expect(await shop.page.getByRole('dialog').count()).toBe(1);
  });

  it('adds the banner’s language file on a first visit in another language, and the preferences’ with them', async () => {
    await shop.visit(storefrontHtml({ lang: 'nl' }));
    await shop.page.getByRole('button', { name: 'Aanpassen' }).waitFor();
    await shop.finished();
    expect(fromDist().sort()).toEqual(['i18n/nl.js', 'storefront-consent.js', UI_FILE].sort());

    await shop.page.getByRole('button', { name: 'Aanpassen' }).click();
    await shop.page.getByRole('button', { name: 'Keuze opslaan' }).waitFor();
    expect(fromDist().sort()).toEqual(
      ['i18n/nl.js', 'i18n/nl-preferences.js', 'storefront-consent.js', UI_FILE, PREFERENCES_FILE].sort(),
    );
  });

  it('starts fetching the preferences when the shopper heads for Customize, before any click', async () => {
    await shop.visit(storefrontHtml({}));
    await shop.banner().waitFor();
    await shop.finished();
    expect(fromDist()).not.toContain(PREFERENCES_FILE);

    // Focus starts on the banner itself; Tab reaches Customize last.
    for (const _ of ['Accept all', 'Reject all', 'Customize']) await shop.page.keyboard.press('Tab');
    await expect.poll(fromDist).toContain(PREFERENCES_FILE);
    expect(await shop.preferences().count()).toBe(0);
    await shop.page.keyboard.press('Enter');
    await shop.preferences().waitFor();
    expect(fromDist().filter((file) => file === PREFERENCES_FILE)).toHaveLength(1);
  });

  it('keeps the banner working when the preferences cannot load, and says so once', async () => {
    await shop.page.route(`**/${PREFERENCES_FILE}`, (route) => route.abort());
    await shop.visit(storefrontHtml({ head: GATED }));
    await shop.banner().getByRole('button', { name: 'Customize' }).click();
    await expect.poll(() => shop.errors.length).toBeGreaterThan(0);
    await shop.finished();
    // Ours, once; besides it only Chromium's own report of the failed request.
    const [ours, browser] = [true, false].map((own) =>
      shop.errors.filter((error) => error.startsWith('console.error: storefront-consent:') === own),
    );
    expect(ours).toEqual([
      expect.stringContaining('console.error: storefront-consent: could not load the preferences'),
    ]);
    for (const error of browser ?? [])
      expect(error).toMatch(/^console\.error: Failed to load resource: .*preferences/);
    shop.errors.length = 0;
    expect(await shop.banner().count()).toBe(1);

    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics', 'targeting']);
    expect(await shop.page.getByRole('dialog').count()).toBe(0);
    expect(await shop.consent()).toMatchObject({ decided: true });
  });
});

describe('widget: the page hears about changes', () => {
  it('through onChange and the storefront-consent:change event, once per real change', async () => {
    await shop.visit(storefrontHtml({}));
    await shop.banner().waitFor();
    await shop.page.evaluate(() => {
      const w = window as unknown as Listening;
      w.__changes = [];
      w.__events = [];
      w.__unsubscribe = w.StorefrontConsent?.onChange((state) => w.__changes.push(state)) ?? (() => {});
      addEventListener('storefront-consent:change', (event) =>
        w.__events.push((event as CustomEvent<ConsentState>).detail),
      );
    });
    const heard = () =>
      shop.page.evaluate(() => {
        const w = window as unknown as Listening;
        return { changes: w.__changes, events: w.__events };
      });

    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await heard()).events.length).toBe(1);
    const first = await heard();
    expect(first.changes).toHaveLength(1);
    expect(first.changes[0]).toMatchObject({
      allow: ['essential', 'functional', 'analytics', 'targeting'],
      decided: true,
    });
    expect(first.events[0]).toEqual(first.changes[0]);

    // The same decision again is no change.
    await shop.page.evaluate(() => (window as unknown as Listening).StorefrontConsent?.acceptAll());
    await shop.page.evaluate(() => (window as unknown as Listening).StorefrontConsent?.rejectAll());
    await expect.poll(async () => (await heard()).events.length).toBe(2);
    expect((await heard()).changes.map((state) => state.allow)).toEqual([
      ['essential', 'functional', 'analytics', 'targeting'],
      ['essential'],
    ]);

    // Unsubscribed: the event still fires, the callback no longer.
    await shop.page.evaluate(() => {
      const w = window as unknown as Listening;
      w.__unsubscribe();
      w.StorefrontConsent?.set({ allow: ['analytics'] });
    });
    await expect.poll(async () => (await heard()).events.length).toBe(3);
    expect((await heard()).changes).toHaveLength(2);
    expect(
      await shop.page.evaluate(() => (window as unknown as Listening).StorefrontConsent?.has('analytics')),
    ).toBe(true);
  });
});

describe('widget: the JavaScript API', () => {
  it('answers get() and has() with the new decision as soon as acceptAll() returns', async () => {
    await shop.visit(storefrontHtml({ head: GATED }));
    await shop.banner().waitFor();
    await shop.finished();

    const right = await shop.page.evaluate(() => {
      const api = (window as ShopWindow).StorefrontConsent;
      api?.acceptAll();
      return { decided: api?.get().decided, analytics: api?.has('analytics') };
    });
    expect(right).toEqual({ decided: true, analytics: true });
  });
});

describe('widget: the JavaScript API under misuse', () => {
  it('never throws into the page, whatever it is passed, and a broken listener stops no other', async () => {
    await shop.visit(storefrontHtml({ head: GATED }));
    await shop.banner().waitFor();

    const outcomes = await shop.page.evaluate(() => {
      const w = window as unknown as Listening & { __heard: number };
      const api = w.StorefrontConsent as unknown as {
        set(x: unknown): void;
        has(x: unknown): boolean;
        onChange(x: unknown): () => void;
      };
      w.__heard = 0;
      api.onChange(() => {
        throw new Error('listener broke');
      });
      api.onChange(() => {
        w.__heard += 1;
      });
      const calls: Array<[string, () => unknown]> = [
        ['set(null)', () => api.set(null)],
        ['set(42)', () => api.set(42)],
        ['has(42)', () => api.has(42)],
        ['onChange("x")()', () => api.onChange('x')()],
        // Refused whole, with a warning: no decision is recorded from a malformed call.
        ['set(unknown names)', () => api.set({ allow: ['nope', 'analytics'], deny: 'targeting' })],
        [
          'decided by malformed calls',
          () => {
            if ((w.StorefrontConsent as unknown as { get(): { decided: boolean } }).get().decided)
              throw new Error('yes');
          },
        ],
        ['set(valid)', () => api.set({ allow: ['analytics'] })],
      ];
      return calls.map(([name, call]) => {
        try {
          call();
          return `${name}: ok`;
        } catch (error) {
          return `${name}: threw ${error}`;
        }
      });
    });
    expect(outcomes.filter((outcome) => !outcome.endsWith(': ok'))).toEqual([]);

    await expect.poll(() => shop.ran()).toEqual(['analytics']);
    expect(await shop.consent()).toMatchObject({ allow: ['essential', 'analytics'], decided: true });
    expect(
      await shop.page.evaluate(() => (window as unknown as { __heard: number }).__heard),
    ).toBeGreaterThan(0);
    // Misuse is reported by the widget on the console, never thrown: the broken listener among it.
    expect(shop.errors.filter((error) => !error.startsWith('console.error: storefront-consent:'))).toEqual(
      [],
    );
    expect(shop.errors.filter((error) => error.includes('listener broke'))).not.toEqual([]);
    shop.errors.length = 0;
  });
});
