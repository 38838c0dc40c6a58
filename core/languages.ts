// The languages the banner ships (English built in, every other one two files beside the widget), and
// how a tag such as `de-AT` or `pt-BR` names one. Shared by the widget, the build and the command
// line's `install`: what one accepts, all accept.

/** The official languages of the EU, Norwegian Bokmål and Brazilian Portuguese. */
export const LANGUAGES = [
  'en',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;
export type Language = (typeof LANGUAGES)[number];

/** Tags browsers send for a language shipped under another name: Norwegian without the written standard. */
const ALIASES: Record<string, Language> = { no: 'nb' };

/**
 * The supported language a tag names, or null: the whole tag when it is one (`pt-BR`, `PT_br`), else
 * its primary language (`pt-PT` → `pt`, `de-AT` → `de`).
 */
export const supported = (tag: string | null | undefined): Language | null => {
  const parts = (tag || '').trim().toLowerCase().split(/[-_]/);
  for (const name of [parts.slice(0, 2).join('-'), parts[0] as string]) {
    const lang = LANGUAGES.find((l) => l.toLowerCase() === name) ?? ALIASES[name];
    if (lang) return lang;
  }
  return null;
};
