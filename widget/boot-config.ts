// The boot's part of the configuration: the data attributes a returning shopper's page needs, parsed
// once from the widget's own <script> tag with the core's attribute table. The rest (sync, texts, look,
// cookie domain …) is parsed by module-config.ts in the module, so the boot stays small.
import { BOOT_ATTRIBUTES } from '../core/boot-attributes';
import { type Refusal, readAttributes } from './config-read';
import type { BootConfig, ScriptAttributes } from './types';

/** @param pageUrl the document's base URL: where an inlined boot (no src) loads the rest from */
export function parseConfig(el: ScriptAttributes, pageUrl: string): BootConfig {
  const data = el.dataset;
  // None of the boot's attributes depends on the page.
  const proxy = !!data.proxyUrl;
  const refused: Refusal[] = [];
  const values = readAttributes(el, BOOT_ATTRIBUTES, null as never, (...r) => refused.push(r));
  return {
    ...values,
    refused,
    script: el,
    // Warnings name the value as the merchant writes it ("on"); the widget asks a yes or no.
    consentMode: values.consentMode === 'on',
    nativeSync: values.nativeSync === 'on',
    mayRecord: proxy,
    // `data-customer-id` empty or 0 is a guest; absent or not a number, the JWT endpoint will say.
    maySync: proxy && !!data.clientId && !(+(data.customerId ?? 1) <= 0),
    nonce: el.nonce || null,
    // `src` is absolute already; an inlined boot has none, and loads from beside the page.
    base: new URL('.', el.src || pageUrl).href,
  };
}
