// A stand-in BigCommerce Stencil storefront for browser tests: serves the built widget from `dist/`,
// pages that tests register, a slow external script and an iframe target. Listens on 127.0.0.1:0.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, readStaticFile } from '../../demo/static-files';
import { listen } from '../../proxy/adapters/node-listen';

export type ExtraHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface Storefront {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** Serve `html` at `path` (e.g. `/checkout`), with optional extra response headers (e.g. a CSP). */
  page(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The script `/slow.js?ms=N&name=X` answers with: it records X as a gated script that ran. */
export const slowScriptBody = (name: string): string =>
  `(window.__ran = window.__ran || []).push(${JSON.stringify(name)});\n`;

// The iframe target: records itself in the parent page, so a test sees that the frame really loaded.
const frameHtml = (name: string): string =>
  `<!doctype html><html lang="en"><head><title>Embedded ${escapeHtml(name)}</title></head><body>` +
  `<p>Embedded content ${escapeHtml(name)}</p>` +
  `<script>try { (parent.__ran = parent.__ran || []).push(${JSON.stringify(`frame:${name}`)}); } catch (e) {}</script>` +
  '</body></html>';

export async function startStorefront(o: { extra?: ExtraHandler } = {}): Promise<Storefront> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (o.extra && (await o.extra(req, res))) return;
    const url = new URL(req.url ?? '/', 'http://storefront.test');

    const registered = pages.get(url.pathname);
    if (registered) {
      res.writeHead(200, {
        'content-type': CONTENT_TYPES['.html'],
        'cache-control': 'no-store',
        ...registered.headers,
      });
      res.end(registered.html);
      return;
    }
    if (url.pathname === '/slow.js') {
      const ms = Number(url.searchParams.get('ms') ?? '0');
      await new Promise((resolve) => setTimeout(resolve, Number.isFinite(ms) ? ms : 0));
      res.writeHead(200, {
        'content-type': CONTENT_TYPES['.js'],
        'cache-control': 'no-store',
        // Lets tests load it with `crossorigin` and `integrity`.
        'access-control-allow-origin': '*',
      });
      res.end(slowScriptBody(url.searchParams.get('name') ?? 'slow'));
      return;
    }
    if (url.pathname === '/frame.html') {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' });
      res.end(frameHtml(url.searchParams.get('name') ?? 'frame'));
      return;
    }
    if (url.pathname.startsWith('/dist/')) {
      await serveDist(url.pathname.slice('/dist/'.length), res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  }

  const { url, close } = await listen(server, { port: 0, host: '127.0.0.1' });
  return {
    url,
    page(path, html, headers = {}) {
      pages.set(path, { html, headers });
    },
    close,
  };
}

async function serveDist(relative: string, res: ServerResponse): Promise<void> {
  const file = await readStaticFile(DIST, decodeURIComponent(relative));
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(`Not in dist/: ${relative} (run npm run build)`);
    return;
  }
  res.writeHead(200, {
    'content-type': file.type,
    'cache-control': 'no-cache',
    'access-control-allow-origin': '*',
  });
  res.end(file.body);
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The last element of every storefront page: a gated `essential` script, which the widget runs only
 * after every allowed gated script before it has run (or loaded). Once `window.__finished` is set, a
 * gated script that has not run was not going to (see `pageFinished` in shop.ts).
 */
const finishedMarker = (nonce?: string): string =>
  `<script type="text/plain" data-consent="essential"${nonce ? ` nonce="${escapeHtml(nonce)}"` : ''}>window.__finished = true</script>`;

export interface StorefrontPage {
  /**
   * Attributes of the widget's `<script>` tag, full names: `{ 'data-revision': '2', nonce: 'abc' }`.
   * Values are HTML-escaped here, so pass them as the merchant means them.
   */
  attrs?: Record<string, string>;
  /** Markup after the widget's tag in `<head>` (gated scripts, styles). */
  head?: string;
  /** Markup at the end of `<body>`, after the footer. */
  body?: string;
  /** `<html lang>`; default `en`. */
  lang?: string;
  /** The widget's `src`; default `/dist/storefront-consent.js`. */
  scriptSrc?: string;
  /** Nonce for the page's own `<style>`, for pages served with a Content Security Policy. */
  nonce?: string;
}

const PRODUCTS = [
  ['Orbit Terrarium - Large', '$109.00'],
  ['Able Brewing System', '$225.00'],
  ['Chemex Coffeemaker 3 Cup', '$49.50'],
  ['Dustpan & Brush', '$34.95'],
  ['Fog Linen Chambray Towel', '$49.00'],
  ['Sample - Utility Caddy', '$45.95'],
] as const;

/**
 * A page shaped like BigCommerce's Cornerstone theme: header with navigation and a login link, a
 * product grid, a footer whose "Cookie settings" link carries `data-consent-open`. The widget's tag
 * comes first in `<head>`, as Script Manager puts it. No inline script or style attribute of its own,
 * so it works under a strict Content Security Policy (give `nonce` for its `<style>` and its end marker).
 */
export function storefrontHtml(o: StorefrontPage = {}): string {
  const attrs = Object.entries(o.attrs ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const products = PRODUCTS.map(
    ([name, price], i) => `
        <li class="product">
          <article class="card">
            <a href="/products/${i + 1}/" class="card-figure" aria-label="${escapeHtml(name)}">
              <span class="card-image card-image--${i + 1}"></span>
            </a>
            <h3 class="card-title"><a href="/products/${i + 1}/">${escapeHtml(name)}</a></h3>
            <p class="price">${price}</p>
            <a href="/cart.php?action=add&amp;product_id=${i + 1}" class="button">Add to Cart</a>
          </article>
        </li>`,
  ).join('');

  return `<!doctype html>
<html lang="${escapeHtml(o.lang ?? 'en')}">
<head>
  <script src="${escapeHtml(o.scriptSrc ?? '/dist/storefront-consent.js')}"${attrs}></script>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Cornerstone Demo Store</title>
  <link rel="icon" href="data:,">
  <style${o.nonce ? ` nonce="${escapeHtml(o.nonce)}"` : ''}>
    body { margin: 0; font-family: system-ui, sans-serif; color: #313440; background: #fff; }
    header, footer { padding: 1rem 2rem; background: #f6f6f6; }
    .navUser, .navPages { display: flex; gap: 1.5rem; list-style: none; margin: 0; padding: 0; }
    .navUser { justify-content: flex-end; }
    .header-logo { margin: .5rem 0; font-size: 1.75rem; }
    main { padding: 2rem; }
    .productGrid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1.5rem; list-style: none; padding: 0; }
    .card-image { display: block; height: 160px; background: #d8dde6; }
    .card-image--2, .card-image--5 { background: #e6dcd0; }
    .card-image--3, .card-image--6 { background: #d3e4d6; }
    .card-title { font-size: 1rem; margin: .5rem 0; }
    .button { display: inline-block; padding: .5rem 1rem; border: 1px solid #313440; color: #313440; }
    a { color: #2b4bb5; }
  </style>
${o.head ?? ''}
</head>
<body>
  <header class="header" role="banner">
    <nav class="navUser" aria-label="Account">
      <ul class="navUser">
        <li><a class="navUser-action" href="/compare">Compare</a></li>
        <li><a class="navUser-action" href="/login.php">Sign in</a> or <a href="/login.php?action=create_account">Register</a></li>
        <li><a class="navUser-action" href="/cart.php">Cart <span class="countPill">0</span></a></li>
      </ul>
    </nav>
    <p class="header-logo"><a href="/">Cornerstone Demo Store</a></p>
    <nav aria-label="Categories">
      <ul class="navPages">
        <li><a href="/shop-all/">Shop All</a></li>
        <li><a href="/bath/">Bath</a></li>
        <li><a href="/garden/">Garden</a></li>
        <li><a href="/kitchen/">Kitchen</a></li>
        <li><a href="/publications/">Publications</a></li>
      </ul>
    </nav>
  </header>
  <main id="main-content">
    <h1>Featured Products</h1>
    <ul class="productGrid">${products}
    </ul>
  </main>
  <footer class="footer" role="contentinfo">
    <h2>Info</h2>
    <ul>
      <li><a href="/shipping-returns/">Shipping &amp; Returns</a></li>
      <li><a href="/privacy-policy/">Privacy Policy</a></li>
      <li><a href="#" id="cookie-settings" data-consent-open>Cookie settings</a></li>
    </ul>
    <p>&copy; 2026 Cornerstone Demo Store</p>
  </footer>
${o.body ?? ''}
${finishedMarker(o.nonce)}
</body>
</html>
`;
}
