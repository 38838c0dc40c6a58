// A decision saved in BigCommerce, as the proxy, the command line, the demo and the widget's sync read
// it back. A module of its own: the storefront loads it only with the code that talks to the proxy.
import type { Decision } from './categories';
import { known, ordered } from './decision';

/** A saved value that allows nothing beyond `essential` and denies nothing is no decision. */
export const isDecided = (d: Decision): boolean =>
  d.deny.length > 0 || d.allow.some((c) => c !== 'essential');

/**
 * BigCommerce's consent body (`GET`/`PUT /v3/customers/{id}/consent`) as a decision: known categories
 * only, in canonical order, `essential` always allowed and never denied (as the widget has always read
 * it). BigCommerce refuses a category in both lists; should one arrive anyway, the allow list wins.
 * `updated_at` is not read: on GET it is the time of the call, not of the last update
 * (https://developer.bigcommerce.com/docs/rest-management/customers/customer-consent).
 */
export function decisionOf(body: unknown): Decision {
  const raw = (body && typeof body === 'object' ? body : {}) as { allow?: unknown; deny?: unknown };
  const allow = ordered(['essential', ...known(raw.allow)]);
  return { allow, deny: ordered(known(raw.deny).filter((c) => !allow.includes(c))) };
}
