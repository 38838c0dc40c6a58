// Which of the bundled languages the banner speaks (`data-lang`, docs/widget.md).
import { type Language, supported } from '../core/languages';

export { LANGUAGES, type Language, supported } from '../core/languages';

/**
 * `data-lang` when it names a language, else `<html lang>`, else the browser's list, else English.
 * `setting` is already validated by the config (`auto` or a supported code).
 */
export function resolveLang(setting: string, htmlLang: string | null, browser: readonly string[]): Language {
  if (setting !== 'auto') return supported(setting) || 'en';
  for (const tag of [htmlLang, ...browser]) {
    const lang = supported(tag);
    if (lang) return lang;
  }
  return 'en';
}
