// `data-clear-<category>` (docs/widget.md): the merchant's cookie names or `prefix*` patterns per category,
// read by the withdrawal's chunk (withdrawal.ts), the only code that deletes cookies, rather than by every
// first visit's module. Bad entries are dropped with a warning, as config-read.ts warns.
import { list } from '../core/attribute';
import { isOptionalCategory, type OptionalCategory } from '../core/categories';
import { COOKIE_PATTERN } from '../core/category-cookies';
import { warnBad } from './config-read';
import type { ScriptAttributes } from './types';

/** Extra cookie names or `prefix*` patterns to delete when a category is withdrawn. */
export function readClear(el: ScriptAttributes): Record<OptionalCategory, string[]> {
  const clear: Record<OptionalCategory, string[]> = { functional: [], analytics: [], targeting: [] };
  for (const name of el.getAttributeNames()) {
    const category = /^data-clear-(.*)/.exec(name)?.[1] as OptionalCategory | undefined;
    if (category !== undefined) {
      const raw = el.getAttribute(name) as string;
      const known = isOptionalCategory(category);
      const given = list(raw);
      const good = given.filter((p) => known && COOKIE_PATTERN.test(p));
      if (good.length < given.length) warnBad(name, raw, good);
      if (known) clear[category] = good;
    }
  }
  return clear;
}
