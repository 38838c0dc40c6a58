// The demo storefront's own routes, over real HTTP: the widget's tag as a merchant pastes it, the
// sample login, the account page, and the refusals (unknown customer, files outside the widget's
// folder, wrong methods) that must answer clearly instead of crashing the demo.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storefrontHandler } from '../../demo/storefront/handler';
import type { SavedConsent, Site } from '../../demo/storefront/site';
import { type Listening, listen } from '../../proxy/adapters/node-listen';

describe('demo storefront', () => {
  let dir: string;
  let store: Listening;
  let saved: SavedConsent = { ok: true, allow: ['essential'], deny: [], updatedAt: '2026-01-01T00:00:00Z' };
  let stats: () => Promise<string> = async () => '<!doctype html><h1>Consent decisions</h1>';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'demo-widget-'));
    mkdirSync(join(dir, 'dist/i18n'), { recursive: true });
    mkdirSync(join(dir, 'dist/node'));
    writeFileSync(join(dir, 'dist/storefront-consent.js'), '/* boot */');
    writeFileSync(join(dir, 'dist/i18n/de.js'), 'export default {}');
    writeFileSync(join(dir, 'dist/node/demo.js'), '/* server code */');
    writeFileSync(join(dir, 'secret.js'), '/* beside dist */');
    const site: Site = {
      storeName: 'Test & Co',
      widgetDir: join(dir, 'dist'),
      proxyUrl: 'http://127.0.0.1:9/proxy',
      clientId: 'app_1',
      mode: 'stand-in',
      customers: () => [{ id: 7, name: 'Ada Lovelace', email: 'ada@example.com' }],
      storeRoutes: null,
      readConsent: async () => saved,
      consentCalls: () => [{ method: 'PUT', path: '/stores/s/v3/customers/7/consent', status: 200 }],
      consentStats: () => stats(),
    };
    store = await listen(createServer(storefrontHandler(site)), { port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, init: RequestInit = {}) =>
    fetch(store.url + path, { redirect: 'manual', ...init });
  /** A request whose path is sent as written: fetch would resolve the dots itself. */
  const rawStatus = (path: string) =>
    new Promise<number | undefined>((resolve, reject) => {
      request(store.url, { path }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
        .on('error', reject)
        .end();
    });
  const asAda = { headers: { Cookie: 'sc_customer=7' } };
  /** The login page's form, posted as a browser posts it. */
  const postLogin = (customerId: number) =>
    get('/login.php', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `customer_id=${customerId}`,
    });

  it('puts the widget tag first in <head>, exactly as the merchant pastes it, with the customer id', async () => {
    const guest = await (await get('/')).text();
    expect(guest.split('<head>\n')[1]?.startsWith('<script src="/storefront-consent.js"')).toBe(true);
    expect(guest).toContain(`<script src="/storefront-consent.js"
        data-proxy-url="http://127.0.0.1:9/proxy"
        data-client-id="app_1"
        data-customer-id=""
        data-policy-url="/privacy-policy/"></script>`);
    expect(guest).toContain('<a href="#cookie-settings" data-consent-open>Cookie settings</a>');
    expect(guest).toContain('Test &amp; Co');
    expect(await (await get('/', asAda)).text()).toContain('data-customer-id="7"');
  });

  it('gates every sample tag and the video with type="text/plain" and data-consent', async () => {
    const page = await (await get('/')).text();
    for (const category of ['functional', 'analytics', 'targeting']) {
      expect(page).toContain(`<script type="text/plain" data-consent="${category}"`);
    }
    expect(page).toContain('<iframe data-consent="targeting" data-src="/vendor/embed/video"');
  });

  it('serves the built widget and its language files, and nothing else from that folder', async () => {
    const boot = await get('/storefront-consent.js');
    expect(boot.status).toBe(200);
    expect(boot.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await boot.text()).toBe('/* boot */');
    expect((await get('/i18n/de.js')).status).toBe(200);
    expect((await get('/node/demo.js')).status).toBe(404);
    expect(await rawStatus('/../secret.js')).toBe(404);
    expect(await rawStatus('/i18n/../../secret.js')).toBe(404);
    expect((await get('/missing.js')).status).toBe(404);
  });

  it('logs in a sample customer with a session cookie, and logs out', async () => {
    const login = await postLogin(7);
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/');
    expect(login.headers.get('set-cookie')).toBe('sc_customer=7; Path=/; HttpOnly; SameSite=Lax');

    const logout = await get('/login.php?action=logout', asAda);
    expect(logout.status).toBe(303);
    expect(logout.headers.get('set-cookie')).toBe('sc_customer=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
  });

  it('refuses to log in as a customer the store does not have, setting no cookie', async () => {
    const login = await postLogin(8);
    expect(login.status).toBe(400);
    expect(login.headers.get('set-cookie')).toBeNull();
    expect(await login.text()).toContain('There is no such sample customer.');
  });

  it('sends a guest from My consent to the login page', async () => {
    const account = await get('/account/consent');
    expect(account.status).toBe(303);
    expect(account.headers.get('location')).toBe('/login.php');
    expect((await get('/account/consent/saved')).status).toBe(401);
  });

  it('shows what BigCommerce has saved, an empty choice as nothing saved, and a read failure as such', async () => {
    saved = { ok: true, allow: ['essential'], deny: [], updatedAt: '2026-01-01T00:00:00Z' };
    expect(await (await get('/account/consent', asAda)).text()).toContain('Nothing saved yet');

    saved = { ok: true, allow: ['essential', 'analytics'], deny: ['targeting'], updatedAt: null };
    const page = await (await get('/account/consent/saved', asAda)).text();
    expect(page).toContain('Saved in BigCommerce: allow essential, analytics; deny targeting.');
    expect(page).toContain(
      '<tr data-category="functional"><th scope="row">functional</th><td class="state not-set">',
    );
    expect(page).toContain('PUT /stores/s/v3/customers/7/consent → 200');

    saved = { ok: false, error: 'BigCommerce is unavailable' };
    const failed = await get('/account/consent/saved', asAda);
    expect(failed.status).toBe(200);
    expect(await failed.text()).toContain(
      'Could not read your consent from BigCommerce: BigCommerce is unavailable',
    );
  });

  it('links every page to the consent statistics, and says so when the proxy does not answer', async () => {
    expect(await (await get('/')).text()).toContain('<a href="/consent-stats">Consent statistics</a>');
    const page = await get('/consent-stats');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><h1>Consent decisions</h1>');
    stats = () => Promise.reject(new Error('the proxy refused ADMIN_TOKEN'));
    const failed = await get('/consent-stats');
    expect(failed.status).toBe(502);
    expect(await failed.text()).toContain('The proxy did not answer: the proxy refused ADMIN_TOKEN');
  });

  it('answers unknown pages with 404 and other methods with 405', async () => {
    expect((await get('/nowhere')).status).toBe(404);
    expect((await get('/', { method: 'DELETE' })).status).toBe(405);
  });
});
