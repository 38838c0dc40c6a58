// The benchmark's main-thread attribution (bench/widget.ts): only the renderer's main thread, only the
// banner's files, nested events counted once, and thread time apart from wall time.
import { describe, expect, it } from 'vitest';
import { attributedMs } from '../../bench/widget';

const MAIN = { ph: 'M', name: 'thread_name', pid: 1, tid: 7, args: { name: 'CrRendererMain' } };
const event = (ts: number, dur: number, tdur: number, url: string, tid = 7) => ({
  ph: 'X',
  name: 'FunctionCall',
  pid: 1,
  tid,
  ts,
  dur,
  tdur,
  args: { data: { url } },
});
const trace = (...events: object[]) => Buffer.from(JSON.stringify({ traceEvents: [MAIN, ...events] }));
const OURS = 'http://127.0.0.1/dist/storefront-consent.js';

describe('bench: main-thread time attributed to a banner', () => {
  it('counts a nested event once, and an overlapping one only outside the first', () => {
    const result = attributedMs(
      trace(
        event(0, 4000, 2000, OURS),
        event(1000, 1000, 1000, OURS),
        event(3000, 2000, 2000, OURS),
        event(10_000, 1000, 500, OURS),
      ),
    );
    expect(result).toEqual({ wall: 6, cpu: 3.5 });
  });

  it('leaves out other files and other threads', () => {
    const result = attributedMs(
      trace(
        event(0, 1000, 1000, 'http://127.0.0.1/theme.js'),
        event(0, 1000, 1000, OURS, 8),
        event(5000, 2000, 1500, OURS),
      ),
    );
    expect(result).toEqual({ wall: 2, cpu: 1.5 });
  });
});
