// The returning visit with no DevTools protocol attached (docs/performance.md, "The returning visit"):
// Chromium is started on the first visit's URL with its own startup tracing (bench/startup-trace.ts);
// that response sets the decision's cookie, the page then opens the measured visit, which reports its
// timings by beacon, and the trace is cut to that visit (bench/visit-trace.ts) and read by the CDP
// run's parsers. Nothing of the bench runs in the page but a load listener that sends the beacon.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { CATEGORIES } from '../core/categories';
import { type Listening, listen } from '../proxy/adapters/node-listen';
import { COOKIE_NAME, encodeRecord } from '../widget/cookie-store';
import type { Candidate } from './pages';
import {
  bootPhases,
  type PageTimings,
  PHASE_CATEGORIES,
  pageMainThread,
  type ReturningSample,
  returningSample,
  WHOLE_THREAD_CATEGORIES,
} from './returning';
import { StartupTraceTimeout, traceStartup } from './startup-trace';
import { TraceTooShort, visitTrace } from './visit-trace';
import { attributedMs, benchHandler, PAGES } from './widget';

/**
 * How the measured visit is opened from the first: `new`, a tab of its own (`window.open` with
 * `noopener`: a new renderer, as a shopper coming back starts one), or `same`, the first visit's tab
 * navigating on (a page view within the visit). docs/performance.md says which the table uses and why.
 */
export type Tab = 'new' | 'same';

/** The first visit's decision, as each banner writes it on Accept all: a Set-Cookie value, or null. */
export function decisionCookie(candidate: Candidate, now: number): string | null {
  if (candidate === 'ours') {
    const value = encodeRecord({
      allow: [...CATEGORIES],
      deny: [],
      revision: 1,
      updatedAt: new Date(now).toISOString(),
      gpc: false,
      pending: { server: false, native: false },
      // A consent id as the widget makes one: 16 random bytes, base64url.
      id: randomBytes(16).toString('base64url'),
      unsent: '',
      policy: 0,
    });
    return `${COOKIE_NAME}=${value}; Path=/; Max-Age=31536000; SameSite=Lax`;
  }
  if (candidate === 'vanilla') {
    const at = new Date(now).toISOString();
    const categories = ['necessary', 'functional', 'analytics', 'targeting'];
    const value = {
      categories,
      revision: 0,
      data: null,
      consentTimestamp: at,
      consentId: randomUUID(),
      services: Object.fromEntries(categories.map((c) => [c, []])),
      languageCode: 'en',
      lastConsentTimestamp: at,
      expirationTime: now + 182 * 86_400_000,
    };
    return `cc_cookie=${encodeURIComponent(JSON.stringify(value))}; Path=/; Max-Age=15724800; SameSite=Lax`;
  }
  return null;
}

/** What the measured page sends (performance timeline, ms from its navigation start). */
export interface VisitReport extends PageTimings {
  loadStart: number;
}

/**
 * The measured page's only script of the bench's: `settleMs` after its load event (the trace's window
 * ends there, so what it does next is not counted), it reads its paints and sends them.
 */
const reportScript = (
  sample: number,
  settleMs: number,
) => `<script>addEventListener('load', () => setTimeout(() => {
  const n = performance.getEntriesByType('navigation')[0];
  const f = performance.getEntriesByName('first-contentful-paint')[0];
  let sent = false;
  const send = (lcp) => sent || (sent = navigator.sendBeacon('/report/${sample}', JSON.stringify({
    responseEnd: n.responseEnd, interactive: n.domInteractive, loadStart: n.loadEventStart,
    fcp: f ? f.startTime : null, lcp, gated: typeof window.__analyticsAt === 'number' ? window.__analyticsAt : null })));
  new PerformanceObserver((list) => send(list.getEntries().at(-1).startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(() => send(null), 1000);
}, ${settleMs}));</script>`;

/** A visit before the measured one: once loaded and `idleMs` quiet, it goes on to `next`. */
const onwardScript = (next: string, tab: Tab, idleMs: number) =>
  `<script>addEventListener('load', () => setTimeout(() => ${
    tab === 'new' ? `window.open('${next}', '_blank', 'noopener')` : `location.href = '${next}'`
  }, ${idleMs}));</script>`;

export interface ReturningServer {
  url: string;
  /** One returning visit to the page `/<name>` in a new Chromium; null when it timed out twice. */
  measure(name: string, candidate: Candidate, o: ShopperOptions): Promise<ReturningSample | null>;
  close(): Promise<void>;
}

export interface ShopperOptions {
  tab: Tab;
  /** Page loads before the measured one (BENCH_VISITS_BEFORE), the first setting the decision. */
  visitsBefore: number;
  phases: boolean;
  settleMs?: number;
}

// What the bench's pages are given time for: the browser's own startup pages (headless Chromium loads
// its omnibox's WebUI at start) are done and the first visit's tasks over before the measured one.
const IDLE_BEFORE_MS = 500;
const SAMPLE_TIMEOUT_MS = 30_000;
const BANNER_FILE = /\/dist\/|\/v\/|\/storefront-consent|\/vcc/;

/**
 * A server of the bench's pages (bench/widget.ts, benchHandler) with the routes of this run:
 * `/before/<sample>/<left>/<name>` (a visit before the measured one; the first sets the decision),
 * `/measured/<sample>/<name>` and its beacon, `/report/<sample>`.
 */
export async function startReturningServer(
  pages: Record<string, string>,
  folders: Record<string, string>,
): Promise<ReturningServer> {
  const bench = benchHandler(pages, folders);
  const all: Record<string, string> = { ...PAGES, ...pages };
  const reports = new Map<number, (r: VisitReport) => void>();
  /** Each sample's page and options, by its number in the URLs. */
  const running = new Map<
    number,
    { candidate: Candidate; visitsBefore: number; tab: Tab; settleMs: number }
  >();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const report = /^\/report\/(\d+)$/.exec(path);
    if (report && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        res.writeHead(204).end();
        reports.get(Number(report[1]))?.(JSON.parse(body) as VisitReport);
      });
      return;
    }
    const visit = /^\/(before|measured)\/(\d+)\/(?:(\d+)\/)?([\w-]+)$/.exec(path);
    const sample = visit ? running.get(Number(visit[2])) : undefined;
    const html = visit ? all[`/${visit[4]}`] : undefined;
    if (!visit || !sample || html === undefined) return void bench(req, res);
    const [, kind, id, left, name] = visit;
    const headers: Record<string, string> = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    };
    let script: string;
    if (kind === 'measured') script = reportScript(Number(id), sample.settleMs);
    else {
      const visitsLeft = Number(left);
      const first = visitsLeft === sample.visitsBefore;
      const cookie = first ? decisionCookie(sample.candidate, Date.now()) : null;
      if (cookie) headers['set-cookie'] = cookie;
      const next = visitsLeft > 1 ? `/before/${id}/${visitsLeft - 1}/${name}` : `/measured/${id}/${name}`;
      script = onwardScript(next, visitsLeft > 1 ? 'same' : sample.tab, IDLE_BEFORE_MS);
    }
    res.writeHead(200, headers).end(html.replace('</body>', `${script}</body>`));
  });
  const listening: Listening = await listen(server, { port: 0, host: '127.0.0.1' });
  const bodies = new Map<string, Promise<Buffer>>();
  const body = (url: string) => {
    const known = bodies.get(url);
    if (known) return known;
    const fetched = fetch(url).then(async (r) => Buffer.from(await r.arrayBuffer()));
    bodies.set(url, fetched);
    return fetched;
  };
  let samples = 0;

  async function once(name: string, candidate: Candidate, o: ShopperOptions): Promise<ReturningSample> {
    const id = ++samples;
    const settleMs = o.settleMs ?? 400;
    running.set(id, { candidate, visitsBefore: o.visitsBefore, tab: o.tab, settleMs });
    const reported = new Promise<VisitReport>((resolve) => reports.set(id, resolve));
    try {
      const { report, trace } = await traceStartup({
        url: `${listening.url}/before/${id}/${o.visitsBefore}/${name}`,
        categories: [...(o.phases ? PHASE_CATEGORIES : WHOLE_THREAD_CATEGORIES), 'blink.user_timing'],
        // Startup, the visits before, the measured one and its settling (about 1.5 s in all), with room
        // for a loaded machine. Chromium writes the file some 5.5 s after, however short the trace.
        seconds: 3 + o.visitsBefore,
        args: [
          '--disable-popup-blocking',
          '--window-size=1280,800',
          '--disable-blink-features=AutomationControlled',
        ],
        report: reported,
        timeoutMs: SAMPLE_TIMEOUT_MS,
      });
      const pageUrl = `${listening.url}/measured/${id}/${name}`;
      const visit = visitTrace(trace, pageUrl, report.loadStart + settleMs);
      const own = attributedMs(visit.trace);
      const whole = pageMainThread(visit.trace, pageUrl);
      const loaded = await Promise.all(
        [...new Set(visit.requested.filter((u) => BANNER_FILE.test(u)))].map(async (url) => ({
          url,
          body: await body(url),
        })),
      );
      return returningSample(loaded, own, whole, report, o.phases ? bootPhases(visit.trace, pageUrl) : null);
    } finally {
      reports.delete(id);
      running.delete(id);
    }
  }

  return {
    url: listening.url,
    async measure(name, candidate, o) {
      // A sample that times out (or outlasts its trace) is tried once more, then reported missing rather
      // than holding the bench.
      for (let attempt = 1; attempt <= 2; attempt++) {
        try {
          return await once(name, candidate, o);
        } catch (error) {
          if (!(error instanceof StartupTraceTimeout || error instanceof TraceTooShort)) throw error;
          console.warn(`${error.message} (attempt ${attempt} of 2)`);
        }
      }
      return null;
    },
    close: () => listening.close(),
  };
}
