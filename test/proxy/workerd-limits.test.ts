// The per-customer limits across isolates: two Workers, each its own isolate with its own module
// state (handler, cache, in-memory limits), bound to the same CustomerLimits Durable Object as
// wrangler.toml binds it. Requests that land on either must share one count.
import { readFileSync } from 'node:fs';
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
