// SPEC 2, the core module's part: the attributes only the sync, the UI, the cookie write, cookie
// clearing and BigCommerce's own consent need, added to what the boot parsed.
import { isOptionalCategory, type OptionalCategory } from '../core/categories';
import { httpUrl, list, oneOf, reader, warnBad } from './config-read';
import { supported } from './lang';
import type { BootConfig, Config, ScriptAttributes } from './types';

/** A cookie name, or a prefix ending in `*` (RFC 6265 token characters). */
const COOKIE_PATTERN = /^[\w!#$%&'+.^`|~-]+\*?$/;

/**
 * @param pageUrl the document's base URL, which relative URLs resolve against
 * @param isColour whether the browser knows a CSS colour (`CSS.supports('color', v)`)
 */
export function completeConfig(
  boot: BootConfig,
  el: ScriptAttributes,
  pageUrl: string,
  isColour: (v: string) => boolean,
): Config {
  const read = reader(el);
  const url = httpUrl(pageUrl);
  const host = new URL(pageUrl).hostname;
  const proxyUrl = read('proxy-url', null, (v) => url(v)?.replace(/\/+$/, ''));
  const clientId = read('client-id', null, (v) => (/^[\w.-]{1,128}$/.test(v) ? v : undefined));
  const id = encodeURIComponent(clientId || '');
  const jwtUrl = read('jwt-url', `/customer/current.jwt?app_client_id=${id}`, (v) =>
    url(v)?.replace('{client-id}', id),
  );
  const config: Config = {
    ...boot,
    proxyUrl,
    clientId,
    customerHint: read<Config['customerHint']>('customer-id', 'unknown', (v) =>
      /^0?$/.test(v) ? 'guest' : /^\d{1,12}$/.test(v) ? 'customer' : undefined,
    ),
    // Sync needs both ends: the proxy to write to and a client id (SPEC 7).
    jwtUrl: proxyUrl && clientId && jwtUrl,
    policyUrl: read('policy-url', null, url),
    // The browser silently drops a cookie for a domain the page is not on: refuse it loudly instead.
    cookieDomain: read('cookie-domain', null, (v) => {
      const d = v.toLowerCase().replace(/^\./, '');
      return /\./.test(d) && `.${host}`.endsWith(`.${d}`) ? d : undefined;
    }),
    lang: read('lang', 'auto', (v) => (/^auto$/i.test(v) ? 'auto' : supported(v) ? v : undefined)),
    position: read<Config['position']>('position', 'bottom', oneOf('bottom', 'top', 'center')),
    theme: read<Config['theme']>('theme', 'auto', oneOf('light', 'dark', 'auto')),
    accent: read('accent', null, (v) => (isColour(v) ? v : undefined)),
    nativeIds: read('native-ids', { analytics: 1, functional: 2, targeting: 3 }, (v) => {
      const ids = { analytics: 1, functional: 2, targeting: 3 };
      for (const pair of v.split(',')) {
        const [c, n = ''] = pair.split(':').map((s) => s.trim());
        if (!isOptionalCategory(c) || !/^\d{1,6}$/.test(n)) return undefined;
        ids[c] = +n;
      }
      // Two categories on one number would make BigCommerce's lists contradict each other.
      return new Set(Object.values(ids)).size > 2 ? ids : undefined;
    }),
    clear: { functional: [], analytics: [], targeting: [] },
    texts: {},
  };
  for (const name of el.getAttributeNames()) {
    const raw = el.getAttribute(name) as string;
    // `data-text-accept-all` → `acceptAll`.
    if (name.startsWith('data-text-'))
      config.texts[name.slice(10).replace(/-(.)/g, (_, c) => c.toUpperCase())] = raw;
    // `data-clear-<category>`: cookie names or `prefix*` patterns; bad entries are dropped.
    const category = /^data-clear-(.*)/.exec(name)?.[1] as OptionalCategory | undefined;
    if (category !== undefined) {
      const known = isOptionalCategory(category);
      const given = list(raw);
      const good = given.filter((p) => known && COOKIE_PATTERN.test(p));
      if (good.length < given.length) warnBad(name, raw, good);
      if (known) config.clear[category] = good;
    }
  }
  return config;
}
