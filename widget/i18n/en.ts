// English, and the shape every language shares. English travels inside the storefront's files (the
// banner's texts in the module, the preferences' in their chunk); every other language is a file of
// its own, loaded only when the page asks for it. A merchant overrides any
// key with `data-text-<key in kebab case>` (`acceptAll` ← `data-text-accept-all`).

import { BANNER_EN } from './en-banner';
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
  /** After a category was withdrawn: scripts that already ran stop only on reload. */
  withdrawnNotice: string;
  reload: string;
  /** Hides the withdrawal notice. */
  dismiss: string;
}

/** Every English text (for the tests and the types: the storefront files take the two parts above). */
const en: Texts = { ...BANNER_EN, ...PREFERENCES_EN };

export default en;
