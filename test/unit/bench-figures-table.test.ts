// The bench's table of latest figures (bench/figures-table.ts): rewritten between its markers in
// docs/performance.md and nowhere else, padded as Biome formats it, each budget judged from the figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type BenchResults,
  END,
  figuresSection,
  HEADER,
  LABEL,
  markdownTable,
  REGIONS,
  RETURNING,
  reconcileRows,
  regionsRows,
  replaceBetweenMarkers,
  replaceRows,
  returningRows,
  START,
  type Stat,
} from '../../bench/figures-table';

const at = (median: number): Stat => ({ median, min: median, max: median });
const compared = (ours: number, vanilla: number, oursAgain = ours) => ({
  ours: at(ours),
  vanilla: at(vanilla),
  oursAgain: at(oursAgain),
});
const results = (over: Partial<BenchResults> = {}): BenchResults => ({
  date: '2026-12-03',
  runs: 10,
  cores: 2,
  seconds: 275,
  visits: {
    'returning-1x': {
      runs: 10,
      uiLoaded: 0,
      figures: {
        [LABEL.bytes]: compared(2.5, 15),
        [LABEL.mainThread]: compared(4, 8, 5),
        [LABEL.mainThreadCpu]: compared(2, 4),
        [LABEL.mainCpuAdded]: compared(3, 12, 4),
        [LABEL.scriptCpuAdded]: compared(2, 5),
        [LABEL.fcpLater]: compared(20, 4, 26),
        [LABEL.lcpLater]: compared(-2, 4),
      },
      bare: { fcp: at(120), lcp: at(130) },
    },
    'first-1x': {
      runs: 10,
      uiLoaded: 10,
      figures: { [LABEL.banner]: compared(300, 200), [LABEL.cls]: compared(0, 0.012) },
    },
  },
  proxy: {
    requests: 2000,
    directMs: { median: 1, p99: 2 },
    proxiedMs: { median: 2, p99: 9 },
    addedMs: { median: 1.234, p99: 7.89 },
    workerBytes: 60_000,
    workerGzipBytes: 16_000,
  },
  ...over,
});
const cells = (line: string | undefined) =>
  line
    ?.split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
const row = (section: string, figure: string) =>
  cells(section.split('\n').find((line) => line.startsWith(`| ${figure} `)));

describe('bench: the table of latest figures', () => {
  it('replaces only what lies between the markers, and the same figures twice change nothing', () => {
    const doc = `# Performance\n\nProse.\n\n${START}\n\nold table\n\n${END}\n\nMore prose.\n`;
    const once = replaceBetweenMarkers(doc, 'new table\n');
    expect(once).toBe(`# Performance\n\nProse.\n\n${START}\n\nnew table\n\n${END}\n\nMore prose.\n`);
    expect(replaceBetweenMarkers(once, 'new table')).toBe(once);
  });

  it('refuses a document without exactly one start marker followed by one end marker', () => {
    for (const doc of ['no markers', `${START} only`, `${END} ${START}`, `${START}${END}${START}${END}`]) {
      expect(() => replaceBetweenMarkers(doc, 'x'), doc).toThrow(/expected one/);
    }
  });

  it('pads every column to its widest cell, as Biome formats Markdown tables', () => {
    expect(markdownTable(['a', 'bb'], [['long cell', 'x']])).toBe(
      ['| a         | bb  |', '| --------- | --- |', '| long cell | x   |'].join('\n'),
    );
  });

  it('writes each figure with its ratio, its A/A ratio and its budget', () => {
    const section = figuresSection(results());
    expect(section.split('\n')[0]).toBe(
      'Measured 2026-12-03: 10 runs per figure on 2 cores, 4 min 35 s in all; medians; ratio is ours/theirs, A/A is ours/ours again (for a paint, ours again minus ours); “added” and “later” are over the bare page without a banner, in the same run; 1 KB = 1024 bytes.',
    );
    expect(row(section, 'returning visit: bytes loaded, gzip')).toEqual([
      'returning visit: bytes loaded, gzip',
      '2.50 KB, no UI code',
      '15.00 KB',
      '0.17×',
      '1.00×',
      '≤ 3 KB, no UI code: met',
    ]);
    expect(row(section, 'returning visit: main-thread CPU added over the bare page')?.slice(1)).toEqual([
      '3.0 ms (script 2.0 ms)',
      '12.0 ms (script 5.0 ms)',
      '0.25× (script 0.40×)',
      '0.75× (script 1.00×)',
      '≤ 0.3×: met',
    ]);
    expect(
      row(section, 'returning visit: first contentful paint, later than the bare page’s (120 ms)')?.slice(1),
    ).toEqual(['+20 ms', '+4 ms', '—', '+6 ms', '≤ 16 ms: not met']);
    expect(row(section, 'returning visit: LCP, later than the bare page’s (130 ms)')?.slice(1)).toEqual([
      '−2 ms',
      '+4 ms',
      '—',
      '+0 ms',
      '≤ 16 ms: met',
    ]);
    expect(row(section, 'returning visit: main-thread time in the banner’s scripts')?.slice(1)).toEqual([
      '4.0 ms (CPU 2.0 ms)',
      '8.0 ms (CPU 4.0 ms)',
      '0.50× (CPU 0.50×)',
      '0.80× (CPU 1.00×)',
      '—',
    ]);
    expect(row(section, 'first visit: navigation → banner visible')?.slice(1)).toEqual([
      '300 ms',
      '200 ms',
      '1.50×',
      '1.00×',
      '≤ 0.5×: not met',
    ]);
    expect(row(section, 'layout shift caused')?.slice(1)).toEqual(['0', '0.012', '0.00×', '—', '0: met']);
    expect(
      row(section, 'proxy: latency added over a direct BigCommerce call (Node, 2000 requests)')?.[1],
    ).toBe('1.23 ms median, 7.9 ms p99');
    expect(row(section, 'proxy: Workers upload, gzip')?.slice(1)).toEqual([
      '15.6 KB',
      '—',
      '—',
      '—',
      '≤ 30 KB: met',
    ]);
  });

  it('says a budget was not measured, rather than met, when its figure is missing', () => {
    const section = figuresSection(results({ visits: {}, proxy: null }));
    expect(row(section, 'first visit: all bytes loaded, gzip (JS + CSS)')?.slice(1)).toEqual([
      '—',
      '—',
      '—',
      '—',
      '≤ 10 KB: not measured',
    ]);
    expect(row(section, 'proxy: Workers upload, gzip')?.[5]).toBe('≤ 30 KB: not measured');
  });

  it('fails a returning visit that loaded UI code, and says in how many runs', () => {
    const r = results();
    const returning = r.visits['returning-1x'];
    if (returning) returning.uiLoaded = 2;
    expect(row(figuresSection(r), 'returning visit: bytes loaded, gzip')?.slice(1, 2)).toEqual([
      '2.50 KB, UI code in 2/10 runs',
    ]);
    expect(row(figuresSection(r), 'returning visit: bytes loaded, gzip')?.[5]).toBe(
      '≤ 3 KB, no UI code: not met',
    );
  });

  it('adds the first visit in every language: the lightest and the heaviest, judged on all of them', () => {
    const label = 'first visit: all bytes loaded, gzip, in each of the 3 languages (one load each)';
    const languages = {
      en: { bytes: 9280, ownFile: true },
      el: { bytes: 9834, ownFile: true },
      de: { bytes: 9700, ownFile: true },
    };
    expect(row(figuresSection(results({ languages })), label)?.slice(1)).toEqual([
      'en 9.06 KB to el 9.60 KB',
      '—',
      '—',
      '—',
      '≤ 10 KB in every language: met',
    ]);
    const over = { ...languages, el: { bytes: 10_001, ownFile: true } };
    expect(row(figuresSection(results({ languages: over })), label)?.[5]).toBe(
      '≤ 10 KB in every language: not met',
    );
    // A language whose own file did not load was not shown in it: named, and the budget not met.
    const unshown = { ...languages, de: { bytes: 9500, ownFile: false } };
    expect(row(figuresSection(results({ languages: unshown })), label)?.slice(1, 2)).toEqual([
      'en 9.06 KB to el 9.60 KB; own file not loaded: de',
    ]);
    expect(row(figuresSection(results()), label)).toBeUndefined();
  });

  it('adds the proxy under load: a row per route, memory, and the fault run judged from its counts', () => {
    const fault = {
      seconds: 20,
      requests: 1000,
      ok: 990,
      unavailable: 10,
      wrong: 0,
      putOk: 400,
      bcPutOk: 400,
      saved: 400,
      stayedUp: true,
    };
    const load = {
      routes: [
        { label: 'GET /health', rps: 4000, p50: 5, p99: 30, requests: 10000, statuses: { 200: 10000 } },
      ],
      memory: { requests: 100000, customers: 20000, rssBeforeMb: 190, rssAfterMb: 236, heapNote: '' },
      fault,
    };
    const section = figuresSection({ ...results(), load });
    expect(row(section, 'proxy under load (Node, 10000 requests): GET /health')?.[1]).toBe(
      '4000 req/s, p50 5.0 ms, p99 30.0 ms',
    );
    expect(row(section, 'proxy fault run: 20 s, BigCommerce failing 30 % of calls')?.[5]).toBe(
      'no wrong answer, nothing saved twice, up: met',
    );
    const twice = figuresSection({ ...results(), load: { ...load, fault: { ...fault, bcPutOk: 401 } } });
    expect(row(twice, 'proxy fault run: 20 s, BigCommerce failing 30 % of calls')?.[5]).toBe(
      'no wrong answer, nothing saved twice, up: not met',
    );
  });

  it('adds profiles reconcile both ways, and a reconcile-only run replaces those rows alone', () => {
    const run = (requests: number, seconds: number, recordsSeconds: number, computedRealSeconds: number) => ({
      seconds,
      requests,
      tooMany: 0,
      profilesDeleted: 25_000,
      recordsSeconds,
      computedRealSeconds,
    });
    const reconcile = {
      customers: 100_000,
      records: 200_000,
      windowMs: 300,
      concurrency: 10,
      bigCommerce: run(100_900, 230, 0, 21_621),
      fromRecords: run(900, 9.5, 2.1, 195),
    };
    const section = figuresSection({ ...results(), reconcile });
    const fromRecords = 'profiles reconcile --from-records, 100,000 customers, 200,000 records';
    expect(row(section, fromRecords)?.[1]).toBe(
      '900 requests, 0 × 429, 9.5 s (300 ms window; records 2.1 s); at 150 per 30 s: 3.3 min (computed)',
    );
    expect(row(section, 'profiles reconcile, 100,000 customers, a consent GET each')?.[1]).toBe(
      '100,900 requests, 0 × 429, 230.0 s (300 ms window); at 150 per 30 s: 6.0 h (computed)',
    );

    const doc = `${START}\n\n${section}\n\n${END}\n`;
    const alone = replaceRows(
      doc,
      reconcileRows({ ...reconcile, fromRecords: run(900, 8, 2, 190) }, '2026-12-04'),
    );
    const lines = alone.split('\n');
    expect(lines.filter((line) => line.startsWith('| profiles reconcile'))).toHaveLength(2);
    expect(alone).toContain('8.0 s (300 ms window; records 2.0 s)');
    expect(
      row(alone, 'profiles reconcile, 100,000 customers, a consent GET each (alone, 2026-12-04)'),
    ).toBeDefined();
    expect(alone).not.toContain('9.5 s');
    // Every other row as it was, the table padded again, the line above it kept.
    expect(row(alone, 'proxy: Workers upload, gzip')).toEqual(row(section, 'proxy: Workers upload, gzip'));
    expect(new Set(lines.filter((l) => l.startsWith('|')).map((l) => l.length)).size).toBe(1);
    expect(lines[2]).toBe(section.split('\n')[0]);
  });

  it('adds the first visit with data-regions="auto" beside the same tag without it, and a regions-only run replaces those rows in place', () => {
    const visit = (bytes: number, shownMs: number, cpuAddedMs: number, notices = 0) => ({
      bytes,
      shownMs,
      cpuAddedMs,
      notices,
      runs: 10,
    });
    const regions = {
      delayMs: 50,
      answer: 'US-CA',
      bareFcpMs: 110,
      visits: {
        ours: visit(9400, 150, 20),
        'ours-b': visit(9400, 160, 25),
        off: visit(10_900, 155, 24),
        berlin: visit(10_900, 120, 26),
        'los-angeles': visit(13_800, 210, 40, 10),
        utc: visit(13_800, 280, 42, 9),
      },
    };
    const section = figuresSection({ ...results(), regions });
    const berlin = `${REGIONS}, Europe/Berlin`;
    const lookup = `${REGIONS}, UTC, GET /region (US-CA after 50 ms)`;
    expect(row(section, `${berlin}: all bytes loaded, gzip`)?.slice(1)).toEqual([
      '10.64 KB (regions off: 10.64 KB)',
      '—',
      '—',
      '1.00×',
      '≤ 10 KB: not met',
    ]);
    expect(row(section, `${berlin}: navigation → banner visible`)?.slice(1)).toEqual([
      '120 ms (regions off, banner: 155 ms)',
      '—',
      '—',
      '0.94×',
      'first frame: ≤ bare page’s first paint (110 ms) + 16 ms: met',
    ]);
    expect(
      row(section, `${REGIONS}, America/Los_Angeles: main-thread CPU added over the bare page`)?.slice(1),
    ).toEqual(['40.0 ms (regions off: 24.0 ms)', '—', '—', '0.80×', '—']);
    expect(row(section, `${lookup}: navigation → opt-out notice visible`)?.[1]).toBe(
      '280 ms (regions off, banner: 155 ms, notice in 9/10 runs)',
    );
    // After the first visit's rows, before the proxy's.
    const figures = section.split('\n').map((line) => cells(line)?.[0]);
    expect(figures.indexOf(`${berlin}: all bytes loaded, gzip`)).toBe(
      figures.indexOf('Accept all → first gated script running, 4× CPU') + 1,
    );

    const doc = `${START}\n\n${section}\n\n${END}\n`;
    const alone = replaceRows(
      doc,
      regionsRows({ ...regions, visits: { ...regions.visits, berlin: visit(9000, 120, 20) } }, '2026-12-04'),
      REGIONS,
    );
    const lines = alone.split('\n');
    expect(lines.filter((line) => line.startsWith(`| ${REGIONS}`))).toHaveLength(8);
    expect(row(alone, `${berlin}: all bytes loaded, gzip (alone, 2026-12-04, 10 runs)`)?.[1]).toBe(
      '8.79 KB (regions off: 10.64 KB)',
    );
    // The same rows in the same order: the regional ones where they were, not moved to the end.
    const order = (text: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith('| ') && !line.startsWith('| -'))
        .map((line) => cells(line)?.[0]?.replace(/ \(alone.*/, ''));
    expect(order(alone)).toEqual(order(doc));
    expect(new Set(lines.filter((l) => l.startsWith('|')).map((l) => l.length)).size).toBe(1);
  });

  it('rewrites the returning visit’s rows alone, without 4× rows it did not measure, and says when the protocol was attached', () => {
    const figures = (r: BenchResults) =>
      figuresSection(r)
        .split('\n')
        .map((line) => cells(line)?.[0] ?? '')
        .filter((f) => f.startsWith(RETURNING));
    const withFourTimes = results();
    withFourTimes.visits['returning-4x'] = { runs: 10, uiLoaded: 0, figures: {} };
    expect(figures(withFourTimes)).toContain(
      'returning visit, 4× CPU: main-thread CPU added over the bare page',
    );
    expect(figures(results()).some((f) => f.includes('4×'))).toBe(false);

    const cdp = results();
    const returning = cdp.visits['returning-1x'];
    if (returning) returning.cdp = true;
    expect(figures(cdp)[0]).toBe('returning visit: bytes loaded, gzip (DevTools protocol attached)');

    const doc = `${START}\n\n${figuresSection(withFourTimes)}\n\n${END}\n`;
    const alone = replaceRows(doc, returningRows(results(), '2026-12-04'), RETURNING);
    expect(alone.split('\n').filter((line) => line.startsWith(`| ${RETURNING}`))).toHaveLength(5);
    expect(row(alone, 'returning visit: bytes loaded, gzip (alone, 2026-12-04, 10 runs)')?.[1]).toBe(
      '2.50 KB, no UI code',
    );
    expect(
      cells(alone.split('\n').find((line) => line.startsWith('| ') && !/^\| (figure|-)/.test(line)))?.[0],
    ).toBe('returning visit: bytes loaded, gzip (alone, 2026-12-04, 10 runs)');
  });

  it('finds its markers and its header in docs/performance.md', () => {
    const doc = readFileSync('docs/performance.md', 'utf8');
    const between = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END));
    const header = between.split('\n').find((line) => line.startsWith('|'));
    expect(cells(header)).toEqual(HEADER);
    expect(replaceBetweenMarkers(doc, between)).toBe(doc);
  });
});
