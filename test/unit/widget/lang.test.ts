import { describe, expect, it } from 'vitest';
import { LANGUAGES, resolveLang, supported } from '../../../widget/lang';

describe('language', () => {
  it('uses data-lang when it names a supported language', () => {
    expect(resolveLang('de-AT', 'fr', ['es'])).toBe('de');
  });

  it('follows <html lang>, then the browser, when set to auto', () => {
    expect(resolveLang('auto', 'fr-CA', ['es'])).toBe('fr');
    expect(resolveLang('auto', 'ja', ['ja-JP', 'NL'])).toBe('nl');
    expect(resolveLang('auto', null, ['it'])).toBe('it');
  });

  it('falls back to English', () => {
    expect(resolveLang('auto', '', ['ja', 'zh'])).toBe('en');
    expect(resolveLang('ja', 'de', [])).toBe('en');
  });

  it('takes a region tag whole when it names a language, then its primary language', () => {
    expect(resolveLang('pt-BR', null, [])).toBe('pt-BR');
    expect(resolveLang('auto', 'pt_br', [])).toBe('pt-BR');
    expect(resolveLang('auto', 'pt-PT', [])).toBe('pt');
    expect(resolveLang('auto', 'PT', [])).toBe('pt');
    expect(resolveLang('auto', 'sv-FI', [])).toBe('sv');
  });

  it('knows every official EU language, Norwegian Bokmål (also as no) and Brazilian Portuguese', () => {
    const eu = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
    expect([...LANGUAGES].sort()).toEqual([...eu, 'nb', 'pt-BR'].sort());
    expect(supported('no-NO')).toBe('nb');
    expect(supported('nb-NO')).toBe('nb');
    expect(supported('pt-BR-x-private')).toBe('pt-BR');
    expect(supported('')).toBe(null);
  });
});
