// Builds a Config from data attributes the way the boot does, for tests.
import { parseConfig, type ScriptAttributes } from '../../../widget/config';
import type { Config } from '../../../widget/types';

export const PAGE = 'https://shop.example.com/products/shoes';

export function fakeScript(attrs: Record<string, string>, nonce?: string): ScriptAttributes {
  return {
    getAttribute: (name) => (name in attrs ? (attrs[name] as string) : null),
    getAttributeNames: () => Object.keys(attrs),
    ...(nonce === undefined ? {} : { nonce }),
  };
}

export const configFrom = (attrs: Record<string, string> = {}, page = PAGE): Config =>
  parseConfig(fakeScript(attrs), page);
