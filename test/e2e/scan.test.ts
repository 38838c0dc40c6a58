// `storefront-consent scan` end to end: the command as a merchant runs it, real Chromium, local stores,
// and real tracker hosts (connect.facebook.net, …) answered by the local server, so the real tracker
// table decides what is a violation.
import { readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanReport } from '../../cli/scan/report';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { errorLine, runCli, storeEnv } from '../cli/run-cli';
import { ensureBuilt } from './demo-process';
import { gatedGtag, gatedPixel, pixel, type ScanStores, startScanStores, storePage } from './scan-stores';

let stores: ScanStores;
beforeAll(async () => {
  await ensureBuilt();
  stores = await startScanStores();
  const { server, trackerPort: port } = stores;
  const links = (prefix: string) => [`${prefix}`, `${prefix}about`];

  server.page('/leaky/', storePage({ title: 'Leaky', body: pixel(port), links: links('/leaky/') }));
  server.page(
    '/leaky/about',
    storePage({ title: 'About', body: '<p>Plain page.</p>', links: links('/leaky/') }),
  );

  server.page(
    '/clean/',
    storePage({ title: 'Clean', body: gatedPixel(port) + gatedGtag(port), links: links('/clean/') }),
  );
  server.page(
    '/clean/about',
    storePage({ title: 'About', body: '<p>Plain page.</p>', links: links('/clean/') }),
  );

  // A tracker that waits for any answer and then runs whatever the answer was.
  server.page(
    '/persistent/',
    storePage({
      title: 'Persistent',
      body: `<script>
        const timer = setInterval(() => {
          if (!document.cookie.includes('storefront_consent=')) return;
          clearInterval(timer);
          const s = document.createElement('script');
          s.src = 'https://connect.facebook.net:${port}/en_US/fbevents.js';
          document.head.append(s);
        }, 100);
      </script>`,
    }),
  );

  server.page(
    '/other-banner/',
    storePage({
      title: 'Other banner',
      widget: false,
      body: `<div id="onetrust-banner-sdk">We use cookies <button>Accept</button></div>${pixel(port)}`,
    }),
  );
  server.page('/no-banner/', storePage({ title: 'No banner', widget: false, body: '<p>Nothing.</p>' }));

  const many = Array.from({ length: 8 }, (_, i) => `/many/${i + 1}`);
  const manyLinks = [
    `http://localhost:${port}/many/elsewhere`,
    'https://example.com/',
    '/many/1#reviews',
    '/login.php?action=logout',
    ...many,
  ];
  server.page('/many/', storePage({ title: 'Many', widget: false, body: '', links: manyLinks }));
  for (const path of many)
    server.page(path, storePage({ title: path, widget: false, body: '', links: manyLinks }));

  server.page(
    '/slow/',
    storePage({ title: 'Slow', widget: false, body: `<img src="/hang.png" alt="">${pixel(port)}` }),
  );
  server.page(
    '/redirect/',
    storePage({ title: 'Redirect', widget: false, body: '', links: ['/redirect/away', '/redirect/stay'] }),
  );
  server.page('/redirect/stay', storePage({ title: 'Stay', widget: false, body: '' }));
}, 120_000);
afterAll(() => stores?.close());

const scan = async (path: string, extra: string[] = [], env: Record<string, string> = {}) => {
  const r = await runCli(
    ['scan', `${stores.url}${path}`, '--chromium', stores.chromium, '--json', ...extra],
    {
      env,
    },
  );
  const report = r.stdout ? (JSON.parse(r.stdout) as ScanReport) : null;
  return { ...r, report: report as ScanReport };
};

const leaks = (r: ScanReport) => r.violations.map((v) => `${v.pass} ${v.kind} ${v.subject} ${v.vendor}`);
const pass = (r: ScanReport, name: string) => {
  const found = r.passes.find((p) => p.name === name);
  if (!found) throw new Error(`no ${name} pass in the report`);
  return found;
};

describe('storefront-consent scan', () => {
  it('names each leak of a leaky store with its pass, prints the gating markup, and exits 1', async () => {
    const r = await scan('/leaky/', ['--pages', '2']);
    expect(r.code).toBe(1);
    expect(r.report.pages).toEqual([`${stores.url}/leaky/`, `${stores.url}/leaky/about`]);
    expect(leaks(r.report)).toEqual(
      expect.arrayContaining([
        'before cookie _fbp Meta Pixel (Facebook)',
        'before request connect.facebook.net Meta Pixel (Facebook)',
        'before request www.facebook.com Meta Pixel (Facebook)',
        'after-reject cookie _fbp Meta Pixel (Facebook)',
        'after-reject request connect.facebook.net Meta Pixel (Facebook)',
      ]),
    );
    expect(r.report.violations.every((v) => v.pass !== 'after-accept')).toBe(true);
    expect(r.report.fixes).toEqual([
      expect.objectContaining({
        vendor: 'Meta Pixel (Facebook)',
        markup: `<script type="text/plain" data-consent="targeting" src="https://connect.facebook.net:${stores.trackerPort}/en_US/fbevents.js"></script>`,
      }),
    ]);
    // One progress line per page and pass on stderr.
    expect(
      r.stderr.split('\n').filter((l) => /^scan: (before|after-reject|after-accept) +\d\//.test(l)),
    ).toHaveLength(6);
  });

  it('prints the text report grouped by pass, with the fix', async () => {
    const r = await runCli(['scan', `${stores.url}/leaky/`, '--pages', '1', '--chromium', stores.chromium]);
    expect(r.code).toBe(1);
    const before = r.stdout.indexOf('before: a new shopper');
    const reject = r.stdout.indexOf('after-reject: the shopper clicked "Reject all"');
    const accept = r.stdout.indexOf('after-accept: the shopper clicked "Accept all"');
    expect(before).toBeGreaterThan(-1);
    expect(reject).toBeGreaterThan(before);
    expect(accept).toBeGreaterThan(reject);
    expect(r.stdout).toMatch(/VIOLATION _fbp {2}127\.0\.0\.1 {2}Meta Pixel \(Facebook\) \(targeting\)/);
    expect(r.stdout).toContain('[after-reject] cookie _fbp (Meta Pixel (Facebook), targeting)');
    expect(r.stdout).toContain(
      '<script type="text/plain" data-consent="targeting" src="https://connect.facebook.net:',
    );
  });

  it('passes a store whose trackers are gated, and sees them run after Accept all', async () => {
    const html = join(tmpdir(), `scan-${process.pid}.html`);
    const r = await scan('/clean/', ['--pages', '2', '--html', html]);
    expect(r.code).toBe(0);
    expect(r.report.violations).toEqual([]);
    expect(r.report.widget).toBe('found');
    // Proof the scan really accepted: the trackers ran then, and only then.
    const accepted = pass(r.report, 'after-accept');
    expect(accepted.cookies.map((c) => `${c.name} ${c.vendor} ${c.category}`)).toEqual(
      expect.arrayContaining([
        '_fbp Meta Pixel (Facebook) targeting',
        '_ga Google Analytics analytics',
        'storefront_consent Storefront Consent essential',
      ]),
    );
    expect(accepted.requests.map((q) => q.target)).toEqual(
      expect.arrayContaining(['connect.facebook.net', 'www.googletagmanager.com', 'www.facebook.com']),
    );
    expect(accepted.gated_ran.map((g) => g.categories.join(' '))).toEqual(
      expect.arrayContaining(['targeting', 'analytics']),
    );
    expect(pass(r.report, 'before').cookies).toEqual([]);
    expect(pass(r.report, 'after-reject').cookies.map((c) => c.name)).toEqual(['storefront_consent']);

    const page = readFileSync(html, 'utf8');
    rmSync(html, { force: true });
    expect(page).toContain('After “Reject all”');
    expect(page).toContain('No violations');
    // Self-contained: nothing for the browser to fetch.
    expect(page).not.toMatch(/<(link|script|img)\b/i);
  });

  it('catches a tracker that starts once the shopper has answered, even with Reject all', async () => {
    const r = await scan('/persistent/', ['--pages', '1']);
    expect(r.code).toBe(1);
    expect(r.report.violations.some((v) => v.pass === 'before')).toBe(false);
    expect(leaks(r.report)).toEqual(
      expect.arrayContaining([
        'after-reject cookie _fbp Meta Pixel (Facebook)',
        'after-reject request connect.facebook.net Meta Pixel (Facebook)',
      ]),
    );
  });

  it('scans a store without the widget, saying which banner it has instead', async () => {
    const r = await scan('/other-banner/', ['--pages', '1']);
    expect(r.code).toBe(1);
    expect(r.report.widget).toBe('missing');
    expect(r.report.other_banner).toBe('OneTrust');
    expect(pass(r.report, 'after-reject').skipped).toBe(
      'no Storefront Consent banner; the store shows another consent banner (OneTrust)',
    );
    expect(leaks(r.report)).toContain('before cookie _fbp Meta Pixel (Facebook)');

    const none = await scan('/no-banner/', ['--pages', '1']);
    expect(none.code).toBe(0);
    expect(pass(none.report, 'after-accept').skipped).toBe(
      'no Storefront Consent banner and no other consent banner found',
    );
  });

  it('visits --pages pages in all, all on the URL’s origin, never a logout link', async () => {
    const r = await scan('/many/', ['--pages', '3']);
    expect(r.code).toBe(0);
    expect(r.report.pages).toEqual([`${stores.url}/many/`, `${stores.url}/many/1`, `${stores.url}/many/2`]);
    expect(stores.seen.filter((s) => s.startsWith('localhost ') || s.includes('logout'))).toEqual([]);
  });

  it('bounds a page that never finishes loading and scans what it loaded', async () => {
    const started = Date.now();
    const r = await scan('/slow/', ['--pages', '1']);
    expect(Date.now() - started).toBeLessThan(40_000);
    expect(r.code).toBe(1);
    expect(pass(r.report, 'before').pages[0]).toMatchObject({ outcome: 'slow' });
    expect(leaks(r.report)).toContain('before cookie _fbp Meta Pixel (Facebook)');
  }, 60_000);

  it('does not follow a redirect to another origin', async () => {
    const r = await scan('/redirect/', ['--pages', '3']);
    expect(r.code).toBe(0);
    const visits = pass(r.report, 'before').pages;
    expect(visits.find((v) => v.url.endsWith('/redirect/away'))).toMatchObject({
      outcome: 'redirected',
      detail: `redirects to http://localhost:${stores.port}/elsewhere (another origin, not followed)`,
    });
    expect(stores.seen.filter((s) => s.startsWith('localhost '))).toEqual([]);

    // A URL that itself redirects elsewhere cannot be scanned: scan where it leads instead.
    const first = await scan('/redirect/away');
    expect(first.code).toBe(2);
    expect(errorLine(first)).toBe(
      `storefront-consent: could not scan ${stores.url}/redirect/away: redirects to http://localhost:${stores.port}/elsewhere (another origin, not followed)`,
    );
  });

  it('exits 2 with one line when the store cannot be reached', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closed = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const r = await runCli(['scan', `http://127.0.0.1:${closed}/`, '--chromium', stores.chromium]);
    expect(r.code).toBe(2);
    expect(errorLine(r)).toBe(
      `storefront-consent: could not scan http://127.0.0.1:${closed}/: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:${closed}/`,
    );
    expect(r.stdout).toBe('');
  });

  it('exits 2 with one line when there is no Chromium', async () => {
    const r = await runCli(['scan', `${stores.url}/clean/`, '--chromium', '/nonexistent/chromium']);
    expect(r.code).toBe(2);
    expect(errorLine(r)).toBe(
      'storefront-consent: Chromium not found at /nonexistent/chromium: install it (apt-get install chromium) or point --chromium or CHROMIUM_PATH at a Chromium',
    );
    const fromEnv = await runCli(['scan', `${stores.url}/clean/`], {
      env: { CHROMIUM_PATH: '/nope/chromium' },
    });
    expect(fromEnv.code).toBe(2);
    expect(errorLine(fromEnv)).toContain('Chromium not found at /nope/chromium');
  });
});

describe('storefront-consent scan: Script Manager', () => {
  let bc: BigCommerceStandIn;
  beforeAll(async () => {
    bc = await startBigCommerce();
  });
  afterAll(() => bc?.close());

  it('flags an entry in category essential that loads a known tracker, and names it in the fix', async () => {
    const env = storeEnv(bc);
    const post = async (body: object) => {
      const res = await fetch(`${bc.url}/stores/${bc.storeHash}/v3/content/scripts`, {
        method: 'POST',
        headers: { 'x-auth-token': bc.accessToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(200);
    };
    await post({
      name: 'Meta pixel',
      kind: 'src',
      src: `https://connect.facebook.net:${stores.trackerPort}/en_US/fbevents.js`,
      consent_category: 'essential',
    });
    await post({
      name: 'Reviews',
      kind: 'script_tag',
      html: '<script src="https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js"></script>',
      consent_category: 'functional',
    });
    await post({
      name: 'Own code',
      kind: 'script_tag',
      html: '<script>console.log(1)</script>',
      consent_category: 'essential',
    });

    const r = await scan('/leaky/', ['--pages', '1'], env);
    expect(r.code).toBe(1);
    expect(r.report.script_manager).toMatchObject({ checked: 3, flagged: 1 });
    expect(r.report.script_manager?.entries.map((e) => [e.name, e.flagged, e.needs])).toEqual([
      ['Meta pixel', true, 'targeting'],
      ['Reviews', false, 'functional'],
    ]);
    expect(r.report.fixes[0]?.how).toMatch(
      /^set its Script Manager category to targeting \(entry "Meta pixel"/,
    );

    const refused = await scan('/leaky/', ['--pages', '1'], {
      ...env,
      BC_ACCESS_TOKEN: 'wrong-token-0123456789',
    });
    expect(refused.code).toBe(2);
    expect(errorLine(refused, 'wrong-token-0123456789')).toContain(
      'Could not list the Script Manager scripts',
    );
  });
});
