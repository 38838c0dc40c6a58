// Reading the data attributes (core/embed-attributes.ts): absent → the default silently; a bad value →
// the default and one console.warn naming the attribute, the value given and the value used instead.
import { type AttributeTable, type AttributeValues, kebab, type Page } from '../core/attribute';
import type { ScriptAttributes } from './types';

const show = JSON.stringify;

export const warnBad = (name: string, value: string, used: unknown): void =>
  console.warn(`storefront-consent: ignored ${name}=${show(value)}; using ${show(used)}`);

/** A value refused: the attribute's key in its table (`expiryDays`), the value given, the value used instead. */
export type Refusal = [key: string, value: string, used: unknown];

/** Warn of a refusal, naming the attribute as the merchant writes it (`data-expiry-days`). */
export const warnRefused = (...[key, value, used]: Refusal): void =>
  warnBad(`data-${kebab(key)}`, value, used);

/**
 * Each attribute's value, under its key in the table, read through `dataset` (which names
 * `data-expiry-days` `expiryDays`, as the tables do); each refusal goes to `refused` (the boot keeps them
 * for the module to warn of, so the boot every page runs carries no warning).
 */
export function readAttributes<A extends AttributeTable>(
  el: ScriptAttributes,
  table: A,
  page: Page,
  refused: (...r: Refusal) => void,
): AttributeValues<A> {
  const values: Record<string, unknown> = {};
  for (const key in table) {
    const [fallback, parse] = table[key] as AttributeTable[string];
    const raw = el.dataset[key];
    const parsed = raw === undefined ? fallback : parse(raw.trim(), page);
    if (parsed === undefined) refused(key, raw as string, fallback);
    values[key] = parsed ?? fallback;
  }
  return values as AttributeValues<A>;
}
