import { describe, expect, it } from 'vitest';
import { buildScriptTag, escapeAttribute, TAG_OPTIONS } from '../../cli/script-tag';
import { EMBED_ATTRIBUTES } from '../../core/embed-attributes';

describe('the Script Manager tag', () => {
  it('escapes every character that could end an attribute or open a tag', () => {
    expect(escapeAttribute(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('puts data-customer-id right after the client id, as docs/widget.md shows it', () => {
    expect(
      buildScriptTag('https://c.example/sc.js', { 'client-id': 'abc', 'proxy-url': 'https://p.example' }),
    ).toEqual({
      ok: true,
      html: '<script src="https://c.example/sc.js" data-proxy-url="https://p.example" data-client-id="abc" data-customer-id="{{customer.id}}"></script>',
    });
  });

  it.each([
    ['proxy-url', 'javascript:alert(1)', /--proxy-url must be an http\(s\) URL/],
    ['policy-url', 'data:text/html,x', /--policy-url must be an http\(s\) URL or a path/],
    ['revision', '1.5', /--revision must be a whole number/],
    ['lang', 'english!', /--lang must be 'auto' or one of the banner's languages/],
    // The widget speaks no Japanese: it would ignore the tag's value and warn on every page.
    ['lang', 'ja-JP', /--lang must be 'auto' or one of the banner's languages \(en, bg, cs/],
    // Browsers keep no cookie longer than 400 days.
    ['expiry-days', '500', /--expiry-days must be a whole number of days from 1 to 400/],
    ['expiry-days', '0', /--expiry-days must be a whole number of days from 1 to 400/],
    ['categories', 'analytics,marketing', /--categories must be a comma-separated list/],
    ['native-ids', 'analytics:1,functional:1,targeting:1', /each number once/],
    ['client-id', 'has space', /--client-id must be up to 128 letters/],
    ['cookie-domain', 'localhost', /--cookie-domain must be a domain such as .example.com/],
    ['accent', 'notacolour', /--accent must be a CSS colour/],
    ['position', 'left', /--position must be 'bottom', 'top' or 'center'/],
    ['native-ids', 'analytics=1', /--native-ids must be pairs such as analytics:1/],
    ['accent', '"><script>', /--accent must be a CSS colour/],
    ['client-id', '', /--client-id must be a value/],
  ])('refuses --%s %j', (option, value, message) => {
    const result = buildScriptTag('https://c.example/sc.js', { [option]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('install and the widget read the same attribute table', () => {
  it('offers every attribute the widget reads but data-customer-id, which is always {{customer.id}}', () => {
    expect(TAG_OPTIONS.map((o) => `data-${o.option}`)).toEqual(
      EMBED_ATTRIBUTES.map((a) => `data-${a.name}`).filter((n) => n !== 'data-customer-id'),
    );
  });

  it('explains every option in --help (an attribute added to the core table needs its words here)', () => {
    expect(TAG_OPTIONS.filter((o) => !o.hint).map((o) => o.option)).toEqual([]);
  });

  it.each([
    ['proxy-url', '/consent-proxy'],
    ['policy-url', '//cdn.example/privacy'],
    ['revision', '0'],
    ['lang', 'FR'],
    ['lang', 'pt-BR'],
    ['lang', 'pt_PT'],
    ['categories', 'essential analytics'],
    ['accent', 'rgb(29 78 216 / 80%)'],
    ['accent', 'var(--brand)'],
    ['native-ids', 'targeting:7'],
  ])('accepts --%s %j, which the widget applies', (option, value) => {
    expect(buildScriptTag('https://c.example/sc.js', { [option]: value }).ok).toBe(true);
  });
});
