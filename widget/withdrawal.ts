// What a withdrawal loads (`storefront-consent-clear.js`): clearing the withdrawn categories' cookies
// (cookie-clear.ts), then the notice (ui/notice.ts) that says a reload finishes the withdrawal — true once
// the cookies are gone, so it waits for them. No first visit withdraws, so none of it rides in the module
// every first visit loads: English is here, every other language in its `i18n/<lang>-preferences.js`,
// with the dialog's words; a merchant's `data-text-*` override wins.
import type { OptionalCategory } from '../core/categories';
import { readClear } from './clear-attributes';
import { clearCategories } from './cookie-clear';
import type { PreferencesTexts } from './i18n/en';
import { NOTICE_EN } from './i18n/en-notice';
import type { Config, ScriptAttributes } from './types';
import { showNotice } from './ui/notice';

/** The merchant's `data-clear-*`, read at the page's first withdrawal: a bad entry is warned about once. */
let extra: ReturnType<typeof readClear> | undefined;

/**
 * Clear the cookies, then show the notice in `lang` (English where its file does not load).
 * @param script the widget's <script> tag, for `data-clear-*`
 */
export async function withdraw(
  categories: OptionalCategory[],
  config: Pick<Config, 'base' | 'texts' | 'theme' | 'accent' | 'nonce'>,
  lang: string,
  script: ScriptAttributes,
): Promise<void> {
  extra ??= readClear(script);
  clearCategories(categories, extra, location);
  const url = `${config.base}i18n/${lang}-preferences.js`;
  const words: Partial<PreferencesTexts> =
    lang === 'en'
      ? {}
      : await import(/* @vite-ignore */ url).then(
          (m) => m.default,
          () => ({}),
        );
  const say = (key: keyof typeof NOTICE_EN) => config.texts[key] || words[key] || NOTICE_EN[key];
  showNotice({
    words: [say('withdrawnNotice'), say('reload'), say('dismiss')],
    act: () => location.reload(),
    lang,
    theme: config.theme,
    accent: config.accent,
    nonce: config.nonce,
  });
}
