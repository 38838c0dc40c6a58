// Test controls: the next n API calls fail in a chosen way, whatever they ask for.

export type Fault =
  | { status: 500 | 502 | 503 | 504 }
  | { rateLimit: number /* X-Rate-Limit-Time-Reset-Ms */ }
  | { delayMs: number }
  /** Answered at once from the state as it is, but the answer takes this long on its way back. */
  | { lateMs: number }
  | { drop: true };

export function createFaults() {
  const queue: Fault[] = [];
  /** Besides the queue: each call fails this way with this probability (the bench's fault run). */
  let random: { rate: number; faults: Fault[] } | null = null;
  return {
    /** From now on each call fails with probability `rate`, as one of `faults` picked at random. */
    atRandom(rate: number, faults: Fault[]): void {
      if (!(rate >= 0 && rate <= 1) || faults.length === 0)
        throw new RangeError('faults.atRandom: rate must be within 0..1, with at least one fault');
      random = { rate, faults };
    },
    next(n: number, fault: Fault): void {
      if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`faults.next: n must be a positive integer, got ${n}`);
      for (let i = 0; i < n; i++) queue.push(fault);
    },
    clear(): void {
      queue.length = 0;
      random = null;
    },
    /** The fault for the call now arriving, if any. */
    take(): Fault | undefined {
      const queued = queue.shift();
      if (queued || !random || Math.random() >= random.rate) return queued;
      return random.faults[Math.floor(Math.random() * random.faults.length)];
    },
    get pending(): number {
      return queue.length;
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
