// `profiles reconcile --from-records` against the real proxy on Node (SQLite in a temp dir) and the
// BigCommerce stand-in, over real HTTP: the decisions come from the proxy's consent records, written
// by customers' own `PUT /consent`, and the result must be the one reading BigCommerce gives.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Category } from '../../core/categories';
import { proxyEnvFor } from '../../demo/bigcommerce/proxy-env';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { signCustomerJwt } from '../../demo/bigcommerce/storefront-routes';
import { serveNode } from '../../proxy/adapters/node';
import { listen } from '../../proxy/adapters/node-listen';
import { addProfile } from './profiles-store';
import { errorLine, runCli, storeEnv } from './run-cli';

const ORIGIN = 'https://shop.example.com';
const ADMIN_TOKEN = 'reconcile-admin-token-0123456789abcdef';
const GUESTS = 5;

let bc: BigCommerceStandIn;
let proxy: { url: string; close(): Promise<void> } | null = null;
let dir: string;
const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  await proxy?.close();
  proxy = null;
  await bc?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The stand-in with generated customers' profiles, and the proxy in front of it keeping records. */
async function storeWithProxy(profiles: number, adminToken: string | null = ADMIN_TOKEN) {
  bc = await startBigCommerce({
    seed: { shopperProfiles: profiles },
    rateLimit: { quota: 100_000, windowMs: 30_000 },
  });
  const add = (customerId?: number) => addProfile(bc, customerId);
  for (let i = 0; i < GUESTS; i++) add();
  add(104); // a second profile for a customer who denies
  add(9999); // a customer who no longer exists, and has no record
  dir = mkdtempSync(join(tmpdir(), 'sc-reconcile-records-'));
  proxy = await serveNode(
    {
      ...proxyEnvFor(bc, ORIGIN),
      ...(adminToken ? { ADMIN_TOKEN: adminToken } : {}),
      RECORDS_DB: join(dir, 'records.db'),
    },
    { port: 0, host: '127.0.0.1', log: () => undefined },
  );
}

/** A customer deciding on the storefront: the widget's `PUT /consent`, which also writes a record. */
async function decide(customer: number, allow: Category[], deny: Category[]): Promise<void> {
  const response = await fetch(`${proxy?.url}/consent`, {
    method: 'PUT',
    headers: {
      Origin: ORIGIN,
      Authorization: `Bearer ${await signCustomerJwt(bc, customer)}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ allow, deny }),
  });
  expect(response.status).toBe(200);
}

/** Every saved decision in the store made again through the proxy, so the records hold it too. */
async function recordEverySavedDecision(): Promise<void> {
  for (const [customer, c] of [...bc.state.consent]) await decide(customer, c.allow, c.deny);
}

/** A guest's decision, which has no customer and so never touches a profile. */
const guestDecides = (consentId: string, deny: Category[]) =>
  fetch(`${proxy?.url}/records`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
    body: JSON.stringify({ consent_id: consentId, allow: [], deny, source: 'banner' }),
  }).then((r) => expect(r.status).toBe(201));

const recordsEnv = () => ({ ...storeEnv(bc), PROXY_URL: proxy?.url ?? '', ADMIN_TOKEN });
const consentReads = () => bc.calls.filter((c) => c.path.endsWith('/consent') && c.method === 'GET');
const profileIds = () => bc.state.shopperProfiles.map((p) => p.id).sort();

/** A server that answers the admin route as told: a proxy failing, or one gone wrong. */
async function fakeProxy(answer: (res: ServerResponse) => void): Promise<string> {
  const server = await listen(
    createServer((_, res) => answer(res)),
    { port: 0, host: '127.0.0.1' },
  );
  closers.push(() => server.close());
  return server.url;
}

describe('profiles reconcile --from-records', { timeout: 60_000 }, () => {
  it('deletes the profiles that reading BigCommerce would, without one consent request', async () => {
    await storeWithProxy(100);
    await recordEverySavedDecision();
    // Changed minds: only the latest record counts, as only the latest save does in BigCommerce.
    await decide(108, ['essential', 'functional', 'analytics', 'targeting'], []);
    await decide(105, ['essential'], ['functional', 'analytics', 'targeting']);
    await guestDecides('guestAAAAAAAAAAAAAAAA1', ['targeting']);

    const fromBigCommerce = await runCli(['profiles', 'reconcile', '--dry-run', '--json'], {
      env: recordsEnv(),
    });
    expect(fromBigCommerce.code, fromBigCommerce.stderr).toBe(0);
    const callsBefore = bc.calls.length;

    const dry = await runCli(['profiles', 'reconcile', '--from-records', '--dry-run', '--json'], {
      env: recordsEnv(),
    });
    expect(dry.code, dry.stderr).toBe(0);
    const expected = JSON.parse(fromBigCommerce.stdout);
    const summary = JSON.parse(dry.stdout);
    expect(new Set(summary.profile_ids)).toEqual(new Set(expected.profile_ids));
    expect(summary).toMatchObject({
      dry_run: true,
      consent_source: 'records',
      profiles_seen: 100 + GUESTS + 2,
      guest_profiles_skipped: GUESTS,
      customers_checked: 101,
      // No GET per customer, so a customer BigCommerce no longer has is not found out: with no
      // record it is kept, as reading BigCommerce keeps it.
      customers_not_found: [],
      customers_denying_targeting: expected.customers_denying_targeting,
      // 50 of the 100 generated customers have nothing saved, and neither has 9999.
      customers_without_record: 51,
      profiles_matching: expected.profiles_matching,
    });
    expect(expected).toMatchObject({ consent_source: 'bigcommerce', customers_without_record: null });
    // The run cost the profile pages alone.
    const calls = bc.calls.slice(callsBefore);
    expect(calls.map((c) => `${c.method} ${c.path.replace(/^\/stores\/[^/]+/, '')}`)).toEqual([
      'GET /v3/shopper-profiles',
    ]);
    expect(dry.stderr).toContain('Reading consent records: 53\n');

    const denying = new Set(
      [...bc.state.consent].filter(([, c]) => c.deny.includes('targeting')).map(([id]) => id),
    );
    const kept = bc.state.shopperProfiles
      .filter((p) => p.customer_id === undefined || !denying.has(p.customer_id))
      .map((p) => p.id)
      .sort();
    const readsBefore = consentReads().length;
    const applied = await runCli(['profiles', 'reconcile', '--from-records'], { env: recordsEnv() });
    expect(applied.code, applied.stderr).toBe(0);
    expect(profileIds()).toEqual(kept);
    expect(consentReads().length).toBe(readsBefore);
    expect(applied.stdout).toBe(
      'Shopper profiles reconciled with targeting consent.\n' +
        '  Consent records read:        53\n' +
        `  Shopper profiles seen:       ${100 + GUESTS + 2}\n` +
        `  Guest profiles skipped:      ${GUESTS}\n` +
        '  Customers checked:           101\n' +
        '  Customers without a record:  51\n' +
        `  Customers denying targeting: ${denying.size}\n` +
        `  Profiles deleted:            ${expected.profiles_matching}\n`,
    );
  });

  it('treats a store with no records as one where nobody decided: nothing to delete', async () => {
    await storeWithProxy(20);
    const r = await runCli(['profiles', 'reconcile', '--from-records', '--json'], { env: recordsEnv() });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      customers_checked: 21,
      customers_without_record: 21,
      customers_denying_targeting: 0,
      profiles_deleted: 0,
    });
    expect(bc.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('names PROXY_URL and ADMIN_TOKEN when they are missing, having called nothing', async () => {
    await storeWithProxy(10);
    const r = await runCli(['profiles', 'reconcile', '--from-records'], { env: storeEnv(bc) });
    expect(r.code).toBe(2);
    expect(errorLine(r)).toBe(
      "storefront-consent profiles reconcile: PROXY_URL and ADMIN_TOKEN are not set: export the proxy's URL and its ADMIN_TOKEN (see storefront-consent profiles reconcile --help)",
    );
    expect(bc.calls).toEqual([]);

    // And the store's own variables are checked before the proxy is asked anything.
    let asked = 0;
    const counting = await fakeProxy((res) => {
      asked++;
      res.writeHead(200).end();
    });
    const noStore = await runCli(['profiles', 'reconcile', '--from-records'], {
      env: { PROXY_URL: counting, ADMIN_TOKEN },
    });
    expect(noStore.code).toBe(2);
    expect(errorLine(noStore)).toMatch(/^storefront-consent: BC_STORE_HASH and BC_ACCESS_TOKEN are not set/);
    expect(asked).toBe(0);
  });

  it('says the proxy refused a wrong ADMIN_TOKEN, never printing it, and changes nothing', async () => {
    await storeWithProxy(10);
    await recordEverySavedDecision();
    const callsBefore = bc.calls.length;
    const wrong = 'wrong-admin-token-0123456789abcdef0123';
    const r = await runCli(['profiles', 'reconcile', '--from-records'], {
      env: { ...recordsEnv(), ADMIN_TOKEN: wrong },
    });
    expect(r.code).toBe(1);
    expect(errorLine(r, wrong)).toBe('storefront-consent: the proxy refused ADMIN_TOKEN');
    expect(bc.calls.length).toBe(callsBefore);
    expect(bc.state.shopperProfiles).toHaveLength(10 + GUESTS + 2);
  });

  it('says a proxy without ADMIN_TOKEN has no admin routes', async () => {
    await storeWithProxy(10, null);
    const r = await runCli(['profiles', 'reconcile', '--from-records'], { env: recordsEnv() });
    expect(r.code).toBe(1);
    expect(errorLine(r)).toBe(
      `storefront-consent: the proxy at ${proxy?.url} has no admin routes: set ADMIN_TOKEN on the proxy`,
    );
    expect(bc.calls).toEqual([]);
  });

  it('passes on what a failing proxy says (5xx), having called BigCommerce for nothing', async () => {
    await storeWithProxy(10);
    const failing = await fakeProxy((res) =>
      res
        .writeHead(503, { 'Content-Type': 'application/json' })
        .end('{"error":{"code":"records_unavailable","message":"the record store failed"}}'),
    );
    const r = await runCli(['profiles', 'reconcile', '--from-records'], {
      env: { ...recordsEnv(), PROXY_URL: failing },
    });
    expect(r.code).toBe(1);
    expect(errorLine(r)).toBe('storefront-consent: the proxy answered 503: the record store failed');
    expect(bc.calls).toEqual([]);
  });

  it('stops at a malformed NDJSON line, naming it, and deletes nothing', async () => {
    await storeWithProxy(10);
    const good = JSON.stringify({ id: 1, customer_id: 104, allow: ['essential'], deny: ['targeting'] });
    const broken = await fakeProxy((res) =>
      res.writeHead(200, { 'Content-Type': 'application/x-ndjson' }).end(`${good}\n{"id":2,"customer_\n`),
    );
    const r = await runCli(['profiles', 'reconcile', '--from-records'], {
      env: { ...recordsEnv(), PROXY_URL: broken },
    });
    expect(r.code).toBe(1);
    expect(errorLine(r)).toBe(
      "storefront-consent: the proxy's records export has a malformed line 2: it is not JSON",
    );
    expect(bc.calls).toEqual([]);

    const wrongShape = await fakeProxy((res) =>
      res
        .writeHead(200)
        .end(`${good}\n${JSON.stringify({ id: 2, customer_id: '7', allow: [], deny: [] })}\n`),
    );
    const shape = await runCli(['profiles', 'reconcile', '--from-records'], {
      env: { ...recordsEnv(), PROXY_URL: wrongShape },
    });
    expect(errorLine(shape)).toBe(
      "storefront-consent: the proxy's records export has a malformed line 2: its customer_id is not a customer id",
    );
  });

  it('stops when the export breaks off part-way, and deletes nothing', async () => {
    await storeWithProxy(10);
    const good = JSON.stringify({ id: 1, customer_id: 104, allow: ['essential'], deny: ['targeting'] });
    const cut = await fakeProxy((res) => {
      res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
      res.write(`${good}\n`, () => res.destroy());
    });
    const r = await runCli(['profiles', 'reconcile', '--from-records'], {
      env: { ...recordsEnv(), PROXY_URL: cut },
    });
    expect(r.code).toBe(1);
    expect(errorLine(r)).toMatch(/^storefront-consent: the proxy's records export stopped part-way: /);
    expect(bc.state.shopperProfiles).toHaveLength(10 + GUESTS + 2);
  });
});
