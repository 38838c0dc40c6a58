// English for the banner and the withdrawal notice, and the names of the preferences' texts: a module
// of its own (see en.ts), in the module every first visit loads.
import type { Texts } from './en';

/** What the banner and the withdrawal notice say in English: inside the module every first visit loads. */
export const BANNER_EN = {
  title: 'We use cookies',
  description:
    'We use cookies to run this shop, remember your settings, measure visits and show relevant ads. Choose what you allow; you can change it at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  policyLink: 'Privacy policy',
  gpcNotice:
    'Your browser’s Global Privacy Control signal is honored: targeting stays off unless you switch it on.',
} satisfies Partial<Texts>;

/** The keys only the preferences dialog shows, which the module must know to accept their overrides. */
export const PREFERENCES_KEYS = [
  'preferencesTitle',
  'preferencesDescription',
  'save',
  'close',
  'alwaysOn',
  'essentialLabel',
  'essentialDescription',
  'functionalLabel',
  'functionalDescription',
  'analyticsLabel',
  'analyticsDescription',
  'targetingLabel',
  'targetingDescription',
  'consentId',
  // The withdrawal notice's: it shows only after a withdrawal, which loads them (withdrawal.ts).
  'withdrawnNotice',
  'reload',
  'dismiss',
  // The opt-out notice's (docs/regions.md): it shows only where the policy is opt-out, which loads them.
  'optOutNotice',
  'privacyChoices',
  'optOutHonored',
] as const satisfies ReadonlyArray<keyof Texts>;

/**
 * The same keys as one pattern, for the module to check overrides by (shorter on the wire than the list,
 * which stays for the types; test/unit/widget/ui/texts.test.ts holds the two equal).
 */
export const PREFERENCES_KEY =
  /^(preferences(Title|Description)|save|close|alwaysOn|(essential|functional|analytics|targeting)(Label|Description)|consentId|withdrawnNotice|reload|dismiss|optOut(Notice|Honored)|privacyChoices)$/;
