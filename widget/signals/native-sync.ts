// BigCommerce's own consent feature (docs/signals.md, "BigCommerce's own consent feature"), same origin:
// POST /api/storefront/consent with the complete allow and deny lists of BigCommerce's numbers
// ("must be populated with a complete set of allowed and denied categories", consent.sf.yml).
import { type Category, OPTIONAL_CATEGORIES } from '../../core/categories';
import { timedFetch } from '../sync-client';
import type { Config } from '../types';

export const NATIVE_ENDPOINT = '/api/storefront/consent';

/** BigCommerce's numbers for a decision: every configured category lands in exactly one list. */
export function nativeBody(
  ids: Config['nativeIds'],
  allow: readonly Category[],
): { allow: number[]; deny: number[] } {
  const body = { allow: [] as number[], deny: [] as number[] };
  for (const c of OPTIONAL_CATEGORIES) body[allow.includes(c) ? 'allow' : 'deny'].push(ids[c]);
  return body;
}

/** Post a decision; true on 2xx only, so anything else stays pending and is retried on a later load. */
export async function postNative(
  config: Config,
  allow: readonly Category[],
  f: typeof fetch,
): Promise<boolean> {
  const res = await timedFetch(f, NATIVE_ENDPOINT, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(nativeBody(config.nativeIds, allow)),
  });
  if (res && res.status >= 400 && res.status < 500) {
    // 400 is what BigCommerce answers when its cookie consent feature is off (consent.sf.yml).
    console.warn(
      `storefront-consent: ${NATIVE_ENDPOINT} answered ${res.status}; is cookie consent tracking on?`,
    );
  }
  return !!res?.ok;
}

/** Hide BigCommerce's own banner with a style element carrying the widget's CSP nonce. */
export function hideNativeBanner(doc: Document, nonce: string | null): void {
  const style = doc.createElement('style');
  style.nonce = nonce || '';
  // `#consent-manager` and `#consent-manager-update-banner`, in fewer bytes.
  style.textContent = '[id^=consent-manager]{display:none!important}';
  // The boot runs from <head>, or later: a head exists by then.
  doc.head.append(style);
}
