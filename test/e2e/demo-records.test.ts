// The demo's consent records, over real HTTP: the proxy `npm start` runs keeps them in a SQLite file of
// the demo's own (never ./storefront-consent.db), and the storefront's Consent statistics page shows
// them as `storefront-consent stats --html` would, read live from the proxy on every request.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCustomerJwt } from '../../demo/bigcommerce/storefront-routes';
import { type Demo, startDemo } from '../../demo/stack';

describe('demo: consent records and their statistics', () => {
  let widgetDir: string;
  let demo: Demo;
  const cwdDb = existsSync('storefront-consent.db');

  beforeAll(async () => {
    // The storefront pages only link the widget; these tests need none of it built.
    widgetDir = mkdtempSync(join(tmpdir(), 'demo-records-widget-'));
    writeFileSync(join(widgetDir, 'storefront-consent.js'), '/* boot */');
    demo = await startDemo({ port: 0, env: {}, widgetDir, log: () => undefined });
  });

  afterAll(async () => {
    await demo?.close();
    rmSync(widgetDir, { recursive: true, force: true });
  });

  const origin = () => new URL(demo.url).origin;
  const statsPage = async () => {
    const response = await fetch(new URL('/consent-stats', demo.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    return response.text();
  };

  /** What the widget sends when a logged-in customer decides. */
  async function customerDecides(customer: number, allow: string[], deny: string[]): Promise<void> {
    if (!demo.standIn) throw new Error('the demo runs against its stand-in here');
    const response = await fetch(`${demo.proxyUrl}/consent`, {
      method: 'PUT',
      headers: {
        Origin: origin(),
        Authorization: `Bearer ${await signCustomerJwt(demo.standIn, customer)}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ allow, deny }),
    });
    expect(response.status).toBe(200);
  }

  it("keeps the records in a SQLite file of the demo's own, under the OS temp folder", () => {
    expect(demo.recordsDb.startsWith(tmpdir())).toBe(true);
    expect(existsSync(demo.recordsDb)).toBe(true);
    expect(demo.lines.join('\n')).toContain(`consent records        ${demo.recordsDb}  (SQLite`);
    expect(existsSync('storefront-consent.db')).toBe(cwdDb);
  });

  it('links the statistics from the footer, and shows no decision before any', async () => {
    expect(await (await fetch(demo.url)).text()).toContain('<a href="/consent-stats">Consent statistics</a>');
    const page = await statsPage();
    expect(page).toContain('<p>0 decisions over 0 days.</p>');
    expect(page).toContain("the banner sends every decision to it, guests' included");
  });

  it('counts each decision as soon as it is recorded, with its allow rates', async () => {
    await customerDecides(2, ['essential', 'analytics'], ['functional', 'targeting']);
    const today = new Date().toISOString().slice(0, 10);
    const once = await statsPage();
    expect(once).toContain(`<title>Consent decisions since `);
    expect(once).toContain('<p>1 decisions over 1 days.</p>');
    expect(once).toMatch(new RegExp(`${today} +1 +0 % +100 % +0 %`));

    await customerDecides(3, ['essential', 'functional', 'analytics', 'targeting'], []);
    const twice = await statsPage();
    expect(twice).toContain('<p>2 decisions over 1 days.</p>');
    expect(twice).toMatch(/total +2 +50 % +100 % +50 %/);
    // Self-contained, as the command line writes it: nothing to load, no link out.
    expect(twice).not.toMatch(/<(script|link|img)\b|src=|href=/);
  });

  it("counts a guest's decision, as the banner sends it to POST /records, once however often it is sent", async () => {
    const body = JSON.stringify({
      consent_id: 'demoGuestAAAAAAAAAAAAA',
      allow: ['analytics'],
      deny: ['functional', 'targeting'],
      source: 'banner',
      decided_at: new Date().toISOString(),
    });
    const send = () =>
      fetch(`${demo.proxyUrl}/records`, {
        method: 'POST',
        headers: { Origin: origin(), 'Content-Type': 'application/json' },
        body,
      });
    expect((await send()).status).toBe(201);
    expect((await send()).status).toBe(200);
    expect(await statsPage()).toContain('<p>3 decisions over 1 days.</p>');
  });

  it('removes its records file when it stops', async () => {
    const dir = join(demo.recordsDb, '..');
    await demo.close();
    expect(existsSync(dir)).toBe(false);
  });
});
