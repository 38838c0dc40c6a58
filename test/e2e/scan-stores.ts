// Stores for the scan tests on a local server (the built widget, pages per store), and the real hosts
// of real trackers (connect.facebook.net, www.googletagmanager.com, www.facebook.com) answered by a
// local HTTPS server. A Chromium wrapper maps those hosts to 127.0.0.1 with --host-resolver-rules, so
// the scan uses its real tracker table and its real --chromium option, and nothing leaves the machine.
// HTTPS because Chromium's HSTS preload list upgrades http://connect.facebook.net to https; the
// certificate is made here with openssl, and the wrapper accepts it (--ignore-certificate-errors).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../../scripts/chromium';
import { type Storefront, startStorefront } from '../support/storefront';

export const TRACKER_HOSTS = ['connect.facebook.net', 'www.facebook.com', 'www.googletagmanager.com'];

/** What the fake Meta pixel does: the `_fbp` cookie, and a beacon to www.facebook.com/tr. */
const fbevents = (port: number) => `(() => {
  document.cookie = '_fbp=fb.1.' + Date.now() + '.1; Path=/; Max-Age=7776000; SameSite=Lax';
  new Image().src = 'https://www.facebook.com:${port}/tr?id=1&ev=PageView';
})();`;

/** What the fake Google tag does: the `_ga` cookie. */
const gtag = `(() => {
  document.cookie = '_ga=GA1.1.' + Date.now() + '; Path=/; Max-Age=63072000; SameSite=Lax';
})();`;

export interface ScanStores {
  server: Storefront;
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** The port of the trackers' HTTPS server: `https://connect.facebook.net:TRACKER_PORT/…`. */
  trackerPort: number;
  /** A Chromium that resolves the tracker hosts to this server: pass it as --chromium. */
  chromium: string;
  /** Every request the server answered, as `host path`. */
  seen: string[];
  close(): Promise<void>;
}

const hostOf = (req: IncomingMessage) => (req.headers.host ?? '').replace(/:\d+$/, '');

export async function startScanStores(): Promise<ScanStores> {
  const seen: string[] = [];
  let port = 0;
  const dir = mkdtempSync(join(tmpdir(), 'scan-chromium-'));

  // The trackers' server.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=trackers.test',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const trackers = createHttpsServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (req, res) => {
      const host = hostOf(req);
      seen.push(`${host} ${req.url}`);
      if (host === 'www.facebook.com') {
        res.writeHead(204);
        res.end();
        return;
      }
      const body =
        host === 'connect.facebook.net'
          ? fbevents(trackerPort)
          : host === 'www.googletagmanager.com'
            ? gtag
            : '';
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(body);
    },
  );
  await new Promise<void>((resolve) => trackers.listen(0, '127.0.0.1', resolve));
  const trackerPort = (trackers.address() as AddressInfo).port;

  const extra = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const host = hostOf(req);
    const path = req.url ?? '/';
    seen.push(`${host} ${path}`);
    if (host !== '127.0.0.1') {
      // Another origin (localhost): the scan must never get here.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Elsewhere</title><p>Another origin.</p>');
      return true;
    }
    if (path === '/hang.png') return true; // never answered: the page's load event never comes
    if (path === '/redirect/away') {
      res.writeHead(302, { location: `http://localhost:${port}/elsewhere` });
      res.end();
      return true;
    }
    return false;
  };
  const server = await startStorefront({ extra });
  port = Number(new URL(server.url).port);

  const chromium = join(dir, 'chromium');
  const rules = TRACKER_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(',');
  writeFileSync(
    chromium,
    `#!/bin/sh\nexec "${CHROMIUM_PATH}" --host-resolver-rules="${rules}" --ignore-certificate-errors "$@"\n`,
  );
  chmodSync(chromium, 0o755);

  return {
    server,
    url: server.url,
    port,
    trackerPort,
    chromium,
    seen,
    async close() {
      trackers.closeAllConnections();
      await Promise.all([server.close(), new Promise((resolve) => trackers.close(resolve))]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const WIDGET = '<script src="/dist/storefront-consent.js" data-policy-url="/privacy/"></script>';

/** A store page: the widget (unless left out), the markup, and links. */
export const storePage = (o: { title: string; body: string; widget?: boolean; links?: string[] }): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${o.widget === false ? '' : WIDGET}
<title>${o.title}</title></head><body><h1>${o.title}</h1>${o.body}
<nav>${(o.links ?? []).map((href) => `<a href="${href}">${href}</a>`).join(' ')}</nav></body></html>`;

/** The Meta pixel as a theme pastes it, ungated. */
export const pixel = (port: number) =>
  `<script src="https://connect.facebook.net:${port}/en_US/fbevents.js"></script>`;

/** The same pixel gated as the banner's docs say. */
export const gatedPixel = (port: number) =>
  `<script type="text/plain" data-consent="targeting" src="https://connect.facebook.net:${port}/en_US/fbevents.js"></script>`;

/** The Google tag, gated. */
export const gatedGtag = (port: number) =>
  `<script type="text/plain" data-consent="analytics" src="https://www.googletagmanager.com:${port}/gtag/js?id=G-TEST"></script>`;
