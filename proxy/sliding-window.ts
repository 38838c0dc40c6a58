// A sliding window of requests per customer, so one shopper cannot spend the store's API quota
// (shared by every app: 150 requests per 30 s on Standard plans). In memory: on Node it is the
// limit; on Workers it runs inside the customer's Durable Object (durable-limits.ts), one for all
// isolates.

export type Slot = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface SlidingWindow {
  /** Counts a request, or returns the seconds to wait when the customer is over the limit. */
  take(key: number | string): Slot;
}

/**
 * Bounded to `maxCustomers` (default 10,000): past it the customer whose last counted request is
 * oldest is forgotten, so their next request starts a fresh window. Evicting someone still inside
 * their window therefore takes more than `maxCustomers` other customers active since, each with a
 * valid token of this store.
 */
export function createSlidingWindow(o: {
  limit: number;
  windowMs: number;
  now?: () => number;
  maxCustomers?: number;
}): SlidingWindow {
  const now = o.now ?? Date.now;
  const maxCustomers = o.maxCustomers ?? 10_000;
  const writes = new Map<number | string, number[]>();

  return {
    take(key) {
      const at = now();
      const recent = (writes.get(key) ?? []).filter((time) => at - time < o.windowMs);
      if (recent.length >= o.limit) {
        const oldest = recent[0] ?? at;
        writes.set(key, recent);
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + o.windowMs - at) / 1000)) };
      }
      recent.push(at);
      // Re-inserting keeps the Map in order of last write, so the stalest customer goes first.
      writes.delete(key);
      writes.set(key, recent);
      if (writes.size > maxCustomers) {
        const stalest = writes.keys().next();
        if (!stalest.done) writes.delete(stalest.value);
      }
      return { ok: true };
    },
  };
}
