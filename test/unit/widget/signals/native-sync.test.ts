import { afterEach, describe, expect, it, vi } from 'vitest';
import { hideNativeBanner, nativeBody, postNative } from '../../../../widget/signals/native-sync';
import { config, fakeFetch, json } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
  for (const el of document.querySelectorAll('style, #consent-manager')) el.remove();
});

describe("BigCommerce's own consent feature", () => {
  it("maps a decision to BigCommerce's numbers, every category in exactly one list", () => {
    const ids = { analytics: 1, functional: 2, targeting: 3 };
    expect(nativeBody(ids, ['essential', 'analytics'])).toEqual({ allow: [1], deny: [2, 3] });
    expect(nativeBody(ids, ['essential', 'functional', 'analytics', 'targeting'])).toEqual({
      allow: [2, 1, 3],
      deny: [],
    });
    expect(nativeBody(ids, ['essential'])).toEqual({ allow: [], deny: [2, 1, 3] });
  });

  it("uses the merchant's numbers from data-native-ids", () => {
    const ids = { analytics: 2, functional: 3, targeting: 4 };
    expect(nativeBody(ids, ['essential', 'targeting'])).toEqual({ allow: [4], deny: [3, 2] });
  });

  it('posts JSON to the same-origin storefront endpoint and reports success on 2xx', async () => {
    const wire = fakeFetch(() => new Response(null, { status: 200 }));
    const ok = await postNative(config({ nativeSync: true }), ['essential', 'functional'], wire.fetch);
    expect(ok).toBe(true);
    expect(wire.calls).toHaveLength(1);
    const [call] = wire.calls;
    expect(call?.url).toBe('/api/storefront/consent');
    expect(call?.method).toBe('POST');
    // fetch's default credentials, same-origin: BigCommerce ties the post to the shopper's session.
    expect(call?.credentials).toBeUndefined();
    expect(call?.headers).toMatchObject({ accept: 'application/json', 'content-type': 'application/json' });
    expect(JSON.parse(call?.body ?? '')).toEqual({ allow: [2], deny: [1, 3] });
  });

  it('counts 204 as success too', async () => {
    const wire = fakeFetch(() => new Response(null, { status: 204 }));
    expect(await postNative(config(), ['essential'], wire.fetch)).toBe(true);
  });

  it('reports failure and warns the merchant when BigCommerce refuses (its feature is off)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const wire = fakeFetch(() => json({ title: 'Invalid input' }, 400));
    expect(await postNative(config(), ['essential'], wire.fetch)).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain(
      '/api/storefront/consent answered 400; is cookie consent tracking on?',
    );
  });

  it('reports failure without throwing on a server error or a network error', async () => {
    const down = fakeFetch(() => new Response('oops', { status: 503 }));
    expect(await postNative(config(), ['essential'], down.fetch)).toBe(false);
    const offline = fakeFetch(() => 'network-error');
    expect(await postNative(config(), ['essential'], offline.fetch)).toBe(false);
  });

  it("hides BigCommerce's banner with a style element carrying the widget's nonce", () => {
    const banner = document.createElement('div');
    banner.id = 'consent-manager';
    document.body.append(banner);
    hideNativeBanner(document, 'n0nce');
    const style = document.head.querySelector('style');
    // The nonce property, which CSP reads (the boot sets it rather than the attribute, a few bytes less).
    expect(style?.nonce).toBe('n0nce');
    expect(style?.textContent).toBe('[id^=consent-manager]{display:none!important}');
    expect(getComputedStyle(banner).display).toBe('none');
  });

  it('inserts the style without a nonce attribute when the widget has none', () => {
    hideNativeBanner(document, null);
    expect(document.head.querySelector('style')?.hasAttribute('nonce')).toBe(false);
  });
});
