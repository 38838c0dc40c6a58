// Proxy figures for `npm run bench` (docs/performance.md): latency the proxy adds over calling BigCommerce
// directly (Node adapter, stand-in on loopback, sequential GETs, direct and proxied interleaved so
// drift hits both alike), and the gzip size of the Workers upload.
import { gzipSync } from 'node:zlib';
import { signCustomerJwt } from '../demo/bigcommerce/customer-jwt';
import { proxyEnvFor } from '../demo/bigcommerce/proxy-env';
import { startBigCommerce } from '../demo/bigcommerce/server';
import { serveNode } from '../proxy/adapters/node';
import { bundleWorker } from '../scripts/worker-bundle';

export interface ProxyBenchResult {
  requests: number;
  directMs: { median: number; p99: number };
  proxiedMs: { median: number; p99: number };
  /** Per request pair: proxied minus direct. */
  addedMs: { median: number; p99: number };
  workerBytes: number;
  workerGzipBytes: number;
}

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

const summary = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
};

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  const took = performance.now() - start;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return took;
}

export async function runProxyBench(
  o: { requests?: number; warmup?: number } = {},
): Promise<ProxyBenchResult> {
  const requests = o.requests ?? Number(process.env.BENCH_PROXY_REQUESTS ?? 2000);
  const warmup = o.warmup ?? 200;
  const bc = await startBigCommerce({
    rateLimit: { quota: 1_000_000, windowMs: 30_000 },
    seed: {
      customers: [{ id: 1 }],
      consent: { 1: { allow: ['essential', 'analytics'], deny: ['targeting'] } },
    },
  });
  const proxy = await serveNode(
    {
      ...proxyEnvFor(bc),
      // This figure is about /consent; records have their own bench (records.ts).
      RECORDS_DB: ':memory:',
    },
    { port: 0, host: '127.0.0.1', log: () => undefined },
  );
  const direct = {
    url: `${bc.url}/stores/${bc.storeHash}/v3/customers/1/consent`,
    headers: { 'X-Auth-Token': bc.accessToken, Accept: 'application/json' },
  };
  const proxied = {
    url: `${proxy.url}/consent`,
    headers: { Authorization: `Bearer ${await signCustomerJwt(bc, 1)}`, Origin: 'https://shop.example.com' },
  };
  const directMs: number[] = [];
  const proxiedMs: number[] = [];
  const addedMs: number[] = [];
  try {
    for (let i = 0; i < warmup + requests; i++) {
      // Alternate which goes first so neither always rides a warmer connection.
      const first = i % 2 === 0;
      const a = first ? await timed(direct.url, direct.headers) : 0;
      const b = await timed(proxied.url, proxied.headers);
      const d = first ? a : await timed(direct.url, direct.headers);
      if (i < warmup) continue;
      directMs.push(d);
      proxiedMs.push(b);
      addedMs.push(b - d);
    }
  } finally {
    await proxy.close();
    await bc.close();
  }
  const code = await bundleWorker();
  const result: ProxyBenchResult = {
    requests,
    directMs: summary(directMs),
    proxiedMs: summary(proxiedMs),
    addedMs: summary(addedMs),
    workerBytes: Buffer.byteLength(code),
    workerGzipBytes: gzipSync(code, { level: 9 }).byteLength,
  };
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  console.log(`\nProxy on Node, ${requests} sequential GET /consent against the stand-in on loopback`);
  console.log('| figure | median | p99 |');
  console.log('|---|---|---|');
  console.log(
    `| BigCommerce stand-in, direct | ${ms(result.directMs.median)} | ${ms(result.directMs.p99)} |`,
  );
  console.log(`| through the proxy | ${ms(result.proxiedMs.median)} | ${ms(result.proxiedMs.p99)} |`);
  console.log(
    `| added by the proxy (budget ≤ 2 ms median) | ${ms(result.addedMs.median)} | ${ms(result.addedMs.p99)} |`,
  );
  console.log(
    `Workers bundle: ${(result.workerBytes / 1024).toFixed(1)} KB, ${(result.workerGzipBytes / 1024).toFixed(1)} KB gzip (budget ≤ 30 KB)`,
  );
  return result;
}
