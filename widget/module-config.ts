// The module's part of the configuration: the attributes only the sync, the UI and the cookie write need,
// added to what the boot parsed (core/embed-attributes.ts). BigCommerce's own consent numbers are read by
// the sending chunk (sending-config.ts), the cookies to clear by the withdrawal's (clear-attributes.ts).

import { CLIENT_ID_SLOT } from '../core/attribute';
import { PAGE_ATTRIBUTES } from '../core/page-attributes';
import { readAttributes, warnRefused } from './config-read';
import type { BootConfig, ModuleConfig } from './types';

/**
 * @param pageUrl the document's base URL, which relative URLs resolve against
 * @param isColour whether the browser knows a CSS colour (`CSS.supports('color', v)`)
 */
export function completeConfig(
  boot: BootConfig,
  pageUrl: string,
  isColour: (v: string) => boolean,
): ModuleConfig {
  const el = boot.script;
  for (const r of boot.refused) warnRefused(...r);
  const { customerId, jwtUrl, records, ...values } = readAttributes(
    el,
    PAGE_ATTRIBUTES,
    { url: pageUrl, hostname: new URL(pageUrl).hostname, isColour },
    warnRefused,
  );
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
    texts: {},
  };
  for (const name of el.getAttributeNames()) {
    const raw = el.getAttribute(name) as string;
    // `data-text-accept-all` → `acceptAll`.
    if (name.startsWith('data-text-'))
      config.texts[name.slice(10).replace(/-(.)/g, (_, c: string) => c.toUpperCase())] = raw;
  }
  return config;
}
