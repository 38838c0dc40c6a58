// SPEC 7: the decision in a first-party cookie, `storefront_consent`, via js-cookie.
// Compact and versioned: `1.<revision>.<allow bits>.<deny bits>.<seconds>.<flags>`, all base 36,
// e.g. `1.1.f.0.t5bq3k.2`. Whatever does not decode exactly (edited, truncated, an older schema,
// oversized, contradictory) counts as no decision: decoding never throws.
import Cookies from 'js-cookie';
import { CATEGORIES, type Category } from '../core/categories';
import type { Config, ConsentRecord } from './types';

export const COOKIE_NAME = 'storefront_consent';
export const SCHEMA_VERSION = 1;

const MAX_LENGTH = 64;
/** A decision dated more than a day ahead of this browser's clock was not made by it. */
const FUTURE_SLACK_MS = 864e5;
const FLAGS = ['gpc', 'server', 'native'] as const;
const PATTERN = /^1\.([\da-z]{1,6})\.([\da-f])\.([\da-f])\.([\da-z]{1,7})\.([0-7])$/;

const bits = (list: readonly Category[]) =>
  CATEGORIES.reduce((b, c, i) => (list.includes(c) ? b | (1 << i) : b), 0);
const fromBits = (b: number) => CATEGORIES.filter((_, i) => b & (1 << i));

export function encodeRecord(r: ConsentRecord): string {
  const flags = [r.gpc, r.pending.server, r.pending.native].reduce((f, on, i) => (on ? f | (1 << i) : f), 0);
  const seconds = Math.floor(Date.parse(r.updatedAt) / 1000);
  return [SCHEMA_VERSION, r.revision, bits(r.allow), bits(r.deny), seconds, flags]
    .map((n) => n.toString(36))
    .join('.');
}

export function decodeRecord(value: string | undefined | null, now = Date.now()): ConsentRecord | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  const m = PATTERN.exec(value);
  if (!m) return null;
  const [revision = 0, allow = 0, deny = 0, seconds = 0, flags = 0] = m
    .slice(1)
    .map((part) => Number.parseInt(part, 36));
  const time = seconds * 1000;
  // essential is always allowed and never denied; no category is both.
  if (!(allow & 1) || allow & deny || time > now + FUTURE_SLACK_MS) return null;
  const flag = (name: (typeof FLAGS)[number]) => !!(flags & (1 << FLAGS.indexOf(name)));
  return {
    allow: fromBits(allow),
    deny: fromBits(deny),
    revision,
    updatedAt: new Date(time).toISOString(),
    gpc: flag('gpc'),
    pending: { server: flag('server'), native: flag('native') },
  };
}

/** The stored decision, or null when there is none or it cannot be read. */
export const loadRecord = (now?: number): ConsentRecord | null => {
  try {
    return decodeRecord(Cookies.get(COOKIE_NAME), now);
  } catch {
    return null;
  }
};

/** Keep the decision until `expiryDays` after it was made (a re-save for a sent flag does not extend it). */
export function saveRecord(r: ConsentRecord, config: Config, secure: boolean): void {
  Cookies.set(COOKIE_NAME, encodeRecord(r), {
    path: '/',
    sameSite: 'Lax',
    secure,
    expires: new Date(Date.parse(r.updatedAt) + config.expiryDays * 864e5),
    ...(config.cookieDomain ? { domain: config.cookieDomain } : {}),
  });
}
