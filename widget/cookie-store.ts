// docs/widget.md, "Where the decision is kept": the decision in a first-party cookie, `storefront_consent` (written with js-cookie by
// cookie-write.ts; read here without it, to keep the boot small). Compact and versioned:
// `1.<revision>.<allow bits>.<deny bits>.<seconds>.<flags>[.<consent id>[.<unsent records>]]`, numbers in
// base 36, e.g. `1.1.f.0.t5bq3k.2.pWq2bLxe3T6mQJ0d7XvC4A`. The consent id and the records still to be sent
// to the proxy (docs/proxy.md, "Consent records") came later: a cookie written before them still decodes.
// So did the policy the decision was made under (docs/regions.md), in the flags' two high bits: 0 is
// opt-in, which every cookie written before regional rules was made under.
// Whatever does not decode exactly (edited, truncated, an older schema, oversized, contradictory) counts
// as no decision: decoding never throws. The boot hands the unsent records on undecoded (unsent-records.ts).
import { CATEGORIES, type Category, COOKIE_BIT } from '../core/categories';
import { DAY_MS } from './consent';
import type { ConsentRecord } from './types';

export const COOKIE_NAME = 'storefront_consent';
export const SCHEMA_VERSION = 1;

/**
 * Anchored: nothing shaped otherwise decodes. The id is 22 characters and the unsent list bounded; a
 * revision or a date of any length is only a number (a date ahead of the clock is refused below).
 */
const PATTERN =
  /^1\.([\da-z]+)\.([\da-f])\.([\da-f])\.([\da-z]+)\.([\da-n])(?:\.([\w-]{22})(?:\.([\da-z~]{1,240}))?)?$/;

/** Categories as bits (COOKIE_BIT; essential = 1), one base 36 digit. */
export const categoryBits = (list: readonly Category[]) => list.reduce((b, c) => b | COOKIE_BIT[c], 0);
// COOKIE_BIT is each category's place in CATEGORIES as a bit (a test holds them together): no table in the boot.
const fromBits = (b: number) => CATEGORIES.filter((_, i) => (b >> i) & 1);

export const encodeRecord = (r: ConsentRecord): string =>
  [
    SCHEMA_VERSION,
    r.revision,
    categoryBits(r.allow),
    categoryBits(r.deny),
    Math.floor(Date.parse(r.updatedAt) / 1000),
    +r.gpc | (+r.pending.server << 1) | (+r.pending.native << 2) | (r.policy << 3),
  ]
    .map((n) => n.toString(36))
    .concat(r.id ? [r.id] : [], r.id && r.unsent ? [r.unsent] : [])
    .join('.');

export function decodeRecord(value: string | undefined | null, now = Date.now()): ConsentRecord | null {
  // exec() reads null and undefined as the strings 'null' and 'undefined', which never match.
  const m = PATTERN.exec(value as string);
  if (!m) return null;
  const [revision = 0, allow = 0, deny = 0, seconds = 0, flags = 0] = m
    .slice(1, 6)
    .map((part) => parseInt(part, 36));
  // essential is always allowed and never denied; no category is both; a decision dated more than a day
  // ahead of this browser's clock was not made by it.
  if (!(allow & 1) || allow & deny || seconds * 1000 > now + DAY_MS) return null;
  return {
    allow: fromBits(allow),
    deny: fromBits(deny),
    revision,
    updatedAt: new Date(seconds * 1000).toISOString(),
    gpc: !!(flags & 1),
    pending: { server: !!(flags & 2), native: !!(flags & 4) },
    policy: flags >> 3,
    id: m[6] || null,
    unsent: m[7] || '',
  };
}

/** The stored decision in a `document.cookie` string, or null when there is none or it cannot be read. */
export const readRecord = (cookies: string, now: number): ConsentRecord | null =>
  // Split rather than a regular expression built at run time: compiling one costs a returning shopper's
  // page a few tenths of a millisecond, every page view.
  decodeRecord(
    cookies
      .split('; ')
      .find((c) => c.startsWith(`${COOKIE_NAME}=`))
      ?.slice(COOKIE_NAME.length + 1),
    now,
  );
