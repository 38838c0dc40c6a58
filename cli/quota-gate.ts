// Pacing by BigCommerce's rate-limit headers. Every app on a store shares one quota (150 requests
// per 30 s on Standard plans), so the command line stops before it runs the quota dry, leaving
// room for the store's other apps, rather than learning the limit from 429s (which the client
// still waits out when other apps spend the quota).
// https://docs.bigcommerce.com/developer/docs/overview/api-fundamentals/rate-limits

/** Requests left unspent in each window: at least as many as can be in flight at once (10). */
export const QUOTA_RESERVE = 10;

export interface QuotaGate {
  /** Resolves when one more request may start. */
  acquire(): Promise<void>;
  /** After the request: its answer's headers, or null when it failed. */
  release(headers: Headers | null): void;
}

interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const readQuota = (headers: Headers): { left: number; resetMs: number } | null => {
  const left = headers.get('X-Rate-Limit-Requests-Left');
  const reset = headers.get('X-Rate-Limit-Time-Reset-Ms');
  if (left === null || reset === null || !/^\d+$/.test(left) || !/^\d+$/.test(reset)) return null;
  return { left: Number(left), resetMs: Number(reset) };
};

/**
 * While the quota is known, requests start until no more than the reserve would be left, then
 * wait for the window to reset. While it is unknown (at the start, after a reset) one request goes
 * first and its answer tells the rest. A store that sends no rate-limit headers is not paced.
 */
export const createQuotaGate = (reserve = QUOTA_RESERVE, clock: Clock = realClock): QuotaGate => {
  /** Requests we may still start this window; null when unknown. */
  let left: number | null = null;
  let resetAt = 0;
  let probing = false;
  let inFlight = 0;
  let waiters: Array<() => void> = [];
  const wake = () => {
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  return {
    async acquire() {
      for (;;) {
        if (left !== null && left > reserve) {
          left--;
          inFlight++;
          return;
        }
        if (left !== null) {
          const wait = resetAt - clock.now();
          if (wait > 0) await clock.sleep(wait);
          left = null;
          continue;
        }
        if (!probing) {
          probing = true;
          inFlight++;
          return;
        }
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    release(headers) {
      inFlight--;
      const quota = headers ? readQuota(headers) : null;
      if (quota) {
        // Requests still in flight may not have reached BigCommerce's count yet: assume they will.
        left = quota.left - inFlight;
        resetAt = clock.now() + quota.resetMs;
      } else if (headers) {
        left = Number.POSITIVE_INFINITY;
      }
      probing = false;
      wake();
    },
  };
};
