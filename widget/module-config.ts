// The module's part of the configuration: the attributes only the sync, the UI, the cookie write and cookie
// clearing need, added to what the boot parsed (core/embed-attributes.ts). BigCommerce's own consent
// numbers are read by the sending chunk (effects.ts).

import { CLIENT_ID_SLOT, COOKIE_PATTERN, list } from '../core/attribute';
import { isOptionalCategory, type OptionalCategory } from '../core/categories';
import { PAGE_ATTRIBUTES } from '../core/page-attributes';
import { readAttributes, warnBad } from './config-read';
import type { BootConfig, ModuleConfig, ScriptAttributes } from './types';

/**
 * @param pageUrl the document's base URL, which relative URLs resolve against
 * @param isColour whether the browser knows a CSS colour (`CSS.supports('color', v)`)
 */
export function completeConfig(
  boot: BootConfig,
  el: ScriptAttributes,
  pageUrl: string,
  isColour: (v: string) => boolean,
): ModuleConfig {
  const { customerId, jwtUrl, records, ...values } = readAttributes(el, PAGE_ATTRIBUTES, {
    url: pageUrl,
    hostname: new URL(pageUrl).hostname,
    isColour,
  });
  const config: ModuleConfig = {
    ...boot,
    ...values,
    customerHint: customerId,
    records: !!values.proxyUrl && records === 'on',
    // Sync needs both ends: the proxy to write to and a client id.
    jwtUrl:
      values.proxyUrl &&
      values.clientId &&
      jwtUrl.replace(CLIENT_ID_SLOT, encodeURIComponent(values.clientId)),
    clear: { functional: [], analytics: [], targeting: [] },
    texts: {},
  };
  for (const name of el.getAttributeNames()) {
    const raw = el.getAttribute(name) as string;
    // `data-text-accept-all` → `acceptAll`.
    if (name.startsWith('data-text-'))
      config.texts[name.slice(10).replace(/-(.)/g, (_, c: string) => c.toUpperCase())] = raw;
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
