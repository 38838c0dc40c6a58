// Google Consent Mode v2 (docs/signals.md, "Google Consent Mode v2"): https://developers.google.com/tag-platform/security/guides/consent
// Commands go into `dataLayer` as `arguments` objects, exactly as gtag.js's own `gtag()` pushes them:
// gtag.js ignores plain arrays, so a page that loads it after us still reads our default.
import { CATEGORIES, type Category, CONSENT_MODE_TYPES, type Decision } from '../../core/categories';

type Gtag = (...args: unknown[]) => void;
type GoogleWindow = Window & { dataLayer?: unknown[]; gtag?: Gtag };

/** The `dataLayer` event GTM triggers can listen for after every decision. */
export const UPDATE_EVENT = 'storefront_consent_update';

/** Each Consent Mode type granted or denied, for the categories allowed. */
export function consentState(allow: readonly Category[]): Record<string, 'granted' | 'denied'> {
  const state: Record<string, 'granted' | 'denied'> = {};
  for (const c of CATEGORIES)
    for (const type of CONSENT_MODE_TYPES[c]) state[type] = allow.includes(c) ? 'granted' : 'denied';
  return state;
}

/**
 * Without a decision, `gtag('consent', 'default', …)`: everything denied but security storage, waiting
 * for our update. With one, `gtag('consent', 'update', …)`, then the event GTM triggers on.
 */
export function pushConsent(w: GoogleWindow, d?: Decision): void {
  w.dataLayer ||= [];
  // The page's own gtag when it defined one first, else one as gtag.js's snippet defines it.
  w.gtag ||= function gtag() {
    // biome-ignore lint/complexity/noArguments: gtag.js only reads `arguments` objects, not arrays.
    w.dataLayer?.push(arguments);
  };
  w.gtag(
    'consent',
    d ? 'update' : 'default',
    d ? consentState(d.allow) : { ...consentState(['essential']), wait_for_update: 500 },
  );
  if (d) w.dataLayer.push({ event: UPDATE_EVENT, storefront_consent: { allow: d.allow, deny: d.deny } });
}
