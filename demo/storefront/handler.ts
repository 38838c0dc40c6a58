// The demo storefront's routes: the pages a shopper visits, the built widget, the store's own
// endpoints (mounted from the BigCommerce stand-in) and the demo's assets.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../read-body';
import { CONTENT_TYPES } from '../static-files';
import { accountPage, SAVED_FRAGMENT_PATH, savedFragment } from './account-page';
import { DEMO_ASSETS, widgetAsset } from './assets';
import { homePage } from './home-page';
import { escapeHtml } from './html';
import { page } from './layout';
import { loginPage } from './login-page';
import { privacyPage } from './privacy-page';
import { productAt, productPage } from './product-page';
import { customerIdOf, loginCookie, logoutCookie } from './session';
import type { SampleCustomer, Site } from './site';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The consent statistics page, linked from every page's footer. */
export const CONSENT_STATS_PATH = '/consent-stats';

const MAX_FORM_BYTES = 1024;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

const html = (res: ServerResponse, status: number, body: string) =>
  send(res, status, CONTENT_TYPES['.html'], body);

const redirect = (res: ServerResponse, location: string, cookie?: string) => {
  res.writeHead(303, {
    Location: location,
    'Cache-Control': 'no-store',
    ...(cookie ? { 'Set-Cookie': cookie } : {}),
  });
  res.end();
};

async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  const text = await readBody(req, MAX_FORM_BYTES);
  return text === null ? null : new URLSearchParams(text);
}

function messagePage(site: Site, customer: SampleCustomer | null, title: string, text: string): string {
  return page(site, {
    title,
    customer,
    main: `<section class="narrow"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="/">Back to the store</a></p></section>`,
  });
}

async function route(site: Site, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (site.storeRoutes && (await site.storeRoutes(req, res))) return;

  const url = new URL(req.url ?? '/', 'http://storefront.invalid');
  const id = customerIdOf(req);
  const customer = id === null ? null : (site.customers().find((c) => c.id === id) ?? null);
  const path = url.pathname;

  if (path === '/login.php' && req.method === 'POST') {
    const form = await readForm(req);
    const wanted = Number(form?.get('customer_id'));
    const found = site.customers().find((c) => c.id === wanted);
    if (!found) return html(res, 400, messagePage(site, null, 'Log in', 'There is no such sample customer.'));
    return redirect(res, '/', loginCookie(found.id));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return html(res, 405, messagePage(site, customer, 'Not allowed', `${req.method} is not served here.`));
  }

  const asset = DEMO_ASSETS[path] ?? (await widgetAsset(site.widgetDir, path));
  if (asset) return send(res, 200, asset.type, asset.body);

  switch (path) {
    case '/':
      return html(res, 200, homePage(site, customer));
    case '/privacy-policy/':
      return html(res, 200, privacyPage(site, customer));
    case '/login.php':
      if (url.searchParams.get('action') === 'logout') return redirect(res, '/', logoutCookie());
      return customer ? redirect(res, '/account/consent') : html(res, 200, loginPage(site));
    case '/account/consent':
      return customer ? html(res, 200, await accountPage(site, customer)) : redirect(res, '/login.php');
    // The statistics page is the command line's, without the icon link the store's pages carry.
    case '/favicon.ico':
      res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
      return;
    case CONSENT_STATS_PATH: {
      const stats = await site.consentStats().catch((error: Error) => error);
      if (typeof stats === 'string') return html(res, 200, stats);
      const title = 'Consent statistics';
      return html(res, 502, messagePage(site, customer, title, `The proxy did not answer: ${stats.message}`));
    }
    case SAVED_FRAGMENT_PATH:
      if (!customer) return html(res, 401, '<p>Log in to see your saved choice.</p>');
      return html(res, 200, await savedFragment(site, customer));
    default: {
      const product = productAt(path);
      if (product) return html(res, 200, productPage(site, customer, product));
      return html(res, 404, messagePage(site, customer, 'Page not found', `There is nothing at ${path}.`));
    }
  }
}

/** The storefront as a Node request listener; a failure answers 500 instead of crashing the demo. */
export function storefrontHandler(site: Site): Handler {
  return (req, res) => {
    route(site, req, res).catch((error: unknown) => {
      console.error('demo storefront:', error);
      if (!res.headersSent)
        send(res, 500, 'text/plain; charset=utf-8', 'The demo storefront failed; see its terminal.');
      else res.end();
    });
  };
}
