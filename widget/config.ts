// SPEC 2: the data attributes of the widget's own <script> tag, parsed once into a typed Config.
// A bad value never breaks the page: it is ignored with one console.warn naming the attribute,
// the value given and the value used instead.
import { isOptionalCategory, OPTIONAL_CATEGORIES, type OptionalCategory } from '../core/categories';
import { supported } from './lang';
import type { Config, Position, Theme } from './types';

/** What the parser needs from the <script> element (a plain object in tests). */
export interface ScriptAttributes {
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  /** The `nonce` IDL attribute: browsers hide the content attribute once a CSP applies. */
  nonce?: string;
}

export const DEFAULT_NATIVE_IDS: Record<OptionalCategory, number> = {
  analytics: 1,
  functional: 2,
  targeting: 3,
};

/** Chromium keeps no cookie longer than 400 days (RFC 6265bis), so a longer decision cannot be kept. */
const MAX_EXPIRY_DAYS = 400;

const show = (v: unknown) => JSON.stringify(v);

export const warnBad = (name: string, value: string, used: unknown): void =>
  console.warn(`storefront-consent: ignored ${name}=${show(value)}; using ${show(used)}`);

/** An http(s) URL, absolute or relative to the page; anything else (`javascript:`, `data:` …) is refused. */
const httpUrl = (value: string, pageUrl: string): boolean => {
  try {
    return /^https?:$/.test(new URL(value, pageUrl).protocol);
  } catch {
    return false;
  }
};

/** A cookie name, or a prefix ending in `*` (RFC 6265 token characters). */
const COOKIE_PATTERN = /^[\w!#$%&'+.^`|~-]+\*?$/;

/** Conservative colour check for when CSS.supports is not available: no `;`, braces, quotes or `url(`. */
export const looksLikeColour = (v: string): boolean => /^[#\w(),.%\s/+-]{1,64}$/.test(v) && !/url\(/i.test(v);

export function parseConfig(
  el: ScriptAttributes,
  pageUrl: string,
  isColour: (v: string) => boolean = looksLikeColour,
): Config {
  /**
   * The attribute's trimmed value through `parse`; absent → `fallback` silently,
   * `parse` returning undefined → `fallback` with a warning.
   */
  const read = <T>(name: string, fallback: T, parse: (v: string) => T | undefined): T => {
    const raw = el.getAttribute(`data-${name}`);
    if (raw === null) return fallback;
    const parsed = parse(raw.trim());
    if (parsed !== undefined) return parsed;
    warnBad(`data-${name}`, raw, fallback);
    return fallback;
  };
  const oneOf =
    <T extends string>(...allowed: T[]) =>
    (v: string) =>
      allowed.find((a) => a === v.toLowerCase());
  const onOff = (name: string, fallback: boolean) =>
    read(name, fallback, (v) => (/^(on|off)$/i.test(v) ? v.toLowerCase() === 'on' : undefined));
  const wholeNumber = (min: number, max: number) => (v: string) => {
    const n = /^\d{1,9}$/.test(v) ? Number(v) : Number.NaN;
    return n >= min && n <= max ? n : undefined;
  };
  const url = (v: string) => (v && httpUrl(v, pageUrl) ? v : undefined);

  const proxyUrl = read('proxy-url', null, (v) => (url(v) ? v.replace(/\/+$/, '') : undefined));
  const clientId = read('client-id', null, (v) => (/^[\w.-]{1,128}$/.test(v) ? v : undefined));
  const customerHint = read('customer-id', 'unknown' as Config['customerHint'], (v) =>
    /^0?$/.test(v) ? 'guest' : /^\d{1,12}$/.test(v) ? 'customer' : undefined,
  );
  const defaultJwt =
    clientId === null ? null : `/customer/current.jwt?app_client_id=${encodeURIComponent(clientId)}`;
  const jwtUrl = read('jwt-url', defaultJwt, (v) =>
    url(v) ? v.replace('{client-id}', encodeURIComponent(clientId || '')) : undefined,
  );

  const expiryDays = read('expiry-days', 180, (v) => {
    const n = wholeNumber(1, 1e9)(v);
    if (n === undefined || n <= MAX_EXPIRY_DAYS) return n;
    warnBad('data-expiry-days', v, MAX_EXPIRY_DAYS);
    return MAX_EXPIRY_DAYS;
  });

  const host = new URL(pageUrl).hostname.toLowerCase();
  const categories = parseCategories(el.getAttribute('data-categories'));
  const names = el.getAttributeNames();

  return {
    proxyUrl,
    clientId,
    customerHint,
    // Sync needs both ends: the proxy to write to and a client id (SPEC 7).
    jwtUrl: proxyUrl !== null && clientId !== null ? jwtUrl : null,
    policyUrl: read('policy-url', null, url),
    categories,
    revision: read('revision', 1, wholeNumber(0, 999_999_999)),
    expiryDays,
    // The browser silently drops a cookie for a domain the page is not on: refuse it loudly instead.
    cookieDomain: read('cookie-domain', null, (v) => {
      const d = v.toLowerCase().replace(/^\./, '');
      return d.includes('.') && (host === d || host.endsWith(`.${d}`)) ? d : undefined;
    }),
    lang: read('lang', 'auto', (v) => (v.toLowerCase() === 'auto' ? 'auto' : supported(v) ? v : undefined)),
    position: read<Position>('position', 'bottom', oneOf('bottom', 'top', 'center')),
    theme: read<Theme>('theme', 'auto', oneOf('light', 'dark', 'auto')),
    accent: read('accent', null, (v) => (v && isColour(v) ? v : undefined)),
    gpc: read<Config['gpc']>('gpc', 'honor', oneOf('honor', 'ignore')),
    consentMode: onOff('consent-mode', true),
    nativeSync: onOff('native-sync', false),
    nativeIds: read('native-ids', DEFAULT_NATIVE_IDS, parseNativeIds),
    clear: parseClear(el, names),
    texts: parseTexts(el, names),
    nonce: el.nonce || el.getAttribute('nonce') || null,
    base: new URL('.', new URL(el.getAttribute('src') || '', pageUrl)).href,
  };

  function parseCategories(raw: string | null): OptionalCategory[] {
    if (raw === null) return [...OPTIONAL_CATEGORIES];
    const given = raw.split(/[\s,]+/).filter(Boolean);
    // `essential` is always on, so naming it is harmless.
    const bad = given.filter((c) => !isOptionalCategory(c) && c !== 'essential');
    const good = [...new Set(given.filter(isOptionalCategory))];
    if (bad.length || !given.length) warnBad('data-categories', raw, good.join(','));
    return good;
  }
}

/** `analytics:1,functional:2,targeting:3`; categories not named keep BigCommerce's default number. */
function parseNativeIds(v: string): Record<OptionalCategory, number> | undefined {
  const ids = { ...DEFAULT_NATIVE_IDS };
  for (const pair of v.split(',')) {
    const m = /^\s*(\w+)\s*:\s*(\d{1,6})\s*$/.exec(pair);
    if (!m || !isOptionalCategory(m[1])) return undefined;
    ids[m[1]] = Number(m[2]);
  }
  // Two categories on one number would make BigCommerce's lists contradict each other.
  return new Set(Object.values(ids)).size === OPTIONAL_CATEGORIES.length ? ids : undefined;
}

/** `data-clear-<category>`: cookie names or `prefix*` patterns; bad entries are dropped. */
function parseClear(el: ScriptAttributes, names: string[]): Record<OptionalCategory, string[]> {
  const clear: Record<OptionalCategory, string[]> = { functional: [], analytics: [], targeting: [] };
  for (const name of names) {
    const m = /^data-clear-(.*)$/.exec(name);
    if (!m) continue;
    const raw = el.getAttribute(name) || '';
    if (!isOptionalCategory(m[1])) {
      warnBad(name, raw, 'nothing: not an optional category');
      continue;
    }
    const given = raw.split(/[\s,]+/).filter(Boolean);
    const good = given.filter((p) => COOKIE_PATTERN.test(p));
    if (good.length < given.length) warnBad(name, raw, good.join(','));
    clear[m[1]] = good;
  }
  return clear;
}

/** `data-text-accept-all` → `acceptAll`. */
function parseTexts(el: ScriptAttributes, names: string[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of names) {
    if (!name.startsWith('data-text-')) continue;
    const key = name.slice(10).replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    if (key) texts[key] = el.getAttribute(name) || '';
  }
  return texts;
}
