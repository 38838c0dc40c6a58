// A customer's saved decision as support staff read and fix it. Pure: no I/O.
import { CATEGORIES, type Category, type Decision, isCategory } from '../core/categories';
import { decisionSchema, formatIssues } from '../core/decision-schema';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Validates what `--allow`/`--deny` asked for, with the issues named after the flags. */
export const parseRequestedChange = (allow: string[], deny: string[]): Parsed<Decision> => {
  const result = decisionSchema.safeParse({ allow, deny });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    message: formatIssues(result.error).replace(/(^|; )(allow|deny)(\.\d+)?: /g, '$1--$2: '),
  };
};

/** BigCommerce's consent body, keeping only known categories and never one both allowed and denied. */
export const decisionOf = (body: unknown): Decision => {
  const raw = (body ?? {}) as { allow?: unknown; deny?: unknown };
  const list = (value: unknown): Category[] => (Array.isArray(value) ? value.filter(isCategory) : []);
  const deny = ordered(list(raw.deny));
  return { allow: ordered(list(raw.allow).filter((c) => !deny.includes(c))), deny };
};

/**
 * Applies a change the way the page API's `set()` does (SPEC 5): named categories move, the others
 * keep their state, and `essential` stays allowed.
 */
export const applyChange = (current: Decision, change: Decision): Decision => {
  const allow = [...without(current.allow, change.deny), ...change.allow];
  const deny = [...without(current.deny, change.allow), ...change.deny];
  return { allow: ordered(['essential', ...allow]), deny: ordered(deny) };
};

/** SPEC 7: a saved value that allows nothing beyond essential and denies nothing is no decision. */
export const isDecided = (d: Decision): boolean =>
  d.deny.length > 0 || d.allow.some((c) => c !== 'essential');

export const undecided = (d: Decision): Category[] =>
  CATEGORIES.filter((c) => !d.allow.includes(c) && !d.deny.includes(c));

export const sameDecision = (a: Decision, b: Decision): boolean =>
  ordered(a.allow).join() === ordered(b.allow).join() && ordered(a.deny).join() === ordered(b.deny).join();

const without = (values: Category[], remove: Category[]): Category[] =>
  values.filter((v) => !remove.includes(v));

const ordered = (values: Iterable<Category>): Category[] => {
  const set = new Set(values);
  return CATEGORIES.filter((c) => set.has(c));
};
