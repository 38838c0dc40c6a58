import { describe, expect, it } from 'vitest';
import { buildScriptTag, escapeAttribute } from '../../cli/script-tag';

describe('the Script Manager tag', () => {
  it('escapes every character that could end an attribute or open a tag', () => {
    expect(escapeAttribute(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('puts data-customer-id right after the client id, as SPEC 2 shows it', () => {
    expect(
      buildScriptTag('https://c.example/sc.js', { 'client-id': 'abc', 'proxy-url': 'https://p.example' }),
    ).toEqual({
      ok: true,
      html: '<script src="https://c.example/sc.js" data-proxy-url="https://p.example" data-client-id="abc" data-customer-id="{{customer.id}}"></script>',
    });
  });

  it.each([
    ['proxy-url', '/relative', /--proxy-url must be an absolute http\(s\) URL/],
    ['policy-url', '//evil.example/x', /--policy-url must be an http\(s\) URL or a path starting with \//],
    ['revision', '0', /--revision must be a whole number of at least 1/],
    ['lang', 'english!', /--lang must be 'auto' or a language code/],
    ['native-ids', 'analytics=1', /--native-ids must be pairs such as analytics:1/],
    ['accent', '"><script>', /--accent must be a CSS colour/],
    ['client-id', '', /--client-id must be a value/],
  ])('refuses --%s %j', (option, value, message) => {
    const result = buildScriptTag('https://c.example/sc.js', { [option]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
