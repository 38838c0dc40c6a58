// docs/widget.md, "Where the decision is kept": saving the decision: SameSite=Lax, Secure on https, the configured domain, kept until
// `expiryDays` after the decision (a re-save for a sent flag does not extend it). Written by hand, in
// exactly the form js-cookie writes: the value is base 36 and dots, so there is nothing to encode, and
// js-cookie (~650 bytes gzip) stays out of every first visit. It clears withdrawn cookies (cookie-clear.ts).
import { warnBad } from './config-read';
import { expiresAt } from './consent';
import { COOKIE_NAME, encodeRecord } from './cookie-store';
import type { ConsentRecord, ModuleConfig } from './types';

/** @param protocol the page's (`location.protocol`): `Secure` on `https:` only, or http pages could not read it back */
export function saveRecord(r: ConsentRecord, config: ModuleConfig, protocol: string): void {
  const secure = protocol === 'https:';
  const value = encodeRecord(r);
  const expires = new Date(expiresAt(r, config)).toUTCString();
  const write = (domain: string | null) => {
    // biome-ignore lint/suspicious/noDocumentCookie: one fixed-format value; the Cookie Store API is not in every browser.
    document.cookie = `${COOKIE_NAME}=${value}; path=/; sameSite=Lax${secure ? '; secure' : ''}; expires=${expires}${domain ? `; domain=${domain}` : ''}`;
  };
  write(config.cookieDomain);
  // A domain the browser refuses (a public suffix such as co.uk, part of an IP address) drops the
  // cookie without a word: say so, and keep the decision on this host rather than lose it.
  if (config.cookieDomain && !document.cookie.includes(`${COOKIE_NAME}=${value}`)) {
    warnBad('data-cookie-domain', config.cookieDomain, null);
    write(null);
  }
}
