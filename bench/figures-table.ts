// The latest figures of `npm run bench` as one Markdown table in docs/performance.md, rewritten
// between two marker comments on every run, so the prose around it never has to change.
import { type LanguageBytes, languageSummary } from './languages';
import type { LoadBenchResult } from './load';
import type { ProxyBenchResult } from './proxy';
import type { ReconcileBenchResult } from './reconcile';
import type { RecordsBenchResult } from './records';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

/** The labels bench/run.ts records its browser figures under (and prints). */
export const LABEL = {
  bytes: 'all loaded, gzip',
  banner: 'navigation → banner visible',
  mainThread: 'main-thread time in banner scripts (trace)',
  mainThreadCpu: '  of it, CPU time (trace)',
  cls: 'layout shift (CLS)',
  acceptToGated: 'Accept all → gated script ran',
  mainCpuAdded: 'main-thread CPU added over the bare page (trace)',
  scriptCpuAdded: '  of it, script CPU (trace)',
  fcpLater: 'first contentful paint, later than the bare page',
  lcpLater: 'largest contentful paint, later than the bare page',
} as const;

export const HEADER = [
  'figure (1× CPU unless said)',
  'ours',
  'vanilla-cookieconsent 3',
  'ratio',
  'A/A',
  'budget',
];

export interface Stat {
  median: number;
  min: number;
  max: number;
}

/** One figure for our page, vanilla-cookieconsent's, and ours again (the A/A pair). */
export interface Compared {
  ours: Stat | null;
  vanilla: Stat | null;
  oursAgain: Stat | null;
}

export interface VisitFigures {
  figures: Record<string, Compared>;
  /** The bare page's own medians (returning visit), which the "added" and "later" figures are over. */
  bare?: Record<string, Stat | null>;
  /** Runs of our page in which any UI code loaded, out of `runs`. */
  uiLoaded: number;
  runs: number;
  /** Returning visit: measured through Playwright, the DevTools protocol attached (BENCH_RETURNING_CDP=1). */
  cdp?: boolean;
}

export type Visit = 'first-1x' | 'first-4x' | 'returning-1x' | 'returning-4x';

export interface BenchResults {
  /** YYYY-MM-DD. */
  date: string;
  runs: number;
  cores: number;
  seconds: number;
  visits: Partial<Record<Visit, VisitFigures>>;
  proxy: ProxyBenchResult | null;
  /** Consent records on each backend the bench ran (bench/records.ts). */
  records?: RecordsBenchResult[] | null;
  /** The proxy under load (bench/load.ts); absent from runs before it existed. */
  load?: LoadBenchResult | null;
  /** `profiles reconcile` with and without --from-records (bench/reconcile.ts). */
  reconcile?: ReconcileBenchResult | null;
  /** The first visit with regional rules on (bench/regions.ts); absent from runs before it existed. */
  regions?: RegionsFigures | null;
  /** The first visit in each language (bench/languages.ts); absent from runs before it existed. */
  languages?: LanguageBytes | null;
}

/** One page of the regional run: medians (bytes, ms), and in how many runs the opt-out notice showed. */
export interface RegionFigure {
  bytes: number | null;
  shownMs: number | null;
  cpuAddedMs: number | null;
  notices: number;
  runs: number;
}

export interface RegionsFigures {
  /** GET /region's fixed delay at the stand-in, ms. */
  delayMs: number;
  /** The stand-in's answer, as the figure names it (`US-CA`). */
  answer: string;
  /** The bare page's first contentful paint (median, ms): "the first frame" is judged against it. */
  bareFcpMs: number | null;
  /**
   * Ours as the first-visit rows load it and ours again (the A/A pair), the regional page's tag (with
   * `data-proxy-url`) with regional rules off, and the three regional visits.
   */
  visits: Record<'ours' | 'ours-b' | 'off' | 'berlin' | 'los-angeles' | 'utc', RegionFigure>;
}

type Side = 'ours' | 'vanilla' | 'oursAgain';
const KB = 1024;

const median = (r: BenchResults, visit: Visit, label: string, side: Side): number | null =>
  r.visits[visit]?.figures[label]?.[side]?.median ?? null;

const times = (a: number | null, b: number | null): string =>
  a === null || b === null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;

const ms = (x: number | null, digits = 1) => (x === null ? '—' : `${x.toFixed(digits)} ms`);
const verdict = (text: string, met: boolean | null) =>
  met === null ? `${text}: not measured` : `${text}: ${met ? 'met' : 'not met'}`;

type Row = [figure: string, ours: string, vanilla: string, ratio: string, aa: string, budget: string];
/** The budget cell, from our median and our ratio to vanilla-cookieconsent's. */
type Budget = (ours: number | null, ratio: number | null) => string;

/** A figure of one visit: the three medians, formatted, and the two ratios. */
function browserRow(
  r: BenchResults,
  visit: Visit,
  figure: string,
  label: string,
  show: (x: number | null) => string,
  budget: Budget = () => '—',
): Row {
  const get = (side: Side) => median(r, visit, label, side);
  const [ours, vanilla, again] = [get('ours'), get('vanilla'), get('oursAgain')];
  const ratio = ours !== null && vanilla ? ours / vanilla : null;
  return [figure, show(ours), show(vanilla), times(ours, vanilla), times(ours, again), budget(ours, ratio)];
}

/**
 * A figure with a part of it in brackets (CPU within the main thread's time, script within all the CPU
 * added), ours beside vanilla-cookieconsent's, their ratios, and the budget's verdict on the whole.
 */
function pairRow(
  r: BenchResults,
  visit: Visit,
  figure: string,
  [whole, part, partName]: [string, string, string],
  budget: Budget,
): Row {
  const get = (label: string, side: Side) => median(r, visit, label, side);
  const cell = (side: Side) => {
    const all = get(whole, side);
    const sub = get(part, side);
    return all === null ? '—' : sub === null ? ms(all) : `${ms(all)} (${partName} ${ms(sub)})`;
  };
  const ratio = (side: Side) => {
    const all = times(get(whole, 'ours'), get(whole, side));
    const sub = times(get(part, 'ours'), get(part, side));
    return sub === '—' ? all : `${all} (${partName} ${sub})`;
  };
  const ours = get(whole, 'ours');
  const vanilla = get(whole, 'vanilla');
  return [
    figure,
    cell('ours'),
    cell('vanilla'),
    ratio('vanilla'),
    ratio('oursAgain'),
    budget(ours, ours !== null && vanilla ? ours / vanilla : null),
  ];
}

/** Main-thread time in the banner's scripts, with its CPU part. */
const mainThreadRow = (r: BenchResults, visit: Visit, figure: string, budget: Budget = () => '—'): Row =>
  pairRow(r, visit, figure, [LABEL.mainThread, LABEL.mainThreadCpu, 'CPU'], budget);

/** Main-thread CPU added over the bare page, with the script part of it beside it. */
const addedRow = (r: BenchResults, visit: Visit, figure: string, budget: Budget = () => '—'): Row =>
  pairRow(r, visit, figure, [LABEL.mainCpuAdded, LABEL.scriptCpuAdded, 'script'], budget);

const signedMs = (x: number | null) =>
  x === null ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(0)} ms`;

/**
 * A paint later than the bare page's (ms, medians): a ratio of two such small differences says nothing,
 * so the A/A cell is the difference itself, ours again minus ours.
 */
function laterRow(r: BenchResults, visit: Visit, figure: string, label: string, bareKey: string): Row {
  const get = (side: Side) => median(r, visit, label, side);
  const [ours, vanilla, again] = [get('ours'), get('vanilla'), get('oursAgain')];
  const bare = r.visits[visit]?.bare?.[bareKey]?.median ?? null;
  return [
    bare === null ? figure : `${figure} (${ms(bare, 0)})`,
    signedMs(ours),
    signedMs(vanilla),
    '—',
    again === null || ours === null ? '—' : signedMs(again - ours),
    atMost('≤ 16 ms', 16)(ours, null),
  ];
}

const wholeMs = (x: number | null) => ms(x, 0);
const kb = (x: number | null) => (x === null ? '—' : `${x.toFixed(2)} KB`);
const cls = (x: number | null) => (x === null ? '—' : String(Number(x.toFixed(3))));
const atMost =
  (text: string, limit: number): Budget =>
  (ours) =>
    verdict(text, ours === null ? null : ours <= limit);
const halfOfTheirs: Budget = (_, ratio) => verdict('≤ 0.5×', ratio === null ? null : ratio <= 0.5);

export const RETURNING = 'returning visit';

/**
 * The returning visit's rows; the 4× CPU ones only when measured (that takes the DevTools protocol). A
 * run with the protocol attached says so in each row, and `alone` is the date of a BENCH_ONLY=returning run.
 */
export function returningRows(r: BenchResults, alone?: string): Row[] {
  const returning = r.visits['returning-1x'];
  const bytes = browserRow(
    r,
    'returning-1x',
    'returning visit: bytes loaded, gzip',
    LABEL.bytes,
    kb,
    (ours) =>
      verdict(
        '≤ 3 KB, no UI code',
        ours === null || !returning ? null : ours * KB <= 3000 && returning.uiLoaded === 0,
      ),
  );
  if (returning) {
    bytes[1] +=
      returning.uiLoaded === 0 ? ', no UI code' : `, UI code in ${returning.uiLoaded}/${returning.runs} runs`;
  }
  const rows = [
    bytes,
    addedRow(r, 'returning-1x', 'returning visit: main-thread CPU added over the bare page', (_, ratio) =>
      verdict('≤ 0.3×', ratio === null ? null : ratio <= 0.3),
    ),
    laterRow(
      r,
      'returning-1x',
      'returning visit: first contentful paint, later than the bare page’s',
      LABEL.fcpLater,
      'fcp',
    ),
    laterRow(r, 'returning-1x', 'returning visit: LCP, later than the bare page’s', LABEL.lcpLater, 'lcp'),
    mainThreadRow(r, 'returning-1x', 'returning visit: main-thread time in the banner’s scripts'),
    ...(r.visits['returning-4x']
      ? [
          addedRow(r, 'returning-4x', 'returning visit, 4× CPU: main-thread CPU added over the bare page'),
          mainThreadRow(
            r,
            'returning-4x',
            'returning visit, 4× CPU: main-thread time in the banner’s scripts',
          ),
        ]
      : []),
  ];
  const notes = [
    returning?.cdp ? 'DevTools protocol attached' : null,
    alone ? `alone, ${alone}, ${returning?.runs ?? 0} runs` : null,
  ].filter(Boolean);
  if (notes.length) for (const row of rows) row[0] += ` (${notes.join(', ')})`;
  return rows;
}

/** The rows of the table, in the order a merchant asks about them: returning visit, first visit, proxy. */
export function figureRows(r: BenchResults): Row[] {
  const p = r.proxy;
  return [
    ...returningRows(r),
    browserRow(r, 'first-1x', 'first visit: all bytes loaded, gzip (JS + CSS)', LABEL.bytes, kb, (ours) =>
      verdict('≤ 10 KB', ours === null ? null : ours * KB <= 10_000),
    ),
    ...languagesRow(r.languages ?? null),
    browserRow(
      r,
      'first-1x',
      'first visit: navigation → banner visible',
      LABEL.banner,
      wholeMs,
      halfOfTheirs,
    ),
    browserRow(r, 'first-4x', 'first visit, 4× CPU: navigation → banner visible', LABEL.banner, wholeMs),
    mainThreadRow(r, 'first-1x', 'first visit: main-thread time in the banner’s scripts', halfOfTheirs),
    mainThreadRow(r, 'first-4x', 'first visit, 4× CPU: main-thread time in the banner’s scripts'),
    browserRow(r, 'first-1x', 'layout shift caused', LABEL.cls, cls, atMost('0', 0)),
    browserRow(
      r,
      'first-1x',
      'Accept all → first gated script running',
      LABEL.acceptToGated,
      ms,
      atMost('≤ 16 ms', 16),
    ),
    browserRow(r, 'first-4x', 'Accept all → first gated script running, 4× CPU', LABEL.acceptToGated, ms),
    ...(r.regions ? regionsRows(r.regions) : []),
    [
      `proxy: latency added over a direct BigCommerce call (Node, ${p?.requests ?? '—'} requests)`,
      p ? `${ms(p.addedMs.median, 2)} median, ${ms(p.addedMs.p99)} p99` : '—',
      '—',
      '—',
      '—',
      verdict('≤ 2 ms median', p ? p.addedMs.median <= 2 : null),
    ],
    [
      'proxy: Workers upload, gzip',
      p ? `${(p.workerGzipBytes / KB).toFixed(1)} KB` : '—',
      '—',
      '—',
      '—',
      verdict('≤ 30 KB', p ? p.workerGzipBytes <= 30 * KB : null),
    ],
    ...(r.records ?? []).flatMap(recordsRows),
    ...loadRows(r.load ?? null),
    ...(r.reconcile ? reconcileRows(r.reconcile) : []),
  ];
}

/** The first visit in every language: the lightest and the heaviest, and how many are within the budget. */
function languagesRow(l: LanguageBytes | null): Row[] {
  const s = l && languageSummary(l, 10_000);
  if (!l || !s) return [];
  const missing = Object.entries(l).filter(([, x]) => !x.ownFile);
  const name = ([lang, bytes]: [string, number]) => `${lang} ${kb(bytes / KB)}`;
  return [
    [
      `first visit: all bytes loaded, gzip, in each of the ${s.all} languages (one load each)`,
      `${name(s.lightest)} to ${name(s.heaviest)}${missing.length ? `; own file not loaded: ${missing.map(([x]) => x).join(', ')}` : ''}`,
      '—',
      '—',
      '—',
      verdict('≤ 10 KB in every language', s.within === s.all && missing.length === 0),
    ],
  ];
}

/** Consent records' writes and export on one backend (bench/records.ts). */
const recordsRows = (w: RecordsBenchResult): Row[] => [
  [
    `consent records written, Node + ${w.backend} (proxy in its own process)`,
    `${Math.round(w.writesPerSecond)}/s (${w.inFlight} in flight); at ${w.rate}/s: ${ms(w.p50Ms, 2)} median, ${ms(w.p99Ms)} p99`,
    '—',
    '—',
    '—',
    verdict('≥ 500/s, p99 ≤ 25 ms', w.writesPerSecond >= 500 && w.p99Ms <= 25),
  ],
  [
    `records export of ${w.exportRecords.toLocaleString('en')} records, Node + ${w.backend}`,
    `first byte ${ms(w.exportFirstByteMs, 0)}, all in ${(w.exportTotalMs / 1000).toFixed(1)} s, proxy peak ${Math.round(w.proxyPeakMb)} MB`,
    '—',
    '—',
    '—',
    verdict(
      '≤ 1 s, ≤ 30 s, ≤ 100 MB',
      w.exportFirstByteMs <= 1000 && w.exportTotalMs <= 30_000 && w.proxyPeakMb <= 100,
    ),
  ],
];

export const REGIONS = 'first visit, data-regions="auto"';

/**
 * The first visit with regional rules on, beside the same tag with them off in the same run (in the cell),
 * the A/A pair of that run, and the budgets docs/regions.md keeps: a `Europe/*` zone's first visit as without
 * regional rules (≤ 10 KB, the banner in the first frame); none for the zone table's or GET /region's.
 * `alone` is the date of a BENCH_ONLY=regions run.
 */
export function regionsRows(x: RegionsFigures, alone?: string): Row[] {
  const when = alone ? ` (alone, ${alone}, ${x.visits.off.runs} runs)` : '';
  const off = x.visits.off;
  const [ours, again] = [x.visits.ours, x.visits['ours-b']];
  const aa = {
    bytes: times(ours.bytes, again.bytes),
    shown: times(ours.shownMs, again.shownMs),
    cpu: times(ours.cpuAddedMs, again.cpuAddedMs),
  };
  const bytes = (v: RegionFigure) => `${kb(kbOf(v.bytes))} (regions off: ${kb(kbOf(off.bytes))})`;
  // What showed, said when it was not what the visit shows in every run.
  const shown = (v: RegionFigure, expected: 'banner' | 'notice') => {
    const count = expected === 'notice' ? v.notices : v.runs - v.notices;
    const what = count === v.runs ? '' : `, ${expected} in ${count}/${v.runs} runs`;
    return `${wholeMs(v.shownMs)} (regions off, banner: ${wholeMs(off.shownMs)}${what})`;
  };
  const cpu = (v: RegionFigure) => `${ms(v.cpuAddedMs)} (regions off: ${ms(off.cpuAddedMs)})`;
  const berlin = x.visits.berlin;
  const la = x.visits['los-angeles'];
  const utc = x.visits.utc;
  const firstFrame = x.bareFcpMs === null ? null : x.bareFcpMs + 16;
  const row = (place: string, figure: string, cell: string, a: string, budget = '—'): Row => [
    `${REGIONS}, ${place}: ${figure}${when}`,
    cell,
    '—',
    '—',
    a,
    budget,
  ];
  const lookup = `UTC, GET /region (${x.answer} after ${x.delayMs} ms)`;
  return [
    row(
      'Europe/Berlin',
      'all bytes loaded, gzip',
      bytes(berlin),
      aa.bytes,
      verdict('≤ 10 KB', berlin.bytes === null ? null : berlin.bytes <= 10_000),
    ),
    row(
      'Europe/Berlin',
      'navigation → banner visible',
      shown(berlin, 'banner'),
      aa.shown,
      verdict(
        `first frame: ≤ bare page’s first paint${firstFrame === null ? '' : ` (${wholeMs(x.bareFcpMs)})`} + 16 ms`,
        berlin.shownMs === null || firstFrame === null ? null : berlin.shownMs <= firstFrame,
      ),
    ),
    row('America/Los_Angeles', 'all bytes loaded, gzip', bytes(la), aa.bytes),
    row('America/Los_Angeles', 'navigation → opt-out notice visible', shown(la, 'notice'), aa.shown),
    row('America/Los_Angeles', 'main-thread CPU added over the bare page', cpu(la), aa.cpu),
    row(lookup, 'all bytes loaded, gzip', bytes(utc), aa.bytes),
    row(lookup, 'navigation → opt-out notice visible', shown(utc, 'notice'), aa.shown),
    row(lookup, 'main-thread CPU added over the bare page', cpu(utc), aa.cpu),
  ];
}

const kbOf = (bytes: number | null) => (bytes === null ? null : bytes / KB);

const RECONCILE = 'profiles reconcile';

/** Seconds as a person reads them: 9.5 s, 3.2 min, 6.0 h. */
export const duration = (seconds: number): string =>
  seconds < 120
    ? `${seconds.toFixed(1)} s`
    : seconds < 7200
      ? `${(seconds / 60).toFixed(1)} min`
      : `${(seconds / 3600).toFixed(1)} h`;

/** Both ways of reading consent, on the same store; `alone` is the date of a BENCH_ONLY=reconcile run. */
export function reconcileRows(x: ReconcileBenchResult, alone?: string): Row[] {
  const n = x.customers.toLocaleString('en');
  const when = alone ? ` (alone, ${alone})` : '';
  const cell = (run: ReconcileBenchResult['bigCommerce'], records: string) =>
    `${run.requests.toLocaleString('en')} requests, ${run.tooMany} × 429, ${run.seconds.toFixed(1)} s (${x.windowMs} ms window${records}); at 150 per 30 s: ${duration(run.computedRealSeconds)} (computed)`;
  const none = ['—', '—', '—', '—'] as const;
  return [
    [`${RECONCILE}, ${n} customers, a consent GET each${when}`, cell(x.bigCommerce, ''), ...none],
    [
      `${RECONCILE} --from-records, ${n} customers, ${x.records.toLocaleString('en')} records${when}`,
      cell(x.fromRecords, `; records ${x.fromRecords.recordsSeconds.toFixed(1)} s`),
      ...none,
    ],
  ];
}

/**
 * The table between the markers with the rows whose figure starts with `prefix` (`profiles reconcile`
 * unless said) replaced by `rows`, where the first of them was (else at the end); the rest kept.
 */
export function replaceRows(doc: string, rows: Row[], prefix = RECONCILE): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end < start) throw new Error(`expected one ${START} followed by one ${END}`);
  const section = doc
    .slice(start + START.length, end)
    .trim()
    .split('\n');
  const table = section.filter((line) => line.startsWith('|'));
  const cells = (line: string) =>
    line
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim());
  const old = table.slice(2).map(cells);
  const at = old.findIndex((row) => row[0]?.startsWith(prefix));
  const kept = old.filter((row) => !row[0]?.startsWith(prefix));
  kept.splice(at === -1 ? kept.length : at, 0, ...rows);
  const intro = section.filter((line) => !line.startsWith('|'));
  const header = table[0] ? cells(table[0]) : HEADER;
  return replaceBetweenMarkers(doc, [...intro, markdownTable(header, kept)].join('\n'));
}

/** Requests/s and p50/p99 per route, memory after the long run, and the fault run's counts. */
function loadRows(l: LoadBenchResult | null): Row[] {
  if (!l) return [];
  const none = ['—', '—', '—'] as const;
  const f = l.fault;
  return [
    ...l.routes.map(
      (route): Row => [
        `proxy under load (Node, ${route.requests} requests): ${route.label}`,
        `${route.rps.toFixed(0)} req/s, p50 ${ms(route.p50)}, p99 ${ms(route.p99)}`,
        ...none,
        '—',
      ],
    ),
    [
      `proxy memory (RSS) after ${l.memory.requests} requests from ${l.memory.customers} customers`,
      `${l.memory.rssBeforeMb.toFixed(0)} MB before, ${l.memory.rssAfterMb.toFixed(0)} MB after`,
      ...none,
      'bounded (limits and cache: 10,000 customers each)',
    ],
    [
      `proxy fault run: ${f.seconds} s, BigCommerce failing 30 % of calls`,
      `${f.requests} answers: ${f.ok} correct, ${f.unavailable} 503/504, ${f.wrong} wrong; ${f.putOk} saves, ${f.bcPutOk} at BigCommerce, ${f.saved} logged; ${f.stayedUp ? 'stayed up' : 'went down'}`,
      ...none,
      verdict(
        'no wrong answer, nothing saved twice, up',
        f.wrong === 0 && f.bcPutOk === f.putOk && f.saved === f.putOk && f.stayedUp,
      ),
    ],
  ];
}

/** A Markdown table padded as Biome formats it, so the rewritten file passes `biome check`. */
export function markdownTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(3, ...all.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${widths.map((w, i) => (row[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...all.slice(1).map(line)].join('\n');
}

/** What goes between the markers: when and how it was measured, then the table. */
export function figuresSection(r: BenchResults): string {
  const whole = Math.round(r.seconds);
  const took = `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return [
    `Measured ${r.date}: ${r.runs} runs per figure on ${r.cores} cores, ${took} in all; medians; ratio is ours/theirs, A/A is ours/ours again (for a paint, ours again minus ours); “added” and “later” are over the bare page without a banner, in the same run; 1 KB = 1024 bytes.`,
    '',
    markdownTable(HEADER, figureRows(r)),
  ].join('\n');
}

/** `doc` with everything between the two markers replaced by `section`; the rest byte for byte. */
export function replaceBetweenMarkers(doc: string, section: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  const once = doc.indexOf(START, start + 1) === -1 && doc.indexOf(END, end + 1) === -1;
  if (start === -1 || end < start || !once) {
    throw new Error(`expected one ${START} followed by one ${END}`);
  }
  return `${doc.slice(0, start + START.length)}\n\n${section.trim()}\n\n${doc.slice(end)}`;
}
