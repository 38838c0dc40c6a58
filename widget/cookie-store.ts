// docs/widget.md, "Where the decision is kept": the decision in a first-party cookie, `storefront_consent` (written with js-cookie by
// cookie-write.ts; read here without it, to keep the boot small). Compact and versioned:
// `1.<revision>.<allow bits>.<deny bits>.<seconds>.<flags>`, all base 36, e.g. `1.1.f.0.t5bq3k.2`. Whatever does not decode exactly (edited, truncated, an older schema,
// oversized, contradictory) counts as no decision: decoding never throws.
import { CATEGORIES, type Category, COOKIE_BIT } from '../core/categories';
import { DAY_MS } from './consent';
import type { ConsentRecord } from './types';

export const COOKIE_NAME = 'storefront_consent';
export const SCHEMA_VERSION = 1;

/** A decision dated more than a day ahead of this browser's clock was not made by it. */
const FUTURE_SLACK_MS = DAY_MS;
/** Anchored and bounded: nothing longer than a real value (22 characters at most) or shaped otherwise decodes. */
const PATTERN = /^1\.([\da-z]{1,6})\.([\da-f])\.([\da-f])\.([\da-z]{1,7})\.([0-7])$/;

/** Categories as bits (COOKIE_BIT; essential = 1). */
const bits = (list: readonly Category[]) => list.reduce((b, c) => b | COOKIE_BIT[c], 0);
const fromBits = (b: number) => CATEGORIES.filter((c) => b & COOKIE_BIT[c]);

export const encodeRecord = (r: ConsentRecord): string =>
  [
    SCHEMA_VERSION,
    r.revision,
    bits(r.allow),
    bits(r.deny),
    Math.floor(Date.parse(r.updatedAt) / 1000),
    +r.gpc | (+r.pending.server << 1) | (+r.pending.native << 2),
  ]
    .map((n) => n.toString(36))
    .join('.');

export function decodeRecord(value: string | undefined | null, now = Date.now()): ConsentRecord | null {
  const m = typeof value === 'string' && PATTERN.exec(value);
  if (!m) return null;
  const [revision = 0, allow = 0, deny = 0, seconds = 0, flags = 0] = m
    .slice(1)
    .map((part) => parseInt(part, 36));
  // essential is always allowed and never denied; no category is both.
  if (!(allow & 1) || allow & deny || seconds * 1000 > now + FUTURE_SLACK_MS) return null;
  return {
    allow: fromBits(allow),
    deny: fromBits(deny),
    revision,
    updatedAt: new Date(seconds * 1000).toISOString(),
    gpc: !!(flags & 1),
    pending: { server: !!(flags & 2), native: !!(flags & 4) },
  };
}

/** The stored decision in a `document.cookie` string, or null when there is none or it cannot be read. */
export const readRecord = (cookies: string, now?: number): ConsentRecord | null =>
  // Split rather than a regular expression built at run time: compiling one costs a returning shopper's
  // page a few tenths of a millisecond, every page view.
  decodeRecord(
    cookies
      .split('; ')
      .find((c) => c.startsWith(`${COOKIE_NAME}=`))
      ?.slice(COOKIE_NAME.length + 1),
    now,
  );
