// Runs the three passes in real Chromium: a fresh browser context (a new shopper) for each, the same
// same-origin pages in each, cookies and requests recorded per page. Bounded everywhere: a page that
// never finishes loading is scanned as far as it got, a redirect to another origin is not followed,
// and each distinct cookie, host or script is kept once however often it recurs.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { answerBanner, findOtherBanner, noBannerReason } from './banner';
import { launchScanBrowser } from './chromium';
import { classifyUrl } from './classify';
import type {
  GatedRun,
  PageVisit,
  PassName,
  PassObservation,
  ScanObservations,
  SeenCookie,
  SeenRequest,
  SeenScript,
} from './observations';
import { COLLECT, PROBE } from './page-probe';
import { addLinks, shortPage } from './pages';
import { ScanError } from './scan-error';

export interface Timing {
  /** Until the page's HTML has arrived and parsed (DOMContentLoaded). */
  navigationMs: number;
  /** Until the load event; a page that takes longer is scanned as it is. */
  loadMs: number;
  /** Quiet network after load (or after a click) before the page is read. */
  settleMs: number;
  /** The pause between two page loads, so a scan never hammers a store. */
  paceMs: number;
}

export const DEFAULT_TIMING: Timing = { navigationMs: 15_000, loadMs: 10_000, settleMs: 2_000, paceMs: 300 };

export interface ScanOptions {
  url: string;
  pages: number;
  chromium: string;
  /** Extra Chromium flags (tests map real tracker hosts to a local server with --host-resolver-rules). */
  chromiumArgs?: readonly string[];
  timing?: Partial<Timing>;
  /** One line per page visited. */
  progress(line: string): void;
}

/** Distinct keys kept per pass; a page that makes endless distinct requests cannot exhaust memory. */
const MAX_KEYS = 2_000;

interface Collected {
  links: string[];
  scripts: Array<{ src: string | null; code: string | null; tag: string }>;
  gatedRuns: GatedRun[];
  widget: boolean;
}

const EMPTY: Collected = { links: [], scripts: [], gatedRuns: [], widget: false };

/** One pass's browser context and what it has seen so far. */
class PassRecorder {
  readonly cookies = new Map<string, SeenCookie>();
  readonly requests = new Map<string, SeenRequest>();
  readonly scripts = new Map<string, SeenScript>();
  readonly gatedRuns = new Map<string, GatedRun>();
  readonly visits: PageVisit[] = [];
  /** Requests count only while true: in the answering passes, from the click on. */
  recording: boolean;
  currentPage = '';
  blockedNavigation: string | null = null;

  constructor(
    readonly pass: PassName,
    readonly context: BrowserContext,
    readonly origin: string,
  ) {
    this.recording = pass === 'before';
    const host = new URL(origin).host;
    context.on('request', (request) => {
      if (!this.recording) return;
      const url = request.url();
      if (!/^https?:/.test(url)) return;
      const parsed = new URL(url);
      const thirdParty = parsed.host !== host;
      if (!thirdParty && !classifyUrl(url).known) return;
      const key = thirdParty ? parsed.hostname : `${parsed.origin}${parsed.pathname}`;
      const seen = this.requests.get(key);
      if (seen) seen.count++;
      else if (this.requests.size < MAX_KEYS)
        this.requests.set(key, { key, host: parsed.hostname, url, page: this.currentPage, count: 1 });
    });
  }

  async snapshotCookies(): Promise<void> {
    for (const c of await this.context.cookies()) {
      const key = `${c.name}\u0000${c.domain}`;
      if (!this.cookies.has(key) && this.cookies.size < MAX_KEYS)
        this.cookies.set(key, { name: c.name, domain: c.domain, page: this.currentPage });
    }
  }

  addScripts(collected: Collected): void {
    if (this.pass !== 'before') return;
    for (const s of collected.scripts) {
      const key = s.src ?? `inline:${s.code}`;
      if (!this.scripts.has(key) && this.scripts.size < MAX_KEYS)
        this.scripts.set(key, { ...s, page: this.currentPage });
    }
  }

  addGatedRuns(runs: readonly GatedRun[]): void {
    for (const run of runs) {
      const key = `${run.what}\u0000${run.page}`;
      if (!this.gatedRuns.has(key) && this.gatedRuns.size < MAX_KEYS) this.gatedRuns.set(key, run);
    }
  }

  result(skipped: string | null): PassObservation {
    return {
      pass: this.pass,
      skipped,
      pages: this.visits,
      cookies: [...this.cookies.values()],
      requests: [...this.requests.values()],
      scripts: [...this.scripts.values()],
      gatedRuns: [...this.gatedRuns.values()],
    };
  }
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/^page\.goto: /, '') ?? '';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function newPassContext(
  browser: Browser,
  pass: PassName,
  origin: string,
  timing: Timing,
): Promise<PassRecorder> {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  await context.addInitScript(PROBE);
  const recorder = new PassRecorder(pass, context, origin);
  // A top-level navigation to another origin (a script setting location, a redirect) is not followed.
  // Routes never see the requests a redirect makes, so each page is first asked for with HEAD, without
  // following redirects, and opened only when it stays on the origin. (Handing the page that answer
  // with route.fulfill instead would save a request, but Chromium then fails the page's requests to
  // other hosts.)
  await context.route('**/*', async (route) => {
    const request = route.request();
    let topLevel = false;
    try {
      topLevel = request.isNavigationRequest() && request.frame().parentFrame() === null;
    } catch {
      topLevel = false;
    }
    if (!topLevel || request.method() !== 'GET') return route.continue();
    const block = (url: string) => {
      recorder.blockedNavigation = url;
      return route.abort('blockedbyclient');
    };
    if (new URL(request.url()).origin !== origin) return block(request.url());
    const head = await route
      .fetch({ method: 'HEAD', maxRedirects: 0, timeout: timing.navigationMs })
      .catch(() => null);
    const location = head?.headers().location;
    if (head && head.status() >= 300 && head.status() < 400 && location) {
      const next = new URL(location, request.url());
      if (next.origin !== origin) return block(next.href);
    }
    // Unreachable stores fail in the browser too, with the browser's own error.
    return route.continue();
  });
  return recorder;
}

async function read(page: Page): Promise<Collected> {
  try {
    return ((await page.evaluate(COLLECT)) as Collected) ?? EMPTY;
  } catch {
    return EMPTY;
  }
}

/** Loads one page within the bounds; says how it went. */
async function load(page: Page, recorder: PassRecorder, url: string, timing: Timing): Promise<PageVisit> {
  recorder.currentPage = url;
  recorder.blockedNavigation = null;
  let detail: string | null = null;
  try {
    const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.navigationMs });
    if (response && response.status() >= 400) detail = `HTTP ${response.status()}`;
    // A same-origin redirect that then left the origin: too late to stop, but not this store's page.
    if (new URL(page.url()).origin !== new URL(url).origin)
      return { url, outcome: 'redirected', detail: `ended at ${page.url()} (another origin)` };
  } catch (error) {
    if (recorder.blockedNavigation)
      return {
        url,
        outcome: 'redirected',
        detail: `redirects to ${recorder.blockedNavigation} (another origin, not followed)`,
      };
    return { url, outcome: 'failed', detail: firstLine(error) };
  }
  try {
    await page.waitForLoadState('load', { timeout: timing.loadMs });
  } catch {
    return {
      url,
      outcome: 'slow',
      detail: `still loading after ${timing.loadMs / 1000} s; scanned what had loaded`,
    };
  }
  await page.waitForLoadState('networkidle', { timeout: timing.settleMs }).catch(() => {});
  return { url, outcome: 'loaded', detail };
}

export async function runScan(o: ScanOptions): Promise<ScanObservations> {
  const started = Date.now();
  const timing = { ...DEFAULT_TIMING, ...o.timing };
  const origin = new URL(o.url).origin;
  const browser = await launchScanBrowser(o.chromium, o.chromiumArgs ?? []);
  try {
    const pages = [o.url];
    const passes: PassObservation[] = [];
    let widget = false;
    let otherBanner: string | null = null;

    const visit = async (recorder: PassRecorder, page: Page, url: string, index: number, total: string) => {
      if (recorder.visits.length > 0) await sleep(timing.paceMs);
      const result = await load(page, recorder, url, timing);
      // The URL itself must open; every later page may fail and is reported as it went.
      if (
        recorder.pass === 'before' &&
        index === 1 &&
        (result.outcome === 'failed' || result.outcome === 'redirected')
      )
        throw new ScanError(`could not scan ${url}: ${result.detail}`);
      recorder.visits.push(result);
      const collected =
        result.outcome === 'failed' || result.outcome === 'redirected' ? EMPTY : await read(page);
      await recorder.snapshotCookies();
      recorder.addScripts(collected);
      recorder.addGatedRuns(collected.gatedRuns);
      widget ||= collected.widget;
      const state = result.outcome === 'loaded' ? '' : `${result.outcome}: `;
      o.progress(
        `${recorder.pass.padEnd(12)} ${index}/${total}  ${shortPage(url, origin)}  (${state}${result.detail ?? `${recorder.cookies.size} cookies, ${recorder.requests.size} third-party hosts and tags so far`})`,
      );
      return { visit: result, collected };
    };

    // before: discovers the pages, following same-origin links breadth first.
    {
      const recorder = await newPassContext(browser, 'before', origin, timing);
      const page = await recorder.context.newPage();
      for (let i = 0; i < pages.length; i++) {
        const url = pages[i] as string;
        const { collected } = await visit(recorder, page, url, i + 1, `≤${o.pages}`);
        if (i === 0 && !collected.widget) otherBanner = await findOtherBanner(page);
        addLinks(pages, collected.links, origin, o.pages);
      }
      passes.push(recorder.result(null));
      await recorder.context.close();
    }

    for (const [pass, answer] of [
      ['after-reject', 'rejectAll'],
      ['after-accept', 'acceptAll'],
    ] as const) {
      // No banner on any page: there is nothing to answer, and no need to load the store again to see so.
      if (!widget) {
        const reason = noBannerReason(otherBanner);
        o.progress(`${pass.padEnd(12)} skipped: ${reason}`);
        passes.push({
          pass,
          skipped: reason,
          pages: [],
          cookies: [],
          requests: [],
          scripts: [],
          gatedRuns: [],
        });
        continue;
      }
      const recorder = await newPassContext(browser, pass, origin, timing);
      const page = await recorder.context.newPage();
      const first = pages[0] as string;
      recorder.currentPage = first;
      await load(page, recorder, first, timing);
      const seenBefore = (await read(page)).gatedRuns.length;
      const outcome = await answerBanner(page, answer);
      if (!outcome.clicked) {
        o.progress(`${pass.padEnd(12)} skipped: ${outcome.reason}`);
        passes.push(recorder.result(outcome.reason));
        await recorder.context.close();
        continue;
      }
      recorder.recording = true;
      await page.waitForLoadState('networkidle', { timeout: timing.settleMs }).catch(() => {});
      recorder.addGatedRuns((await read(page)).gatedRuns.slice(seenBefore));
      await recorder.snapshotCookies();
      for (const [i, url] of pages.entries()) await visit(recorder, page, url, i + 1, String(pages.length));
      passes.push(recorder.result(null));
      await recorder.context.close();
    }

    return { url: o.url, origin, pages, widget, otherBanner, passes, durationMs: Date.now() - started };
  } finally {
    await browser.close().catch(() => {});
  }
}
