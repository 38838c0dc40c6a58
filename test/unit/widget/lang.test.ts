import { describe, expect, it } from 'vitest';
import { resolveLang } from '../../../widget/lang';

describe('language', () => {
  it('uses data-lang when it names a supported language', () => {
    expect(resolveLang('de-AT', 'fr', ['es'])).toBe('de');
  });

  it('follows <html lang>, then the browser, when set to auto', () => {
    expect(resolveLang('auto', 'fr-CA', ['es'])).toBe('fr');
    expect(resolveLang('auto', 'pl', ['pl-PL', 'NL'])).toBe('nl');
    expect(resolveLang('auto', null, ['it'])).toBe('it');
  });

  it('falls back to English', () => {
    expect(resolveLang('auto', '', ['ja', 'pl'])).toBe('en');
  });
});
