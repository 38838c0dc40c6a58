// `npm run bench`: our widget beside vanilla-cookieconsent 3 in headless Chromium, alternating
// fresh browser contexts, at 1× and 4× CPU, for a first and a returning visit; then the proxy and a
// 5-page `storefront-consent scan` of the demo store (BENCH_ONLY=scan runs just the last), the
// consent records' writes and export (BENCH_ONLY=records), the proxy under load (BENCH_ONLY=load) and
// `profiles reconcile` with and without --from-records (BENCH_ONLY=reconcile, which rewrites its own
// rows of the table alone).
// Prints medians with min and max and the ratio ours/theirs, plus an A/A pair (ours twice), then
// rewrites the table of latest figures in docs/performance.md.
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { launchChromium } from '../scripts/chromium';
import {
  type BenchResults,
  figuresSection,
  LABEL,
  reconcileRows,
  replaceBetweenMarkers,
  replaceRows,
  type Visit,
  type VisitFigures,
} from './figures-table';
import { runLoadBench } from './load';
import { runProxyBench } from './proxy';
import { runReconcileBench } from './reconcile';
import { runRecordsBench } from './records';
import { runScanBench } from './scan';
import { measure, type Sample, startBenchServer } from './widget';

// Ten alternating runs per figure keep the whole bench under five minutes on two cores.
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const CANDIDATES = ['none', 'ours', 'vanilla', 'ours-b'] as const;
type Name = (typeof CANDIDATES)[number];

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

async function main(): Promise<void> {
  const started = Date.now();
  if (process.env.BENCH_ONLY === 'scan') {
    await runScanBench();
    return;
  }
  if (process.env.BENCH_ONLY === 'records') {
    await runRecordsBench();
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
  const server = await startBenchServer();
  // vanilla-cookieconsent hides itself from automated browsers: measure both as a shopper sees them.
  const browser = await launchChromium({ args: ['--disable-blink-features=AutomationControlled'] });
  const visits: BenchResults['visits'] = {};
  try {
    for (const returning of [false, true]) {
      for (const cpu of [1, 4]) {
        const samples: Record<Name, Sample[]> = { none: [], ours: [], vanilla: [], 'ours-b': [] };
        for (let i = 0; i < RUNS; i++) {
          // Rotate the order so no candidate always runs first (warm caches, CPU boost).
          for (let k = 0; k < CANDIDATES.length; k++) {
            const name = CANDIDATES[(i + k) % CANDIDATES.length] as Name;
            if (returning && name === 'none') {
              samples.none.push(await measure(browser, server.url, '/none', { returning: false, cpu }));
            } else {
              samples[name].push(await measure(browser, server.url, `/${name}`, { returning, cpu }));
            }
          }
        }
        const base = stat(samples.none.map((s) => s.taskMs))?.median ?? 0;
        const fig = (name: Name, f: (s: Sample) => number | null) =>
          stat(samples[name].map(f).filter((x): x is number => x !== null));
        const figures: [string, (s: Sample) => number | null, string, number][] = [
          ['JS loaded, gzip', (s) => s.jsGzip / 1024, ' KB', 2],
          ['CSS loaded, gzip', (s) => s.cssGzip / 1024, ' KB', 2],
          [LABEL.bytes, (s) => (s.jsGzip + s.cssGzip) / 1024, ' KB', 2],
          ['all loaded, raw', (s) => (s.jsRaw + s.cssRaw) / 1024, ' KB', 2],
          ...(returning
            ? []
            : ([[LABEL.banner, (s: Sample) => s.bannerMs, ' ms', 1]] as [
                string,
                (s: Sample) => number | null,
                string,
                number,
              ][])),
          [LABEL.mainThread, (s) => s.ownMs, ' ms', 2],
          [LABEL.mainThreadCpu, (s) => s.ownCpuMs, ' ms', 2],
          ['main-thread time added over no banner', (s) => s.taskMs - base, ' ms', 1],
          [LABEL.cls, (s) => s.cls, '', 3],
          [returning ? 'navigation → gated script ran' : LABEL.acceptToGated, (s) => s.gatedMs, ' ms', 1],
        ];
        const rows = [['figure', 'ours', 'vanilla-cookieconsent', 'ours/theirs', 'A/A (ours/ours)']];
        const record: VisitFigures = { figures: {}, uiLoaded: 0, runs: samples.ours.length };
        for (const [label, f, unit, digits] of figures) {
          const ours = fig('ours', f);
          const theirs = fig('vanilla', f);
          const again = fig('ours-b', f);
          rows.push([
            label,
            fmt(ours, unit, digits),
            fmt(theirs, unit, digits),
            ratio(ours, theirs),
            ratio(ours, again),
          ]);
          record.figures[label] = { ours, vanilla: theirs, oursAgain: again };
        }
        record.uiLoaded = samples.ours.filter((s) => s.uiLoaded).length;
        rows.push(['UI code loaded', `${record.uiLoaded}/${record.runs} runs`, '—', '', '']);
        const title = `${returning ? 'Returning visit (decision stored)' : 'First visit'}, ${cpu}× CPU, ${RUNS} runs each; baseline page main-thread ${base.toFixed(1)} ms`;
        table(title, rows);
        visits[`${returning ? 'returning' : 'first'}-${cpu}x` as Visit] = record;
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const proxy = await runProxyBench();
  const records = await runRecordsBench();
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
