// Proxy load figures for `npm run bench`: the Node proxy as its own process (dist/node/proxy.js, as
// `npm run proxy` runs it) against the BigCommerce stand-in, loaded by bench/load-generator.ts in a
// third process. Requests/s and p50/p99 per route, the proxy's memory after 100,000 requests from
// 20,000 customers, and a fault run with the stand-in failing 30 % of calls at random.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Category } from '../core/categories';
import { signCustomerJwt } from '../demo/bigcommerce/customer-jwt';
import { proxyEnvFor } from '../demo/bigcommerce/proxy-env';
import { type BigCommerceStandIn, startBigCommerce } from '../demo/bigcommerce/server';
import type { LoadJob, LoadResult } from './load-generator';
import { PROXY_NODE_FLAGS } from './records';

export interface RouteFigures {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  statuses: Record<string, number>;
}

export interface FaultRun {
  seconds: number;
  requests: number;
  ok: number;
  unavailable: number;
  /** Anything but a correct 200 or a 503/504. */
  wrong: number;
  /** 200 answers to PUT, successful PUTs BigCommerce saw, consent_saved lines logged. */
  putOk: number;
  bcPutOk: number;
  saved: number;
  stayedUp: boolean;
}

export interface LoadBenchResult {
  routes: RouteFigures[];
  memory: { requests: number; customers: number; rssBeforeMb: number; rssAfterMb: number; heapNote: string };
  fault: FaultRun;
}

const CUSTOMERS = Number(process.env.BENCH_LOAD_CUSTOMERS ?? 20_000);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 32);
const REQUESTS = Number(process.env.BENCH_LOAD_REQUESTS ?? 10_000);
const FAULT_SECONDS = Number(process.env.BENCH_FAULT_SECONDS ?? 20);
const dir = mkdtempSync(join(tmpdir(), 'storefront-consent-load-'));

const decisionOf = (id: number) =>
  id % 2 ? { allow: ['analytics'], deny: ['targeting'] } : { allow: ['functional', 'targeting'], deny: [] };
const SEEDED: { allow: Category[]; deny: Category[] } = {
  allow: ['essential', 'analytics'],
  deny: ['functional', 'targeting'],
};

let jobs = 0;

function generate(job: LoadJob, answers = false): Promise<LoadResult> {
  // One file per job: two generators run at once in the fault run.
  const file = join(dir, `job-${jobs++}.json`);
  writeFileSync(file, JSON.stringify(job));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(import.meta.dirname, 'load-generator.js'), file, ...(answers ? ['answers'] : [])],
      { maxBuffer: 512 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout) as LoadResult)),
    );
  });
}

async function startProxy(
  bc: BigCommerceStandIn,
): Promise<{ url: string; child: ChildProcess; logs: string[] }> {
  const child = spawn(process.execPath, [...PROXY_NODE_FLAGS, join(import.meta.dirname, 'proxy.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      ...proxyEnvFor(bc),
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    logs.push(...lines);
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      const found = chunk.toString().match(/listening on (http:\/\/\S+)/);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`the proxy exited with ${code}`)));
  });
  return { url, child, logs };
}

const rssMb = (pid: number) =>
  Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? Number.NaN) / 1024;

export async function runLoadBench(): Promise<LoadBenchResult> {
  const bc = await startBigCommerce({
    rateLimit: { quota: 1_000_000_000, windowMs: 30_000 },
    seed: {
      customers: Array.from({ length: CUSTOMERS }, (_, i) => ({ id: i + 1 })),
      consent: Object.fromEntries(Array.from({ length: CUSTOMERS }, (_, i) => [i + 1, SEEDED])),
    },
  });
  const proxy = await startProxy(bc);
  const auth: Record<string, string>[] = [];
  for (let id = 1; id <= CUSTOMERS; id++)
    auth.push({ Authorization: `Bearer ${await signCustomerJwt(bc, id)}` });
  const base = { url: proxy.url, connections: CONNECTIONS, requests: REQUESTS };
  const routes: RouteFigures[] = [];
  const run = async (label: string, job: LoadJob) => {
    const r = await generate(job);
    routes.push({ label, rps: r.rps, p50: r.p50, p99: r.p99, requests: r.requests, statuses: r.statuses });
    console.log(
      `${label}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, ${JSON.stringify(r.statuses)}`,
    );
  };
  try {
    const one = [auth[0] as Record<string, string>];
    await generate({ ...base, method: 'GET', path: '/health', headers: [{}], requests: 2000 }); // warm-up
    await run('GET /health', { ...base, method: 'GET', path: '/health', headers: [{}] });
    await run('GET /consent, cached (one customer)', {
      ...base,
      method: 'GET',
      path: '/consent',
      headers: one,
    });
    await run('GET /consent, uncached (a new customer each)', {
      ...base,
      method: 'GET',
      path: '/consent',
      headers: auth.slice(1000, 1000 + REQUESTS),
    });
    await run('PUT /consent (a new customer each)', {
      ...base,
      method: 'PUT',
      path: '/consent',
      headers: auth.slice(0, REQUESTS),
      bodies: auth.slice(0, REQUESTS).map((_, i) => JSON.stringify(decisionOf(i + 1))),
    });

    // Memory: 100,000 more requests over all 20,000 customers (reads and writes mixed).
    const rssBeforeMb = rssMb(proxy.child.pid as number);
    for (const method of ['GET', 'PUT', 'GET', 'GET', 'GET'] as const) {
      await generate({
        ...base,
        requests: CUSTOMERS,
        method,
        path: '/consent',
        headers: auth,
        ...(method === 'PUT' ? { bodies: auth.map((_, i) => JSON.stringify(decisionOf(i + 1))) } : {}),
      });
    }
    const memory = {
      requests: 5 * CUSTOMERS,
      customers: CUSTOMERS,
      rssBeforeMb,
      rssAfterMb: rssMb(proxy.child.pid as number),
      heapNote: 'limits and read cache capped at 10,000 customers each',
    };
    console.log(
      `memory: RSS ${rssBeforeMb.toFixed(0)} MB before, ${memory.rssAfterMb.toFixed(0)} MB after ${memory.requests} requests from ${CUSTOMERS} customers`,
    );

    const fault = await faultRun(bc, proxy, auth);
    return { routes, memory, fault };
  } finally {
    proxy.child.kill('SIGTERM');
    await bc.close();
  }
}

/** The stand-in fails 30 % of calls (500/502/503, or a dropped connection); every answer checked. */
async function faultRun(
  bc: BigCommerceStandIn,
  proxy: { url: string; child: ChildProcess; logs: string[] },
  auth: Record<string, string>[],
): Promise<FaultRun> {
  bc.reset();
  bc.faults.atRandom(0.3, [{ status: 500 }, { status: 502 }, { status: 503 }, { drop: true }]);
  const savedBefore = proxy.logs.filter((l) => l.includes('"consent_saved"')).length;
  // Half the shoppers read, half write; a customer's decision is always decisionOf(id), so any
  // 200 must answer either that or the seeded one.
  const writers = auth.slice(0, auth.length / 2);
  const readers = auth.slice(auth.length / 2);
  const job = (method: 'GET' | 'PUT', headers: Record<string, string>[]): LoadJob => ({
    url: proxy.url,
    method,
    path: '/consent',
    headers,
    connections: CONNECTIONS / 2,
    requests: Number.MAX_SAFE_INTEGER,
    seconds: FAULT_SECONDS,
    ...(method === 'PUT' ? { bodies: headers.map((_, i) => JSON.stringify(decisionOf(i + 1))) } : {}),
  });
  const [puts, gets] = await Promise.all([
    generate(job('PUT', writers), true),
    generate(job('GET', readers), true),
  ]);
  bc.faults.clear();
  console.log(
    `fault run answers: PUT ${JSON.stringify(puts.statuses)}, GET ${JSON.stringify(gets.statuses)}`,
  );
  let ok = 0;
  let unavailable = 0;
  let wrong = 0;
  let putOk = 0;
  const check = (answers: [number, number, string][], id: (i: number) => number, isPut: boolean) => {
    for (const [i, status, text] of answers) {
      if (status === 503 || status === 504) {
        unavailable++;
        continue;
      }
      const body = status === 200 ? (JSON.parse(text) as { allow: string[]; deny: string[] }) : null;
      const want = decisionOf(id(i));
      const matches = (d: { allow: string[]; deny: string[] }) =>
        body !== null &&
        JSON.stringify([...body.allow].sort()) ===
          JSON.stringify([...new Set(['essential', ...d.allow])].sort()) &&
        JSON.stringify([...body.deny].sort()) === JSON.stringify([...d.deny].sort());
      if (matches(want) || (!isPut && matches(SEEDED))) {
        ok++;
        if (isPut) putOk++;
      } else wrong++;
    }
  };
  check(puts.answers ?? [], (i) => i + 1, true);
  check(gets.answers ?? [], (i) => i + 1 + writers.length, false);
  const tally: Record<string, number> = {};
  for (const c of bc.calls) tally[`${c.method} ${c.status}`] = (tally[`${c.method} ${c.status}`] ?? 0) + 1;
  console.log(`fault run, BigCommerce saw: ${JSON.stringify(tally)}; proxy log lines ${proxy.logs.length}`);
  const bcPutOk = bc.calls.filter((c) => c.method === 'PUT' && c.status >= 200 && c.status < 300).length;
  const saved = proxy.logs.filter((l) => l.includes('"consent_saved"')).length - savedBefore;
  const health = await fetch(`${proxy.url}/health`).then(
    (r) => r.status,
    () => 0,
  );
  const result: FaultRun = {
    seconds: FAULT_SECONDS,
    requests: puts.requests + gets.requests,
    ok,
    unavailable,
    wrong,
    putOk,
    bcPutOk,
    saved,
    stayedUp: proxy.child.exitCode === null && health === 200,
  };
  console.log(`fault run (${FAULT_SECONDS} s, 30 % of BigCommerce calls failing): ${JSON.stringify(result)}`);
  return result;
}
