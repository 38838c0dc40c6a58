// The benchmark's main-thread figures: time attributed to a banner (bench/widget.ts) — only the renderer's
// main thread, only the banner's files, nested events counted once, thread time apart from wall time — and
// the returning visit's whole main thread of the page's renderer (bench/returning.ts).
import { describe, expect, it } from 'vitest';
import { bootPhases, pageMainThread } from '../../bench/returning';
import { attributedMs } from '../../bench/widget';

const MAIN = { ph: 'M', name: 'thread_name', pid: 1, tid: 7, args: { name: 'CrRendererMain' } };
/** A complete event ('X') of the renderer's process, on its main thread unless `tid` says otherwise. */
const complete = (name: string, ts: number, dur: number, tdur: number, tid = 7, args = {}) => ({
  ph: 'X',
  name,
  pid: 1,
  tid,
  ts,
  dur,
  tdur,
  args,
});
const event = (ts: number, dur: number, tdur: number, url: string, tid = 7) =>
  complete('FunctionCall', ts, dur, tdur, tid, { data: { url } });
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

describe('bench: the returning visit’s whole main thread', () => {
  const PAGE = 'http://127.0.0.1/ours';

  it('sums the thread time of the tasks of the renderer that parsed the page, and its script events', () => {
    const result = pageMainThread(
      trace(
        complete('ParseHTML', 0, 500, 400, 7, { beginData: { url: PAGE } }),
        complete('RunTask', 0, 2000, 1000),
        complete('EvaluateScript', 100, 1000, 600),
        complete('v8.compile', 150, 100, 100),
        complete('RunTask', 5000, 1000, 1000),
        // Another renderer's main thread (the browser's own pages): left out.
        complete('RunTask', 0, 9000, 9000, 9),
        complete('EvaluateScript', 0, 9000, 9000, 9),
      ),
      PAGE,
    );
    expect(result).toEqual({ mainCpu: 2, scriptCpu: 0.6 });
  });

  it('fails loudly when the page was not parsed in the trace', () => {
    expect(() => pageMainThread(trace(complete('RunTask', 0, 10, 10)), PAGE)).toThrow(/no ParseHTML/);
  });
});

describe('bench: the boot’s phases on a returning visit', () => {
  const PAGE = 'http://127.0.0.1/ours';
  const span = (name: string, ts: number, dur: number, tdur: number, url?: string, tid = 7) =>
    complete(name, ts, dur, tdur, tid, url ? { data: { url } } : {});
  const parse = { ...span('ParseHTML', 0, 100, 100), args: { beginData: { url: PAGE } } };

  it('splits its evaluation into compile, run, source positions and code cache, and adds its callbacks', () => {
    const phases = bootPhases(
      trace(
        parse,
        span('EvaluateScript', 1000, 5000, 3000, OURS),
        span('v8.compile', 1000, 100, 100, OURS),
        span('v8.run', 1200, 3000, 2000),
        span('V8.CollectSourcePositions', 1500, 1000, 400),
        span('V8.CollectSourcePositions', 1600, 100, 100),
        span('v8.produceCache', 4500, 500, 500),
        // The theme's handler and another thread's boot: not the boot's.
        span('FunctionCall', 7000, 1000, 1000, 'http://127.0.0.1/theme.js'),
        span('FunctionCall', 7000, 1000, 1000, OURS, 8),
        span('FunctionCall', 9000, 1000, 600, OURS),
      ),
      PAGE,
    );
    expect(phases).toEqual({
      evaluate: 3,
      compile: 0.1,
      run: 2,
      produceCache: 0.5,
      sourcePositions: 0.4,
      callbacks: 0.6,
    });
  });

  it('has none for a page without a boot file', () => {
    expect(bootPhases(trace(parse, span('EvaluateScript', 1000, 500, 500, PAGE)), PAGE)).toBeNull();
  });
});
