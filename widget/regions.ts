// Where the shopper is, and the policy there (docs/regions.md): `storefront-consent-regions.js`, a chunk
// the core loads only with `data-regions="auto"` on a page that must ask (no decision, or one made under a
// weaker policy), so the zone table never rides in the module every first visit loads. The time zone
// first (core/time-zones.ts), then the proxy's `GET /region`, waited for REGION_DEADLINE_MS at most and
// remembered for the session. Anything unknown, slow, failing or malformed means opt-in.
import { POLICIES, type Policy, policyFor, REGION_PATTERN } from '../core/jurisdictions';
import { zoneRegion } from '../core/time-zones';
import type { announce } from './announce';
import type { Boot } from './controller';
import type { PreferencesTexts } from './i18n/en';
import { OPT_OUT_EN } from './i18n/en-opt-out';
import type { ModuleConfig } from './types';
import { showNotice } from './ui/notice';

/** How long a first visit waits for `GET /region` before it asks as opt-in does. */
export const REGION_DEADLINE_MS = 300;
/** The session's answer from `GET /region`, in sessionStorage. */
export const SESSION_KEY = 'storefront_consent_region';

/** Where the shopper is: the policy as its index in POLICIES (0 opt-in … 2 none), and the region. */
export type Place = readonly [policy: number, region: string | null];

export interface RegionEnv {
  /** `Intl.DateTimeFormat().resolvedOptions().timeZone`, or undefined. */
  timeZone: string | undefined;
  /** sessionStorage, or null where the browser refuses it. */
  session: Pick<Storage, 'getItem' | 'setItem'> | null;
  fetch: typeof fetch;
}

const OPT_IN: Place = [0, null];

interface Answer {
  country: string;
  region: string;
  policy: Policy;
}

/**
 * The proxy's `{ country, region, policy }` (or the session's copy of it) when the widget believes it: a
 * country policyFor knows, a region of that country, a known policy. Anything else is no answer.
 */
function answer(body: unknown): Answer | null {
  const a = body as Partial<Record<keyof Answer, unknown>> | null;
  const country = typeof a?.country === 'string' ? policyFor(a.country).country : null;
  return country &&
    POLICIES.includes(a?.policy as Policy) &&
    typeof a?.region === 'string' &&
    REGION_PATTERN.test(a.region) &&
    a.region.startsWith(country)
    ? { country, region: a.region, policy: a.policy as Policy }
    : null;
}

/** The proxy's answer within the deadline, or null (slow, failing, not JSON, unknown country or policy). */
async function ask(proxyUrl: string, env: RegionEnv): Promise<Answer | null> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), REGION_DEADLINE_MS);
  try {
    const res = await env.fetch(`${proxyUrl}/region`, { signal: abort.signal, credentials: 'omit' });
    return res.ok ? answer(await res.json()) : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Read the session's copy; a storage that throws (blocked cookies) is no copy. */
function remembered(env: RegionEnv): Answer | null {
  try {
    return answer(JSON.parse(env.session?.getItem(SESSION_KEY) ?? 'null'));
  } catch {
    return null;
  }
}

/**
 * The shopper's place. A zone that settles it needs no network (a European zone never waits); an unknown
 * zone asks the session's copy, then the proxy. `none` becomes `data-region-default`.
 */
export async function locate(
  config: Pick<ModuleConfig, 'proxyUrl' | 'regionDefault'>,
  env: RegionEnv,
): Promise<Place> {
  const zone = zoneRegion(env.timeZone);
  let found: Answer | null = null;
  if (zone) found = { ...zone, policy: policyFor(zone.country).policy };
  else if (config.proxyUrl) {
    found = remembered(env);
    if (!found) {
      found = await ask(config.proxyUrl, env);
      try {
        if (found) env.session?.setItem(SESSION_KEY, JSON.stringify(found));
      } catch {}
    }
  }
  if (!found) return OPT_IN;
  const policy = found.policy === 'none' ? config.regionDefault : found.policy;
  return [POLICIES.indexOf(policy), found.region];
}

const DISMISSED = 'storefront_consent_notice_dismissed';

/** The opt-out notice's dismissal, kept for the session (sessionStorage; nothing where it is blocked). */
function dismissed(now?: boolean): boolean {
  try {
    if (now) sessionStorage.setItem(DISMISSED, '1');
    return sessionStorage.getItem(DISMISSED) === '1';
  } catch {
    return false;
  }
}

/** Where the shopper of this page is: `locate` in this browser. */
export function locateHere(config: Pick<ModuleConfig, 'proxyUrl' | 'regionDefault'>): Promise<Place> {
  let timeZone: string | undefined;
  let session: Storage | null = null;
  // Either may throw: an old engine's Intl, sessionStorage where the browser blocks site data.
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    session = sessionStorage;
  } catch {}
  return locate(config, { timeZone, session, fetch: (...a) => fetch(...a) });
}

/**
 * Place the shopper: the page's policy and region into the boot, then the decision in force follows. Consent
 * Mode's default went out denied before anything ran: under opt-out and none, the update that grants comes
 * before any script it releases (boot.enforce). Where the policy is opt-out and the shopper has not
 * answered, the opt-out notice shows, its **Your Privacy Choices** opening the preferences; it goes once
 * they decide. Answers whether GPC withdraws targeting from the decision now in force.
 */
export async function placeShopper(
  boot: Boot,
  config: ModuleConfig,
  lang: string,
  // The core's own, passed in: importing them here makes the bundler split the module's shared code into
  // chunks of their own.
  tell: typeof announce,
  openPreferences: () => void,
): Promise<boolean> {
  const [policy, region] = await locateHere(config);
  const before = boot.get();
  boot.place(policy, POLICIES[policy] as Policy, region);
  if (policy) boot.enforce();
  tell(before, boot);
  const r = boot.record();
  // A decision made under a weaker policy, now in force, that GPC withdraws targeting from (the boot
  // does this for decisions made under opt-in): the core saves the withdrawal.
  const withdrawn = !!r?.policy && r.policy <= policy && boot.gpc && !r.gpc && r.allow.includes('targeting');
  if (policy !== 1 || !boot.asking() || dismissed()) return withdrawn;
  const words = await optOutWords(config.base, lang);
  const say = (key: keyof typeof OPT_OUT_EN) => config.texts[key] || words[key];
  showNotice({
    words: [say('optOutNotice'), say('privacyChoices'), say('dismiss')],
    act: openPreferences,
    // Dismissed, it stays away for the session: the footer's "Cookie settings" link and a decision remain.
    dismissed: () => dismissed(true),
    lang,
    theme: config.theme,
    accent: config.accent,
    nonce: config.nonce,
  });
  boot.listeners.add((state) => state.decided && showNotice(null));
  return withdrawn;
}

/**
 * The opt-out notice's words in `lang` (its `i18n/<lang>-preferences.js`, which the preferences need
 * anyway), English where that file does not load.
 */
async function optOutWords(base: string, lang: string): Promise<typeof OPT_OUT_EN> {
  const words: Partial<PreferencesTexts> =
    lang === 'en'
      ? {}
      : await import(/* @vite-ignore */ `${base}i18n/${lang}-preferences.js`).then(
          (m) => m.default,
          () => ({}),
        );
  return { ...OPT_OUT_EN, ...words };
}
