import { describe, expect, it } from 'vitest';
import { createSlidingWindow } from '../../proxy/sliding-window';

describe('sliding window per customer', () => {
  const setup = (maxCustomers?: number) => {
    let now = 0;
    const quota = createSlidingWindow({
      limit: 3,
      windowMs: 60_000,
      now: () => now,
      ...(maxCustomers ? { maxCustomers } : {}),
    });
    return { quota, at: (ms: number) => (now = ms) };
  };

  it('allows the limit within a window, then says how long to wait for the oldest write to age out', () => {
    const { quota, at } = setup();
    at(0);
    quota.take(7);
    at(10_000);
    quota.take(7);
    at(20_000);
    expect(quota.take(7)).toEqual({ ok: true });
    at(30_000);
    expect(quota.take(7)).toEqual({ ok: false, retryAfterSeconds: 30 });
  });

  it('slides: a write frees up once it is a window old, and refusals do not count', () => {
    const { quota, at } = setup();
    for (const t of [0, 1, 2]) {
      at(t);
      quota.take(7);
    }
    at(59_999);
    expect(quota.take(7).ok).toBe(false);
    at(60_000);
    expect(quota.take(7).ok).toBe(true);
    expect(quota.take(7).ok).toBe(false);
  });

  it('counts customers apart', () => {
    const { quota } = setup();
    for (let i = 0; i < 3; i++) quota.take(1);
    expect(quota.take(1).ok).toBe(false);
    expect(quota.take(2).ok).toBe(true);
  });

  it('forgets the stalest customer beyond its memory bound', () => {
    const { quota } = setup(2);
    for (let i = 0; i < 3; i++) quota.take(1);
    quota.take(2);
    quota.take(3);
    expect(quota.take(1).ok).toBe(true);
  });
});
