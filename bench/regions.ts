// The first visit with regional rules on (docs/regions.md, docs/performance.md): one page with
// `data-regions="auto"`, visited from three time zones, each in a fresh browser context (Playwright's
// `timezoneId`). Europe/Berlin is settled by the module itself (the banner, no table, no request);
// America/Los_Angeles by the zone table (the opt-out notice); UTC settles nothing, so the widget asks the
// proxy's GET /region, here a stand-in on another origin that answers after a fixed delay standing for
// the network. bench/run.ts interleaves these visits with the bare page, ours as the first-visit rows
// load it, and the same tag as the regional page's with regional rules off: `data-proxy-url` alone makes
// every first visit load the sending chunk, so that page is what the regional visits are compared with.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { type Listening, listen } from '../proxy/adapters/node-listen';
import { benchPage, PROBE_SCRIPT } from './pages';
import { pageMainThread, WHOLE_THREAD_CATEGORIES } from './returning';

/** BENCH_REGION_DELAY_MS (default 50): how long the stand-in takes to answer GET /region. */
export const regionDelayMs = () => Number(process.env.BENCH_REGION_DELAY_MS ?? 50);
/** What the stand-in answers: a shopper in California, whom the zone could not place. */
export const REGION_ANSWER = { country: 'US', region: 'US-CA', policy: 'opt-out' } as const;

/** The pages of the regional visits: the one they load, and its tag with regional rules off. */
export const regionsPages = (proxyUrl: string): Record<string, string> => ({
  '/regions': benchPage('ours', { attrs: `data-regions="auto" data-proxy-url="${proxyUrl}"` }),
  '/regions-off': benchPage('ours', { attrs: `data-proxy-url="${proxyUrl}"` }),
});

export interface RegionVisit {
  /** The name it is printed and recorded under. */
  name: string;
  path: string;
  /** The shopper's time zone; the machine's when unset. */
  timezoneId?: string;
}

/**
 * The bare page, ours (twice: the A/A pair), the regional page's tag with regional rules off, then the
 * three regional visits.
 */
export const REGION_VISITS: readonly RegionVisit[] = [
  { name: 'none', path: '/none' },
  { name: 'ours', path: '/ours' },
  { name: 'ours-b', path: '/ours-b' },
  { name: 'off', path: '/regions-off' },
  { name: 'berlin', path: '/regions', timezoneId: 'Europe/Berlin' },
  { name: 'los-angeles', path: '/regions', timezoneId: 'America/Los_Angeles' },
  { name: 'utc', path: '/regions', timezoneId: 'UTC' },
];

export interface RegionSample {
  /** Our files (JS and CSS) the page loaded, gzip level 9. */
  gzip: number;
  /** Navigation → the banner or the opt-out notice visible, whichever showed; null on the bare page. */
  shownMs: number | null;
  shown: 'banner' | 'notice' | null;
  /** Thread time of every task on the page renderer's main thread, from navigation to idle. */
  mainCpuMs: number;
  fcpMs: number | null;
}

/** The proxy's GET /region as a stand-in: CORS as the proxy answers a storefront origin, after `delayMs`. */
export async function startRegionStandIn(delayMs: number): Promise<Listening & { asked(): number }> {
  let asked = 0;
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/region') return void res.writeHead(404).end();
    asked++;
    setTimeout(() => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': req.headers.origin ?? '*',
        vary: 'Origin',
        'cache-control': 'no-store',
      });
      res.end(JSON.stringify(REGION_ANSWER));
    }, delayMs);
  });
  const listening = await listen(server, { port: 0, host: '127.0.0.1' });
  return { ...listening, asked: () => asked };
}

/** One first visit of `visit` in a fresh context, at 1× CPU, traced from navigation until idle. */
export async function measureRegionVisit(
  browser: Browser,
  base: string,
  visit: RegionVisit,
): Promise<RegionSample> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...(visit.timezoneId && { timezoneId: visit.timezoneId }),
  });
  try {
    const bare = visit.path === '/none';
    // The bare page polls for no banner: its main thread carries nothing of the bench's.
    if (!bare) await context.addInitScript(PROBE_SCRIPT);
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/dist/')) bodies.push(r.body());
    });
    const url = base + visit.path;
    await browser.startTracing(page, { categories: WHOLE_THREAD_CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    type Probe = { __bench: { bannerAt: number | null; noticeAt: number | null } };
    if (!bare) {
      await page.waitForFunction(
        () => {
          const b = (window as unknown as Probe).__bench;
          return b.bannerAt !== null || b.noticeAt !== null;
        },
        null,
        { timeout: 10_000 },
      );
    }
    // Idle, waited for from here: nothing of the bench's runs in the page while it is traced.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const whole = pageMainThread(await browser.stopTracing(), url);
    const probe = await page.evaluate(() => ({
      bannerAt: (window as unknown as Partial<Probe>).__bench?.bannerAt ?? null,
      noticeAt: (window as unknown as Partial<Probe>).__bench?.noticeAt ?? null,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    const loaded = await Promise.all(bodies);
    return {
      gzip: loaded.reduce((n, body) => n + gzipSync(body, { level: 9 }).length, 0),
      shownMs: probe.bannerAt ?? probe.noticeAt,
      shown: probe.bannerAt !== null ? 'banner' : probe.noticeAt !== null ? 'notice' : null,
      mainCpuMs: whole.mainCpu,
      fcpMs: probe.fcp,
    };
  } finally {
    await context.close();
  }
}
