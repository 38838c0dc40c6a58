// `npm run bench`: our widget beside vanilla-cookieconsent 3 in headless Chromium, alternating
// fresh browser contexts, at 1× and 4× CPU (BENCH_CPU), for a first visit, and a returning visit in a
// Chromium of its own per sample with no DevTools protocol, at 1× (bench/returning-shopper.ts; alone,
// with any loading modes or boot variants: BENCH_ONLY=returning, which rewrites its own rows);
// then the proxy and a 5-page `storefront-consent scan` of the demo store (BENCH_ONLY=scan runs just
// the last), the consent records' writes and export (BENCH_ONLY=records), the proxy under load
// (BENCH_ONLY=load) and `profiles reconcile` with and without --from-records (BENCH_ONLY=reconcile,
// which rewrites its own rows of the table alone). The first visit with regional rules on (bench/regions.ts)
// runs after the first visits; BENCH_ONLY=regions runs it alone and rewrites only its rows. Between them, a
// first visit in each of the banner's languages (bench/languages.ts; BENCH_ONLY=languages prints it alone).
// Prints medians with min and max and the ratio ours/theirs, plus an A/A pair (ours twice), then
// rewrites the table of latest figures in docs/performance.md.
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/chromium';
import {
  type BenchResults,
  figuresSection,
  LABEL,
  REGIONS,
  RETURNING,
  type RegionFigure,
  type RegionsFigures,
  reconcileRows,
  regionsRows,
  replaceBetweenMarkers,
  replaceRows,
  returningRows,
  type Visit,
  type VisitFigures,
} from './figures-table';
import { type LanguageBytes, languagePages } from './languages';
import { runLoadBench } from './load';
import type { Candidate } from './pages';
import { runProxyBench } from './proxy';
import { runReconcileBench } from './reconcile';
import { runRecordsBenches } from './records';
import {
  measureRegionVisit,
  REGION_ANSWER,
  REGION_VISITS,
  type RegionSample,
  regionDelayMs,
  regionsPages,
  startRegionStandIn,
} from './regions';
import { extraReturningPages, measureReturning, type ReturningPage, type ReturningSample } from './returning';
import { startReturningServer, type Tab } from './returning-shopper';
import { runScanBench } from './scan';
import { measure, type Sample, startBenchServer } from './widget';

// Ten alternating runs per figure keep the whole bench under five minutes on two cores.
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const CANDIDATES = ['none', 'ours', 'vanilla', 'ours-b'] as const;
type Name = (typeof CANDIDATES)[number];
/** BENCH_CPU (default 1,4): the CPU slowdowns the browser figures are measured at. */
const cpuRates = () => (process.env.BENCH_CPU ?? '1,4').split(',').map(Number);
/** BENCH_VISITS_BEFORE (default 1): page loads before the measured returning visit, the first accepting. */
const visitsBefore = Number(process.env.BENCH_VISITS_BEFORE ?? 1);
/** BENCH_RETURNING_PHASES=1: the boot's main-thread time phase by phase (bench/returning.ts, bootPhases). */
const phases = process.env.BENCH_RETURNING_PHASES === '1';
/**
 * BENCH_RETURNING_CDP=1: the returning visit through Playwright, with the DevTools protocol attached, as
 * it was measured before bench/returning-shopper.ts; the only way to measure it at 4× CPU.
 */
const returningCdp = process.env.BENCH_RETURNING_CDP === '1';
/** BENCH_RETURNING_TAB (default new): how the measured visit opens without the protocol (returning-shopper.ts, Tab). */
const returningTab = (process.env.BENCH_RETURNING_TAB ?? 'new') as Tab;
if (!['new', 'same'].includes(returningTab))
  throw new Error(`BENCH_RETURNING_TAB: expected new or same, got "${returningTab}"`);

interface Stat {
  median: number;
  min: number;
  max: number;
}

const stat = (xs: number[]): Stat | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { median, min: s[0] as number, max: s[s.length - 1] as number };
};

const fmt = (x: Stat | null, unit: string, digits = 1) =>
  x ? `${x.median.toFixed(digits)}${unit} (${x.min.toFixed(digits)}–${x.max.toFixed(digits)})` : '—';
const ratio = (a: Stat | null, b: Stat | null) =>
  a && b && b.median !== 0 ? `${(a.median / b.median).toFixed(2)}×` : a && b && a.median === 0 ? '0' : '—';

function table(title: string, rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  console.log(`\n${title}`);
  rows.forEach((r, i) => {
    console.log(`| ${r.map((c, j) => c.padEnd(widths[j] ?? 0)).join(' | ')} |`);
    if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  });
}

/** Our page, theirs and ours again: the columns every figure has. */
function compared<T>(samples: Record<string, T[]>, f: (s: T) => number | null) {
  const fig = (name: string) => stat((samples[name] ?? []).map(f).filter((x): x is number => x !== null));
  return { ours: fig('ours'), vanilla: fig('vanilla'), oursAgain: fig('ours-b') };
}

/** The first visit, at 1× and 4× CPU: banner time, bytes, main-thread time, layout shift, Accept all. */
async function firstVisits(browser: Browser, url: string, visits: BenchResults['visits']): Promise<void> {
  for (const cpu of cpuRates()) {
    const samples: Record<Name, Sample[]> = { none: [], ours: [], vanilla: [], 'ours-b': [] };
    for (let i = 0; i < RUNS; i++) {
      // Rotate the order so no candidate always runs first (warm caches, CPU boost).
      for (let k = 0; k < CANDIDATES.length; k++) {
        const name = CANDIDATES[(i + k) % CANDIDATES.length] as Name;
        samples[name].push(await measure(browser, url, `/${name}`, { cpu }));
      }
    }
    const base = stat(samples.none.map((s) => s.taskMs))?.median ?? 0;
    const figures: [string, (s: Sample) => number | null, string, number][] = [
      ['JS loaded, gzip', (s) => s.jsGzip / 1024, ' KB', 2],
      ['CSS loaded, gzip', (s) => s.cssGzip / 1024, ' KB', 2],
      [LABEL.bytes, (s) => (s.jsGzip + s.cssGzip) / 1024, ' KB', 2],
      ['all loaded, raw', (s) => (s.jsRaw + s.cssRaw) / 1024, ' KB', 2],
      [LABEL.banner, (s) => s.bannerMs, ' ms', 1],
      [LABEL.mainThread, (s) => s.ownMs, ' ms', 2],
      [LABEL.mainThreadCpu, (s) => s.ownCpuMs, ' ms', 2],
      ['main-thread time added over no banner', (s) => s.taskMs - base, ' ms', 1],
      [LABEL.cls, (s) => s.cls, '', 3],
      [LABEL.acceptToGated, (s) => s.gatedMs, ' ms', 1],
    ];
    const rows = [['figure', 'ours', 'vanilla-cookieconsent', 'ours/theirs', 'A/A (ours/ours)']];
    const record: VisitFigures = { figures: {}, uiLoaded: 0, runs: samples.ours.length };
    for (const [label, f, unit, digits] of figures) {
      const c = compared(samples, f);
      rows.push([
        label,
        fmt(c.ours, unit, digits),
        fmt(c.vanilla, unit, digits),
        ratio(c.ours, c.vanilla),
        ratio(c.ours, c.oursAgain),
      ]);
      record.figures[label] = c;
    }
    record.uiLoaded = samples.ours.filter((s) => s.uiLoaded).length;
    table(
      `First visit, ${cpu}× CPU, ${RUNS} runs each; baseline page main-thread ${base.toFixed(1)} ms`,
      rows,
    );
    visits[`first-${cpu}x` as Visit] = record;
  }
}

/** The first visit in each language, one load each (bytes do not vary): what it loaded, and its own file. */
async function languageVisits(browser: Browser, url: string): Promise<LanguageBytes> {
  const result: LanguageBytes = {};
  for (const path of Object.keys(languagePages())) {
    const lang = path.slice('/lang/'.length);
    const s = await measure(browser, url, path, { cpu: 1 });
    // English is in the module itself; every other language loads its own file.
    result[lang] = {
      bytes: s.jsGzip + s.cssGzip,
      ownFile: lang === 'en' || s.files.some((f) => f.endsWith(`/i18n/${lang}.js`)),
    };
  }
  const rows = [['language', 'all loaded, gzip', 'its own file loaded']];
  for (const [lang, x] of Object.entries(result)) rows.push([lang, `${x.bytes} B`, x.ownFile ? 'yes' : 'NO']);
  table('First visit per language, 1× CPU, one load each', rows);
  return result;
}

/** The boot's phases (BENCH_RETURNING_PHASES=1), thread time: rows printed, never written to the docs. */
const PHASE_ROWS: [string, (s: ReturningSample) => number | null, string, number][] = (
  [
    ['evaluate', 'boot: its script evaluated (CPU)'],
    ['compile', '  of it, compile on the main thread'],
    ['run', '  of it, run'],
    ['sourcePositions', '    of the run, V8 collecting source positions'],
    ['produceCache', '  of it, code cache written'],
    ['callbacks', 'boot: its callbacks after (CPU)'],
  ] as const
).map(([key, label]) => [label, (s) => s.phases?.[key] ?? null, ' ms', 2]);

/**
 * The returning visit (bench/returning.ts), at 1× and 4× CPU: the bare page, ours, vanilla-cookieconsent,
 * ours again, and any loading modes or boot variants asked for, interleaved in the same run.
 */
async function returningVisits(
  browser: Browser | null,
  url: string,
  extra: { pages: ReturningPage[]; folders: Record<string, string> },
  visits: BenchResults['visits'],
): Promise<void> {
  // Without the protocol, each sample is a Chromium of its own on a server of this run's pages.
  const shopper = returningCdp
    ? null
    : await startReturningServer(
        Object.fromEntries(extra.pages.map((p) => [`/${p.name}`, p.html])),
        extra.folders,
      );
  try {
    const rates = cpuRates().filter((cpu) => returningCdp || cpu === 1);
    if (rates.length < cpuRates().length) {
      console.log(
        '\nReturning visit at 1× CPU only: throttling takes the DevTools protocol (BENCH_RETURNING_CDP=1)',
      );
    }
    for (const cpu of rates) {
      const measure = (name: string, candidate: Candidate) => {
        if (shopper) return shopper.measure(name, candidate, { tab: returningTab, visitsBefore, phases });
        if (!browser) throw new Error('bench: the returning visit with the protocol needs a browser');
        return measureReturning(browser, url, `/${name}`, candidate, { cpu, visitsBefore, phases });
      };
      await returningVisitsAt(cpu, extra.pages, measure, visits);
    }
  } finally {
    await shopper?.close();
  }
}

/** One CPU rate of returningVisits: every page once a run, in a rotating order; a missing sample said. */
async function returningVisitsAt(
  cpu: number,
  extra: ReturningPage[],
  measure: (name: string, candidate: Candidate) => Promise<ReturningSample | null>,
  visits: BenchResults['visits'],
): Promise<void> {
  const pages = [
    ...(['none', 'ours', 'vanilla', 'ours-b'] as const).map((name) => ({
      name,
      candidate: name === 'ours-b' ? ('ours' as const) : name,
    })),
    ...extra,
  ];
  {
    const samples: Record<string, ReturningSample[]> = Object.fromEntries(pages.map((p) => [p.name, []]));
    const missing: Record<string, number> = {};
    for (let i = 0; i < RUNS; i++) {
      for (let k = 0; k < pages.length; k++) {
        const page = pages[(i + k) % pages.length] as (typeof pages)[number];
        const sample = await measure(page.name, page.candidate);
        if (sample) samples[page.name]?.push(sample);
        else missing[page.name] = (missing[page.name] ?? 0) + 1;
      }
    }
    const of = (name: string, f: (s: ReturningSample) => number | null) =>
      stat((samples[name] ?? []).map(f).filter((x): x is number => x !== null));
    // "Added" is over the bare page's median in the same run: a ratio of two added figures is a ratio of medians.
    const over = (f: (s: ReturningSample) => number | null) => {
      const bare = of('none', f)?.median ?? null;
      return (s: ReturningSample) => {
        const x = f(s);
        return x === null || bare === null ? null : x - bare;
      };
    };
    const afterResponse = (f: (s: ReturningSample) => number | null) => (s: ReturningSample) => {
      const x = f(s);
      return x === null ? null : x - s.responseEndMs;
    };
    const figures: [string, (s: ReturningSample) => number | null, string, number][] = [
      [LABEL.bytes, (s) => s.gzip / 1024, ' KB', 2],
      [LABEL.mainCpuAdded, over((s) => s.mainCpuMs), ' ms', 2],
      [LABEL.scriptCpuAdded, over((s) => s.scriptCpuMs), ' ms', 2],
      [LABEL.mainThread, (s) => s.ownMs, ' ms', 2],
      [LABEL.mainThreadCpu, (s) => s.ownCpuMs, ' ms', 2],
      [LABEL.fcpLater, over(afterResponse((s) => s.fcpMs)), ' ms', 1],
      [LABEL.lcpLater, over(afterResponse((s) => s.lcpMs)), ' ms', 1],
      ['  the same from navigation start', over((s) => s.fcpMs), ' ms', 1],
      ['parser held (response end → domInteractive)', over((s) => s.parseMs), ' ms', 1],
      ['navigation → gated script ran', (s) => s.gatedMs, ' ms', 1],
      ...(phases ? PHASE_ROWS : []),
    ];
    const names = pages.map((p) => p.name).filter((n) => n !== 'none');
    const rows = [['figure', ...names, 'ours/theirs', 'A/A (ours/ours)']];
    const record: VisitFigures = { figures: {}, uiLoaded: 0, runs: samples.ours?.length ?? 0 };
    for (const [label, f, unit, digits] of figures) {
      const c = { ours: of('ours', f), vanilla: of('vanilla', f), oursAgain: of('ours-b', f) };
      const each = names.map((n) => fmt(of(n, f), unit, digits));
      rows.push([label, ...each, ratio(c.ours, c.vanilla), ratio(c.ours, c.oursAgain)]);
      record.figures[label] = c;
    }
    record.uiLoaded = (samples.ours ?? []).filter((s) => s.uiLoaded).length;
    if (returningCdp) record.cdp = true;
    record.bare = {
      mainCpu: of('none', (s) => s.mainCpuMs),
      scriptCpu: of('none', (s) => s.scriptCpuMs),
      fcp: of('none', (s) => s.fcpMs),
      lcp: of('none', (s) => s.lcpMs),
      responseEnd: of('none', (s) => s.responseEndMs),
    };
    const bareText = Object.entries(record.bare)
      .map(([k, x]) => `${k} ${fmt(x, ' ms')}`)
      .join(', ');
    const method = returningCdp ? 'DevTools protocol attached' : `no DevTools protocol, ${returningTab} tab`;
    const lost = Object.entries(missing).map(([name, n]) => `${name} ${n}`);
    table(
      `Returning visit (decision stored, HTTP cache warm; ${method}), ${cpu}× CPU, ${RUNS} runs each${
        lost.length ? ` (missing, timed out twice: ${lost.join(', ')})` : ''
      }; bare page: ${bareText}`,
      rows,
    );
    visits[`returning-${cpu}x` as Visit] = record;
  }
}

/**
 * The first visit with regional rules on (bench/regions.ts), at 1× CPU: the bare page, ours with them off
 * (twice, the A/A pair) and the three regional visits, interleaved; GET /region must be asked once per run
 * from UTC and never from the zones that settle the policy.
 */
async function regionVisits(
  browser: Browser,
  url: string,
  standIn: { asked(): number },
): Promise<RegionsFigures> {
  const samples: Record<string, RegionSample[]> = Object.fromEntries(REGION_VISITS.map((v) => [v.name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < REGION_VISITS.length; k++) {
      const visit = REGION_VISITS[(i + k) % REGION_VISITS.length] as (typeof REGION_VISITS)[number];
      samples[visit.name]?.push(await measureRegionVisit(browser, url, visit));
    }
  }
  if (standIn.asked() !== RUNS) {
    throw new Error(
      `bench: GET /region asked ${standIn.asked()} times in ${RUNS} runs, expected once a run (UTC)`,
    );
  }
  const of = (name: string, f: (s: RegionSample) => number | null) =>
    stat((samples[name] ?? []).map(f).filter((x): x is number => x !== null));
  const bareCpu = of('none', (s) => s.mainCpuMs)?.median ?? null;
  const cpuAdded = (s: RegionSample) => (bareCpu === null ? null : s.mainCpuMs - bareCpu);
  const figures: [string, (s: RegionSample) => number | null, string, number][] = [
    [LABEL.bytes, (s) => s.gzip / 1024, ' KB', 2],
    ['navigation → banner or notice visible', (s) => s.shownMs, ' ms', 1],
    [LABEL.mainCpuAdded, cpuAdded, ' ms', 2],
    ['first contentful paint', (s) => s.fcpMs, ' ms', 1],
  ];
  const names = REGION_VISITS.map((v) => v.name).filter((n) => n !== 'none');
  const rows = [['figure', ...names]];
  for (const [label, f, unit, digits] of figures)
    rows.push([label, ...names.map((n) => fmt(of(n, f), unit, digits))]);
  rows.push([
    'opt-out notice shown in',
    ...names.map(
      (n) =>
        `${(samples[n] ?? []).filter((s) => s.shown === 'notice').length}/${samples[n]?.length ?? 0} runs`,
    ),
  ]);
  const bare = `bare page: main-thread CPU ${fmt(
    of('none', (s) => s.mainCpuMs),
    ' ms',
  )}, first paint ${fmt(
    of('none', (s) => s.fcpMs),
    ' ms',
  )}`;
  table(
    `First visit, data-regions="auto" (off: the same tag without it), 1× CPU, ${RUNS} runs each; GET /region answers after ${regionDelayMs()} ms; ${bare}`,
    rows,
  );
  const figure = (name: string): RegionFigure => ({
    bytes: of(name, (s) => s.gzip)?.median ?? null,
    shownMs: of(name, (s) => s.shownMs)?.median ?? null,
    cpuAddedMs: of(name, cpuAdded)?.median ?? null,
    notices: (samples[name] ?? []).filter((s) => s.shown === 'notice').length,
    runs: samples[name]?.length ?? 0,
  });
  return {
    delayMs: regionDelayMs(),
    answer: REGION_ANSWER.region,
    bareFcpMs: of('none', (s) => s.fcpMs)?.median ?? null,
    visits: {
      ours: figure('ours'),
      'ours-b': figure('ours-b'),
      off: figure('off'),
      berlin: figure('berlin'),
      'los-angeles': figure('los-angeles'),
      utc: figure('utc'),
    },
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  if (process.env.BENCH_ONLY === 'scan') {
    await runScanBench();
    return;
  }
  if (process.env.BENCH_ONLY === 'records') {
    await runRecordsBenches();
    return;
  }
  if (process.env.BENCH_ONLY === 'load') {
    await runLoadBench();
    return;
  }
  if (process.env.BENCH_ONLY === 'reconcile') {
    const reconcile = await runReconcileBench();
    const doc = 'docs/performance.md';
    await writeFile(
      doc,
      replaceRows(
        await readFile(doc, 'utf8'),
        reconcileRows(reconcile, new Date().toISOString().slice(0, 10)),
      ),
    );
    console.log(`rewrote the profiles reconcile rows in ${doc}`);
    return;
  }
  const only = process.env.BENCH_ONLY;
  const extra = extraReturningPages(process.env);
  const standIn = await startRegionStandIn(regionDelayMs());
  const server = await startBenchServer(
    {
      ...Object.fromEntries(extra.pages.map((p) => [`/${p.name}`, p.html])),
      ...regionsPages(standIn.url),
      ...languagePages(),
    },
    extra.folders,
  );
  // vanilla-cookieconsent hides itself from automated browsers: measure both as a shopper sees them.
  // The returning visit without the protocol starts its own (bench/returning-shopper.ts).
  const browser =
    only === 'returning' && !returningCdp
      ? null
      : await launchChromium({ args: ['--disable-blink-features=AutomationControlled'] });
  const visits: BenchResults['visits'] = {};
  let regions: RegionsFigures | null = null;
  let languages: LanguageBytes | null = null;
  try {
    if (browser && !only) await firstVisits(browser, server.url, visits);
    if (browser && (!only || only === 'languages')) languages = await languageVisits(browser, server.url);
    if (browser && (!only || only === 'regions')) regions = await regionVisits(browser, server.url, standIn);
    if (!only || only === 'returning') await returningVisits(browser, server.url, extra, visits);
  } finally {
    await browser?.close();
    await server.close();
    await standIn.close();
  }
  // The languages alone print their table and rewrite nothing.
  if (only === 'languages') return;
  if (only === 'returning') {
    // Alone, as the table measures it (the floor pages beside it or not), it rewrites its own rows; with
    // loading modes, boot variants, its phases, more visits before, the same tab or the protocol
    // (experiments) it prints its table alone.
    const experiment =
      extra.pages.some((p) => !p.name.startsWith('floor-')) ||
      phases ||
      visitsBefore !== 1 ||
      returningTab !== 'new' ||
      returningCdp;
    if (experiment || !visits['returning-1x']) return;
    const doc = 'docs/performance.md';
    const date = new Date().toISOString().slice(0, 10);
    await writeFile(
      doc,
      replaceRows(await readFile(doc, 'utf8'), returningRows({ visits } as BenchResults, date), RETURNING),
    );
    console.log(`rewrote the returning visit's rows in ${doc}`);
    return;
  }
  if (only === 'regions' && regions) {
    const doc = 'docs/performance.md';
    const date = new Date().toISOString().slice(0, 10);
    await writeFile(doc, replaceRows(await readFile(doc, 'utf8'), regionsRows(regions, date), REGIONS));
    console.log(`rewrote the data-regions="auto" rows in ${doc}`);
    return;
  }
  const proxy = await runProxyBench();
  const records = await runRecordsBenches();
  const load = await runLoadBench();
  const reconcile = await runReconcileBench();
  await runScanBench();
  const seconds = (Date.now() - started) / 1000;
  console.log(`\nbench finished in ${seconds.toFixed(0)} s`);
  const date = new Date().toISOString().slice(0, 10);
  const section = figuresSection({
    date,
    runs: RUNS,
    cores: availableParallelism(),
    seconds,
    visits,
    proxy,
    records,
    load,
    reconcile,
    regions,
    languages,
  });
  // npm runs scripts from the package root.
  const doc = 'docs/performance.md';
  await writeFile(doc, replaceBetweenMarkers(await readFile(doc, 'utf8'), section));
  console.log(`rewrote the latest figures in ${doc}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
