// Which words the shopper sees: English, then the page's language, then the merchant's
// `data-text-*` overrides. Overrides are plain strings and are rendered as text, never as HTML.
// The module carries the banner's English only; the preferences' English rides in their chunk, which
// fills in (withEnglishPreferences) what neither the language nor the merchant gave.

import { kebab } from '../../core/attribute';
import { warnBad } from '../config-read';
import type { Texts } from '../i18n/en';
import { BANNER_EN, PREFERENCES_KEY } from '../i18n/en-banner';

type Source = Readonly<Record<string, string>> | null;

const reported = new Set<string>();

const isKey = (key: string): key is keyof Texts => Object.hasOwn(BANNER_EN, key) || PREFERENCES_KEY.test(key);

/** The banner's texts complete; the preferences' only where the language or an override gave them. */
export function mergeTexts(langTexts: Source, overrides: Source): Texts {
  const texts: Partial<Texts> = { ...BANNER_EN };
  for (const source of [langTexts, overrides]) {
    for (const key in source) {
      const value: unknown = source[key];
      const known = isKey(key);
      if (known && typeof value === 'string' && value.trim()) texts[key] = value;
      else if (source === overrides && !reported.has(key)) {
        // One warning per attribute, as for every other one, however often the UI re-renders.
        reported.add(key);
        warnBad(`data-text-${kebab(key)}`, String(value), known ? (texts[key] ?? 'English') : null);
      }
    }
  }
  return texts as Texts;
}
