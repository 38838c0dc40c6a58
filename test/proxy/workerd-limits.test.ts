// The per-customer limits across isolates: two Workers, each its own isolate with its own module
// state (handler, cache, in-memory limits), bound to the same CustomerLimits Durable Object as
// wrangler.toml binds it. Requests that land on either must share one count.
import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCustomerJwt } from '../../demo/bigcommerce/customer-jwt';
import { proxyEnvFor } from '../../demo/bigcommerce/proxy-env';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { bundleWorker } from '../../scripts/worker-bundle';

let bc: BigCommerceStandIn;
let mf: Miniflare;

beforeAll(async () => {
  bc = await startBigCommerce({ seed: { customers: [{ id: 1 }, { id: 2 }] } });
  const script = await bundleWorker();
  const bindings = {
    ...proxyEnvFor(bc),
  };
  const limits = { CUSTOMER_LIMITS: { className: 'CustomerLimits', scriptName: 'east' } };
  const compatibilityDate = readFileSync('wrangler.toml', 'utf8').match(
    /^compatibility_date = "(.+)"$/m,
  )?.[1];
  const worker = { modules: true, script, bindings, durableObjects: limits, compatibilityDate };
  mf = new Miniflare({
    workers: [
      { name: 'east', ...worker },
      { name: 'west', ...worker },
    ],
  });
  await mf.ready;
}, 60_000);

afterAll(async () => {
  await mf?.dispose();
  await bc?.close();
});

const put = async (worker: string, jwt: string, allow: string[]) => {
  const target = await mf.getWorker(worker);
  const response = await target.fetch('http://proxy/consent', {
    method: 'PUT',
    headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ allow, deny: [] }),
  });
  await response.arrayBuffer();
  return response.status;
};

const get = async (worker: string, jwt: string) => {
  const response = await (await mf.getWorker(worker)).fetch('http://proxy/consent', {
    headers: { Authorization: `Bearer ${jwt}` },
  });
  await response.arrayBuffer();
  return response.status;
};

describe('per-customer limits on Workers', () => {
  it("count one customer's writes across isolates in one Durable Object", async () => {
    const jwt = await signCustomerJwt(bc, 1);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push(await put(i % 2 ? 'west' : 'east', jwt, i % 2 ? ['analytics'] : []));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(bc.calls.filter((c) => c.method === 'PUT')).toHaveLength(5);
  });

  it("count one customer's reads across isolates too", async () => {
    bc.reset();
    const jwt = await signCustomerJwt(bc, 997);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push(await get(i % 2 ? 'west' : 'east', jwt));
    expect(statuses).toEqual([...Array(10).fill(502), 429, 429]);
  });
});

describe('per-customer limits on Workers, when the Durable Object fails', () => {
  // The binding reaches an object that throws on every request (overloaded, being reset, its storage
  // erroring): the proxy counts in the isolate instead, and the customer's save goes through.
  let broken: Miniflare;
  const logs: string[] = [];

  beforeAll(async () => {
    bc.reset();
    const compatibilityDate = readFileSync('wrangler.toml', 'utf8').match(
      /^compatibility_date = "(.+)"$/m,
    )?.[1];
    broken = new Miniflare({
      workers: [
        {
          name: 'proxy',
          modules: true,
          script: await bundleWorker(),
          bindings: proxyEnvFor(bc),
          durableObjects: { CUSTOMER_LIMITS: { className: 'Failing', scriptName: 'failing' } },
          ...(compatibilityDate ? { compatibilityDate } : {}),
        },
        {
          name: 'failing',
          modules: true,
          script: `export class Failing { fetch() { throw new Error('storage is being reset'); } }
            export default { fetch: () => new Response(null) };`,
          durableObjects: { FAILING: 'Failing' },
          ...(compatibilityDate ? { compatibilityDate } : {}),
        },
      ],
      handleRuntimeStdio(stdout: Readable, stderr: Readable) {
        for (const stream of [stdout, stderr])
          stream.on('data', (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean)));
      },
    });
    await broken.ready;
  }, 60_000);

  afterAll(async () => {
    await broken?.dispose();
  });

  it('saves, counting in the isolate instead, and says so in the log', async () => {
    const jwt = await signCustomerJwt(bc, 2);
    const target = await broken.getWorker('proxy');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await target.fetch('http://proxy/consent', {
        method: 'PUT',
        headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ allow: i % 2 ? ['analytics'] : [], deny: [] }),
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    // The isolate's own window: 5 writes a minute, as the object would have counted them.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(bc.calls.filter((c) => c.method === 'PUT')).toHaveLength(5);
    await expect.poll(() => logs.filter((l) => l.includes('"event":"limits_unavailable"')).length).toBe(7);
    expect(logs.find((l) => l.includes('limits_unavailable'))).toContain('storage is being reset');
  });
});
