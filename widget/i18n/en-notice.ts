// English for the withdrawal notice alone: it travels in the chunk a withdrawal loads (withdrawal.ts),
// never in the module every first visit loads (see en.ts).
import type { NoticeTexts } from './en';

export const NOTICE_EN: NoticeTexts = {
  withdrawnNotice: 'Your choices are saved. Reload the page to finish switching off what you withdrew.',
  reload: 'Reload',
  dismiss: 'Dismiss',
};
