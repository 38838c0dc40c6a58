// Consent-record figures for `npm run bench` (docs/performance.md): the proxy on Node with SQLite runs
// as its own process (the built `npm run proxy`), and this process is the load generator.
// 1. Writes: POST /records from many client addresses (127.0.x.y, all loopback on Linux, so the
//    per-address limit sees many shoppers), first closed-loop to find the sustained rate, then
//    open-loop at the 500/s budget for the p99 latency.
// 2. Export: one million records put straight into the database file, then GET /admin/records:
//    time to first byte, total time, and the proxy process's peak memory (VmHWM).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { startPostgres } from '../scripts/postgres';

export interface RecordsBenchResult {
  /** The record store the proxy wrote to. */
  backend: 'SQLite' | 'PostgreSQL';
  /** Closed loop: records written per second with `inFlight` requests always open. */
  writesPerSecond: number;
  inFlight: number;
  /** Open loop at `rate` records/s for `seconds`. */
  rate: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  exportRecords: number;
  exportFirstByteMs: number;
  exportTotalMs: number;
  /** Peak resident memory of a fresh proxy process serving the export. */
  proxyPeakMb: number;
  /** Peak resident memory of the proxy process over the write figures. */
  writePeakMb: number;
}

/** How `npm run proxy` runs the proxy (docs/proxy.md, "Running on Node"): the bench measures the same. */
export const PROXY_NODE_FLAGS = ['--max-semi-space-size=4'];

const ORIGIN = 'https://shop.example.com';
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef0123';
const ADDRESSES = 500;

const agents = Array.from(
  { length: ADDRESSES },
  (_, i) =>
    new Agent({
      keepAlive: true,
      maxSockets: 4,
      localAddress: `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`,
    }),
);

let sequence = 0;
const consentId = () => `bench${String(sequence++).padStart(17, '0')}`;

function postRecord(port: number): Promise<number> {
  const body = JSON.stringify({
    consent_id: consentId(),
    allow: ['analytics'],
    deny: ['functional', 'targeting'],
    revision: 1,
    lang: 'en',
    policy: 'opt-in',
    region: 'DE',
    source: 'banner',
  });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/records',
        method: 'POST',
        agent: agents[sequence % ADDRESSES],
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          Origin: ORIGIN,
        },
      },
      (res) => {
        res.resume();
        res.once('end', () =>
          res.statusCode === 201
            ? resolve(performance.now() - started)
            : reject(new Error(`POST /records answered ${res.statusCode}`)),
        );
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

async function closedLoop(port: number, inFlight: number, ms: number): Promise<number> {
  const end = performance.now() + ms;
  let done = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < end) {
        await postRecord(port);
        done++;
      }
    }),
  );
  return done / (ms / 1000);
}

async function openLoop(port: number, rate: number, seconds: number): Promise<number[]> {
  const latencies: Promise<number>[] = [];
  const start = performance.now();
  const total = rate * seconds;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    latencies.push(postRecord(port));
  }
  return (await Promise.all(latencies)).sort((a, b) => a - b);
}

/** The export's seeded records: the same decision, a new browser every 20 s from 2026-01-01. */
const SEED_COLUMNS =
  'consent_id, customer_id, allow, deny, revision, lang, policy, region, source, origin, created_at';
/** One seeded row's values, its two placeholders (`?` or `$n`) the consent id and the time. */
const seedRow = (id: string, at: string) =>
  `(${id}, NULL, '["essential","analytics"]', '["functional","targeting"]', 1, 'en', 'opt-in', 'DE', 'banner', '${ORIGIN}', ${at})`;
const SEED_START = Date.parse('2026-01-01T00:00:00.000Z');
const seedParams = (i: number) => [
  `seed${String(i).padStart(18, '0')}`,
  new Date(SEED_START + i * 20_000).toISOString(),
];

function seed(file: string, count: number): void {
  const db = new Database(file);
  db.pragma('busy_timeout = 10000');
  const insert = db.prepare(`INSERT INTO consent_records (${SEED_COLUMNS}) VALUES ${seedRow('?', '?')}`);
  db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(...seedParams(i));
  })();
  // As a database that has lived a while would be: the WAL folded back into the file.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** The same records as seed(), into PostgreSQL, a thousand rows a statement. */
async function seedPostgres(url: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let from = 0; from < count; from += 1000) {
      const rows: string[] = [];
      const params: string[] = [];
      for (let i = from; i < Math.min(count, from + 1000); i++) {
        params.push(...seedParams(i));
        rows.push(seedRow(`$${params.length - 1}`, `$${params.length}`));
      }
      await client.query(`INSERT INTO consent_records (${SEED_COLUMNS}) VALUES ${rows.join(', ')}`, params);
    }
    await client.query('VACUUM ANALYZE consent_records');
  } finally {
    await client.end();
  }
}

async function startProxy(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const entry = fileURLToPath(new URL('./proxy.js', import.meta.url));
  const child = spawn(process.execPath, [...PROXY_NODE_FLAGS, entry], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: 'pipe',
  });
  let err = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', () => reject(new Error(`the proxy exited: ${err}`)));
  });
  return { child, port };
}

const peakMb = (pid: number): number => {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
};

/** Both backends a Node proxy can record to, one after the other. */
export async function runRecordsBenches(): Promise<RecordsBenchResult[]> {
  try {
    const results = [await runRecordsBench()];
    try {
      results.push(await runRecordsBench({ backend: 'PostgreSQL' }));
    } catch (error) {
      // A machine without PostgreSQL's server still benches the rest (.ci/run installs it).
      if (!/PostgreSQL's server is not installed/.test(String(error))) throw error;
      console.log(`\nConsent records on PostgreSQL: skipped (${(error as Error).message})`);
    }
    return results;
  } finally {
    for (const agent of agents) agent.destroy();
  }
}

export async function runRecordsBench(
  o: {
    exportRecords?: number;
    seconds?: number;
    rate?: number;
    backend?: RecordsBenchResult['backend'];
  } = {},
): Promise<RecordsBenchResult> {
  const backend = o.backend ?? 'SQLite';
  const postgres = backend === 'PostgreSQL' ? await startPostgres() : null;
  const exportRecords = o.exportRecords ?? Number(process.env.BENCH_EXPORT_RECORDS ?? 1_000_000);
  const seconds = o.seconds ?? 20;
  const rate = o.rate ?? 500;
  const inFlight = 16;
  const dir = mkdtempSync(join(tmpdir(), 'sc-bench-records-'));
  const file = join(dir, 'records.db');
  const env = {
    BC_STORE_HASH: 'bench',
    BC_ACCESS_TOKEN: 'bench-token',
    BC_CLIENT_ID: 'bench-client',
    BC_CLIENT_SECRET: 'bench-secret',
    ALLOWED_ORIGINS: ORIGIN,
    ADMIN_TOKEN,
    RECORDS_DB: postgres?.url ?? file,
    PORT: '0',
    HOST: '127.0.0.1',
  };
  let proxy = await startProxy(env);
  const stop = async () => {
    proxy.child.kill('SIGTERM');
    await new Promise((r) => proxy.child.once('exit', r));
  };
  try {
    const { port } = proxy;
    await closedLoop(port, inFlight, 2000);
    const writesPerSecond = await closedLoop(port, inFlight, 10_000);
    const latencies = await openLoop(port, rate, seconds);
    const writePeakMb = proxy.child.pid ? peakMb(proxy.child.pid) : Number.NaN;
    // The export's memory is measured in a proxy that has done nothing else.
    await stop();
    if (postgres) await seedPostgres(postgres.url, exportRecords);
    else seed(file, exportRecords);
    proxy = await startProxy(env);
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${proxy.port}/admin/records?since=2026-01-01`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    if (!response.ok || !response.body) throw new Error(`GET /admin/records answered ${response.status}`);
    let firstByteMs = Number.NaN;
    let lines = 0;
    for await (const chunk of response.body) {
      if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
    }
    const exportTotalMs = performance.now() - started;
    if (lines < exportRecords) throw new Error(`the export gave ${lines} records, expected ${exportRecords}`);
    const result: RecordsBenchResult = {
      backend,
      writesPerSecond,
      inFlight,
      rate,
      seconds,
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      exportRecords: lines,
      exportFirstByteMs: firstByteMs,
      exportTotalMs,
      proxyPeakMb: proxy.child.pid ? peakMb(proxy.child.pid) : Number.NaN,
      writePeakMb,
    };
    console.log(`\nConsent records, proxy on Node + ${backend} (its own process), load from this one`);
    console.log(
      `| records written/s, ${inFlight} in flight, 10 s (budget ≥ 500/s) | ${writesPerSecond.toFixed(0)} |`,
    );
    console.log(
      `| latency at ${rate}/s for ${seconds} s: median, p99 (budget ≤ 25 ms) | ${result.p50Ms.toFixed(2)} ms, ${result.p99Ms.toFixed(2)} ms |`,
    );
    console.log(
      `| export of ${lines} records: first byte (≤ 1 s), all (≤ 30 s) | ${firstByteMs.toFixed(0)} ms, ${(exportTotalMs / 1000).toFixed(1)} s |`,
    );
    console.log(
      `| proxy peak memory: export (≤ 100 MB), writes | ${result.proxyPeakMb.toFixed(0)} MB, ${writePeakMb.toFixed(0)} MB |`,
    );
    return result;
  } finally {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    await postgres?.stop();
  }
}
