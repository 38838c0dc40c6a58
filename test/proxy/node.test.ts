import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyEnvFor } from '../../demo/bigcommerce/proxy-env';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { proxyContract } from './support/contract';
import { recordsContract } from './support/records-contract';
import { nodeRegion, regionContract } from './support/region-contract';
import { nodeRuntime, type RunningProxy } from './support/runtimes';

proxyContract(nodeRuntime);
recordsContract(nodeRuntime);
regionContract(nodeRegion);

// Behind a reverse proxy every shopper's connection comes from the proxy's address: without
// CLIENT_ADDRESS_HEADER they would all share one per-address limit on consent records (docs/proxy.md).
describe('Node behind a reverse proxy: the per-address limit on records', () => {
  const ORIGIN = 'https://shop.example.com';
  let bc: BigCommerceStandIn;
  beforeAll(async () => {
    bc = await startBigCommerce();
  });
  afterAll(async () => {
    await bc?.close();
  });

  let ids = 0;
  /** 121 records, each a browser of its own, with the X-Forwarded-For that `forwarded(i)` gives. */
  const statuses = async (proxy: RunningProxy, forwarded: (i: number) => string) => {
    const answers: number[] = [];
    for (let i = 0; i < 121; i++) {
      const response = await fetch(`${proxy.url}/records`, {
        method: 'POST',
        headers: { Origin: ORIGIN, 'Content-Type': 'application/json', 'X-Forwarded-For': forwarded(i) },
        body: JSON.stringify({
          consent_id: `behind${String(ids++).padStart(6, '0')}_${'x'.repeat(9)}`,
          allow: ['essential'],
          deny: ['functional', 'analytics', 'targeting'],
          source: 'banner',
        }),
      });
      await response.arrayBuffer();
      answers.push(response.status);
    }
    return answers;
  };
  const withProxy = async (extra: Record<string, string>, run: (p: RunningProxy) => Promise<void>) => {
    const proxy = await nodeRuntime.start({ ...proxyEnvFor(bc, ORIGIN), ...extra });
    try {
      await run(proxy);
    } finally {
      await proxy.close();
    }
  };

  it(
    'counts each shopper by the address the reverse proxy gives, with CLIENT_ADDRESS_HEADER',
    () =>
      withProxy({ CLIENT_ADDRESS_HEADER: 'X-Forwarded-For' }, async (proxy) => {
        // 121 shoppers behind one proxy: none is refused for the others.
        expect(new Set(await statuses(proxy, (i) => `203.0.113.${i}`))).toEqual(new Set([201]));
        // One shopper claiming other addresses: the proxy appended the real one last, and it is counted.
        const forged = await statuses(proxy, (i) => `198.51.100.${i}, 192.0.2.7`);
        expect(forged.filter((s) => s === 201)).toHaveLength(120);
        expect(forged.at(-1)).toBe(429);
      }),
    60_000,
  );

  it(
    "counts every shopper as the connection's address without it, X-Forwarded-For ignored",
    () =>
      withProxy({}, async (proxy) => {
        const answers = await statuses(proxy, (i) => `203.0.113.${i}`);
        expect(answers.filter((s) => s === 201)).toHaveLength(120);
        expect(answers.at(-1)).toBe(429);
      }),
    60_000,
  );
});
