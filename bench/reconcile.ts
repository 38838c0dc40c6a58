// The `profiles reconcile` figures for `npm run bench` (docs/performance.md): the same store reconciled
// twice, as a merchant runs the command (in-process, against the BigCommerce stand-in over loopback),
// once reading each customer's consent from BigCommerce and once `--from-records` from a proxy on
// Node whose SQLite file holds the same decisions. The store's quota is BigCommerce's 150 requests a
// window, with the window time-scaled (30 s → BENCH_RECONCILE_WINDOW_MS, default 300 ms) so the run
// that needs one request per customer fits in the bench; what that costs at the real 30 s is
// computed from the requests counted, at the pace the command keeps (140 a window, 10 left to the
// store's other apps).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { run } from '../cli/main';
import { QUOTA_RESERVE } from '../cli/quota-gate';
import { proxyEnvFor } from '../demo/bigcommerce/proxy-env';
import { type BigCommerceStandIn, startBigCommerce } from '../demo/bigcommerce/server';
import { serveNode } from '../proxy/adapters/node';
import { openRecordStore } from '../proxy/adapters/record-store-node';
import { duration } from './figures-table';

const QUOTA = 150;
const REAL_WINDOW_MS = 30_000;
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef0123';
const ORIGIN = 'https://shop.example.com';

export interface ReconcileRun {
  seconds: number;
  requests: number;
  /** Of them, 429s (the pacing should leave none). */
  tooMany: number;
  profilesDeleted: number;
  /** Before the first BigCommerce request: reading the consent records (0 without them). */
  recordsSeconds: number;
  /** At the real 30 s window: `recordsSeconds`, then `requests` at 140 a window. */
  computedRealSeconds: number;
}

export interface ReconcileBenchResult {
  customers: number;
  records: number;
  windowMs: number;
  concurrency: number;
  bigCommerce: ReconcileRun;
  fromRecords: ReconcileRun;
}

/** Each customer's saved decision as two records (an earlier opposite one, then the saved one), plus guests. */
function seedRecords(file: string, standIn: BigCommerceStandIn, guests: number): number {
  const db = new Database(file);
  const insert = db.prepare(
    `INSERT INTO consent_records (consent_id, customer_id, allow, deny, revision, lang, policy, region, source, origin, created_at)
     VALUES (?, ?, ?, ?, 1, 'en', 'opt-in', 'DE', ?, ?, ?)`,
  );
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  let n = 0;
  const add = (customer: number | null, allow: string[], deny: string[]) =>
    insert.run(
      `bench${String(n).padStart(17, '0')}`,
      customer,
      JSON.stringify(allow),
      JSON.stringify(deny),
      customer === null ? 'banner' : 'preferences',
      ORIGIN,
      new Date(start + n++ * 1000).toISOString(),
    );
  db.transaction(() => {
    for (const [customer, c] of standIn.state.consent) add(customer, c.deny, c.allow); // changed since
    for (let i = 0; i < guests; i++) add(null, ['essential'], ['functional', 'analytics', 'targeting']);
    for (const [customer, c] of standIn.state.consent) add(customer, c.allow, c.deny);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return n;
}

async function reconcile(
  standIn: BigCommerceStandIn,
  argv: string[],
  env: Record<string, string>,
  concurrency: number,
): Promise<ReconcileRun> {
  standIn.reset();
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  let firstCall = Number.NaN;
  const timedFetch: typeof fetch = (input, init) => {
    if (Number.isNaN(firstCall) && String(input).startsWith(standIn.url)) firstCall = performance.now();
    return fetch(input, init);
  };
  const code = await run(['profiles', 'reconcile', '--json', '--concurrency', String(concurrency), ...argv], {
    env: {
      BC_API_URL: standIn.url,
      BC_STORE_HASH: standIn.storeHash,
      BC_ACCESS_TOKEN: standIn.accessToken,
      ...env,
    },
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    isTTY: false,
    fetch: timedFetch,
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`profiles reconcile ${argv.join(' ')} exited ${code}:\n${stderr}`);
  const requests = standIn.calls.length;
  const recordsSeconds = (firstCall - started) / 1000;
  return {
    seconds,
    requests,
    tooMany: standIn.calls.filter((c) => c.status === 429).length,
    profilesDeleted: (JSON.parse(stdout) as { profiles_deleted: number }).profiles_deleted,
    recordsSeconds,
    computedRealSeconds: recordsSeconds + (requests / (QUOTA - QUOTA_RESERVE)) * (REAL_WINDOW_MS / 1000),
  };
}

export async function runReconcileBench(
  o: { customers?: number; windowMs?: number } = {},
): Promise<ReconcileBenchResult> {
  const customers = o.customers ?? Number(process.env.BENCH_RECONCILE_CUSTOMERS ?? 100_000);
  const windowMs = o.windowMs ?? Number(process.env.BENCH_RECONCILE_WINDOW_MS ?? 300);
  const concurrency = 10;
  const standIn = await startBigCommerce({
    seed: { shopperProfiles: customers },
    rateLimit: { quota: QUOTA, windowMs },
  });
  const dir = mkdtempSync(join(tmpdir(), 'sc-bench-reconcile-'));
  const file = join(dir, 'records.db');
  let proxy: { url: string; close(): Promise<void> } | null = null;
  try {
    await (await openRecordStore(file)).close(); // the schema, as the proxy creates it
    const records = seedRecords(file, standIn, customers);
    proxy = await serveNode(
      { ...proxyEnvFor(standIn, ORIGIN), ADMIN_TOKEN, RECORDS_DB: file },
      { port: 0, host: '127.0.0.1', log: () => undefined },
    );
    const fromRecords = await reconcile(
      standIn,
      ['--from-records'],
      { PROXY_URL: proxy.url, ADMIN_TOKEN },
      concurrency,
    );
    const bigCommerce = await reconcile(standIn, [], {}, concurrency);
    if (bigCommerce.profilesDeleted !== fromRecords.profilesDeleted) {
      throw new Error(
        `the two runs deleted ${bigCommerce.profilesDeleted} and ${fromRecords.profilesDeleted} profiles`,
      );
    }
    const result = { customers, records, windowMs, concurrency, bigCommerce, fromRecords };
    const scale = REAL_WINDOW_MS / windowMs;
    console.log(
      `\nprofiles reconcile, ${customers} customers, --concurrency ${concurrency}, quota ${QUOTA} per ${windowMs} ms (30 s ÷ ${scale})`,
    );
    for (const [name, r] of [
      ['one consent GET per customer', bigCommerce],
      [`--from-records (${records} records)`, fromRecords],
    ] as const) {
      console.log(
        `| ${name} | ${r.requests} requests, ${r.tooMany} × 429, ${r.profilesDeleted} profiles deleted, ${r.seconds.toFixed(1)} s (records ${r.recordsSeconds.toFixed(1)} s); at 150 per 30 s: ${duration(r.computedRealSeconds)} |`,
      );
    }
    return result;
  } finally {
    await proxy?.close();
    await standIn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
