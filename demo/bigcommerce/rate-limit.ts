// BigCommerce's store-wide API quota as a sliding window: every app on the store shares it
// (150 requests per 30 s on Standard plans). Each answer carries the four X-Rate-Limit-* headers.

export interface RateLimitOptions {
  quota: number;
  windowMs: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  headers: Record<string, string>;
}

export function createRateLimiter(o: RateLimitOptions, now: () => number = Date.now) {
  const times: number[] = [];

  const prune = (t: number) => {
    while (times.length > 0 && (times[0] ?? 0) <= t - o.windowMs) times.shift();
  };

  const headers = (t: number, left: number): Record<string, string> => {
    const oldest = times[0];
    const resetMs = oldest === undefined ? o.windowMs : Math.max(0, oldest + o.windowMs - t);
    return {
      'X-Rate-Limit-Requests-Left': String(left),
      'X-Rate-Limit-Requests-Quota': String(o.quota),
      'X-Rate-Limit-Time-Reset-Ms': String(resetMs),
      'X-Rate-Limit-Time-Window-Ms': String(o.windowMs),
    };
  };

  return {
    /** Spends one request from the quota if any is left. */
    take(): RateLimitVerdict {
      const t = now();
      prune(t);
      if (times.length >= o.quota) return { allowed: false, headers: headers(t, 0) };
      times.push(t);
      return { allowed: true, headers: headers(t, o.quota - times.length) };
    },
    /** The headers as they stand, without spending anything. */
    peek(): Record<string, string> {
      const t = now();
      prune(t);
      return headers(t, Math.max(0, o.quota - times.length));
    },
    /** A 429 forced by a test fault: nothing left, reset after `resetMs`. */
    forced(resetMs: number): Record<string, string> {
      return { ...headers(now(), 0), 'X-Rate-Limit-Time-Reset-Ms': String(resetMs) };
    },
    reset(): void {
      times.length = 0;
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
