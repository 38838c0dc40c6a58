// The returning visit through Playwright, the DevTools protocol attached (BENCH_RETURNING_CDP=1; without
// it, bench/returning-shopper.ts measures the same figures with these parsers): in a fresh context, a
// first visit that accepts all, then the measured second visit, with the browser's HTTP cache as that
// first visit left it. The figures are the renderer main thread's whole CPU time and
// its script time, which a bare page's run subtracts, so what the banner costs the page around it (its
// fetch blocking the parser, the style and layout it causes) counts as well as its own script; and the
// paint times, against the bare page's.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { type BootMode, benchPage, type Candidate, floorPage, PROBE_SCRIPT } from './pages';
import { attributedMs, type Span, TRACE_CATEGORIES, type TraceEvent, union } from './widget';

export interface ReturningSample {
  /** The banner's files (JS and CSS) the page loaded, from the HTTP cache or not. */
  raw: number;
  gzip: number;
  uiLoaded: boolean;
  /** Main-thread time in the banner's own files (attributedMs). */
  ownMs: number;
  ownCpuMs: number;
  /** Thread time of every task the page's renderer main thread ran, from navigation to idle. */
  mainCpuMs: number;
  /** Of it, script: compile, evaluate, calls, microtasks, garbage collection. */
  scriptCpuMs: number;
  fcpMs: number | null;
  lcpMs: number | null;
  /**
   * The end of the page's own response (navigation timing): what comes before it (a renderer for the
   * page, the request, the server) varies from context to context but no banner can change it, so the
   * paints are compared from here.
   */
  responseEndMs: number;
  /** The end of the page's response → the parser done (domInteractive): what a blocking script holds. */
  parseMs: number;
  /** Navigation → the gated analytics script ran. */
  gatedMs: number | null;
  /** Where the boot's own main-thread time went (BENCH_RETURNING_PHASES=1), else null. */
  phases: BootPhases | null;
}

/** The boot's main-thread thread time on a returning visit, in ms, phase by phase (bootPhases). */
export interface BootPhases {
  /** Its one EvaluateScript: what holds the parser, all of the below but the callbacks. */
  evaluate: number;
  /** Compile on the main thread (a streamed script only publishes what a background thread compiled). */
  compile: number;
  run: number;
  /** V8's code cache written after the run: the script's second load only (https://v8.dev/blog/code-caching-for-devs). */
  produceCache: number;
  /**
   * Inside the run, V8 re-parsing functions for source positions, to give a captured stack its line
   * numbers: seen with the DevTools protocol attached (every Playwright page), at the first `document.cookie`
   * read, once per function on the stack.
   */
  sourcePositions: number;
  /** Its callbacks after the run: readystatechange, MutationObserver, events. */
  callbacks: number;
}

/** One page of the returning-visit run; its first visit accepts on a banner's page ('ours', 'vanilla'). */
export interface ReturningPage {
  name: string;
  candidate: Candidate;
  html: string;
}

// Top-level tasks are `toplevel`'s; the rest are what attributedMs and the script figure read.
export const WHOLE_THREAD_CATEGORIES = [...TRACE_CATEGORIES, 'toplevel'];
/** V8's compile events, for bootPhases: a category of its own, so the figures above are measured without it. */
export const PHASE_CATEGORIES = [...WHOLE_THREAD_CATEGORIES, 'disabled-by-default-v8.compile'];
/** The boot in a trace: ours, a variant's, or a floor page's script. */
const BOOT_SCRIPT = /\/storefront-consent\.js$|\/floor\//;
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const SCRIPT = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceCache',
  'MinorGC',
  'MajorGC',
]);

/**
 * The whole-thread figures of the renderer that loaded `pageUrl`: the main thread that parsed it (other
 * renderers, the page's about:blank and the browser's own, are left out).
 */
export function pageMainThread(trace: Buffer, pageUrl: string): { mainCpu: number; scriptCpu: number } {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const parser = traceEvents.find(
    (e) => e.name === 'ParseHTML' && (e.args as { beginData?: { url?: string } })?.beginData?.url === pageUrl,
  );
  if (!parser) throw new Error(`bench: no ParseHTML of ${pageUrl} in the trace`);
  const tasks: Span[] = [];
  const script: Span[] = [];
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.ts === undefined || !e.dur || key(e) !== key(parser) || !e.name) continue;
    const span: Span = [e.ts, e.ts + e.dur, e.tdur ?? e.dur];
    if (TASKS.has(e.name)) tasks.push(span);
    if (SCRIPT.has(e.name)) script.push(span);
  }
  return { mainCpu: union(tasks).cpu, scriptCpu: union(script).cpu };
}

/**
 * The boot's own main-thread thread time (BootPhases), from a trace taken with PHASE_CATEGORIES; null
 * when the page ran no boot from a file (the bare page, an inline boot).
 */
export function bootPhases(trace: Buffer, pageUrl: string): BootPhases | null {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const parser = traceEvents.find(
    (e) => e.name === 'ParseHTML' && (e.args as { beginData?: { url?: string } })?.beginData?.url === pageUrl,
  );
  if (!parser) throw new Error(`bench: no ParseHTML of ${pageUrl} in the trace`);
  const main = traceEvents.filter(
    (e) => e.ph === 'X' && e.pid === parser.pid && e.tid === parser.tid && e.ts !== undefined && e.dur,
  ) as (TraceEvent & { ts: number; dur: number })[];
  const ofBoot = (e: TraceEvent) => BOOT_SCRIPT.test(e.args?.data?.url ?? '');
  const evaluate = main.find((e) => e.name === 'EvaluateScript' && ofBoot(e));
  if (!evaluate) return null;
  const inside = (name: string) =>
    union(
      main
        .filter((e) => e.name === name && e.ts >= evaluate.ts && e.ts + e.dur <= evaluate.ts + evaluate.dur)
        .map((e): Span => [e.ts, e.ts + e.dur, e.tdur ?? e.dur]),
    ).cpu;
  const callbacks = main
    .filter((e) => e.name === 'FunctionCall' && ofBoot(e) && e.ts > evaluate.ts + evaluate.dur)
    .map((e): Span => [e.ts, e.ts + e.dur, e.tdur ?? e.dur]);
  return {
    evaluate: (evaluate.tdur ?? evaluate.dur) / 1000,
    compile: inside('v8.compile'),
    run: inside('v8.run'),
    produceCache: inside('v8.produceCache'),
    sourcePositions: inside('V8.CollectSourcePositions'),
    callbacks: union(callbacks).cpu,
  };
}

/**
 * Accepts all on the first visit (the banner's own button, found by the probe), for a banner page; then
 * `more` plain visits. From a script's third load on, Chromium runs it from V8's code cache, which its
 * second load wrote (https://v8.dev/blog/code-caching-for-devs): BENCH_VISITS_BEFORE=2 measures that.
 */
async function firstVisit(browser: Browser, base: string, path: string, candidate: Candidate, more: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await context.newPage();
  if (candidate !== 'none') await first.addInitScript(PROBE_SCRIPT);
  await first.goto(base + path, { waitUntil: 'load' });
  if (candidate !== 'none') {
    type Probe = {
      __bench: { bannerAt: number | null };
      __acceptButton(): HTMLElement;
      __analyticsAt?: number;
    };
    await first.waitForFunction(() => (window as unknown as Probe).__bench.bannerAt !== null, null, {
      timeout: 10_000,
    });
    await first.evaluate(() => (window as unknown as Probe).__acceptButton().click());
    await first.waitForFunction(() => typeof (window as unknown as Probe).__analyticsAt === 'number');
  }
  for (let i = 0; i < more; i++) await first.goto(base + path, { waitUntil: 'load' });
  await first.close();
  return context;
}

/** What the measured page reports of itself: paints and the parser's end, from navigation start. */
export interface PageTimings {
  responseEnd: number;
  interactive: number;
  fcp: number | null;
  lcp: number | null;
  /** When the gated analytics script ran. */
  gated: number | null;
}

/**
 * One returning visit's figures from its parts, however it was run (through the protocol or without):
 * the banner's files it loaded, its trace's attributed and whole-thread times, the page's timings.
 */
export const returningSample = (
  loaded: { url: string; body: Buffer }[],
  own: { wall: number; cpu: number },
  whole: { mainCpu: number; scriptCpu: number },
  t: PageTimings,
  phases: BootPhases | null,
): ReturningSample => ({
  raw: loaded.reduce((n, b) => n + b.body.length, 0),
  gzip: loaded.reduce((n, b) => n + gzipSync(b.body, { level: 9 }).length, 0),
  uiLoaded: loaded.some((b) => b.url.includes('storefront-consent-ui')),
  ownMs: own.wall,
  ownCpuMs: own.cpu,
  mainCpuMs: whole.mainCpu,
  scriptCpuMs: whole.scriptCpu,
  fcpMs: t.fcp,
  lcpMs: t.lcp,
  responseEndMs: t.responseEnd,
  parseMs: t.interactive - t.responseEnd,
  gatedMs: t.gated,
  phases,
});

/** One returning visit of `path` in a fresh context, after a first visit to the same page. */
export async function measureReturning(
  browser: Browser,
  base: string,
  path: string,
  candidate: Candidate,
  o: { cpu: number; visitsBefore?: number; settleMs?: number; phases?: boolean },
): Promise<ReturningSample> {
  const context = await firstVisit(browser, base, path, candidate, (o.visitsBefore ?? 1) - 1);
  try {
    // No init script on this page: nothing of the bench's own runs in it while it is traced.
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (o.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.cpu });
    const bodies: Promise<{ url: string; body: Buffer }>[] = [];
    page.on('response', (r) => {
      const url = r.url();
      if (!/\/dist\/|\/v\/|\/storefront-consent|\/vcc/.test(url)) return;
      bodies.push(r.body().then((body) => ({ url, body })));
    });
    await browser.startTracing(page, { categories: o.phases ? PHASE_CATEGORIES : WHOLE_THREAD_CATEGORIES });
    await page.goto(base + path, { waitUntil: 'load' });
    // Idle, waited for from here rather than from the page, which would run the bench's script in it.
    await new Promise((resolve) => setTimeout(resolve, (o.settleMs ?? 400) * o.cpu));
    const trace = await browser.stopTracing();
    const own = attributedMs(trace);
    const whole = pageMainThread(trace, base + path);
    const paint = await page.evaluate(async () => {
      const lcp = await new Promise<number | null>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? null)).observe({
          type: 'largest-contentful-paint',
          buffered: true,
        });
        setTimeout(() => resolve(null), 1000);
      });
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        responseEnd: nav.responseEnd,
        interactive: nav.domInteractive,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        lcp,
        gated: (window as unknown as { __analyticsAt?: number }).__analyticsAt ?? null,
      };
    });
    const loaded = await Promise.all(bodies);
    return returningSample(loaded, own, whole, paint, o.phases ? bootPhases(trace, base + path) : null);
  } finally {
    await context.close();
  }
}

/**
 * The pages of the returning-visit run beyond none/ours/ours-b/vanilla: BENCH_RETURNING_MODES (a list of
 * inline, async, defer) puts our boot on the page that way, and `floor` adds the
 * pages of FLOOR_SCRIPTS (bench/pages.ts); BENCH_BOOT_VARIANTS (name=folder,…) adds a
 * page per folder holding a `storefront-consent.js` built elsewhere (an experiment), as the embed snippet.
 */
export function extraReturningPages(env: NodeJS.ProcessEnv): {
  pages: ReturningPage[];
  folders: Record<string, string>;
} {
  const modes = (env.BENCH_RETURNING_MODES ?? '').split(',').filter(Boolean) as (BootMode | 'floor')[];
  const pages: ReturningPage[] = [];
  for (const mode of modes) {
    if (mode === 'floor') {
      pages.push({ name: 'floor-script', candidate: 'none', html: floorPage('/floor/script.js') });
      pages.push({ name: 'floor-cookie', candidate: 'none', html: floorPage('/floor/cookie.js') });
      continue;
    }
    if (!['inline', 'async', 'defer'].includes(mode))
      throw new Error(`BENCH_RETURNING_MODES: no mode "${mode}"`);
    const bootSource = mode === 'inline' ? readFileSync('dist/storefront-consent.js', 'utf8') : undefined;
    pages.push({
      name: `ours-${mode}`,
      candidate: 'ours',
      html: benchPage('ours', { mode, ...(bootSource && { bootSource }) }),
    });
  }
  const folders: Record<string, string> = {};
  for (const pair of (env.BENCH_BOOT_VARIANTS ?? '').split(',').filter(Boolean)) {
    const [name, folder] = pair.split('=');
    if (!name || !folder || !/^[\w-]+$/.test(name))
      throw new Error(`BENCH_BOOT_VARIANTS: expected name=folder, got "${pair}"`);
    folders[name] = folder;
    pages.push({ name: `ours-${name}`, candidate: 'ours', html: benchPage('ours', { base: `/v/${name}/` }) });
  }
  return { pages, folders };
}
