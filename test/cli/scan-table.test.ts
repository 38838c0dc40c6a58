// The scan's pure parts: the tracker table and its lookups, which pages a scan may visit, the gating
// markup it prints, and the Script Manager audit. No browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyCookie,
  classifyHost,
  classifyUrl,
  TABLE_SIZE,
  trackersInText,
} from '../../cli/scan/classify';
import { addLinks, pageOf } from '../../cli/scan/pages';
import { gatedMarkup } from '../../cli/scan/report';
import { auditScripts } from '../../cli/scan/script-audit';
import { TRACKERS } from '../../cli/scan/tracker-table';
import type { ScriptEntry } from '../../cli/script-manager';
import { CATEGORIES } from '../../core/categories';

const vendor = (v: ReturnType<typeof classifyHost>) => (v.known ? `${v.vendor} ${v.category}` : 'unknown');

describe('the tracker table', () => {
  it('has at least 100 vendors, each with a category, something to match and a source', () => {
    expect(TABLE_SIZE.vendors).toBeGreaterThanOrEqual(100);
    for (const entry of TRACKERS) {
      expect(CATEGORIES, entry.vendor).toContain(entry.category);
      expect((entry.hosts?.length ?? 0) + (entry.cookies?.length ?? 0), entry.vendor).toBeGreaterThan(0);
      expect(entry.sources.length, entry.vendor).toBeGreaterThan(0);
    }
    expect(new Set(TRACKERS.map((e) => e.vendor)).size).toBe(TRACKERS.length);
  });

  it('covers the vendors merchants meet most, and BigCommerce’s own cookies', () => {
    const names = TRACKERS.map((e) => e.vendor).join('\n');
    for (const v of [
      'Google Analytics',
      'Google Ads',
      'Google Tag Manager',
      'Meta Pixel',
      'TikTok',
      'Microsoft Clarity',
      'Microsoft Advertising',
      'Pinterest',
      'Snap',
      'LinkedIn',
      'Hotjar',
      'Klaviyo',
      'Criteo',
      'BigCommerce',
    ])
      expect(names).toContain(v);
    expect(vendor(classifyCookie('SHOP_SESSION_TOKEN', 'shop.example.com'))).toBe(
      'BigCommerce storefront essential',
    );
    expect(vendor(classifyCookie('fornax_anonymousId', 'shop.example.com'))).toBe(
      'BigCommerce analytics analytics',
    );
  });

  it('finds cookies by name, by prefix, and by the domain that set them', () => {
    expect(vendor(classifyCookie('_ga', 'shop.example.com'))).toBe('Google Analytics analytics');
    expect(vendor(classifyCookie('_ga_ABC123', '.example.com'))).toBe('Google Analytics analytics');
    expect(vendor(classifyCookie('_fbp', '.example.com'))).toBe('Meta Pixel (Facebook) targeting');
    expect(vendor(classifyCookie('fr', '.facebook.com'))).toBe('Meta Pixel (Facebook) targeting');
    expect(vendor(classifyCookie('_clck', 'shop.example.com'))).toBe('Microsoft Clarity analytics');
    expect(vendor(classifyCookie('storefront_consent', 'shop.example.com'))).toBe(
      'Storefront Consent essential',
    );
    expect(vendor(classifyCookie('theme_colour', 'shop.example.com'))).toBe('unknown');
  });

  it('finds hosts with their subdomains, and tags by file name on any host', () => {
    expect(vendor(classifyHost('connect.facebook.net'))).toBe('Meta Pixel (Facebook) targeting');
    expect(vendor(classifyHost('region1.google-analytics.com'))).toBe('Google Analytics analytics');
    expect(vendor(classifyHost('static.klaviyo.com'))).toBe('Klaviyo targeting');
    expect(vendor(classifyHost('cdn.example.com'))).toBe('unknown');
    expect(vendor(classifyHost('notfacebook.net'))).toBe('unknown');
    expect(vendor(classifyUrl('https://shop.example.com/vendor/fbevents.js'))).toBe(
      'Meta Pixel (Facebook) targeting',
    );
    expect(vendor(classifyUrl('https://shop.example.com/assets/theme.js'))).toBe('unknown');
  });

  it('reads tracker hosts out of markup without matching inside other names', () => {
    const found = (text: string) => trackersInText(text).map((v) => (v.known ? v.vendor : ''));
    expect(found('<script src="https://connect.facebook.net/en_US/fbevents.js"></script>')).toEqual([
      'Meta Pixel (Facebook)',
    ]);
    expect(found('<script src="https://cdn.t.com.example/x.js"></script>')).toEqual([]);
  });
});

describe('the pages a scan visits', () => {
  const origin = 'https://shop.example.com';

  it('stay on the origin, drop fragments, and never act (log out, add to cart) or fetch files', () => {
    expect(pageOf('https://shop.example.com/a/#top', origin)).toBe('https://shop.example.com/a/');
    expect(pageOf('http://shop.example.com/a/', origin)).toBeNull();
    expect(pageOf('https://www.shop.example.com/a/', origin)).toBeNull();
    expect(pageOf('https://shop.example.com/login.php?action=logout', origin)).toBeNull();
    expect(pageOf('https://shop.example.com/cart.php?action=add&product_id=1', origin)).toBeNull();
    expect(pageOf('https://shop.example.com/manual.pdf', origin)).toBeNull();
  });

  it('are at most --pages in all, the URL first', () => {
    const pages = [`${origin}/`];
    addLinks(
      pages,
      [`${origin}/`, `${origin}/b`, 'https://other.example/', `${origin}/c`, `${origin}/d`],
      origin,
      3,
    );
    expect(pages).toEqual([`${origin}/`, `${origin}/b`, `${origin}/c`]);
  });
});

describe('the fix for an ungated tracker script', () => {
  it('keeps the tag as written and adds type="text/plain" data-consent', () => {
    const src = 'https://connect.facebook.net/en_US/fbevents.js';
    expect(
      gatedMarkup({ src, code: null, tag: `<script async="" src="${src}">`, page: '/' }, 'targeting'),
    ).toBe(`<script type="text/plain" data-consent="targeting" async src="${src}"></script>`);
    expect(
      gatedMarkup(
        { src: null, code: "gtag('config', 'G-1');", tag: '<script type="text/javascript">', page: '/' },
        'analytics',
      ),
    ).toBe(`<script type="text/plain" data-consent="analytics">gtag('config', 'G-1');</script>`);
  });
});

describe('the Script Manager audit', () => {
  const entry = (over: Partial<ScriptEntry>): ScriptEntry => ({
    uuid: 'u',
    name: 'n',
    kind: 'script_tag',
    ...over,
  });

  it('flags essential or unknown entries that load a known tracker, with the category they need', () => {
    const audit = auditScripts([
      entry({
        name: 'pixel',
        kind: 'src',
        src: 'https://connect.facebook.net/en_US/fbevents.js',
        consent_category: 'essential',
      }),
      entry({
        name: 'ga',
        html: '<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>',
        consent_category: 'unknown',
      }),
      entry({
        name: 'hotjar',
        html: '<script src="https://static.hotjar.com/c/hotjar-1.js"></script>',
        consent_category: 'analytics',
      }),
      entry({
        name: 'banner',
        html: '<script src="https://cdn.example.com/storefront-consent.js"></script>',
        consent_category: 'essential',
      }),
    ]);
    expect(audit.checked).toBe(4);
    expect(audit.entries.map((e) => [e.name, e.flagged, e.needs])).toEqual([
      ['pixel', true, 'targeting'],
      ['ga', true, 'analytics'],
      ['hotjar', false, 'analytics'],
    ]);
    expect(audit.flagged).toBe(2);
  });
});

describe('playwright-core', () => {
  it('is a dependency of the command line and never reaches the widget', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.dependencies['playwright-core']).toBeDefined();
    expect(pkg.devDependencies['playwright-core']).toBeUndefined();
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
      );
    for (const file of [...files('widget'), ...files('core')])
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/playwright/);
  });
});
