// English for the preferences dialog alone: a module of its own, so it travels in the dialog's chunk
// and not in the module every first visit loads (see en.ts).
import type { Texts } from './en';

/** What only the preferences dialog says in English: in its chunk, loaded with the dialog. */
export const PREFERENCES_EN = {
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
  consentId: 'Consent ID',
  // The words California's regulation gives as its example (Cal. Code Regs. tit. 11, § 7025(c)(6)).
  optOutHonored: 'Opt-Out Request Honored',
} satisfies Partial<Texts>;
