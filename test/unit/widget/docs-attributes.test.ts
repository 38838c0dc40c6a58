// The table of data attributes in docs/widget.md (between its attributes:start and attributes:end
// markers) is what merchants copy from. It is held to the core's attribute table
// (core/embed-attributes.ts), which the widget reads its tag with and `install` writes tags with: the
// same attributes in the same order, each literal default the one the table gives, and writing a
// default out changes nothing and warns about nothing.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { ATTRIBUTE_FAMILIES, EMBED_ATTRIBUTES, kebab } from '../../../core/embed-attributes';
import { parseConfig } from '../../../widget/boot-config';
import { completeConfig } from '../../../widget/module-config';
import { sendingConfig } from '../../../widget/sending-config';
import { configFrom, isColour, PAGE } from './config-helper';

const doc = readFileSync('docs/widget.md', 'utf8');
const START = '<!-- attributes:start -->';
const END = '<!-- attributes:end -->';
const table = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END));
/** `[name, default cell]` per row. */
const rows = [...table.matchAll(/^\| `(data-[^`]+)`\s*\|[^|]*\|\s*(.*?)\s*\|$/gm)].map(
  ([, name = '', cell = '']) => [name, cell] as const,
);

/** Every `data-*` attribute the boot, the core and its sending chunk ask their <script> element for. */
function attributesRead(): string[] {
  const names = new Set<string>();
  const el = {
    getAttribute: (name: string) => {
      names.add(name);
      return null;
    },
    getAttributeNames: () => [],
    // `dataset.expiryDays` is `data-expiry-days`.
    dataset: new Proxy({} as Record<string, string | undefined>, {
      get: (_, key) => {
        names.add(`data-${kebab(String(key))}`);
        return undefined;
      },
    }),
  };
  sendingConfig(completeConfig(parseConfig(el, PAGE), PAGE, isColour));
  return [...names].filter((n) => n.startsWith('data-')).sort();
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('the attribute table merchants read (docs/widget.md)', () => {
  it('stands once between its markers, with the columns attribute, meaning and default', () => {
    expect(doc.split(START)).toHaveLength(2);
    expect(doc.split(END)).toHaveLength(2);
    expect(doc.indexOf(START)).toBeLessThan(doc.indexOf(END));
    const header = table
      .trim()
      .split('\n')[0]
      ?.split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    expect(header).toEqual(['attribute', 'meaning', 'default']);
  });

  it('lists the core table’s attributes in its order, then the two families read by prefix', () => {
    expect(rows.map(([name]) => name)).toEqual([
      ...EMBED_ATTRIBUTES.map((a) => `data-${a.name}`),
      ...ATTRIBUTE_FAMILIES.map((f) => `data-${f}`),
    ]);
  });

  it('names exactly the attributes the widget asks its tag for', () => {
    expect(EMBED_ATTRIBUTES.map((a) => `data-${a.name}`).sort()).toEqual(attributesRead());
  });

  it('shows each literal default as the core table has it', () => {
    const page = { url: PAGE, hostname: new URL(PAGE).hostname, isColour };
    for (const [name, cell] of rows) {
      const attribute = EMBED_ATTRIBUTES.find((a) => `data-${a.name}` === name);
      const value = /^`([^`]*)`$/.exec(cell)?.[1];
      if (!attribute) continue;
      if (value === undefined) expect([null, 'unknown'], name).toContain(attribute.default);
      else expect(attribute.parse(value, page), name).toEqual(attribute.default);
    }
  });

  // Sync on, so that data-jwt-url's default is in use.
  const sync = { 'data-proxy-url': 'https://p.example', 'data-client-id': 'abc' };
  const literal = rows.flatMap(([name, cell]) => {
    const value = /^`([^`]*)`$/.exec(cell)?.[1];
    return value === undefined ? [] : [[name, value] as const];
  });

  it('gives a literal default for the attributes that have one', () => {
    expect(literal.map(([name]) => name)).toEqual([
      'data-jwt-url',
      'data-categories',
      'data-regions',
      'data-region-default',
      'data-revision',
      'data-expiry-days',
      'data-lang',
      'data-position',
      'data-theme',
      'data-gpc',
      'data-consent-mode',
      'data-signals',
      'data-native-sync',
      'data-native-ids',
      'data-records',
    ]);
  });

  it.each(literal)('gives the default the code uses: %s="%s"', (name, value) => {
    // The element itself differs (it carries the attribute); everything read from it is the same.
    const { script: _, ...given } = configFrom({ ...sync, [name]: value });
    const { script: __, ...absent } = configFrom(sync);
    expect(given).toEqual(absent);
    expect(warn).not.toHaveBeenCalled();
  });
});
