// Builds a Config from data attributes the way the boot, the core and its sending chunk do, for tests.

import { parseConfig } from '../../../widget/boot-config';
import { completeConfig } from '../../../widget/module-config';
import { sendingConfig } from '../../../widget/sending-config';
import type { Config, ScriptAttributes } from '../../../widget/types';

export const PAGE = 'https://shop.example.com/products/shoes';

/** A stand-in for CSS.supports('color', v), which happy-dom lacks. */
export const isColour = (v: string): boolean => /^(#[\da-f]{3,8}|[a-z]+|rgb\([\d, ]+\))$/i.test(v);

export function fakeScript(attrs: Record<string, string>, nonce?: string): ScriptAttributes {
  return {
    getAttribute: (name) => (name in attrs ? (attrs[name] as string) : null),
    getAttributeNames: () => Object.keys(attrs),
    // What a browser gives: `src` resolved against the page, `dataset` by camel-case names.
    src: attrs.src === undefined ? '' : new URL(attrs.src, PAGE).href,
    dataset: Object.fromEntries(
      Object.entries(attrs)
        .filter(([name]) => name.startsWith('data-'))
        .map(([name, value]) => [name.slice(5).replace(/-(.)/g, (_, c: string) => c.toUpperCase()), value]),
    ),
    ...(nonce === undefined ? {} : { nonce }),
  };
}

export function configFrom(attrs: Record<string, string> = {}, page = PAGE): Config {
  const el = fakeScript(attrs);
  return sendingConfig(completeConfig(parseConfig(el, page), page, isColour));
}
