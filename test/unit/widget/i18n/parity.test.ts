// Every language says everything English says, and nothing else: a missing, extra or empty key
// fails here with the language and the key. Placeholders like {name}, if any text uses them, must
// match English's exactly. Each language is two files, the banner's and the preferences': each holds
// its own part's keys, so the banner never loads the dialog's texts, nor the dialog miss one.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../core/languages';
import en, { type Texts } from '../../../../widget/i18n/en';
import { BANNER_EN, PREFERENCES_KEYS } from '../../../../widget/i18n/en-banner';
import { BANNERS, PREFERENCES } from '../../../../widget/i18n/every-language';

const languages: Record<string, Texts> = Object.fromEntries(
  LANGUAGES.map((l) => [l, { ...BANNERS[l], ...PREFERENCES[l] }]),
);
const englishKeys = Object.keys(en).sort();
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

function parityProblems(lang: string, texts: object): string[] {
  const problems: string[] = [];
  for (const key of englishKeys) {
    if (!(key in texts)) problems.push(`${lang}: missing key "${key}"`);
  }
  for (const [key, value] of Object.entries(texts)) {
    if (!Object.hasOwn(en, key)) problems.push(`${lang}: extra key "${key}"`);
    else if (typeof value !== 'string' || value.trim() === '')
      problems.push(`${lang}: empty text for "${key}"`);
    else {
      const expected = placeholders(en[key as keyof typeof en]).join(' ');
      const actual = placeholders(value).join(' ');
      if (actual !== expected)
        problems.push(`${lang}: "${key}" has placeholders [${actual}], English has [${expected}]`);
    }
  }
  return problems;
}

describe('translations', () => {
  for (const [lang, texts] of Object.entries(languages)) {
    it(`${lang} has every English key, no other, none empty, same placeholders`, () => {
      expect(parityProblems(lang, texts)).toEqual([]);
    });
  }

  it('split every language as English is: the banner’s keys in one file, the preferences’ in the other', () => {
    for (const lang of LANGUAGES) {
      expect(Object.keys(BANNERS[lang]).sort(), `${lang} banner`).toEqual(Object.keys(BANNER_EN).sort());
      expect(Object.keys(PREFERENCES[lang]).sort(), `${lang} preferences`).toEqual(
        [...PREFERENCES_KEYS].sort(),
      );
    }
  });

  it('name the language and key of each problem', () => {
    const { title: _dropped, ...missingTitle } = languages.de as Texts;
    expect(
      parityProblems('de', { ...missingTitle, titel: 'x', save: ' ', reload: '{count} neu laden' }),
    ).toEqual([
      'de: missing key "title"',
      'de: empty text for "save"',
      'de: "reload" has placeholders [{count}], English has []',
      'de: extra key "titel"',
    ]);
  });

  it('translate the three banner answers (no English left over)', () => {
    for (const [lang, texts] of Object.entries(languages)) {
      if (lang === 'en') continue;
      for (const key of ['acceptAll', 'rejectAll', 'customize', 'save'] as const) {
        expect(texts[key], `${lang}.${key}`).not.toBe(en[key]);
      }
    }
  });

  it('keep the three answers distinct in every language', () => {
    for (const [lang, texts] of Object.entries(languages)) {
      const answers = new Set([texts.acceptAll, texts.rejectAll, texts.customize]);
      expect(answers.size, lang).toBe(3);
    }
  });
});
