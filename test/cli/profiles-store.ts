// A shopper profile added to the BigCommerce stand-in, as the reconcile tests seed their stores.
import type { BigCommerceStandIn } from '../../demo/bigcommerce/server';

/** One profile, a guest's when `customerId` is left out, dated now. */
export function addProfile(bc: BigCommerceStandIn, customerId?: number): void {
  const time = new Date().toISOString();
  bc.state.shopperProfiles.push({
    id: crypto.randomUUID(),
    ...(customerId === undefined ? {} : { customer_id: customerId }),
    created_at: time,
    updated_at: time,
  });
}
