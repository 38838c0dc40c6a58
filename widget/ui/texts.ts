// Which words the shopper sees: English, then the page's language, then the merchant's
// `data-text-*` overrides. Overrides are plain strings and are rendered as text, never as HTML.
import en, { type Texts } from '../i18n/en';

type Source = Readonly<Record<string, string>>;

const reported = new Set<string>();
const attribute = (key: string) => `data-text-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const usable = (key: string, value: unknown): value is string =>
  Object.hasOwn(en, key) && typeof value === 'string' && value.trim() !== '';

export function mergeTexts(langTexts: Source | null, overrides: Source): Texts {
  const texts = { ...en };
  for (const [key, value] of Object.entries(langTexts ?? {}))
    if (usable(key, value)) texts[key as keyof Texts] = value;
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    if (usable(key, value)) texts[key as keyof Texts] = value;
    else if (!reported.has(key)) {
      // One warning per key, however often the boot script re-renders.
      reported.add(key);
      ignored.push(`${attribute(key)} (${Object.hasOwn(en, key) ? 'empty' : 'unknown'})`);
    }
  }
  if (ignored.length) console.warn(`Storefront Consent: ignored ${ignored.join(', ')}`);
  return texts;
}
