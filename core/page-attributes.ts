// The embed attributes the storefront's module reads on top of the boot's when it starts (see
// embed-attributes.ts); the sending chunk reads its own (sync-attributes.ts).
import { type AttributeTable, CLIENT_ID_SLOT, httpUrl, oneOf } from './attribute';
import { supported } from './languages';
import { POLICIES, type Policy } from './policies';

/** What the module a decision or the banner loads reads, on top. */
export const PAGE_ATTRIBUTES = {
  proxyUrl: [null as string | null, (v, page) => httpUrl(v, page)?.replace(/\/+$/, '')],
  clientId: [null as string | null, (v) => (/^[\w.-]{1,128}$/.test(v) ? v : undefined)],
  // Stencil's `{{customer.id}}`: a hint only, never trusted for authorisation.
  customerId: [
    'unknown' as 'guest' | 'customer' | 'unknown',
    (v) => (/^0?$/.test(v) ? 'guest' : /^\d{1,12}$/.test(v) ? 'customer' : undefined),
  ],
  jwtUrl: [`/customer/current.jwt?app_client_id=${CLIENT_ID_SLOT}`, httpUrl],
  policyUrl: [null as string | null, httpUrl],
  // The browser silently drops a cookie for a domain the page is not on: refuse it loudly instead.
  cookieDomain: [
    null as string | null,
    (v, page) => {
      const d = v.toLowerCase().replace(/^\./, '');
      return /^[a-z\d-]+(\.[a-z\d-]+)+$/.test(d) && `.${page.hostname ?? d}`.endsWith(`.${d}`)
        ? d
        : undefined;
    },
  ],
  lang: ['auto', (v) => (/^auto$/i.test(v) ? 'auto' : supported(v) ? v : undefined)],
  position: ['bottom' as 'bottom' | 'top' | 'center', oneOf('bottom', 'top', 'center')],
  theme: ['auto' as 'light' | 'dark' | 'auto', oneOf('light', 'dark', 'auto')],
  accent: [null as string | null, (v, page) => (page.isColour(v) ? v : undefined)],
  // Regional rules (docs/regions.md): `auto` finds where the shopper is and asks as the law there does.
  regions: ['off' as 'off' | 'auto', oneOf('off', 'auto')],
  // Where no consent law is known; unknown places are opt-in whatever this says.
  regionDefault: ['opt-in' as Policy, oneOf<Policy>(...POLICIES)],
  // With a proxy, every decision goes to its consent records (docs/proxy.md) unless this is `off`.
  records: ['on' as 'on' | 'off', oneOf('on', 'off')],
} as const satisfies AttributeTable;
