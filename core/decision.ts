// The decision rules every part shares: what a change does to a decision (the page API's `set()`) and
// how decisions compare; saved-decision.ts reads one saved in BigCommerce. Pure: no I/O, no runtime
// imports, so the widget bundles only what it calls.
import { CATEGORIES, type Category, type Decision, isCategory } from './categories';

/** A change as the page API, the preferences dialog and the command line ask for it. */
export interface Change {
  allow?: readonly Category[];
  deny?: readonly Category[];
}

/** Canonical order (that of CATEGORIES), so equal decisions compare and log alike. */
export const ordered = (values: Iterable<Category>): Category[] => {
  const set = new Set(values);
  return CATEGORIES.filter((c) => set.has(c));
};

/** The known category names in a list that came from outside; nothing for anything else. */
export const known = (value: unknown): Category[] => (Array.isArray(value) ? value.filter(isCategory) : []);

/**
 * `set()` semantics (docs/widget.md, "The page API"): categories named in `allow` become allowed,
 * those named in `deny` denied (a category named in both is denied), the others keep their state,
 * and `essential` stays allowed. Unknown names are ignored.
 */
export function applyChange(current: Decision, change: Change): Decision {
  const deny = known(change.deny);
  const allow = ordered(['essential', ...current.allow, ...known(change.allow)]).filter(
    (c) => c === 'essential' || !deny.includes(c),
  );
  return { allow, deny: ordered([...current.deny, ...deny]).filter((c) => !allow.includes(c)) };
}

/** Categories a decision neither allows nor denies. */
export const undecided = (d: Decision): Category[] =>
  CATEGORIES.filter((c) => !d.allow.includes(c) && !d.deny.includes(c));

export const sameDecision = (a: Decision, b: Decision): boolean =>
  ordered(a.allow).join() === ordered(b.allow).join() && ordered(a.deny).join() === ordered(b.deny).join();
