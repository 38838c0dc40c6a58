// The consent model (docs/widget.md, docs/signals.md): pure functions from a stored record, the config and the clock
// to what is allowed now and to new decisions. No DOM, no cookies: the boot does the I/O.
import { CATEGORIES, type Category, isCategory } from '../core/categories';
import { applyChange, type Change } from '../core/decision';
import type { Policy } from '../core/jurisdictions';
import type { BootConfig, ConsentRecord, ModuleConfig } from './types';

/** What `StorefrontConsent.get()` answers (docs/widget.md). */
export interface Snapshot {
  allow: Category[];
  deny: Category[];
  decided: boolean;
  revision: number;
  updatedAt: string | null;
  /** This browser's consent id, as the proxy's consent records know it (docs/proxy.md). */
  consentId: string | null;
  /** The policy on this page (docs/regions.md): `opt-in` unless regional rules found another. */
  policy: Policy;
  /** Where the shopper is (`US-CA`, `DE`), when regional rules found it; else null. */
  region: string | null;
}

export type { Change };

export const DAY_MS = 864e5;

/** When a decision lapses: the cookie expires then, and the banner asks again. */
export const expiresAt = (r: ConsentRecord, config: BootConfig): number =>
  Date.parse(r.updatedAt) + config.expiryDays * DAY_MS;

/**
 * The banner must ask: no decision, an older revision, or an expired one. Until the shopper answers
 * a re-ask, the previous decision keeps applying (docs/widget.md). A decision made under a weaker
 * policy than the page's (`policy`, an index in POLICIES: higher is weaker) is asked again too, and
 * does not apply meanwhile (docs/regions.md).
 */
export const mustAsk = (r: ConsentRecord | null, config: BootConfig, now: number, policy = 0): boolean =>
  !r || r.revision < config.revision || expiresAt(r, config) <= now || r.policy > policy;

/** Allowed now: essential, plus what the record allows among the categories this store uses. */
export const allowedBy = (r: ConsentRecord | null, config: BootConfig): Category[] =>
  CATEGORIES.filter(
    (c) => c === 'essential' || (!!r && r.allow.includes(c) && (config.categories as Category[]).includes(c)),
  );

/**
 * A fresh decision allowing `wanted` (essential always, categories the store does not use never).
 * It still has to reach the proxy (when sync is configured) and BigCommerce (when native sync is on).
 */
export function decision(
  wanted: Iterable<Category>,
  config: ModuleConfig,
  gpc: boolean,
  now: number,
  revision = config.revision,
): ConsentRecord {
  const allow = allowedBy({ allow: [...wanted] } as ConsentRecord, config);
  return {
    allow,
    deny: CATEGORIES.filter((c) => !allow.includes(c)),
    revision,
    updatedAt: new Date(now).toISOString(),
    gpc,
    pending: { server: config.proxyUrl !== null && config.jwtUrl !== null, native: config.nativeSync },
    // The core gives it the browser's consent id, what the proxy must still record and the page's policy.
    id: null,
    unsent: '',
    policy: 0,
  };
}

/** Accept all; under Global Privacy Control everything but targeting (docs/signals.md, "Global Privacy Control"). */
export const acceptAll = (config: ModuleConfig, gpc: boolean, now: number): ConsentRecord =>
  decision(
    config.categories.filter((c) => !gpc || c !== 'targeting'),
    config,
    gpc,
    now,
  );

export const rejectAll = (config: ModuleConfig, gpc: boolean, now: number): ConsentRecord =>
  decision([], config, gpc, now);

/**
 * Per category, from what is allowed now: categories named in neither list keep their state;
 * a category in both lists is denied. Unknown names are ignored. An explicit choice may allow
 * targeting under GPC: that is the "by hand" of docs/signals.md, "Global Privacy Control".
 */
export function setCategories(
  current: readonly Category[],
  change: Change,
  config: ModuleConfig,
  gpc: boolean,
  now: number,
): ConsentRecord {
  return decision(applyChange({ allow: [...current], deny: [] }, change).allow, config, gpc, now);
}

/** GPC now, a decision made before this browser sent it, allowing targeting: the signal withdraws it. */
export const gpcWithdraws = (r: ConsentRecord, gpc: boolean): boolean =>
  gpc && !r.gpc && r.allow.includes('targeting');

/** A page API change as docs/widget.md has it: `allow` and `deny`, each absent or a list of known categories. */
export const isChange = (change: unknown): change is Change =>
  change instanceof Object &&
  [(change as Change).allow, (change as Change).deny].every(
    (l) => l === undefined || (Array.isArray(l) && l.every(isCategory)),
  );

/**
 * That withdrawal as a new decision (same revision). A decision made under GPC keeps targeting only
 * if the shopper chose it by hand.
 */
/**
 * The one place GPC's withdrawal is built: targeting moves from allowed to denied, and the decision
 * is marked as made under GPC. The boot applies it at once; the core completes it (`decision`) with
 * what must still be sent.
 */
export const gpcWithdrawal = (r: ConsentRecord): ConsentRecord => ({
  ...r,
  allow: r.allow.filter((c) => c !== 'targeting'),
  deny: [...r.deny, 'targeting'],
  gpc: true,
});

export const underGpc = (r: ConsentRecord, config: ModuleConfig, gpc: boolean, now: number): ConsentRecord =>
  gpcWithdraws(r, gpc) ? decision(gpcWithdrawal(r).allow, config, true, now, r.revision) : r;

/**
 * Same answer for the page: an identical decision is no change (docs/widget.md `onChange`). Regional
 * rules placing the shopper change what is allowed, or nothing the page acts on.
 */
export const sameSnapshot = (a: Snapshot, b: Snapshot): boolean =>
  a.decided === b.decided && a.revision === b.revision && a.allow.join() === b.allow.join();
