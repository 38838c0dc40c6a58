import Cookies from 'js-cookie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATEGORIES, COOKIE_BIT } from '../../../core/categories';
import { COOKIE_NAME, decodeRecord, encodeRecord, readRecord } from '../../../widget/cookie-store';
import { saveRecord } from '../../../widget/cookie-write';
import type { ConsentRecord } from '../../../widget/types';
import { configFrom } from './config-helper';

const NOW = Date.parse('2026-11-22T12:00:00.000Z');

const record: ConsentRecord = {
  allow: ['essential', 'analytics'],
  deny: ['functional', 'targeting'],
  revision: 7,
  updatedAt: '2026-11-20T08:30:15.000Z',
  gpc: true,
  pending: { server: true, native: false },
  id: null,
  unsent: '',
  policy: 0,
};

describe('cookie store', () => {
  afterEach(() => Cookies.remove(COOKIE_NAME, { path: '/' }));

  it("decodes each category's bit (COOKIE_BIT) by its place in CATEGORIES, so both must agree", () => {
    expect(CATEGORIES.map((c) => COOKIE_BIT[c])).toEqual(CATEGORIES.map((_, i) => 1 << i));
    for (const c of CATEGORIES) {
      const allow = c === 'essential' ? ['essential'] : ['essential', c];
      expect(decodeRecord(encodeRecord({ ...record, allow, deny: [] } as ConsentRecord), NOW)?.allow).toEqual(
        allow,
      );
    }
  });

  it('encodes a decision compactly, with the schema version first', () => {
    const value = encodeRecord(record);
    expect(value).toMatch(/^1\.7\.5\.a\.[\da-z]+\.3$/);
    expect(value.length).toBeLessThan(24);
  });

  it('decodes what it encoded', () => {
    expect(decodeRecord(encodeRecord(record), NOW)).toEqual(record);
    const plain = { ...record, gpc: false, pending: { server: false, native: true } };
    expect(decodeRecord(encodeRecord(plain), NOW)).toEqual(plain);
  });

  it('keeps the consent id and the unsent records, and reads a cookie from before them', () => {
    const withId = { ...record, id: 'pWq2bLxe3T6mQJ0d7XvC4A', unsent: 'f0bmx7m2z751~50pmx7m2z7b1' };
    expect(encodeRecord(withId)).toMatch(/\.3\.pWq2bLxe3T6mQJ0d7XvC4A\.f0bmx7m2z751~50pmx7m2z7b1$/);
    expect(decodeRecord(encodeRecord(withId), NOW)).toEqual(withId);
    const sent = { ...withId, unsent: '' };
    expect(decodeRecord(encodeRecord(sent), NOW)).toEqual(sent);
    // Written before consent records: a decision all the same, with no id yet.
    expect(decodeRecord(encodeRecord(record), NOW)).toEqual({ ...record, id: null, unsent: '' });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['corrupt', 'hello'],
    ['edited into JSON', '{"allow":["targeting"]}'],
    ['truncated', encodeRecord(record).slice(0, -2)],
    ['an older schema', `0${encodeRecord(record).slice(1)}`],
    ['a newer schema', `2${encodeRecord(record).slice(1)}`],
    ['oversized', `${encodeRecord(record)}${'0'.repeat(80)}`],
    ['essential not allowed', '1.1.4.0.t5bq3k.0'],
    ['essential denied', '1.1.f.1.t5bq3k.0'],
    ['a category both allowed and denied', '1.1.5.4.t5bq3k.0'],
    ['dated in the future', `1.1.f.0.${Math.floor((NOW + 7 * 864e5) / 1000).toString(36)}.0`],
    ['unknown flags', '1.1.f.0.t5bq3k.o'],
    ['a policy that does not exist', '1.1.f.0.t5bq3k.z'],
    ['a consent id cut short', '1.1.f.0.t5bq3k.0.pWq2bLxe3T6mQJ0d7XvC4'],
    ['a consent id with other characters', '1.1.f.0.t5bq3k.0.pWq2bLxe3T6mQJ0d7XvC4+'],
    ['unsent records without a consent id', '1.1.f.0.t5bq3k.0..f0bmx7m2z751'],
    ['unsent records in other characters', '1.1.f.0.t5bq3k.0.pWq2bLxe3T6mQJ0d7XvC4A.f0b;x'],
    ['percent-garbage', '%E0%A4%A'],
  ])('reads a cookie that is %s as no decision, without throwing', (_, value) => {
    expect(decodeRecord(value, NOW)).toBeNull();
  });

  it('keeps the policy the decision was made under in the flags’ high bits, and reads an older cookie as opt-in', () => {
    const underOptOut = { ...record, policy: 1 };
    expect(encodeRecord(underOptOut)).toMatch(/\.b$/);
    expect(decodeRecord(encodeRecord(underOptOut), NOW)).toEqual(underOptOut);
    const underNone = { ...record, gpc: false, pending: { server: false, native: false }, policy: 2 };
    expect(encodeRecord(underNone)).toMatch(/\.g$/);
    expect(decodeRecord(encodeRecord(underNone), NOW)).toEqual(underNone);
    const withId = { ...underOptOut, id: 'pWq2bLxe3T6mQJ0d7XvC4A', unsent: 'f0bmx7m2z751' };
    expect(decodeRecord(encodeRecord(withId), NOW)).toEqual(withId);
    // Written before regional rules: flags 0 to 7, made under opt-in.
    expect(decodeRecord('1.7.5.a.t5bq3k.3', NOW)?.policy).toBe(0);
  });

  it('saves to and loads from the storefront_consent cookie', () => {
    saveRecord(record, configFrom(), 'http:');
    expect(document.cookie).toContain(`${COOKIE_NAME}=${encodeRecord(record)}`);
    expect(readRecord(document.cookie, NOW)).toEqual(record);
  });

  it('finds its cookie among others', () => {
    const value = encodeRecord(record);
    expect(readRecord(`a=1; x_storefront_consent=zzz; ${COOKIE_NAME}=${value}; b=2`, NOW)).toEqual(record);
    expect(readRecord('a=1; b=2', NOW)).toBeNull();
  });

  it('loads a garbled cookie as no decision', () => {
    // biome-ignore lint/suspicious/noDocumentCookie: a raw cookie js-cookie would never write
    document.cookie = `${COOKIE_NAME}=%%%; path=/`;
    expect(readRecord(document.cookie, NOW)).toBeNull();
  });

  /** Every string written to document.cookie; the browser keeps them all, or none when `refuse`. */
  function recordCookieWrites(run: () => void, refuse = false): string[] {
    const written: string[] = [];
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => (refuse ? '' : written.map((w) => w.split(';')[0]).join('; ')),
      set: (v: string) => {
        written.push(v);
      },
    });
    try {
      run();
    } finally {
      delete (document as { cookie?: string }).cookie;
      if (desc) Object.defineProperty(Document.prototype, 'cookie', desc);
    }
    return written;
  }
  const expires = (days: number) => new Date(Date.parse(record.updatedAt) + days * 864e5).toUTCString();
  const domainConfig = () =>
    configFrom(
      { 'data-cookie-domain': 'example.com', 'data-expiry-days': '30' },
      'https://shop.example.com/',
    );

  it('writes SameSite=Lax, Secure on https only, the configured domain and an expiry after expiryDays', () => {
    const config = domainConfig();
    const written = recordCookieWrites(() => {
      saveRecord(record, config, 'https:');
      saveRecord(record, config, 'http:');
    });
    expect(written).toEqual([
      `${COOKIE_NAME}=${encodeRecord(record)}; path=/; sameSite=Lax; secure; expires=${expires(30)}; domain=example.com`,
      `${COOKIE_NAME}=${encodeRecord(record)}; path=/; sameSite=Lax; expires=${expires(30)}; domain=example.com`,
    ]);
  });

  it('keeps the decision on this host, with a warning, when the browser refuses the cookie domain', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = domainConfig();
    const written = recordCookieWrites(() => saveRecord(record, config, 'https:'), true);
    expect(written).toEqual([
      `${COOKIE_NAME}=${encodeRecord(record)}; path=/; sameSite=Lax; secure; expires=${expires(30)}; domain=example.com`,
      `${COOKIE_NAME}=${encodeRecord(record)}; path=/; sameSite=Lax; secure; expires=${expires(30)}`,
    ]);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith(
      'storefront-consent: ignored data-cookie-domain="example.com"; using null',
    );
    warn.mockRestore();
  });
});
