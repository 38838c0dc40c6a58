// How `npm start` reads its environment: real BigCommerce credentials point the proxy at that store
// (here a second stand-in plays the real store), half a set of them or a bad DEMO_PORT stops it with
// one clear line, and a taken port falls back to a free one.
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { signCustomerJwt } from '../../demo/bigcommerce/storefront-routes';
import { addressOf, cleanEnv, type DemoProcess, ensureBuilt, startDemoProcess } from './demo-process';

const stop = async (demo: DemoProcess) => {
  demo.child.kill('SIGTERM');
  return demo.exited;
};

describe('npm start: configuration', () => {
  let store: BigCommerceStandIn;

  beforeAll(async () => {
    await ensureBuilt();
    store = await startBigCommerce({ storeHash: 'realstore' });
  });
  afterAll(() => store?.close());

  it('with real credentials, runs the proxy against that store and says logging in is not available', async () => {
    const demo = await startDemoProcess(
      cleanEnv({
        DEMO_PORT: '0',
        BC_API_URL: store.url,
        BC_STORE_HASH: store.storeHash,
        BC_ACCESS_TOKEN: store.accessToken,
        BC_CLIENT_ID: store.clientId,
        BC_CLIENT_SECRET: store.clientSecret,
      }),
    );
    try {
      const output = demo.output();
      expect(output).toContain('your real BigCommerce store');
      expect(output).not.toContain('BigCommerce stand-in');
      expect(output).toContain('the demo cannot log in customers');
      expect(output).not.toContain(store.accessToken);

      const origin = new URL(demo.url).origin;
      const proxy = addressOf(output, 'consent proxy (Node)');
      const saved = await fetch(`${proxy}/consent`, {
        method: 'PUT',
        headers: {
          Origin: origin,
          Authorization: `Bearer ${await signCustomerJwt(store, 3)}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ allow: ['essential', 'analytics'], deny: ['functional', 'targeting'] }),
      });
      expect(saved.status).toBe(200);
      expect(store.state.consent.get(3)?.allow).toEqual(['essential', 'analytics']);

      const login = await (await fetch(new URL('/login.php', demo.url))).text();
      expect(login).toContain('logging in is not available here');
      const jwt = await fetch(new URL(`/customer/current.jwt?app_client_id=${store.clientId}`, demo.url), {
        headers: { Cookie: 'sc_customer=3' },
      });
      expect(jwt.status).toBe(404);
      expect(await (await fetch(demo.url, { headers: { Cookie: 'sc_customer=3' } })).text()).toContain(
        'data-customer-id=""',
      );
    } finally {
      expect(await stop(demo)).toBe(0);
    }
  });

  it('stops with one line naming what is missing when only some credentials are set', async () => {
    const demo = startDemoProcess(
      cleanEnv({ DEMO_PORT: '0', BC_STORE_HASH: 'abc', BC_ACCESS_TOKEN: 'tok-never-printed' }),
    );
    const error = await demo.then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toContain('exited with 1');
    expect(error).toContain(
      'npm start: BC_CLIENT_ID, BC_CLIENT_SECRET are not set: set all of BC_STORE_HASH, BC_ACCESS_TOKEN, BC_CLIENT_ID, BC_CLIENT_SECRET to use a real store, or none to use the built-in BigCommerce stand-in',
    );
    expect(error).not.toContain('tok-never-printed');
  });

  it("stops with the proxy's one line when a real credential is malformed", async () => {
    const error = await startDemoProcess(
      cleanEnv({
        DEMO_PORT: '0',
        BC_STORE_HASH: 'not a hash!',
        BC_ACCESS_TOKEN: 'tok-never-printed',
        BC_CLIENT_ID: 'id',
        BC_CLIENT_SECRET: 'secret-never-printed',
      }),
    ).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toContain('exited with 1');
    expect(error).toMatch(/^npm start: The proxy is not configured: BC_STORE_HASH .+$/m);
    expect(error).not.toMatch(/tok-never-printed|secret-never-printed|\n\s+at /);
  });

  it('refuses a DEMO_PORT that is not a port', async () => {
    const error = await startDemoProcess(cleanEnv({ DEMO_PORT: 'eighty' })).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toContain('npm start: DEMO_PORT must be a port number (0 picks a free one), not "eighty"');
  });

  it('uses a free port when DEMO_PORT is taken, and says so', async () => {
    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const taken = (holder.address() as { port: number }).port;
    try {
      const demo = await startDemoProcess(cleanEnv({ DEMO_PORT: String(taken) }));
      try {
        expect(new URL(demo.url).port).not.toBe(String(taken));
        expect(demo.output()).toContain(`(port ${taken} was taken)`);
        expect((await fetch(demo.url)).status).toBe(200);
      } finally {
        expect(await stop(demo)).toBe(0);
      }
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
