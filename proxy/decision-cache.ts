// The customer's own saved decision, kept for a few seconds so repeated reads (every page view of a
// signed-in shopper) do not each call BigCommerce. Correct because only this customer changes it,
// through the proxy: their write replaces the entry. Per instance: on Workers a write through another
// isolate leaves this one's entry stale for at most `ttlMs`.

export interface DecisionCache<T> {
  get(customerId: number): T | undefined;
  set(customerId: number, value: T): void;
  drop(customerId: number): void;
}

export function createDecisionCache<T>(o: {
  ttlMs: number;
  now: () => number;
  maxCustomers?: number;
}): DecisionCache<T> {
  const max = o.maxCustomers ?? 10_000;
  const entries = new Map<number, { value: T; expiresAt: number }>();
  return {
    get(customerId) {
      const entry = entries.get(customerId);
      if (!entry) return undefined;
      if (entry.expiresAt <= o.now()) {
        entries.delete(customerId);
        return undefined;
      }
      return entry.value;
    },
    set(customerId, value) {
      // Re-inserting keeps the Map oldest-first, so the bound forgets the stalest entry.
      entries.delete(customerId);
      entries.set(customerId, { value, expiresAt: o.now() + o.ttlMs });
      if (entries.size > max) {
        const stalest = entries.keys().next();
        if (!stalest.done) entries.delete(stalest.value);
      }
    },
    drop(customerId) {
      entries.delete(customerId);
    },
  };
}
