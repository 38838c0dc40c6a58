// How often one customer may make the proxy call BigCommerce: reads that miss the cache, and
// writes. The store's API quota is shared by every app on the store, so one shopper must not be
// able to spend it (docs/proxy.md, "Per-customer limits").
import { createSlidingWindow, type Slot } from './sliding-window';

export type { Slot } from './sliding-window';
export type LimitKind = 'read' | 'write';

export interface Limit {
  limit: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: Readonly<Record<LimitKind, Limit>> = {
  read: { limit: 10, windowMs: 60_000 },
  write: { limit: 5, windowMs: 60_000 },
};

export interface CustomerLimits {
  take(customerId: number, kind: LimitKind): Promise<Slot>;
}

/** The limits in this instance's memory: all of them on Node, one isolate's share on Workers. */
export function memoryLimits(
  o: { limits?: Readonly<Record<LimitKind, Limit>>; now?: () => number; maxCustomers?: number } = {},
): CustomerLimits {
  const limits = o.limits ?? DEFAULT_LIMITS;
  const extra = {
    ...(o.now ? { now: o.now } : {}),
    ...(o.maxCustomers ? { maxCustomers: o.maxCustomers } : {}),
  };
  const windows = {
    read: createSlidingWindow({ ...limits.read, ...extra }),
    write: createSlidingWindow({ ...limits.write, ...extra }),
  };
  return { take: async (customerId, kind) => windows[kind].take(customerId) };
}
