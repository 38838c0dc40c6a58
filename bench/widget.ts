// Side-by-side browser measurements of our widget and vanilla-cookieconsent on one page.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { CONTENT_TYPES, readStaticFile } from '../demo/static-files';
import { type Listening, listen } from '../proxy/adapters/node-listen';
import { benchPage, type Candidate, PROBE_SCRIPT, VANILLA_CONFIG } from './pages';

export interface Sample {
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  uiLoaded: boolean;
  bannerMs: number | null;
  /** TaskDuration of the whole page (CDP Performance metrics). */
  taskMs: number;
  /** Main-thread time in the banner's own scripts, from a Chromium trace (union of their events). */
  ownMs: number;
  /** The same events' thread CPU time: what is left when the machine's other load is taken out. */
  ownCpuMs: number;
  cls: number;
  /** First visit: Accept all → gated script ran. Returning visit: navigation → gated script ran. */
  gatedMs: number | null;
}

const ROOTS: Record<string, string> = {
  '/dist/': 'dist',
  '/vcc/': 'node_modules/vanilla-cookieconsent/dist',
};

export async function startBenchServer(): Promise<Listening> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = /^\/(none|ours|ours-b|vanilla)$/.exec(path)?.[1];
    if (page) {
      const candidate = (page === 'ours-b' ? 'ours' : page) as Candidate;
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' });
      res.end(benchPage(candidate));
      return;
    }
    if (path === '/vcc-config.js') {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.js'], 'cache-control': 'no-store' });
      res.end(VANILLA_CONFIG);
      return;
    }
    const prefix = Object.keys(ROOTS).find((p) => path.startsWith(p));
    const file = prefix ? await readStaticFile(ROOTS[prefix] ?? '', path.slice(prefix.length)) : null;
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
    res.end(file.body);
  });
  return listen(server, { port: 0, host: '127.0.0.1' });
}

const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'];
/** The banners' own files: ours from /dist/, theirs from /vcc/ and their configuration file. */
const BANNER_URL = /\/dist\/|\/vcc\/|\/vcc-config\.js/;

interface TraceEvent {
  name?: string;
  pid?: number;
  tid?: number;
  ph?: string;
  ts?: number;
  dur?: number;
  /** Thread (CPU) time: wall time minus the time the thread waited or was descheduled. */
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] };
    fileName?: string;
  };
}

/**
 * Main-thread time spent in the banner's scripts: every complete trace event (compile, evaluate,
 * function call, timer, event handler) whose script is one of the banner's files, merged into one
 * set of intervals so nested events count once. Less noisy than subtracting whole-page figures.
 * `cpu` is the thread time of the same events: on a shared machine, wall time also counts the
 * moments the renderer waited for a core (and for the browser's answers to synchronous calls).
 */
export function attributedMs(trace: Buffer): { wall: number; cpu: number } {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  // Only the renderer's main thread: V8 also parses on background threads, which costs the page nothing.
  const main = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const spans: [number, number, number][] = [];
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.ts === undefined || !e.dur || !main.has(`${e.pid}:${e.tid}`)) continue;
    const d = e.args?.data;
    const url = d?.url ?? d?.scriptName ?? e.args?.fileName ?? d?.stackTrace?.[0]?.url ?? '';
    if (BANNER_URL.test(url)) spans.push([e.ts, e.ts + e.dur, e.tdur ?? e.dur]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let wall = 0;
  let cpu = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to, thread] of spans) {
    // Nested in the span before: already counted.
    if (to <= end) continue;
    wall += to - Math.max(from, end);
    // Overlapping the span before: only the share outside it.
    cpu += from >= end ? thread : (thread * (to - end)) / (to - from);
    end = to;
  }
  return { wall: wall / 1000, cpu: cpu / 1000 };
}

const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 250))),
      ),
  );

/** One measured navigation in a fresh context (returning: after a first visit that accepted all). */
export async function measure(
  browser: Browser,
  base: string,
  path: string,
  o: { returning: boolean; cpu: number },
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(PROBE_SCRIPT);
    if (o.returning) {
      const first = await context.newPage();
      await first.goto(base + path);
      await first.waitForFunction(
        () => (window as unknown as { __bench: { bannerAt: number | null } }).__bench.bannerAt !== null,
      );
      await first.evaluate(() =>
        (window as unknown as { __acceptButton(): HTMLElement }).__acceptButton().click(),
      );
      await first.waitForFunction(
        () => typeof (window as unknown as { __analyticsAt?: number }).__analyticsAt === 'number',
      );
      await first.close();
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (o.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.cpu });
    const bodies: Promise<{ url: string; type: string; body: Buffer }>[] = [];
    page.on('response', (r) => {
      const url = r.url();
      if (!url.includes('/dist/') && !url.includes('/vcc/')) return;
      bodies.push(r.body().then((body) => ({ url, type: r.headers()['content-type'] ?? '', body })));
    });
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(base + path, { waitUntil: 'load' });
    if (!o.returning && path !== '/none') {
      await page.waitForFunction(
        () => (window as unknown as { __bench: { bannerAt: number | null } }).__bench.bannerAt !== null,
        null,
        { timeout: 10_000 },
      );
    }
    await idle(page);
    const metrics = await cdp.send('Performance.getMetrics');
    const own = attributedMs(await browser.stopTracing());
    const taskMs = (metrics.metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    const probe = await page.evaluate(() => {
      const w = window as unknown as {
        __bench: { bannerAt: number | null; cls: number };
        __analyticsAt?: number;
      };
      return { bannerAt: w.__bench.bannerAt, cls: w.__bench.cls, analyticsAt: w.__analyticsAt ?? null };
    });
    let gatedMs: number | null = o.returning ? probe.analyticsAt : null;
    if (!o.returning && path !== '/none') {
      gatedMs = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const w = window as unknown as { __acceptButton(): HTMLElement; __analyticsAt?: number };
            const t0 = performance.now();
            w.__acceptButton().click();
            const check = () =>
              typeof w.__analyticsAt === 'number' ? resolve(w.__analyticsAt - t0) : setTimeout(check, 0);
            check();
          }),
      );
    }
    const loaded = await Promise.all(bodies);
    const sum = (kind: 'js' | 'css', gz: boolean) =>
      loaded
        .filter((b) => (kind === 'css' ? b.type.includes('css') : b.type.includes('javascript')))
        .reduce((n, b) => n + (gz ? gzipSync(b.body, { level: 9 }).length : b.body.length), 0);
    return {
      jsRaw: sum('js', false),
      jsGzip: sum('js', true),
      cssRaw: sum('css', false),
      cssGzip: sum('css', true),
      uiLoaded: loaded.some((b) => b.url.includes('storefront-consent-ui')),
      bannerMs: o.returning ? null : probe.bannerAt,
      taskMs,
      ownMs: own.wall,
      ownCpuMs: own.cpu,
      cls: probe.cls,
      gatedMs,
    };
  } finally {
    await context.close();
  }
}
