import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { parseConfig } from '../../../widget/boot-config';
import { readClear } from '../../../widget/clear-attributes';
import { completeConfig } from '../../../widget/module-config';
import { configFrom, fakeScript, PAGE } from './config-helper';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

/** The config for one attribute, and the warnings it caused. */
const one = (name: string, value: string) => {
  warn.mockClear();
  const config = configFrom({ [name]: value });
  return { config, warnings: warn.mock.calls.map((c) => String(c[0])) };
};

describe('config', () => {
  it('works as a cookie-only banner with no attribute at all', () => {
    const config = configFrom({ src: 'https://cdn.example.com/sc/storefront-consent.js' });
    expect(config).toEqual({
      proxyUrl: null,
      clientId: null,
      customerHint: 'unknown',
      jwtUrl: null,
      policyUrl: null,
      categories: ['functional', 'analytics', 'targeting'],
      regions: 'off',
      regionDefault: 'opt-in',
      revision: 1,
      expiryDays: 180,
      maySync: false,
      mayRecord: false,
      records: false,
      cookieDomain: null,
      lang: 'auto',
      position: 'bottom',
      theme: 'auto',
      accent: null,
      gpc: 'honor',
      consentMode: true,
      signals: ['gcm', 'uet', 'clarity', 'meta', 'tiktok'],
      refused: [],
      nativeSync: false,
      nativeIds: { analytics: 1, functional: 2, targeting: 3 },
      texts: {},
      nonce: null,
      script: expect.objectContaining({ src: 'https://cdn.example.com/sc/storefront-consent.js' }),
      base: 'https://cdn.example.com/sc/',
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads the embed snippet of the spec', () => {
    const config = configFrom({
      'data-proxy-url': 'https://consent.example.workers.dev/',
      'data-client-id': 'APP_CLIENT_ID',
      'data-customer-id': '42',
      'data-policy-url': '/privacy-policy/',
    });
    expect(config.proxyUrl).toBe('https://consent.example.workers.dev');
    expect(config.clientId).toBe('APP_CLIENT_ID');
    expect(config.customerHint).toBe('customer');
    expect(config.jwtUrl).toBe('/customer/current.jwt?app_client_id=APP_CLIENT_ID');
    expect(config.policyUrl).toBe('/privacy-policy/');
    // With a proxy, every decision goes to its consent records, unless data-records="off".
    expect(config.records).toBe(true);
    expect(configFrom({ 'data-proxy-url': '/p', 'data-records': 'off' }).records).toBe(false);
    expect(configFrom({ 'data-records': 'on' }).records).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('takes a guest from an empty or zero customer id, and warns about an unrendered Stencil placeholder', () => {
    expect(one('data-customer-id', '').config.customerHint).toBe('guest');
    expect(one('data-customer-id', '0').config.customerHint).toBe('guest');
    const { config, warnings } = one('data-customer-id', '{{customer.id}}');
    expect(config.customerHint).toBe('unknown');
    expect(warnings).toEqual([
      'storefront-consent: ignored data-customer-id="{{customer.id}}"; using "unknown"',
    ]);
  });

  it('tells the boot whether a pending decision may be sent from this page', () => {
    const sync = { 'data-proxy-url': 'https://p.example', 'data-client-id': 'abc' };
    expect(configFrom(sync).maySync).toBe(true);
    expect(configFrom({ ...sync, 'data-customer-id': '7' }).maySync).toBe(true);
    expect(configFrom({ ...sync, 'data-customer-id': '0' }).maySync).toBe(false);
    expect(configFrom({ ...sync, 'data-customer-id': '' }).maySync).toBe(false);
    expect(configFrom({ 'data-proxy-url': 'https://p.example' }).maySync).toBe(false);
    // An unrendered placeholder is not a guest: the JWT endpoint will tell.
    expect(configFrom({ ...sync, 'data-customer-id': ' 0 ' }).maySync).toBe(false);
    expect(configFrom({ ...sync, 'data-customer-id': '{{customer.id}}' }).maySync).toBe(true);
  });

  it('uses a custom JWT URL, filling in the client id, only when sync is configured', () => {
    const attrs = { 'data-proxy-url': 'https://p.example', 'data-client-id': 'abc' };
    expect(configFrom({ ...attrs, 'data-jwt-url': '/auth/jwt?c={client-id}' }).jwtUrl).toBe(
      '/auth/jwt?c=abc',
    );
    expect(configFrom({ 'data-client-id': 'abc' }).jwtUrl).toBeNull();
    expect(configFrom({ 'data-proxy-url': 'https://p.example' }).jwtUrl).toBeNull();
  });

  it.each([
    ['data-proxy-url', 'javascript:alert(1)', 'null'],
    ['data-proxy-url', 'ftp://files.example', 'null'],
    ['data-jwt-url', 'data:text/plain,x', '"/customer/current.jwt?app_client_id={client-id}"'],
    ['data-client-id', 'a b<c>', 'null'],
    ['data-policy-url', 'javascript:alert(1)', 'null'],
    ['data-policy-url', ' JaVaScRiPt:alert(1)', 'null'],
    ['data-policy-url', 'java\tscript:alert(1)', 'null'],
    ['data-policy-url', 'data:text/html,<script>alert(1)</script>', 'null'],
    ['data-revision', '1.5', '1'],
    ['data-revision', '-2', '1'],
    ['data-revision', 'two', '1'],
    ['data-expiry-days', '0', '180'],
    ['data-expiry-days', 'forever', '180'],
    ['data-expiry-days', '1000', '180'],
    ['data-cookie-domain', 'other.com', 'null'],
    ['data-cookie-domain', 'com', 'null'],
    ['data-lang', 'klingon', '"auto"'],
    ['data-lang', 'ja', '"auto"'],
    ['data-position', 'middle', '"bottom"'],
    ['data-theme', 'blue', '"auto"'],
    ['data-accent', 'red;}body{display:none', 'null'],
    ['data-accent', 'url(https://evil.example/x)', 'null'],
    ['data-gpc', 'maybe', '"honor"'],
    ['data-consent-mode', 'yes', '"on"'],
    ['data-native-sync', 'true', '"off"'],
    [
      'data-native-ids',
      'analytics:1,functional:1,targeting:3',
      '{"analytics":1,"functional":2,"targeting":3}',
    ],
    ['data-native-ids', 'marketing:4', '{"analytics":1,"functional":2,"targeting":3}'],
    ['data-native-ids', 'analytics=1', '{"analytics":1,"functional":2,"targeting":3}'],
    ['data-regions', 'on', '"off"'],
    ['data-regions', 'eu', '"off"'],
    ['data-region-default', 'opt-out-of-everything', '"opt-in"'],
    ['data-region-default', 'optout', '"opt-in"'],
  ])('ignores %s="%s" with one warning naming the value used instead (%s)', (name, value, used) => {
    const { warnings } = one(name, value);
    expect(warnings).toEqual([`storefront-consent: ignored ${name}=${JSON.stringify(value)}; using ${used}`]);
  });

  it('accepts http, https and relative policy links', () => {
    for (const url of [
      'https://shop.example.com/privacy',
      'http://x.example/p',
      '/privacy-policy/',
      'privacy',
      '//cdn.example/p',
    ])
      expect(one('data-policy-url', url)).toEqual(expect.objectContaining({ warnings: [] }));
    expect(one('data-policy-url', '/privacy-policy/').config.policyUrl).toBe('/privacy-policy/');
  });

  it('reads the optional categories a store uses, in the order given', () => {
    expect(one('data-categories', 'analytics, functional')).toEqual({
      config: expect.objectContaining({ categories: ['analytics', 'functional'] }),
      warnings: [],
    });
    expect(one('data-categories', 'essential,analytics').config.categories).toEqual(['analytics']);
  });

  it.each(['analytics,marketing', '', 'essential'])('ignores data-categories="%s" as a whole', (value) => {
    const { config, warnings } = one('data-categories', value);
    expect(config.categories).toEqual(['functional', 'analytics', 'targeting']);
    expect(warnings).toEqual([
      `storefront-consent: ignored data-categories=${JSON.stringify(value)}; using ["functional","analytics","targeting"]`,
    ]);
  });

  it('reads the vendors data-signals names, in any case, or none', () => {
    expect(one('data-signals', 'UET, meta,uet')).toEqual({
      config: expect.objectContaining({ signals: ['uet', 'meta'] }),
      warnings: [],
    });
    expect(one('data-signals', '').config.signals).toEqual([]);
    const { config, warnings } = one('data-signals', 'gcm,pinterest');
    expect(config.signals).toEqual(['gcm', 'uet', 'clarity', 'meta', 'tiktok']);
    expect(warnings).toEqual([
      'storefront-consent: ignored data-signals="gcm,pinterest"; using ["gcm","uet","clarity","meta","tiktok"]',
    ]);
  });

  it('reads numbers, domains, choices and switches', () => {
    const config = configFrom({
      'data-revision': '3',
      'data-expiry-days': '30',
      'data-cookie-domain': '.Example.com',
      'data-lang': 'de-AT',
      'data-position': 'Center',
      'data-theme': 'dark',
      'data-accent': '#0a5',
      'data-gpc': 'ignore',
      'data-consent-mode': 'off',
      'data-native-sync': 'ON',
      'data-native-ids': 'analytics:2, functional:3,targeting:4',
    });
    expect(config).toEqual(
      expect.objectContaining({
        revision: 3,
        expiryDays: 30,
        cookieDomain: 'example.com',
        lang: 'de-AT',
        position: 'center',
        theme: 'dark',
        accent: '#0a5',
        gpc: 'ignore',
        consentMode: false,
        nativeSync: true,
        nativeIds: { analytics: 2, functional: 3, targeting: 4 },
      }),
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps BigCommerce default numbers for categories data-native-ids leaves out', () => {
    expect(one('data-native-ids', 'targeting:4').config.nativeIds).toEqual({
      analytics: 1,
      functional: 2,
      targeting: 4,
    });
  });

  it('reads cookies to clear per category, dropping bad entries with a warning', () => {
    warn.mockClear();
    const clear = readClear(
      fakeScript({
        'data-clear-analytics': '_hj*, _clck',
        'data-clear-targeting': 'ok,bad;name,*',
        'data-clear-essential': 'session',
      }),
    );
    expect(clear).toEqual({ functional: [], analytics: ['_hj*', '_clck'], targeting: ['ok'] });
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      'storefront-consent: ignored data-clear-targeting="ok,bad;name,*"; using ["ok"]',
      'storefront-consent: ignored data-clear-essential="session"; using []',
    ]);
  });

  it('turns data-text-* into camelCase text overrides', () => {
    const config = configFrom({ 'data-text-title': 'Cookies?', 'data-text-accept-all': 'Sure' });
    expect(config.texts).toEqual({ title: 'Cookies?', acceptAll: 'Sure' });
  });

  it('takes the nonce from the element property, and the base folder from src relative to the page', () => {
    const config = parseConfig(fakeScript({ src: '../assets/storefront-consent.js' }, 'r4nd0m'), PAGE);
    expect(config.nonce).toBe('r4nd0m');
    expect(config.base).toBe('https://shop.example.com/assets/');
  });

  it('refuses an accent colour the browser does not know', () => {
    const el = fakeScript({ 'data-accent': 'notacolour' });
    const config = completeConfig(parseConfig(el, PAGE), PAGE, () => false);
    expect(config.accent).toBeNull();
    expect(warn).toHaveBeenCalledWith('storefront-consent: ignored data-accent="notacolour"; using null');
  });

  it('accepts a cookie domain the page is on', () => {
    expect(configFrom({ 'data-cookie-domain': 'shop.example.com' }).cookieDomain).toBe('shop.example.com');
    expect(warn).not.toHaveBeenCalled();
  });
});
