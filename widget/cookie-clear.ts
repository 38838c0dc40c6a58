// docs/widget.md: withdrawing a category deletes the first-party cookies known to belong to it, on this host
// and its parent domains, for every path up to this page's. Scripts that already ran stay run.
import Cookies from 'js-cookie';
import type { OptionalCategory } from '../core/categories';
import { BUILT_IN_COOKIES } from '../core/category-cookies';
import { COOKIE_NAME } from './cookie-store';

/** Whether a cookie name matches a name or `prefix*` pattern. */
export const matches = (name: string, pattern: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/** The names in `cookieNames` the patterns match; never the widget's own cookie. */
export const namesToClear = (cookieNames: readonly string[], patterns: readonly string[]): string[] =>
  cookieNames.filter((n) => n !== COOKIE_NAME && patterns.some((p) => matches(n, p)));

/** Host-only, then `a.b.shop.com`, `b.shop.com`, `shop.com` (never a bare top-level domain). */
export function domainsOf(hostname: string): Array<string | undefined> {
  const parts = hostname.split('.');
  const domains: Array<string | undefined> = [undefined];
  if (/^[\d.]+$|:/.test(hostname) || parts.length < 2) return domains;
  for (let i = 0; i < parts.length - 1; i++) domains.push(parts.slice(i).join('.'));
  return domains;
}

/** `/`, `/shop`, `/shop/`, `/shop/shoes` … every path a cookie visible here may have been set on. */
export function pathsOf(pathname: string): string[] {
  const paths = new Set(['/']);
  let at = 0;
  for (;;) {
    at = pathname.indexOf('/', at + 1);
    const end = at < 0 ? pathname.length : at;
    if (end > 1) paths.add(pathname.slice(0, end)).add(pathname.slice(0, end + 1));
    if (at < 0) break;
  }
  return [...paths];
}

/** Delete every visible cookie of the withdrawn categories; returns the names deleted. */
export function clearCategories(
  categories: readonly OptionalCategory[],
  extra: Record<OptionalCategory, string[]>,
  where: { hostname: string; pathname: string },
): string[] {
  const patterns = categories.flatMap((c) => [...BUILT_IN_COOKIES[c], ...extra[c]]);
  const names = namesToClear(Object.keys(Cookies.get()), patterns);
  for (const name of names)
    for (const domain of domainsOf(where.hostname))
      for (const path of pathsOf(where.pathname)) Cookies.remove(name, domain ? { domain, path } : { path });
  return names;
}
