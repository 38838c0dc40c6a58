// English for the opt-out notice alone (docs/regions.md): it travels in the chunk regional rules load
// (regions.ts), never in the module every first visit loads (see en.ts).
import type { OptOutTexts } from './en';

export const OPT_OUT_EN: OptOutTexts = {
  optOutNotice:
    'We use cookies for analytics and ads, which may count as selling or sharing your personal information. You can opt out at any time.',
  privacyChoices: 'Your Privacy Choices',
  // The withdrawal notice's word too (en-notice.ts): repeated, so neither chunk loads the other's file.
  dismiss: 'Dismiss',
};
