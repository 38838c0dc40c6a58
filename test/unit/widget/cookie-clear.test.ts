import Cookies from 'js-cookie';
import { afterEach, describe, expect, it } from 'vitest';
import { clearCategories, domainsOf, matches, namesToClear, pathsOf } from '../../../widget/cookie-clear';

describe('cookie clearing', () => {
  afterEach(() => {
    for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
  });

  it('matches names exactly and prefixes ending in *', () => {
    expect(matches('_ga', '_ga')).toBe(true);
    expect(matches('_gat_UA1', '_ga')).toBe(false);
    expect(matches('_ga_ABC123', '_ga_*')).toBe(true);
    expect(matches('_gat', '_gat*')).toBe(true);
  });

  it('never picks the widget’s own cookie', () => {
    expect(namesToClear(['storefront_consent', '_ga', 'cart'], ['*', '_ga'])).toEqual(['_ga', 'cart']);
  });

  it('tries host-only and every parent domain, but not a bare top-level domain or an IP', () => {
    expect(domainsOf('www.shop.example.com')).toEqual([
      undefined,
      'www.shop.example.com',
      'shop.example.com',
      'example.com',
    ]);
    expect(domainsOf('localhost')).toEqual([undefined]);
    expect(domainsOf('127.0.0.1')).toEqual([undefined]);
  });

  it('tries every path up to the page', () => {
    expect(pathsOf('/')).toEqual(['/']);
    expect(pathsOf('/shop/shoes')).toEqual(['/', '/shop', '/shop/', '/shop/shoes']);
  });

  it('deletes the built-in and configured cookies of the withdrawn categories only', () => {
    for (const name of ['_ga', '_ga_XYZ', '_gid', '_fbp', '_hjid', 'cart', 'my_tracker']) {
      // biome-ignore lint/suspicious/noDocumentCookie: cookies set as the tracking tools set them
      document.cookie = `${name}=1; path=/`;
    }
    const deleted = clearCategories(
      ['analytics'],
      { functional: [], analytics: ['my_*'], targeting: [] },
      { hostname: location.hostname, pathname: '/products/shoes' },
    );
    expect(deleted.sort()).toEqual(['_ga', '_ga_XYZ', '_gid', '_hjid', 'my_tracker']);
    expect(Object.keys(Cookies.get()).sort()).toEqual(['_fbp', 'cart']);
  });
});
