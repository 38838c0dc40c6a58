// The core's attribute table is the one the widget reads, install writes and the docs list: each of its
// three storefront tables appears in the full list exactly once, in the docs' order.
import { describe, expect, it } from 'vitest';
import {
  BOOT_ATTRIBUTES,
  EMBED_ATTRIBUTES,
  kebab,
  PAGE_ATTRIBUTES,
  SYNC_ATTRIBUTES,
} from '../../core/embed-attributes';

describe('the embed attribute table', () => {
  it('lists every attribute the boot, the module and its sending chunk read, once each', () => {
    const keys = [PAGE_ATTRIBUTES, SYNC_ATTRIBUTES, BOOT_ATTRIBUTES].flatMap(Object.keys).map(kebab).sort();
    expect(EMBED_ATTRIBUTES.map((a) => a.name).sort()).toEqual(keys);
    expect(new Set(EMBED_ATTRIBUTES.map((a) => a.name)).size).toBe(EMBED_ATTRIBUTES.length);
  });

  it('names each attribute after its configuration key, as data-text-* names the texts', () => {
    expect(kebab('expiryDays')).toBe('expiry-days');
    expect(EMBED_ATTRIBUTES.map((a) => a.name)).toContain('native-ids');
  });

  it('gives each attribute a default its own check accepts', () => {
    const page = { url: 'https://shop.example/', hostname: 'shop.example', isColour: () => true };
    for (const { name, default: fallback, parse } of EMBED_ATTRIBUTES) {
      // `unknown` is what an absent customer id means, not a value a merchant writes.
      if (typeof fallback !== 'string' || name === 'customer-id') continue;
      expect(parse(fallback, page), name).toBeDefined();
    }
  });
});
