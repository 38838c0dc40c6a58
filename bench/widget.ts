// Side-by-side browser measurements of our widget and vanilla-cookieconsent on one page.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { CONTENT_TYPES, readStaticFile } from '../demo/static-files';
import { type Listening, listen } from '../proxy/adapters/node-listen';
import { benchPage, FLOOR_SCRIPTS, PROBE_SCRIPT, THEME_SCRIPT, VANILLA_CONFIG } from './pages';

export interface Sample {
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  uiLoaded: boolean;
  /** The banner's files the page loaded, as paths (`/dist/i18n/el.js`). */
  files: string[];
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

/** The pages every run serves; bench/returning.ts adds its loading modes and variants. */
export const PAGES: Record<string, string> = {
  '/none': benchPage('none'),
  '/ours': benchPage('ours'),
  // The A/A pair: the same page under another name.
  '/ours-b': benchPage('ours'),
  '/vanilla': benchPage('vanilla'),
};

// The banners' files as a CDN serves them, so a returning shopper's browser has them in its HTTP cache;
// the page itself is never cached, as a storefront's HTML is not.
const STATIC_CACHE = 'public, max-age=86400';

/**
 * @param pages path → HTML, beside PAGES
 * @param folders `/v/<name>/` → a folder of boot variants (bench/returning.ts); a file missing there is
 *   served from dist/, as is what an inline boot (no src: its base is the page's folder) asks for at /.
 */
export function startBenchServer(
  pages: Record<string, string> = {},
  folders: Record<string, string> = {},
): Promise<Listening> {
  return listen(createServer(benchHandler(pages, folders)), { port: 0, host: '127.0.0.1' });
}

/** startBenchServer's requests, for a server that answers a few of its own first (bench/returning-shopper.ts). */
export function benchHandler(
  pages: Record<string, string> = {},
  folders: Record<string, string> = {},
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const all = { ...PAGES, ...pages };
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = all[path];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    const script =
      path === '/vcc-config.js' ? VANILLA_CONFIG : path === '/theme.js' ? THEME_SCRIPT : FLOOR_SCRIPTS[path];
    if (script !== undefined) {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.js'], 'cache-control': STATIC_CACHE });
      res.end(script);
      return;
    }
    const variant = /^\/v\/([\w-]+)\/(.*)$/.exec(path);
    const folder = variant ? folders[variant[1] as string] : undefined;
    const prefix = Object.keys(ROOTS).find((p) => path.startsWith(p));
    const file =
      (folder && (await readStaticFile(folder, variant?.[2] ?? ''))) ||
      (variant || /^\/(storefront-consent|i18n\/)/.test(path)
        ? await readStaticFile('dist', variant ? (variant[2] ?? '') : path.slice(1))
        : prefix
          ? await readStaticFile(ROOTS[prefix] ?? '', path.slice(prefix.length))
          : null);
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type, 'cache-control': STATIC_CACHE });
    res.end(file.body);
  };
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'];
/** The banners' own files: ours from /dist/ (or a variant's /v/), theirs from /vcc/ and their configuration file. */
const BANNER_URL = /\/dist\/|\/v\/|\/storefront-consent|\/vcc\/|\/vcc-config\.js/;

export interface TraceEvent {
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
  const spans: Span[] = [];
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.ts === undefined || !e.dur || !main.has(`${e.pid}:${e.tid}`)) continue;
    const d = e.args?.data;
    const url = d?.url ?? d?.scriptName ?? e.args?.fileName ?? d?.stackTrace?.[0]?.url ?? '';
    if (BANNER_URL.test(url)) spans.push([e.ts, e.ts + e.dur, e.tdur ?? e.dur]);
  }
  return union(spans);
}

/** A complete trace event as [start, end, thread time], in microseconds. */
export type Span = [number, number, number];

/** Wall and thread time (ms) of a set of events, merged into one set of intervals so nested events count once. */
export function union(spans: Span[]): { wall: number; cpu: number } {
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

/** One measured first visit in a fresh context (the returning visit: bench/returning.ts). */
export async function measure(
  browser: Browser,
  base: string,
  path: string,
  o: { cpu: number },
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(PROBE_SCRIPT);
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
    if (path !== '/none') {
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
    let gatedMs: number | null = null;
    if (path !== '/none') {
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
      files: loaded.map((b) => new URL(b.url).pathname),
      bannerMs: probe.bannerAt,
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
