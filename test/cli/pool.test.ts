import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from '../../cli/pool';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapWithConcurrency', () => {
  it('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapWithConcurrency([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await tick(n);
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(most).toBe(3);
  });

  it('starts nothing new after a failure, waits for what runs, then throws the first error', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = mapWithConcurrency([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      if (n === 1) throw new Error('item 1 failed');
      await tick(10);
      finished.push(n);
      return n;
    });
    await expect(run).rejects.toThrow('item 1 failed');
    // Item 0 was running when item 1 failed: it was finished, not abandoned; 2 and later never began.
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([0]);
  });

  it('handles an empty list', async () => {
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
  });
});
