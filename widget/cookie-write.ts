// SPEC 7: saving the decision with js-cookie: SameSite=Lax, Secure on https, the configured domain,
// kept until `expiryDays` after the decision (a re-save for a sent flag does not extend it).
import Cookies from 'js-cookie';
import { COOKIE_NAME, encodeRecord } from './cookie-store';
import type { Config, ConsentRecord } from './types';

export function saveRecord(r: ConsentRecord, config: Config, secure: boolean): void {
  Cookies.set(COOKIE_NAME, encodeRecord(r), {
    path: '/',
    sameSite: 'Lax',
    secure,
    expires: new Date(Date.parse(r.updatedAt) + config.expiryDays * 864e5),
    ...(config.cookieDomain ? { domain: config.cookieDomain } : {}),
  });
}
