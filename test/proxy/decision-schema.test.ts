import { describe, expect, it } from 'vitest';
import { decisionSchema, formatIssues } from '../../core/decision-schema';

const problem = (input: unknown): string => {
  const result = decisionSchema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return formatIssues(result.error);
};

describe('decision schema', () => {
  it('accepts the four categories and returns them in canonical order with essential allowed', () => {
    expect(decisionSchema.parse({ allow: ['targeting', 'functional'], deny: ['analytics'] })).toEqual({
      allow: ['essential', 'functional', 'targeting'],
      deny: ['analytics'],
    });
  });

  it('adds essential to allow when it is missing', () => {
    expect(decisionSchema.parse({ allow: [], deny: ['functional', 'analytics', 'targeting'] })).toEqual({
      allow: ['essential'],
      deny: ['functional', 'analytics', 'targeting'],
    });
  });

  it('drops fields other than allow and deny, such as a customer id', () => {
    expect(decisionSchema.parse({ allow: ['essential'], deny: [], customer_id: 99 })).toEqual({
      allow: ['essential'],
      deny: [],
    });
  });

  it('names an unknown category', () => {
    expect(problem({ allow: ['marketing'], deny: [] })).toBe(
      'allow.0: unknown category "marketing" (expected one of essential, functional, analytics, targeting)',
    );
  });

  it('refuses a category listed twice', () => {
    expect(problem({ allow: ['analytics', 'analytics'], deny: [] })).toBe(
      'allow: lists analytics more than once',
    );
  });

  it('refuses a category both allowed and denied', () => {
    expect(problem({ allow: ['analytics'], deny: ['analytics'] })).toBe(
      'deny: analytics is both allowed and denied',
    );
  });

  it('refuses to deny essential', () => {
    expect(problem({ allow: [], deny: ['essential'] })).toBe('deny: essential cannot be denied');
  });

  it('requires both lists, as lists', () => {
    expect(problem({ allow: ['essential'] })).toBe('deny: deny must be a list of categories');
    expect(problem({ allow: 'analytics', deny: [] })).toBe('allow: allow must be a list of categories');
  });

  it('refuses a body that is not an object', () => {
    expect(problem(['analytics'])).toBe('the body must be a JSON object');
    expect(problem(null)).toBe('the body must be a JSON object');
  });

  it('reports every issue on one line', () => {
    const line = problem({ allow: ['analytics', 'analytics'], deny: ['essential', 'analytics'] });
    expect(line).not.toContain('\n');
    expect(line.split('; ')).toHaveLength(3);
  });
});
