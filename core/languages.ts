// The languages the banner ships (one file each beside the widget, English built in), and how a tag
// such as `de-AT` names one. Shared by the widget and the command line's `install`.

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The supported language a tag like `de-AT` or `FR` names, or null. */
export const supported = (tag: string | null | undefined): Language | null => {
  const primary = (tag || '').trim().toLowerCase().split(/[-_]/)[0] as Language;
  return LANGUAGES.includes(primary) ? primary : null;
};
