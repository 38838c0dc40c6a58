// The embed snippet's data attributes as one table, `{ name, default, parse }` (core/attribute.ts): the
// widget reads its <script> tag with it, the command line's `install` refuses with it exactly what the
// widget would ignore, and a test holds docs/widget.md's table of attributes to it. It is kept in three
// tables, for what the boot reads, what the module reads when it starts and what its sending chunk reads,
// so each storefront file carries only its own.
import { type AttributeTable, type EmbedAttribute, kebab } from './attribute';
import { BOOT_ATTRIBUTES } from './boot-attributes';
import { PAGE_ATTRIBUTES } from './page-attributes';
import { SYNC_ATTRIBUTES } from './sync-attributes';

export * from './attribute';
export { BOOT_ATTRIBUTES } from './boot-attributes';
export { PAGE_ATTRIBUTES } from './page-attributes';
export { SYNC_ATTRIBUTES } from './sync-attributes';

/** Every attribute (the families `data-clear-*` and `data-text-*` aside), as `{ name, default, parse }`. */
export const EMBED_ATTRIBUTES: ReadonlyArray<EmbedAttribute> = (() => {
  const all: AttributeTable = { ...PAGE_ATTRIBUTES, ...SYNC_ATTRIBUTES, ...BOOT_ATTRIBUTES };
  // The order merchants meet them in (docs/widget.md): where the data goes, what is asked, the look.
  const order = [
    'proxyUrl',
    'clientId',
    'customerId',
    'jwtUrl',
    'policyUrl',
    'categories',
    'regions',
    'regionDefault',
    'revision',
    'expiryDays',
    'cookieDomain',
    'lang',
    'position',
    'theme',
    'accent',
    'gpc',
    'consentMode',
    'signals',
    'nativeSync',
    'nativeIds',
    'records',
  ];
  return order.map((key) => {
    const [fallback, parse] = all[key] as AttributeTable[string];
    return { name: kebab(key), default: fallback, parse };
  });
})();

/** Attributes read by prefix: `data-clear-<category>` (cookie names or `prefix*`) and `data-text-<key>`. */
export const ATTRIBUTE_FAMILIES = ['clear-<category>', 'text-<key>'] as const;
