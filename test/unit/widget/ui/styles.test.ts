// Guards on the stylesheet itself: contrast of both themes and the default accent, focus rings,
// target sizes. The browser tests run axe on the rendered UI; these fail first and say which value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Read from disk: Vitest hands CSS imports to the tests as empty strings. The preferences' rules come
// with their chunk, after the others.
const css = ['styles.css', 'preferences.css']
  .map((file) => readFileSync(`widget/ui/${file}`, 'utf8'))
  .join('\n');

const block = (selector: string) => {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`the stylesheets have no ${selector} block`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value?.trim()] as const),
  );
};

const light = block('.root');
const dark = block('.root[data-t="dark"]');

const hex = (value = '') => {
  const colour = /#([0-9a-f]{6}|[0-9a-f]{3})\)?$/i.exec(value.trim())?.[1];
  if (!colour) throw new Error(`not a hex colour: ${value}`);
  const full = colour.length === 3 ? [...colour].map((c) => c + c).join('') : colour;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
};
const luminance = (value?: string) => {
  const [r = 0, g = 0, b = 0] = hex(value).map((byte) => {
    const c = byte / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a?: string, b?: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

describe('styles', () => {
  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`keep text at 4.5:1 or more in the ${name} theme`, () => {
      expect(contrast(theme['--fg'], theme['--bg'])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme['--mu'], theme['--bg'])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme['--oa'], theme['--a'])).toBeGreaterThanOrEqual(4.5);
    });

    it(`keep borders and switch outlines at 3:1 or more in the ${name} theme`, () => {
      expect(contrast(theme['--bd'], theme['--bg'])).toBeGreaterThanOrEqual(3);
    });
  }

  it('follow the shopper’s colour scheme in auto with the same values as dark', () => {
    expect(block('.root[data-t="auto"]')).toEqual(dark);
  });

  it('ring every focused control with the text colour', () => {
    expect(css).toMatch(/:focus-visible \{\s*outline: 3px solid var\(--fg\);/);
  });

  it('make every button at least 24 by 24 pixels', () => {
    expect(css).toMatch(/button \{[^}]*min-width: 32px;[^}]*min-height: 32px;/);
    expect(css).toMatch(/input \{[^}]*width: 24px;\s*height: 24px;/);
  });

  it('animate nothing unless the shopper has not asked for reduced motion', () => {
    const outside = css.replace(/@media \(prefers-reduced-motion: no-preference\) \{[\s\S]*?\}\s*\}/g, '');
    expect(outside).not.toMatch(/animation|transition/);
  });
});
