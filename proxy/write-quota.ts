// A sliding window of writes per customer, so one shopper cannot spend the store's API quota
// (shared by every app: 150 requests per 30 s on Standard plans). In memory, per instance: on
// Workers each isolate keeps its own, which bounds a customer per isolate, not globally.

export interface WriteQuota {
  /** Counts a write, or returns the seconds to wait when the customer is over quota. */
  take(key: number | string): { ok: true } | { ok: false; retryAfterSeconds: number };
}

export function createWriteQuota(o: {
  limit: number;
  windowMs: number;
  now?: () => number;
  maxCustomers?: number;
}): WriteQuota {
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
