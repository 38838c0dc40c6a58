import { afterEach, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { api } from './api';

const RATE_HEADERS = [
  'x-rate-limit-requests-left',
  'x-rate-limit-requests-quota',
  'x-rate-limit-time-reset-ms',
  'x-rate-limit-time-window-ms',
];

let bc: BigCommerceStandIn;
afterEach(() => bc?.close());

describe('the API gateway', () => {
  it('answers 401 in BigCommerce error shape without a token or with a wrong one', async () => {
    bc = await startBigCommerce();
    for (const token of [null, '', 'not-a-token']) {
      const r = await api(bc, 'GET', '/customers/1/consent', { token });
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ status: 401, title: expect.any(String), type: expect.any(String) });
    }
  });

  it('lets a read-only token read but answers 403 when it writes', async () => {
    bc = await startBigCommerce();
    expect((await api(bc, 'GET', '/customers/1/consent', { token: bc.tokens.readOnly })).status).toBe(200);
    expect((await api(bc, 'GET', '/customers/settings', { token: bc.tokens.readOnly })).status).toBe(200);
    const put = await api(bc, 'PUT', '/customers/1/consent', {
      token: bc.tokens.readOnly,
      body: { allow: ['essential'], deny: [] },
    });
    expect(put.status).toBe(403);
    expect(put.body).toMatchObject({
      status: 403,
      title: "You don't have a required scope to access the endpoint",
    });
    expect(bc.state.consent.has(1)).toBe(false);
  });

  it('answers 403 on every customers endpoint to a token without Customers scope', async () => {
    bc = await startBigCommerce();
    const t = { token: bc.tokens.noCustomers };
    expect((await api(bc, 'GET', '/customers/1/consent', t)).status).toBe(403);
    expect((await api(bc, 'GET', '/customers/settings', t)).status).toBe(403);
    expect((await api(bc, 'GET', '/customers/settings/channels/1', t)).status).toBe(403);
    expect((await api(bc, 'GET', '/shopper-profiles', t)).status).toBe(403);
    expect((await api(bc, 'GET', '/content/scripts', t)).status).toBe(200);
  });

  it('answers 404 for another store hash and for an unknown path', async () => {
    bc = await startBigCommerce({ storeHash: 'abc123' });
    const other = await api(bc, 'GET', '/customers/1/consent', { storeHash: 'zzz999' });
    expect(other.status).toBe(404);
    expect(other.body).toMatchObject({ status: 404 });
    expect((await api(bc, 'GET', '/customers/1/nothing')).status).toBe(404);
  });

  it('answers 406 when the client will not accept JSON', async () => {
    bc = await startBigCommerce();
    const r = await api(bc, 'GET', '/customers/1/consent', { headers: { Accept: 'text/html' } });
    expect(r.status).toBe(406);
  });

  it('accepts application/json with a charset parameter', async () => {
    bc = await startBigCommerce();
    const r = await api(bc, 'PUT', '/customers/1/consent', {
      body: { allow: ['essential'], deny: [] },
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(r.status).toBe(200);
  });

  it('refuses a body over 1 MiB with 413 and saves nothing', async () => {
    bc = await startBigCommerce();
    const r = await api(bc, 'PUT', '/customers/1/consent', {
      rawBody: JSON.stringify({ allow: ['essential'], deny: [], pad: 'x'.repeat(1024 * 1024) }),
    });
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ status: 413 });
    expect(bc.state.consent.has(1)).toBe(false);
  });

  it('replaces the sample customers with seeded ones', async () => {
    bc = await startBigCommerce({ seed: { customers: [{ id: 42, email: 'x@example.com' }] } });
    expect((await api(bc, 'GET', '/customers/42/consent')).status).toBe(200);
    expect((await api(bc, 'GET', '/customers/1/consent')).status).toBe(404);
  });

  it('puts the four rate-limit headers on every answer, errors included', async () => {
    bc = await startBigCommerce();
    const answers = [
      await api(bc, 'GET', '/customers/1/consent'),
      await api(bc, 'GET', '/customers/1/consent', { token: null }),
      await api(bc, 'GET', '/customers/1/consent', { token: bc.tokens.noCustomers }),
      await api(bc, 'GET', '/customers/999/consent'),
      await api(bc, 'PUT', '/customers/1/consent', { rawBody: '{' }),
      await api(bc, 'GET', '/x', { storeHash: 'elsewhere' }),
      await api(bc, 'DELETE', '/customers/1/consent'),
      await api(bc, 'GET', '/customers/1/consent', { headers: { Accept: 'text/html' } }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 401, 403, 404, 422, 404, 405, 406]);
    for (const r of answers)
      for (const h of RATE_HEADERS) expect(r.headers.get(h), `${r.status} ${h}`).toMatch(/^\d+$/);
    expect(answers[0]?.headers.get('x-rate-limit-requests-quota')).toBe('150');
    expect(answers[0]?.headers.get('x-rate-limit-time-window-ms')).toBe('30000');
  });

  it('counts down the quota and answers 429 with the headers once it is spent', async () => {
    bc = await startBigCommerce({ rateLimit: { quota: 3, windowMs: 60_000 } });
    const lefts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await api(bc, 'GET', '/customers/1/consent');
      expect(r.status).toBe(200);
      lefts.push(r.headers.get('x-rate-limit-requests-left') ?? '');
    }
    expect(lefts).toEqual(['2', '1', '0']);
    const over = await api(bc, 'GET', '/customers/1/consent');
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ status: 429, title: 'Too many requests' });
    expect(over.headers.get('x-rate-limit-requests-left')).toBe('0');
    const reset = Number(over.headers.get('x-rate-limit-time-reset-ms'));
    expect(reset).toBeGreaterThan(50_000);
    expect(reset).toBeLessThanOrEqual(60_000);
  });

  // A 300 ms window on a real socket: a stall between two calls lets the window slide early.
  it('frees the quota as the window slides', { retry: 1 }, async () => {
    bc = await startBigCommerce({ rateLimit: { quota: 2, windowMs: 300 } });
    await api(bc, 'GET', '/customers/1/consent');
    await api(bc, 'GET', '/customers/1/consent');
    const over = await api(bc, 'GET', '/customers/1/consent');
    expect(over.status).toBe(429);
    await new Promise((r) => setTimeout(r, Number(over.headers.get('x-rate-limit-time-reset-ms')) + 20));
    expect((await api(bc, 'GET', '/customers/1/consent')).status).toBe(200);
  });

  it('records every call with method, path, query and status, and never the token', async () => {
    bc = await startBigCommerce();
    await api(bc, 'GET', '/shopper-profiles?page=1&limit=5');
    await api(bc, 'PUT', '/customers/1/consent', { token: 'wrong', body: { allow: [], deny: [] } });
    expect(bc.calls).toEqual([
      { method: 'GET', path: '/stores/teststore/v3/shopper-profiles', query: 'page=1&limit=5', status: 200 },
      { method: 'PUT', path: '/stores/teststore/v3/customers/1/consent', query: '', status: 401 },
    ]);
    expect(JSON.stringify(bc.calls)).not.toContain(bc.accessToken);
  });

  // Three answers delayed 150 ms overlap only if the three calls arrive within that time.
  it('records the most requests in flight at once', { retry: 1 }, async () => {
    bc = await startBigCommerce();
    bc.faults.next(3, { delayMs: 150 });
    await Promise.all([1, 2, 3].map(() => api(bc, 'GET', '/customers/1/consent')));
    expect(bc.state.maxInFlight).toBe(3);
    expect(bc.state.inFlight).toBe(0);
  });
});

describe('test faults', () => {
  it('fails the next n calls with the chosen 5xx, then answers normally', async () => {
    bc = await startBigCommerce();
    bc.faults.next(2, { status: 503 });
    const a = await api(bc, 'GET', '/customers/1/consent');
    const b = await api(bc, 'PUT', '/customers/1/consent', { body: { allow: ['essential'], deny: [] } });
    const c = await api(bc, 'GET', '/customers/1/consent');
    expect([a.status, b.status, c.status]).toEqual([503, 503, 200]);
    expect(a.body).toMatchObject({ status: 503 });
    for (const h of RATE_HEADERS) expect(a.headers.get(h)).not.toBeNull();
    expect(bc.state.consent.has(1)).toBe(false);
  });

  it('answers 429 with the given reset time', async () => {
    bc = await startBigCommerce();
    bc.faults.next(1, { rateLimit: 1234 });
    const r = await api(bc, 'GET', '/customers/1/consent');
    expect(r.status).toBe(429);
    expect(r.headers.get('x-rate-limit-time-reset-ms')).toBe('1234');
    expect(r.headers.get('x-rate-limit-requests-left')).toBe('0');
  });

  it('delays the answer', async () => {
    bc = await startBigCommerce();
    bc.faults.next(1, { delayMs: 200 });
    const start = performance.now();
    const r = await api(bc, 'GET', '/customers/1/consent');
    expect(r.status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(190);
  });

  it('answers late from the store as it was when the call arrived', async () => {
    bc = await startBigCommerce();
    bc.state.consent.set(1, {
      allow: ['essential', 'analytics'],
      deny: [],
      updatedAt: new Date().toISOString(),
    });
    bc.faults.next(1, { lateMs: 200 });
    const start = performance.now();
    const late = api(bc, 'GET', '/customers/1/consent');
    await expect.poll(() => bc.calls.at(-1)?.status).toBe(200);
    bc.state.consent.set(1, {
      allow: ['essential'],
      deny: ['analytics'],
      updatedAt: new Date().toISOString(),
    });
    const r = await late;
    expect(performance.now() - start).toBeGreaterThanOrEqual(190);
    expect((r.body as { allow: string[] }).allow).toContain('analytics');
  });

  it('drops the connection without an answer and records status 0', async () => {
    bc = await startBigCommerce();
    bc.faults.next(1, { drop: true });
    await expect(api(bc, 'GET', '/customers/1/consent')).rejects.toThrow();
    expect(bc.calls.at(-1)).toMatchObject({ status: 0 });
    expect((await api(bc, 'GET', '/customers/1/consent')).status).toBe(200);
  });

  it('starts a new session on reset, while a call being answered finishes in its own', async () => {
    bc = await startBigCommerce();
    bc.faults.next(1, { delayMs: 200 });
    const late = api(bc, 'PUT', '/customers/2/consent', { body: { allow: ['analytics'], deny: [] } });
    await expect.poll(() => bc.state.inFlight).toBe(1);
    bc.faults.next(1, { status: 503 });
    bc.reset();
    expect((await late).status).toBe(200);
    expect(bc.calls).toEqual([]);
    expect(bc.state.consent.has(2)).toBe(false);
    expect(bc.state.inFlight).toBe(0);
    expect((await api(bc, 'GET', '/customers/1/consent')).status).toBe(200);
    expect(bc.calls).toHaveLength(1);
  });

  it('forgets queued faults on clear', async () => {
    bc = await startBigCommerce();
    bc.faults.next(5, { status: 500 });
    bc.faults.clear();
    expect((await api(bc, 'GET', '/customers/1/consent')).status).toBe(200);
  });
});
