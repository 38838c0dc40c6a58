import { createServer } from 'node:http';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { signCustomerJwt, storefrontRoutes } from '../../demo/bigcommerce/storefront-routes';
import { type Listening, listen } from '../../proxy/adapters/node-listen';

let bc: BigCommerceStandIn;
let store: Listening;
let storeUrl: string;

beforeAll(async () => {
  bc = await startBigCommerce({ storeHash: 'abc123' });
  const routes = storefrontRoutes(bc);
  const server = createServer((req, res) => {
    routes(req, res).then((handled) => {
      if (!handled) res.writeHead(418).end('theme page');
    });
  });
  store = await listen(server, { port: 0, host: '127.0.0.1' });
  storeUrl = store.url;
});
afterAll(async () => {
  await store.close();
  await bc.close();
});

const secret = () => new TextEncoder().encode(bc.clientSecret);
const jwtUrl = (clientId = bc.clientId) => `${storeUrl}/customer/current.jwt?app_client_id=${clientId}`;

describe('storefront: current customer JWT', () => {
  it('answers the logged-in customer with a raw HS256 JWT carrying BigCommerce’s claims', async () => {
    const res = await fetch(jwtUrl(), { headers: { Cookie: 'other=1; sc_customer=3' } });
    expect(res.status).toBe(200);
    const token = await res.text();
    expect(token.split('.')).toHaveLength(3);
    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    const { payload } = await jwtVerify(token, secret(), {
      algorithms: ['HS256'],
      issuer: 'bc/apps',
      audience: bc.clientId,
    });
    expect(payload).toMatchObject({
      customer: { id: 3, email: 'alan@example.com', group_id: '1' },
      operation: 'current_customer',
      store_hash: 'abc123',
      version: 1,
    });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(900);
    expect(Math.abs((payload.iat ?? 0) - Date.now() / 1000)).toBeLessThan(5);
  });

  it('answers a guest, or an unknown customer, with 404', async () => {
    expect((await fetch(jwtUrl())).status).toBe(404);
    expect((await fetch(jwtUrl(), { headers: { Cookie: 'sc_customer=999' } })).status).toBe(404);
  });

  it('refuses a missing or unknown app_client_id', async () => {
    const cookie = { headers: { Cookie: 'sc_customer=1' } };
    expect((await fetch(`${storeUrl}/customer/current.jwt`, cookie)).status).toBe(400);
    expect((await fetch(jwtUrl('someone-else'), cookie)).status).toBe(403);
  });

  it('leaves other paths to the storefront', async () => {
    expect((await fetch(`${storeUrl}/cart.php`)).status).toBe(418);
  });
});

describe('signCustomerJwt', () => {
  it('makes a token the app secret verifies', async () => {
    const { payload } = await jwtVerify(await signCustomerJwt(bc, 2), secret(), { algorithms: ['HS256'] });
    expect(payload).toMatchObject({ customer: { id: 2 }, aud: bc.clientId, iss: 'bc/apps' });
  });

  it('makes tokens that a strict verifier refuses: other secret, expired, other alg, unsigned', async () => {
    const strict = (t: string) => jwtVerify(t, secret(), { algorithms: ['HS256'], issuer: 'bc/apps' });
    await expect(strict(await signCustomerJwt(bc, 2, { secret: 'not-the-secret' }))).rejects.toThrow(
      /signature/,
    );
    const past = Math.floor(Date.now() / 1000) - 3600;
    await expect(strict(await signCustomerJwt(bc, 2, { now: past }))).rejects.toThrow(/exp/);
    await expect(strict(await signCustomerJwt(bc, 2, { alg: 'HS512' }))).rejects.toThrow(/alg/);
    const none = await signCustomerJwt(bc, 2, { alg: 'none' });
    expect(none.endsWith('.')).toBe(true);
    expect(decodeProtectedHeader(none).alg).toBe('none');
    await expect(strict(none)).rejects.toThrow();
  });

  it('overrides and removes claims', async () => {
    const t = await signCustomerJwt(bc, 2, {
      claims: { iss: 'someone', operation: undefined, store_hash: 'x' },
    });
    const { payload } = await jwtVerify(t, secret(), { algorithms: ['HS256'] });
    expect(payload.iss).toBe('someone');
    expect(payload.store_hash).toBe('x');
    expect('operation' in payload).toBe(false);
  });
});

describe('storefront: native consent', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${storeUrl}/api/storefront/consent`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body,
    });

  it('accepts the complete set of 1, 2, 3 and records it with the customer', async () => {
    const before = bc.state.nativeConsentPosts.length;
    const res = await post(JSON.stringify({ allow: [1, 2], deny: [3] }), { Cookie: 'sc_customer=4' });
    expect(res.status).toBe(200);
    expect(bc.state.nativeConsentPosts.slice(before)).toEqual([
      { allow: [1, 2], deny: [3], customerId: 4, time: expect.any(String) },
    ]);
    // Persisted to the shopper's account: 1 analytics, 2 functional, 3 targeting.
    expect(bc.state.consent.get(4)).toMatchObject({
      allow: ['essential', 'functional', 'analytics'],
      deny: ['targeting'],
    });
  });

  it('records a guest’s post without a customer', async () => {
    expect((await post(JSON.stringify({ allow: [], deny: [1, 2, 3] }))).status).toBe(200);
    expect(bc.state.nativeConsentPosts.at(-1)).toMatchObject({ customerId: null, deny: [1, 2, 3] });
  });

  it.each([
    ['an incomplete set', '{"allow":[1],"deny":[3]}'],
    ['a duplicate', '{"allow":[1,1],"deny":[2,3]}'],
    ['a number out of range', '{"allow":[1,2],"deny":[4]}'],
    ['names instead of numbers', '{"allow":["analytics"],"deny":[2,3]}'],
    ['a missing list', '{"allow":[1,2,3]}'],
    ['malformed JSON', '{"allow":'],
  ])('refuses %s with 400 and records nothing', async (_, body) => {
    const before = bc.state.nativeConsentPosts.length;
    expect((await post(body)).status).toBe(400);
    expect(bc.state.nativeConsentPosts.length).toBe(before);
  });

  it('refuses a body that is not application/json with 400', async () => {
    const res = await post('{"allow":[1,2,3],"deny":[]}', { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(400);
  });
});
