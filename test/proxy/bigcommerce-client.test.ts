import { describe, expect, it } from 'vitest';
import { BigCommerceError, backoffMs, createBigCommerceClient } from '../../core/bigcommerce-client';

const TOKEN = 'tok_secret_123';

type Reply = Response | 'network' | 'hang';

/** A scripted BigCommerce: answers each call with the next reply and records what it was sent. */
function scripted(replies: Reply[]) {
  const seen: Array<{ url: string; method: string; headers: Headers; body: string | null }> = [];
  const sleeps: number[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : null,
    });
    const reply = replies.shift() ?? new Response('{}', { status: 200 });
    if (reply === 'network') throw new TypeError('fetch failed');
    if (reply === 'hang') {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    return reply;
  }) as typeof globalThis.fetch;
  const client = createBigCommerceClient({
    apiUrl: 'https://bc.test/',
    storeHash: 'abc123',
    accessToken: TOKEN,
    fetch,
    timeoutMs: 50,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  });
  return { client, seen, sleeps };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const failure = async (promise: Promise<unknown>): Promise<BigCommerceError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BigCommerceError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
};

describe('BigCommerce client', () => {
  it('sends the token only in X-Auth-Token, JSON bodies and the query to the store URL', async () => {
    const { client, seen } = scripted([json(200, { allow: ['essential'] })]);
    const answer = await client.request('PUT', '/v3/customers/7/consent', {
      query: { a: '1' },
      body: { allow: ['essential'], deny: [] },
    });
    expect(answer).toMatchObject({ status: 200, body: { allow: ['essential'] } });
    expect(seen[0]?.url).toBe('https://bc.test/stores/abc123/v3/customers/7/consent?a=1');
    expect(seen[0]?.method).toBe('PUT');
    expect(seen[0]?.headers.get('X-Auth-Token')).toBe(TOKEN);
    expect(seen[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(seen[0]?.body).toBe('{"allow":["essential"],"deny":[]}');
    expect(seen[0]?.url).not.toContain(TOKEN);
  });

  it('retries 5xx and network errors with growing jittered waits, then succeeds', async () => {
    const { client, seen, sleeps } = scripted([json(503, {}), 'network', json(200, { ok: 1 })]);
    await expect(client.request('GET', '/v3/x')).resolves.toMatchObject({ body: { ok: 1 } });
    expect(seen).toHaveLength(3);
    expect(sleeps).toEqual([backoffMs(1, () => 0.5), backoffMs(2, () => 0.5)]);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0] ?? Infinity);
  });

  it('keeps backoff between half and all of its exponential ceiling', () => {
    expect(backoffMs(1, () => 0)).toBe(100);
    expect(backoffMs(1, () => 1)).toBe(200);
    expect(backoffMs(3, () => 1)).toBe(800);
    expect(backoffMs(10, () => 1)).toBe(2000);
  });

  it('waits X-Rate-Limit-Time-Reset-Ms after a 429, then retries', async () => {
    const { client, sleeps } = scripted([
      json(429, {}, { 'X-Rate-Limit-Time-Reset-Ms': '1234' }),
      json(200, {}),
    ]);
    await client.request('GET', '/v3/x');
    expect(sleeps).toEqual([1234]);
  });

  it('gives up at once when the 429 reset lies beyond the budget', async () => {
    const { client, seen } = scripted([json(429, {}, { 'X-Rate-Limit-Time-Reset-Ms': '60000' })]);
    const error = await failure(client.request('GET', '/v3/x'));
    expect(error).toMatchObject({ kind: 'unavailable', status: 429, retryAfterMs: 60000 });
    expect(seen).toHaveLength(1);
  });

  it('gives up after maxAttempts as unavailable with the last status', async () => {
    const { client, seen } = scripted([json(500, {}), json(502, {}), json(503, {}), json(504, {})]);
    const error = await failure(client.request('GET', '/v3/x'));
    expect(error).toMatchObject({ kind: 'unavailable', status: 504 });
    expect(seen).toHaveLength(4);
  });

  it('times out each attempt and reports a timeout when the last one timed out', async () => {
    const { client, seen } = scripted(['hang', 'hang', 'hang', 'hang']);
    const error = await failure(client.request('GET', '/v3/x'));
    expect(error).toMatchObject({ kind: 'timeout', status: null });
    expect(seen).toHaveLength(4);
  });

  it('does not retry 401/403 and calls them a credentials problem without the token', async () => {
    const { client, seen } = scripted([json(403, { status: 403, title: `You lack a scope for ${TOKEN}` })]);
    const error = await failure(client.request('GET', '/v3/x'));
    expect(error.kind).toBe('credentials');
    expect(error.status).toBe(403);
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).toContain('[redacted]');
    expect(seen).toHaveLength(1);
  });

  it('does not retry another 4xx and carries BigCommerce title and errors', async () => {
    const { client } = scripted([
      json(422, { status: 422, title: 'Invalid body', errors: { allow: 'must be unique' } }),
    ]);
    const error = await failure(client.request('PUT', '/v3/x', { body: {} }));
    expect(error).toMatchObject({ kind: 'rejected', status: 422 });
    expect(error.message).toBe('BigCommerce rejected PUT /v3/x (422): Invalid body (allow: must be unique)');
  });

  it('stops retrying when the budget is spent', async () => {
    const client = createBigCommerceClient({
      apiUrl: 'https://bc.test',
      storeHash: 's',
      accessToken: TOKEN,
      budgetMs: 120,
      timeoutMs: 1000,
      maxAttempts: 10,
      fetch: (async (_: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        )) as typeof fetch,
    });
    const started = Date.now();
    const error = await failure(client.request('GET', '/v3/x'));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
