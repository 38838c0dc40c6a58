// The decisions the proxy has not yet recorded (docs/proxy.md, "Consent records"), kept in the cookie
// until it has: each one sent on this or a later page load, in order, none lost. An entry is
// `<allow bits><deny bits><source's initial><milliseconds, base 36><revision, base 36>`, entries joined by
// `~`, e.g. `f0pmipq0gx81` (allow all, deny none, from the preferences, revision 1).
import type { Category } from '../core/categories';
import type { RecordSource } from '../core/record-sources';
import { categoryBits } from './cookie-store';
import type { ConsentRecord } from './types';

/** At most this many wait in the cookie (a proxy away for that many decisions): beyond, the oldest is dropped. */
export const MAX_UNSENT = 8;

/** A decision waiting in the cookie, decoded (unsent-decode.ts). */
export interface UnsentRecord {
  allow: Category[];
  deny: Category[];
  source: RecordSource;
  /** When the browser decided, in milliseconds: with the consent id, what makes a record the same record. */
  at: number;
  revision: number;
  /** The entry as the cookie has it. */
  entry: string;
}

/** `r`'s decision, from `source`, appended to what is still unsent; beyond MAX_UNSENT the oldest is dropped. */
export const withUnsent = (unsent: string, r: ConsentRecord, source: RecordSource, at: number): string =>
  `${unsent}~${b36(categoryBits(r.allow))}${b36(categoryBits(r.deny))}${source[0]}${b36(at)}${b36(r.revision)}`
    .split('~')
    .filter(Boolean)
    .slice(-MAX_UNSENT)
    .join('~');

const b36 = (n: number) => n.toString(36);

/** A new consent id: 128 random bits, base64url (22 characters). */
export function newConsentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .slice(0, 22);
}
