import { describe, expect, it } from 'vitest';
import { createQuotaGate } from '../../cli/quota-gate';

const quota = (left: number, resetMs: number) =>
  new Headers({ 'X-Rate-Limit-Requests-Left': String(left), 'X-Rate-Limit-Time-Reset-Ms': String(resetMs) });

/** A clock that only moves when someone sleeps, recording each sleep. */
const fakeClock = () => {
  let t = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
  };
};

const settled = async <T>(p: Promise<T>) => {
  let done = false;
  p.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('quota gate', () => {
  it('lets one request go first, and the rest once its answer tells the quota', async () => {
    const gate = createQuotaGate(2, fakeClock());
    await gate.acquire();
    const second = gate.acquire();
    expect(await settled(second)).toBe(false);
    gate.release(quota(100, 30_000));
    expect(await settled(second)).toBe(true);
  });

  it('stops at the reserve and waits for the window to reset', async () => {
    const clock = fakeClock();
    const gate = createQuotaGate(2, clock);
    await gate.acquire();
    gate.release(quota(4, 1500)); // 4 left: two may start, two stay in reserve
    await gate.acquire();
    await gate.acquire();
    expect(clock.slept).toEqual([]);
    const third = gate.acquire();
    expect(await settled(third)).toBe(true);
    expect(clock.slept).toEqual([1500]);
  });

  it('counts requests still in flight against what the answer says is left', async () => {
    const clock = fakeClock();
    const gate = createQuotaGate(2, clock);
    await gate.acquire();
    gate.release(quota(10, 1000));
    for (let i = 0; i < 5; i++) await gate.acquire(); // 5 in flight, 5 left
    gate.release(quota(5, 1000)); // the server counted up to this one; 4 are still on their way
    await gate.acquire(); // 5 - 4 = 1 left: not above the reserve, so it waits
    expect(clock.slept).toEqual([1000]);
  });

  it('does not pace a store that sends no rate-limit headers', async () => {
    const clock = fakeClock();
    const gate = createQuotaGate(2, clock);
    await gate.acquire();
    gate.release(new Headers());
    for (let i = 0; i < 50; i++) await gate.acquire();
    expect(clock.slept).toEqual([]);
  });

  it('lets the next request probe when the first one failed', async () => {
    const gate = createQuotaGate(2, fakeClock());
    await gate.acquire();
    const next = gate.acquire();
    gate.release(null);
    expect(await settled(next)).toBe(true);
  });
});
