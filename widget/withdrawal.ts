// What a withdrawal loads (`storefront-consent-clear.js`): clearing the withdrawn categories' cookies
// (cookie-clear.ts) and the notice's words, which say a reload finishes the withdrawal. No first visit
// withdraws, so neither rides in the module every first visit loads: English is here, every other
// language in its `i18n/<lang>-preferences.js`, with the dialog's words.
import type { OptionalCategory } from '../core/categories';
import { clearCategories } from './cookie-clear';
import type { NoticeTexts, PreferencesTexts } from './i18n/en';
import { NOTICE_EN } from './i18n/en-notice';
import type { Config } from './types';

/** Clear the cookies, then answer the notice's words in `lang` (English where its file does not load). */
export async function withdraw(
  categories: OptionalCategory[],
  config: Pick<Config, 'clear' | 'base'>,
  lang: string,
): Promise<NoticeTexts> {
  clearCategories(categories, config.clear, location);
  const url = `${config.base}i18n/${lang}-preferences.js`;
  const words: Partial<PreferencesTexts> =
    lang === 'en'
      ? {}
      : await import(/* @vite-ignore */ url).then(
          (m) => m.default,
          () => ({}),
        );
  return {
    withdrawnNotice: words.withdrawnNotice ?? NOTICE_EN.withdrawnNotice,
    reload: words.reload ?? NOTICE_EN.reload,
    dismiss: words.dismiss ?? NOTICE_EN.dismiss,
  };
}
