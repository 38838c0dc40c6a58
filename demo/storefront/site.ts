// What the demo storefront needs to know about the rest of the demo, gathered in one object.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Category } from '../../core/categories';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface SampleCustomer {
  id: number;
  name: string;
  email: string;
}

/** What BigCommerce answered for one customer's consent, or why it could not be read. */
export type SavedConsent =
  | { ok: true; allow: Category[]; deny: Category[]; updatedAt: string | null }
  | { ok: false; error: string };

/** One call BigCommerce (the stand-in) received for a customer's consent. */
export interface ConsentCall {
  method: string;
  path: string;
  status: number;
}

export interface Site {
  storeName: string;
  /** Where the built widget is: the folder holding `storefront-consent.js`. */
  widgetDir: string;
  /** The values of the widget's `data-proxy-url` and `data-client-id`. */
  proxyUrl: string;
  clientId: string;
  /** `leaky`: the theme runs its tracking tags ungated (leaky-theme.ts); default: they are gated. */
  theme?: 'leaky';
  /** `stand-in`: sample customers can log in. `real`: the proxy talks to a real store; no login. */
  mode: 'stand-in' | 'real';
  /** Customers a visitor may log in as (empty for a real store). */
  customers(): SampleCustomer[];
  /** The store's own routes (`/customer/current.jwt`, `/api/storefront/consent`), if any. */
  storeRoutes: RouteHandler | null;
  /** Reads a customer's consent through BigCommerce's API. */
  readConsent(customerId: number): Promise<SavedConsent>;
  /** The consent calls BigCommerce received for a customer, newest last (stand-in only). */
  consentCalls(customerId: number): ConsentCall[];
  /** The proxy's consent statistics as `storefront-consent stats --html` writes them; rejects if it refuses. */
  consentStats(): Promise<string>;
}
