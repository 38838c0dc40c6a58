// The embed attribute only the module's sending chunk reads (widget/effects.ts), in a table of its own so
// that the first visit's module does not carry it (see embed-attributes.ts).
import type { AttributeTable } from './attribute';
import { isOptionalCategory, type OptionalCategory } from './categories';
import { NATIVE_ID } from './native-ids';

/** What the sending chunk reads, when it loads. */
export const SYNC_ATTRIBUTES = {
  nativeIds: [
    NATIVE_ID as Record<OptionalCategory, number>,
    (v) => {
      const ids = { ...NATIVE_ID };
      for (const pair of v.split(',')) {
        const [c, n = ''] = pair.split(':').map((s) => s.trim());
        if (!isOptionalCategory(c) || !/^\d{1,6}$/.test(n)) return undefined;
        ids[c] = +n;
      }
      // Two categories on one number would make BigCommerce's lists contradict each other.
      return new Set(Object.values(ids)).size > 2 ? ids : undefined;
    },
  ],
} as const satisfies AttributeTable;
