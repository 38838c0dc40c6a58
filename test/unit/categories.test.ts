import { describe, expect, it } from 'vitest';
import { CATEGORIES, isCategory, isOptionalCategory, OPTIONAL_CATEGORIES } from '../../core/categories';

describe('categories', () => {
  it('lists the four categories of the spec, essential first', () => {
    expect(CATEGORIES).toEqual(['essential', 'functional', 'analytics', 'targeting']);
    expect(OPTIONAL_CATEGORIES).toEqual(['functional', 'analytics', 'targeting']);
  });

  it('recognises only those names', () => {
    expect(isCategory('analytics')).toBe(true);
    expect(isCategory('marketing')).toBe(false);
    expect(isOptionalCategory('essential')).toBe(false);
  });
});
