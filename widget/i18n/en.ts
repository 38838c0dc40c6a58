// English, and the shape every language shares. English travels inside the UI module; every other
// language is a file of its own, loaded only when the page asks for it. A merchant overrides any
// key with `data-text-<key in kebab case>` (`acceptAll` ← `data-text-accept-all`).

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

const en: Texts = {
  title: 'We use cookies',
  description:
    'We use cookies to run this shop, remember your settings, measure visits and show relevant ads. Choose what you allow; you can change it at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  policyLink: 'Privacy policy',
  gpcNotice:
    'Your browser’s Global Privacy Control signal is honored: targeting stays off unless you switch it on.',
  preferencesTitle: 'Cookie preferences',
  preferencesDescription: 'Choose which cookies you allow. Essential ones keep the shop working.',
  save: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  essentialLabel: 'Essential',
  essentialDescription: 'Needed for the basket, checkout, sign-in and security.',
  functionalLabel: 'Functional',
  functionalDescription: 'Remember settings such as language, and run features like chat.',
  analyticsLabel: 'Analytics',
  analyticsDescription: 'Show us how the shop is used, so we can improve it.',
  targetingLabel: 'Targeting',
  targetingDescription: 'Let us and our partners show ads that match your interests.',
  withdrawnNotice: 'Your choices are saved. Reload the page to finish switching off what you withdrew.',
  reload: 'Reload',
  dismiss: 'Dismiss',
};

export default en;
