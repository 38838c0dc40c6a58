import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../../widget/i18n/en';
import { BANNER_EN, PREFERENCES_KEY, PREFERENCES_KEYS } from '../../../../widget/i18n/en-banner';
import { mergeTexts } from '../../../../widget/ui/texts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('texts', () => {
  it('know the preferences’ keys by one pattern that matches exactly the list the types use', () => {
    expect(Object.keys(en).filter((k) => PREFERENCES_KEY.test(k))).toEqual(
      Object.keys(en).filter((k) => (PREFERENCES_KEYS as readonly string[]).includes(k)),
    );
    expect(PREFERENCES_KEYS.every((k) => PREFERENCES_KEY.test(k))).toBe(true);
    expect(Object.keys(BANNER_EN).some((k) => PREFERENCES_KEY.test(k))).toBe(false);
  });

  it('are the banner’s English when the page gives nothing else (the preferences chunk carries its own)', () => {
    expect(mergeTexts(null, {})).toEqual(BANNER_EN);
  });

  it('take the language first, then the merchant’s overrides', () => {
    const texts = mergeTexts(
      { title: 'Wir verwenden Cookies', save: 'Auswahl speichern' },
      { title: 'Kekse?' },
    );
    expect(texts.title).toBe('Kekse?');
    expect(texts.save).toBe('Auswahl speichern');
    expect(texts.rejectAll).toBe('Reject all');
  });

  it('fall back to English, silently, for a key a language file leaves empty or lacks', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const texts = mergeTexts({ title: '', save: 'Auswahl speichern' }, {});
    expect(texts.title).toBe('We use cookies');
    expect(texts.save).toBe('Auswahl speichern');
    expect(warn).not.toHaveBeenCalled();
  });

  it('fall back to the language, not to English, when an override is empty', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(mergeTexts({ save: 'Auswahl speichern' }, { save: '' }).save).toBe('Auswahl speichern');
  });

  it('ignore unknown and empty overrides with one warning each, naming the attribute and the text used instead', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const texts = mergeTexts(
      { rejectAll: 'Alle ablehnen' },
      { acceptAl: 'Yes', rejectAll: ' ', toString: 'x' },
    );
    expect(texts).toEqual({ ...BANNER_EN, rejectAll: 'Alle ablehnen' });
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      'storefront-consent: ignored data-text-accept-al="Yes"; using null',
      'storefront-consent: ignored data-text-reject-all=" "; using "Alle ablehnen"',
      'storefront-consent: ignored data-text-to-string="x"; using null',
    ]);
  });

  it('warn about the same key only once, however often the UI re-renders', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mergeTexts(null, { colour: 'x' });
    mergeTexts(null, { colour: 'x' });
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
