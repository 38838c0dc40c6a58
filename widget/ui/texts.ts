// Which words the shopper sees: English, then the page's language, then the merchant's
// `data-text-*` overrides. Overrides are plain strings and are rendered as text, never as HTML.
import en, { type Texts } from '../i18n/en';

type Source = Readonly<Record<string, string>> | null;

const reported = new Set<string>();

export function mergeTexts(langTexts: Source, overrides: Source): Texts {
  const texts = { ...en };
  const ignored: string[] = [];
  for (const source of [langTexts, overrides]) {
    for (const key in source) {
      const value: unknown = source[key];
      const known = Object.hasOwn(en, key);
      if (known && typeof value === 'string' && value.trim()) texts[key as keyof Texts] = value;
      else if (source === overrides && !reported.has(key)) {
        // One warning per key, however often the boot script re-renders.
        reported.add(key);
        ignored.push(
          `data-text-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} (${known ? 'empty' : 'unknown'})`,
        );
      }
    }
  }
  if (ignored.length) console.warn(`Storefront Consent: ignored ${ignored.join(', ')}`);
  return texts;
}
