// The shapes the widget's parts pass to each other. Pure types: nothing here reaches the bundle.
import type { Category, OptionalCategory } from '../core/categories';

export type Position = 'bottom' | 'top' | 'center';
export type Theme = 'light' | 'dark' | 'auto';

/** Everything the merchant set with data attributes, parsed once, with defaults filled in. */
export interface Config {
  proxyUrl: string | null;
  clientId: string | null;
  /** From `data-customer-id`: a hint only. 'guest' skips the JWT request; never used to authorise. */
  customerHint: 'guest' | 'customer' | 'unknown';
  /** Where the current-customer JWT comes from; null when sync is off (no proxy or client id). */
  jwtUrl: string | null;
  policyUrl: string | null;
  /** The optional categories this store uses, in the order the merchant gave. */
  categories: OptionalCategory[];
  revision: number;
  expiryDays: number;
  cookieDomain: string | null;
  /** `auto` or a language code as given; resolved to a supported language at boot. */
  lang: string;
  position: Position;
  theme: Theme;
  accent: string | null;
  gpc: 'honor' | 'ignore';
  consentMode: boolean;
  nativeSync: boolean;
  /** BigCommerce's own category numbers (SPEC 6.3). */
  nativeIds: Record<OptionalCategory, number>;
  /** Extra cookie names or `prefix*` patterns to delete when a category is withdrawn. */
  clear: Record<OptionalCategory, string[]>;
  /** `data-text-*` overrides, keyed in camelCase (`data-text-accept-all` → `acceptAll`). */
  texts: Record<string, string>;
  /** The widget's own script nonce, reused for anything it inserts (CSP). */
  nonce: string | null;
  /** URL of the folder the widget was loaded from: where the UI and language files are. */
  base: string;
}

/** A decision as the cookie keeps it. */
export interface ConsentRecord {
  /** Always contains `essential`. */
  allow: Category[];
  deny: Category[];
  revision: number;
  /** ISO 8601 time of the decision. */
  updatedAt: string;
  /** Global Privacy Control applied when this decision was made. */
  gpc: boolean;
  /** Still to be sent: to the proxy (`server`), to BigCommerce's own consent endpoint (`native`). */
  pending: { server: boolean; native: boolean };
}

export type { Category, OptionalCategory };
