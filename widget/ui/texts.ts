// Which words the shopper sees: English, then the page's language, then the merchant's
// `data-text-*` overrides. Overrides are plain strings and are rendered as text, never as HTML.
import { warnBad } from '../config-read';
import en, { type Texts } from '../i18n/en';

type Source = Readonly<Record<string, string>> | null;

const reported = new Set<string>();

export function mergeTexts(langTexts: Source, overrides: Source): Texts {
  const texts = { ...en };
  for (const source of [langTexts, overrides]) {
    for (const key in source) {
      const value: unknown = source[key];
      const known = Object.hasOwn(en, key);
      if (known && typeof value === 'string' && value.trim()) texts[key as keyof Texts] = value;
      else if (source === overrides && !reported.has(key)) {
        // One warning per attribute, as for every other one (SPEC 2), however often the UI re-renders.
        reported.add(key);
        warnBad(
          `data-text-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
          String(value),
          known ? texts[key as keyof Texts] : null,
        );
      }
    }
  }
  return texts;
}
