// English, and the shape every language shares. English travels inside the storefront's files (the
// banner's texts in the module, the preferences' in their chunk); every other language is two files of
// its own, split the same way: `<lang>-banner.ts` loaded with the banner, `<lang>-preferences.ts` only
// when the preferences show. A merchant overrides any
// key with `data-text-<key in kebab case>` (`acceptAll` ← `data-text-accept-all`).

import { BANNER_EN, type PREFERENCES_KEYS } from './en-banner';
import { NOTICE_EN } from './en-notice';
import { OPT_OUT_EN } from './en-opt-out';
import { PREFERENCES_EN } from './en-preferences';

/** Every text the shopper can see. A language file that misses a key does not compile. */
export interface Texts {
  /** Banner heading. */
  title: string;
  description: string;
  acceptAll: string;
  rejectAll: string;
  /** Opens the preferences dialog. */
  customize: string;
  /** Text of the privacy-policy link (shown only when `data-policy-url` is set). */
  policyLink: string;
  /** Shown when the browser's Global Privacy Control signal is honoured. */
  gpcNotice: string;
  preferencesTitle: string;
  preferencesDescription: string;
  /** Saves the switches as they are. */
  save: string;
  /** Accessible name of the dialog's close button. */
  close: string;
  /** Beside `essential`, which cannot be switched off. */
  alwaysOn: string;
  essentialLabel: string;
  essentialDescription: string;
  functionalLabel: string;
  functionalDescription: string;
  analyticsLabel: string;
  analyticsDescription: string;
  targetingLabel: string;
  targetingDescription: string;
  /** Beside the browser's consent id in the preferences, which support uses to find its records. */
  consentId: string;
  /** After a category was withdrawn: scripts that already ran stop only on reload. */
  withdrawnNotice: string;
  reload: string;
  /** Hides the withdrawal notice and the opt-out notice. */
  dismiss: string;
  /** Where the policy is opt-out (docs/regions.md): the notice's sentence, shown instead of the banner. */
  optOutNotice: string;
  /** The opt-out notice's button that opens the preferences (the US term; a faithful translation elsewhere). */
  privacyChoices: string;
  /** In the preferences under opt-out when Global Privacy Control is honoured (Cal. Code Regs. tit. 11, § 7025(c)(6)). */
  optOutHonored: string;
}

/** What the withdrawal notice says (English in withdrawal.ts). */
export type NoticeTexts = Pick<Texts, 'withdrawnNotice' | 'reload' | 'dismiss'>;

/** What the opt-out notice says (English in en-opt-out.ts, loaded with regional rules). */
export type OptOutTexts = Pick<Texts, 'optOutNotice' | 'privacyChoices' | 'dismiss'>;

/** What only the preferences dialog and the withdrawal notice say: a language's `<lang>-preferences.ts`. */
export type PreferencesTexts = Pick<Texts, (typeof PREFERENCES_KEYS)[number]>;
/** What the banner and the withdrawal notice say: a language's `<lang>-banner.ts`. */
export type BannerTexts = Omit<Texts, keyof PreferencesTexts>;

/** Every English text (for the tests and the types: the storefront files take the two parts above). */
const en: Texts = { ...BANNER_EN, ...PREFERENCES_EN, ...NOTICE_EN, ...OPT_OUT_EN };

export default en;
