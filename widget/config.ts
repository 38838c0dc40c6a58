// SPEC 2, the boot's part: the data attributes a returning shopper's page needs, parsed once from the
// widget's own <script> tag. The rest (sync, texts, look, cookie domain …) is parsed by config-full.ts
// in the core module, so the boot stays small.
import { isOptionalCategory, OPTIONAL_CATEGORIES } from '../core/categories';
import { list, oneOf, reader } from './config-read';
import type { BootConfig, ScriptAttributes } from './types';

/** Chromium keeps no cookie longer than 400 days (RFC 6265bis), so a longer decision cannot be kept. */
const MAX_EXPIRY_DAYS = 400;

const whole = (max: number) => (v: string) => (/^\d{1,9}$/.test(v) && +v <= max ? +v : undefined);

/** @param pageUrl the document's base URL, which the script's src resolves against */
export function parseConfig(el: ScriptAttributes, pageUrl: string): BootConfig {
  const read = reader(el);
  const attr = (name: string) => el.getAttribute(`data-${name}`);
  // The warning names the value used as the merchant writes it ("on"), not as a boolean.
  const onOff = (name: string, fallback: 'on' | 'off') => read(name, fallback, oneOf('on', 'off')) === 'on';
  return {
    categories: read('categories', [...OPTIONAL_CATEGORIES], (v) => {
      const given = list(v).filter((c) => c !== 'essential');
      const good = given.filter(isOptionalCategory);
      return given.length && good.length === given.length ? [...new Set(good)] : undefined;
    }),
    revision: read('revision', 1, whole(1e9)),
    expiryDays: read('expiry-days', 180, (v) => whole(MAX_EXPIRY_DAYS)(v) || undefined),
    gpc: read<BootConfig['gpc']>('gpc', 'honor', oneOf('honor', 'ignore')),
    consentMode: onOff('consent-mode', 'on'),
    nativeSync: onOff('native-sync', 'off'),
    maySync: !!attr('proxy-url') && !!attr('client-id') && !/^\s*0?\s*$/.test(attr('customer-id') ?? 'x'),
    nonce: el.nonce || null,
    base: new URL('.', new URL(el.getAttribute('src') || '', pageUrl)).href,
  };
}
