// Test controls: the next n API calls fail in a chosen way, whatever they ask for.

export type Fault =
  | { status: 500 | 502 | 503 | 504 }
  | { rateLimit: number /* X-Rate-Limit-Time-Reset-Ms */ }
  | { delayMs: number }
  | { drop: true };

export function createFaults() {
  const queue: Fault[] = [];
  return {
    next(n: number, fault: Fault): void {
      if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`faults.next: n must be a positive integer, got ${n}`);
      for (let i = 0; i < n; i++) queue.push(fault);
    },
    clear(): void {
      queue.length = 0;
    },
    /** The fault for the call now arriving, if any. */
    take(): Fault | undefined {
      return queue.shift();
    },
    get pending(): number {
      return queue.length;
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
