import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../../widget/ui/safe-href';

describe('policy link address', () => {
  it('keeps http, https and relative addresses', () => {
    for (const url of [
      'https://shop.example/privacy',
      'http://shop.example/p',
      '/privacy-policy/',
      'privacy',
      '//cdn.example/p',
    ]) {
      expect(safeHref(url)).toBe(url);
    }
  });

  it('refuses other schemes, however disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.c',
    ]) {
      expect(safeHref(url)).toBeNull();
    }
  });

  it('is absent when no address is set', () => {
    expect(safeHref(null)).toBeNull();
    expect(safeHref('')).toBeNull();
  });
});
