// Which of the bundled languages the banner speaks (SPEC 2, `data-lang`).

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The supported language a tag like `de-AT` or `FR` names, or null. */
export const supported = (tag: string | null | undefined): Language | null => {
  const primary = (tag || '').trim().toLowerCase().split(/[-_]/)[0] as Language;
  return LANGUAGES.includes(primary) ? primary : null;
};

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
