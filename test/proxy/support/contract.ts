// The proxy's outside contract (docs/proxy.md), run unchanged against every runtime: real HTTP to the
// proxy, real HTTP from the proxy to the BigCommerce stand-in, real JWTs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signCustomerJwt } from '../../../demo/bigcommerce/customer-jwt';
import { type BigCommerceStandIn, startBigCommerce } from '../../../demo/bigcommerce/server';
import type { ProxyRuntime, RunningProxy } from './runtimes';

const ORIGIN = 'https://shop.example.com';
const OTHER_ORIGIN = 'https://evil.example.net';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: JSON read in assertions
  body: any;
}

interface CallOptions {
  method?: string;
  jwt?: string;
  origin?: string;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export function proxyContract(runtime: ProxyRuntime): void {
  describe(`proxy on ${runtime.name}`, () => {
    let bc: BigCommerceStandIn;
    let proxy: RunningProxy;
    let env: Record<string, string>;
    /** Every answer any proxy gave in this suite, to prove the token never left. */
    const seen: string[] = [];
    const extraLogs: string[][] = [];
    let nextCustomer = 1;
    /** A customer no other test has used, so quotas and saved decisions never interfere. */
    const freshCustomer = () => nextCustomer++;

    const jwtFor = (id: number, o: Parameters<typeof signCustomerJwt>[2] = {}) => signCustomerJwt(bc, id, o);

    async function call(path: string, o: CallOptions = {}, target: RunningProxy = proxy): Promise<Answer> {
      const headers: Record<string, string> = { ...o.headers };
      if (o.jwt) headers.Authorization = `Bearer ${o.jwt}`;
      if (o.origin) headers.Origin = o.origin;
      let body: string | undefined;
      if (o.body !== undefined) {
        body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
        headers['Content-Type'] = o.contentType ?? 'application/json';
      }
      const response = await fetch(`${target.url}${path}`, {
        method: o.method ?? 'GET',
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const text = await response.text();
      seen.push(text, JSON.stringify([...response.headers]));
      return {
        status: response.status,
        headers: response.headers,
        text,
        body: text ? JSON.parse(text) : null,
      };
    }

    const put = async (jwt: string, decision: unknown, o: CallOptions = {}) =>
      call('/consent', { method: 'PUT', jwt, body: decision, ...o });

    const apiCalls = () => bc.calls.filter((c) => c.path.startsWith(`/stores/${bc.storeHash}/v3/`));

    const savedLines = () =>
      proxy.logs.filter((line) => line.includes('"consent_saved"')).map((line) => JSON.parse(line));

    async function withProxy<T>(overrides: Record<string, string>, run: (p: RunningProxy) => Promise<T>) {
      const other = await runtime.start({ ...env, ...overrides });
      try {
        return await run(other);
      } finally {
        extraLogs.push(other.logs);
        await other.close();
      }
    }

    beforeAll(async () => {
      bc = await startBigCommerce({
        seed: {
          customers: Array.from({ length: 60 }, (_, i) => ({ id: i + 1 })),
          consent: { 50: { allow: ['essential', 'analytics'], deny: ['functional', 'targeting'] } },
        },
      });
      env = {
        BC_STORE_HASH: bc.storeHash,
        BC_ACCESS_TOKEN: bc.accessToken,
        BC_CLIENT_ID: bc.clientId,
        BC_CLIENT_SECRET: bc.clientSecret,
        ALLOWED_ORIGINS: `${ORIGIN},http://127.0.0.1:1`,
        BC_API_URL: bc.url,
      };
      proxy = await runtime.start(env);
    }, 60_000);

    afterAll(async () => {
      await proxy?.close();
      await bc?.close();
    });

    // Each test gets its own stand-in session: a slow answer the proxy gave up on in one test
    // finishes in that test's session instead of counting as a call, or spending quota, in the next.
    beforeEach(() => bc.reset());

    describe('routes', () => {
      it('answers GET /health with ok and does not call BigCommerce', async () => {
        const answer = await call('/health');
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({ ok: true });
        expect(bc.calls).toHaveLength(0);
      });

      it('answers an unknown route with 404 and a wrong method with 405 and Allow', async () => {
        const missing = await call('/consents');
        expect(missing.status).toBe(404);
        expect(missing.body.error.code).toBe('not_found');
        const wrong = await call('/consent', { method: 'DELETE', jwt: await jwtFor(freshCustomer()) });
        expect(wrong.status).toBe(405);
        expect(wrong.headers.get('Allow')).toBe('GET, PUT, OPTIONS');
        expect(wrong.body.error).toEqual({
          code: 'method_not_allowed',
          message: 'DELETE is not allowed on /consent (use GET, PUT, OPTIONS)',
        });
        expect(bc.calls).toHaveLength(0);
      });

      it('returns the saved decision of the customer in the JWT, passing updated_at through', async () => {
        const answer = await call('/consent', { jwt: await jwtFor(50), origin: ORIGIN });
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({
          allow: ['essential', 'analytics'],
          deny: ['functional', 'targeting'],
        });
        expect(Date.parse(answer.body.updated_at)).not.toBeNaN();
        expect(apiCalls()).toEqual([
          expect.objectContaining({ method: 'GET', path: `/stores/${bc.storeHash}/v3/customers/50/consent` }),
        ]);
      });

      it('saves a decision, answers as GET and logs one consent_saved line', async () => {
        const id = freshCustomer();
        const before = savedLines().length;
        const answer = await put(
          await jwtFor(id),
          { allow: ['targeting'], deny: ['analytics'] },
          { origin: ORIGIN },
        );
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({ allow: ['essential', 'targeting'], deny: ['analytics'] });
        expect(typeof answer.body.updated_at).toBe('string');
        expect(bc.state.consent.get(id)).toMatchObject({
          allow: ['essential', 'targeting'],
          deny: ['analytics'],
        });
        await expect.poll(() => savedLines().length).toBe(before + 1);
        const line = savedLines().at(-1);
        expect(Object.keys(line)).toEqual(['event', 'customer_id', 'consent_id', 'allow', 'deny', 'time']);
        expect(line).toMatchObject({
          event: 'consent_saved',
          customer_id: id,
          allow: ['essential', 'targeting'],
          deny: ['analytics'],
        });
        expect(new Date(line.time).toISOString()).toBe(line.time);
        const back = await call('/consent', { jwt: await jwtFor(id) });
        expect(back.body).toMatchObject({ allow: ['essential', 'targeting'], deny: ['analytics'] });
      });
    });

    describe('who is calling', () => {
      const now = () => Math.floor(Date.now() / 1000);

      const refused = async (jwt: string | undefined, message: string) => {
        const get = await call('/consent', { ...(jwt ? { jwt } : {}), origin: ORIGIN });
        const write = await call('/consent', {
          method: 'PUT',
          ...(jwt ? { jwt } : {}),
          origin: ORIGIN,
          body: { allow: ['analytics'], deny: [] },
        });
        for (const answer of [get, write]) {
          expect(answer.status).toBe(401);
          expect(answer.body.error).toEqual({ code: 'unauthorized', message });
          expect(answer.headers.get('WWW-Authenticate')).toContain('Bearer');
          // The browser must be able to read the refusal.
          expect(answer.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
        }
        expect(bc.calls).toHaveLength(0);
      };

      it('refuses a request without a JWT', async () => {
        await refused(undefined, 'sign-in required: send Authorization: Bearer <current-customer JWT>');
      });

      it('refuses a JWT signed with another secret', async () => {
        await refused(
          await jwtFor(freshCustomer(), { secret: 'not-the-client-secret' }),
          'the token signature does not verify',
        );
      });

      it('refuses an expired JWT, beyond 60 s of clock skew', async () => {
        await refused(await jwtFor(freshCustomer(), { now: now() - 900 - 90 }), 'the token has expired');
      });

      it('accepts a JWT expired less than 60 s ago (clock skew)', async () => {
        const answer = await call('/consent', {
          jwt: await jwtFor(freshCustomer(), { now: now() - 900 - 30 }),
        });
        expect(answer.status).toBe(200);
      });

      it('refuses a JWT that is not valid yet', async () => {
        await refused(
          await jwtFor(freshCustomer(), { claims: { nbf: now() + 600 } }),
          'the token is not valid yet',
        );
      });

      it('accepts a JWT that becomes valid less than 60 s from now (clock skew)', async () => {
        const answer = await call('/consent', {
          jwt: await jwtFor(freshCustomer(), { claims: { nbf: now() + 30 } }),
        });
        expect(answer.status).toBe(200);
      });

      it('refuses a JWT older than 15 minutes, whatever its expiry says', async () => {
        await refused(
          await jwtFor(freshCustomer(), { now: now() - 900 - 90, claims: { exp: 32_503_680_000 } }),
          'the token is older than 15 minutes',
        );
      });

      it('refuses a fresh JWT minted to expire in the year 3000', async () => {
        await refused(
          await jwtFor(freshCustomer(), { claims: { exp: 32_503_680_000 } }),
          'the token lives longer than 15 minutes',
        );
      });

      it('refuses a JWT issued in the future beyond the clock skew', async () => {
        await refused(await jwtFor(freshCustomer(), { now: now() + 3600 }), 'the token is not valid yet');
      });

      it('refuses a JWT without an issue time', async () => {
        await refused(
          await jwtFor(freshCustomer(), { claims: { iat: undefined } }),
          'the token lacks a valid iat claim',
        );
      });

      it('refuses a JWT without an expiry', async () => {
        await refused(
          await jwtFor(freshCustomer(), { claims: { exp: undefined } }),
          'the token lacks a valid exp claim',
        );
      });

      it('refuses a JWT for another store', async () => {
        await refused(
          await jwtFor(freshCustomer(), { claims: { store_hash: 'otherstore' } }),
          'the token was issued for another store',
        );
      });

      it('refuses a JWT for another client id', async () => {
        await refused(
          await jwtFor(freshCustomer(), { claims: { aud: 'another-app' } }),
          'the token was issued for another app (aud)',
        );
      });

      it('refuses a JWT of another issuer or operation', async () => {
        await refused(
          await jwtFor(freshCustomer(), { claims: { iss: 'someone' } }),
          'the token was not issued by BigCommerce (iss)',
        );
        await refused(
          await jwtFor(freshCustomer(), { claims: { operation: 'something_else' } }),
          'the token is not a current-customer token',
        );
      });

      it('refuses an unsigned JWT (alg none)', async () => {
        await refused(await jwtFor(freshCustomer(), { alg: 'none' }), 'the token must be signed with HS256');
      });

      it('refuses a JWT signed with HS512, even with the right secret', async () => {
        await refused(await jwtFor(freshCustomer(), { alg: 'HS512' }), 'the token must be signed with HS256');
      });

      it('refuses a JWT whose payload was changed after signing', async () => {
        const [head, payload, signature] = (await jwtFor(freshCustomer())).split('.');
        const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
        claims.customer.id = 50;
        const forged = `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
        await refused(forged, 'the token signature does not verify');
      });

      it('refuses a JWT without a customer id', async () => {
        await refused(
          await jwtFor(freshCustomer(), { claims: { customer: undefined } }),
          'the token names no customer',
        );
      });

      it('takes the customer from the JWT only, ignoring an id in the body or the query', async () => {
        const id = freshCustomer();
        const victim = freshCustomer();
        const answer = await call(`/consent?customer_id=${victim}&id=${victim}`, {
          method: 'PUT',
          jwt: await jwtFor(id),
          body: { allow: ['analytics'], deny: ['targeting'], customer_id: victim, id: victim },
        });
        expect(answer.status).toBe(200);
        expect(bc.state.consent.get(id)).toMatchObject({ allow: ['essential', 'analytics'] });
        expect(bc.state.consent.has(victim)).toBe(false);
        expect(apiCalls().map((c) => c.path)).toEqual([`/stores/${bc.storeHash}/v3/customers/${id}/consent`]);
        const read = await call(`/consent?customer_id=50`, { jwt: await jwtFor(id) });
        expect(read.body.allow).toEqual(['essential', 'analytics']);
      });
    });

    describe('CORS', () => {
      it('answers a preflight from an allowed origin', async () => {
        const answer = await call('/consent', {
          method: 'OPTIONS',
          origin: ORIGIN,
          headers: {
            'Access-Control-Request-Method': 'PUT',
            'Access-Control-Request-Headers': 'authorization,content-type',
          },
        });
        expect(answer.status).toBe(204);
        expect(answer.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
        expect(answer.headers.get('Access-Control-Allow-Methods')).toBe('GET, PUT, POST, OPTIONS');
        expect(answer.headers.get('Access-Control-Allow-Headers')).toBe('Authorization, Content-Type');
        expect(answer.headers.get('Vary')).toContain('Origin');
        expect(bc.calls).toHaveLength(0);
      });

      it('refuses a preflight and a request from an origin not allowed, with 403 and no CORS grant', async () => {
        const preflight = await call('/consent', {
          method: 'OPTIONS',
          origin: OTHER_ORIGIN,
          headers: { 'Access-Control-Request-Method': 'PUT' },
        });
        const write = await put(
          await jwtFor(freshCustomer()),
          { allow: [], deny: [] },
          { origin: OTHER_ORIGIN },
        );
        for (const answer of [preflight, write]) {
          expect(answer.status).toBe(403);
          expect(answer.body.error).toEqual({
            code: 'origin_not_allowed',
            message: `origin ${OTHER_ORIGIN} is not in ALLOWED_ORIGINS`,
          });
          expect(answer.headers.get('Access-Control-Allow-Origin')).toBeNull();
          expect(answer.headers.get('Vary')).toContain('Origin');
        }
        expect(bc.calls).toHaveLength(0);
      });

      it('grants CORS on actual responses to an allowed origin, and serves callers without Origin', async () => {
        const browser = await call('/health', { origin: ORIGIN });
        expect(browser.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
        expect(browser.headers.get('Vary')).toContain('Origin');
        const server = await call('/health');
        expect(server.status).toBe(200);
        expect(server.headers.get('Access-Control-Allow-Origin')).toBeNull();
      });
    });

    describe('bodies', () => {
      const bad = async (
        body: unknown,
        status: number,
        error: { code: string; message: string },
        contentType?: string,
      ) => {
        const answer = await put(await jwtFor(freshCustomer()), body, contentType ? { contentType } : {});
        expect(answer.status).toBe(status);
        expect(answer.body.error).toEqual(error);
        expect(bc.calls).toHaveLength(0);
      };

      it('refuses malformed JSON with 400', async () => {
        await bad('{"allow": [', 400, { code: 'bad_request', message: 'the body is not valid JSON' });
      });

      it('refuses another content type with 415', async () => {
        await bad(
          { allow: [], deny: [] },
          415,
          {
            code: 'unsupported_media_type',
            message: 'the body must be sent as Content-Type: application/json (got text/plain)',
          },
          'text/plain',
        );
      });

      it('refuses an unknown category with 400 naming it', async () => {
        await bad({ allow: ['marketing'], deny: [] }, 400, {
          code: 'bad_request',
          message:
            'allow.0: unknown category "marketing" (expected one of essential, functional, analytics, targeting)',
        });
      });

      it('refuses duplicates, overlap and a denied essential with 400', async () => {
        await bad({ allow: ['analytics', 'analytics'], deny: [] }, 400, {
          code: 'bad_request',
          message: 'allow: lists analytics more than once',
        });
        await bad({ allow: ['analytics'], deny: ['analytics'] }, 400, {
          code: 'bad_request',
          message: 'deny: analytics is both allowed and denied',
        });
        await bad({ allow: [], deny: ['essential'] }, 400, {
          code: 'bad_request',
          message: 'deny: essential cannot be denied',
        });
      });

      it('refuses a 5 KiB body with 413', async () => {
        const big = JSON.stringify({ allow: ['analytics'], deny: [], padding: 'x'.repeat(5 * 1024) });
        await bad(big, 413, { code: 'payload_too_large', message: 'the body is larger than 4096 bytes' });
      });

      // A real socket race: the runtime answers 413 before the client has sent it all, and workerd may
      // close the connection while undici still writes (EPIPE, 'fetch failed'). Seen under load only.
      it('refuses a 5 KiB body sent without Content-Length while reading it', { retry: 2 }, async () => {
        const chunk = new TextEncoder().encode(`{"allow":[],"deny":[],"pad":"${'x'.repeat(1024)}`);
        let sent = 0;
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent++ < 5) controller.enqueue(chunk);
            else controller.close();
          },
        });
        const response = await fetch(`${proxy.url}/consent`, {
          method: 'PUT',
          headers: {
            Authorization: `Bearer ${await jwtFor(freshCustomer())}`,
            'Content-Type': 'application/json',
          },
          body: stream,
          duplex: 'half',
        } as RequestInit);
        expect(response.status).toBe(413);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
        expect(bc.calls).toHaveLength(0);
      });
    });

    // Real sockets against the clock (seconds-long budgets, waits measured in milliseconds): the
    // one retry, for a machine that misses a beat.
    describe('when BigCommerce fails', { retry: 1 }, () => {
      it('retries 5xx twice and saves the decision once', async () => {
        const id = freshCustomer();
        bc.faults.next(1, { status: 503 });
        bc.faults.next(1, { status: 500 });
        const answer = await put(await jwtFor(id), { allow: ['functional'], deny: [] });
        expect(answer.status).toBe(200);
        expect(apiCalls().map((c) => c.status)).toEqual([503, 500, 200]);
        expect(bc.state.consent.get(id)).toMatchObject({ allow: ['essential', 'functional'] });
        await expect.poll(() => savedLines().filter((line) => line.customer_id === id).length).toBe(1);
      });

      it('waits for the rate-limit reset after a 429, then succeeds', async () => {
        bc.faults.next(1, { rateLimit: 600 });
        const started = Date.now();
        const answer = await call('/consent', { jwt: await jwtFor(freshCustomer()) });
        expect(answer.status).toBe(200);
        expect(Date.now() - started).toBeGreaterThanOrEqual(550);
        expect(apiCalls().map((c) => c.status)).toEqual([429, 200]);
      });

      it('answers 503 within 10 s when BigCommerce cannot be reached', async () => {
        bc.faults.next(10, { drop: true });
        const started = Date.now();
        const answer = await put(await jwtFor(freshCustomer()), { allow: [], deny: [] });
        expect(answer.status).toBe(503);
        expect(answer.body.error.code).toBe('bigcommerce_unavailable');
        expect(Date.now() - started).toBeLessThan(10_500);
        expect(apiCalls()).toHaveLength(4);
      });

      it('answers 503 when BigCommerce keeps answering 5xx', async () => {
        bc.faults.next(4, { status: 502 });
        const answer = await call('/consent', { jwt: await jwtFor(freshCustomer()) });
        expect(answer.status).toBe(503);
        expect(apiCalls().map((c) => c.status)).toEqual([502, 502, 502, 502]);
      });

      it('answers 504 when BigCommerce is too slow, within the 10 s budget', {
        timeout: 20_000,
      }, async () => {
        bc.faults.next(4, { delayMs: 3500 });
        const started = Date.now();
        const answer = await call('/consent', { jwt: await jwtFor(freshCustomer()) });
        const took = Date.now() - started;
        expect(answer.status).toBe(504);
        expect(answer.body.error).toEqual({
          code: 'bigcommerce_timeout',
          message: 'BigCommerce did not answer in time; try again later',
        });
        expect(took).toBeGreaterThan(5_000);
        expect(took).toBeLessThan(10_500);
      });

      it('answers 502 in its own words when BigCommerce rejects the request, logging BigCommerce words', async () => {
        const answer = await call('/consent', { jwt: await jwtFor(999) });
        expect(answer.status).toBe(502);
        expect(answer.body.error).toEqual({
          code: 'bigcommerce_rejected',
          message: 'BigCommerce refused this request; the proxy log has the details',
        });
        expect(answer.text).not.toContain('Customer not found');
        expect(apiCalls()).toHaveLength(1);
        await expect
          .poll(() => proxy.logs.filter((line) => line.includes('Customer not found')))
          .toEqual([expect.stringContaining('"event":"bigcommerce_error"')]);
      });

      it('answers 502 naming BC_ACCESS_TOKEN when BigCommerce refuses the token', async () => {
        await withProxy({ BC_ACCESS_TOKEN: 'wrong_token_0123456789' }, async (other) => {
          const answer = await call('/consent', { jwt: await jwtFor(freshCustomer()) }, other);
          expect(answer.status).toBe(502);
          expect(answer.body.error.code).toBe('bigcommerce_credentials');
          expect(answer.body.error.message).toContain('BC_ACCESS_TOKEN');
          expect(answer.text).not.toContain('wrong_token_0123456789');
          expect(other.logs.join('\n')).not.toContain('wrong_token_0123456789');
          expect(apiCalls().map((c) => c.status)).toEqual([401]);
        });
      });

      it('answers 502 naming the missing scope when the token may only read', async () => {
        await withProxy({ BC_ACCESS_TOKEN: bc.tokens.readOnly }, async (other) => {
          const id = freshCustomer();
          expect((await call('/consent', { jwt: await jwtFor(id) }, other)).status).toBe(200);
          const write = await call(
            '/consent',
            { method: 'PUT', jwt: await jwtFor(id), body: { allow: ['analytics'], deny: [] } },
            other,
          );
          expect(write.status).toBe(502);
          expect(write.body.error).toEqual({
            code: 'bigcommerce_credentials',
            message:
              'BigCommerce refused the proxy: the API account behind BC_ACCESS_TOKEN lacks the Customers (modify) scope',
          });
          expect(write.text).not.toContain(bc.tokens.readOnly);
          expect(other.logs.join('\n')).not.toContain(bc.tokens.readOnly);
        });
      });
    });

    describe('write quota', () => {
      it('answers 429 with Retry-After to a customer writing in a tight loop, sparing BigCommerce', async () => {
        const jwt = await jwtFor(freshCustomer());
        const statuses: number[] = [];
        let last: Answer | null = null;
        for (let i = 0; i < 9; i++) {
          last = await put(jwt, { allow: i % 2 ? ['analytics'] : [], deny: [] });
          statuses.push(last.status);
        }
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429]);
        expect(last?.body.error.code).toBe('too_many_writes');
        expect(Number(last?.headers.get('Retry-After'))).toBeGreaterThan(0);
        expect(apiCalls().filter((c) => c.method === 'PUT')).toHaveLength(5);
        // Reading stays possible, and another customer is not affected.
        expect((await call('/consent', { jwt })).status).toBe(200);
        expect((await put(await jwtFor(freshCustomer()), { allow: [], deny: [] })).status).toBe(200);
      });
    });

    describe('read cache and read limit', () => {
      it("answers a customer's repeated reads from its cache, calling BigCommerce once", async () => {
        const jwt = await jwtFor(50);
        const answers = await Promise.all(Array.from({ length: 5 }, () => call('/consent', { jwt })));
        for (let i = 0; i < 15; i++) answers.push(await call('/consent', { jwt }));
        expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
        for (const answer of answers) expect(answer.body.allow).toEqual(['essential', 'analytics']);
        expect(apiCalls().filter((c) => c.method === 'GET').length).toBeLessThanOrEqual(5);
        const before = apiCalls().length;
        await call('/consent', { jwt });
        expect(apiCalls()).toHaveLength(before);
      });

      it("answers the next read with the customer's own write", async () => {
        const id = freshCustomer();
        const jwt = await jwtFor(id);
        expect((await call('/consent', { jwt })).status).toBe(200);
        await put(jwt, { allow: ['functional'], deny: ['targeting'] });
        const back = await call('/consent', { jwt });
        expect(back.body).toMatchObject({ allow: ['essential', 'functional'], deny: ['targeting'] });
        expect(apiCalls().map((c) => c.method)).toEqual(['GET', 'PUT']);
      });

      /** A token for a fresh customer whose saved decision allows analytics. */
      const savedAnalytics = () => {
        const id = freshCustomer();
        bc.state.consent.set(id, {
          allow: ['essential', 'analytics'],
          deny: [],
          updatedAt: new Date().toISOString(),
        });
        return jwtFor(id);
      };

      it("shares one call to BigCommerce, and one slot of the limit, among a customer's simultaneous reads", async () => {
        // Twelve pages opened at once, on a new device: more than the limit's ten, all answered.
        const jwt = await savedAnalytics();
        const answers = await Promise.all(Array.from({ length: 12 }, () => call('/consent', { jwt })));
        expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
        for (const answer of answers) expect(answer.body.allow).toEqual(['essential', 'analytics']);
        expect(apiCalls().filter((c) => c.method === 'GET')).toHaveLength(1);
      });

      it('never caches a read that a save overtook: the next read answers the save', async () => {
        const jwt = await savedAnalytics();
        // BigCommerce reads the decision at once, but its answer is slow on its way; the customer saves
        // meanwhile. The read's answer is the older decision, true when it was read.
        bc.faults.next(1, { lateMs: 500 });
        const slowRead = call('/consent', { jwt });
        await expect.poll(() => apiCalls().some((c) => c.method === 'GET' && c.status === 200)).toBe(true);
        expect((await put(jwt, { allow: ['functional'], deny: ['analytics'] })).status).toBe(200);
        expect((await slowRead).body.allow).toEqual(['essential', 'analytics']);
        const calls = apiCalls().length;
        const next = await call('/consent', { jwt });
        expect(next.body).toMatchObject({ allow: ['essential', 'functional'], deny: ['analytics'] });
        expect(apiCalls()).toHaveLength(calls);
      });

      it('limits the reads that reach BigCommerce per customer, with 429 and Retry-After', async () => {
        // Customer 998 does not exist: every read fails, so none is cached, and each would call BigCommerce.
        const jwt = await jwtFor(998);
        const statuses: number[] = [];
        let last: Answer | null = null;
        for (let i = 0; i < 14; i++) {
          last = await call('/consent', { jwt });
          statuses.push(last.status);
        }
        expect(statuses).toEqual([...Array(10).fill(502), ...Array(4).fill(429)]);
        expect(last?.body.error.code).toBe('too_many_reads');
        expect(Number(last?.headers.get('Retry-After'))).toBeGreaterThan(0);
        expect(apiCalls()).toHaveLength(10);
      });
    });

    describe('configuration', () => {
      it('names every missing variable', async () => {
        const message = await runtime.configProblem({ BC_STORE_HASH: 'abc', ALLOWED_ORIGINS: ORIGIN });
        expect(message).toContain(
          'BC_ACCESS_TOKEN is missing; BC_CLIENT_ID is missing; BC_CLIENT_SECRET is missing',
        );
      });

      it('names a malformed variable but not its value', async () => {
        const message = await runtime.configProblem({
          ...env,
          ALLOWED_ORIGINS: 'shop.example.com',
          BC_API_URL: 'nope',
        });
        expect(message).toContain('ALLOWED_ORIGINS must be comma-separated origins');
        expect(message).toContain('BC_API_URL must be an http(s) URL');
        expect(message).not.toContain(bc.accessToken);
        expect(message).not.toContain(bc.clientSecret);
      });
    });

    it('never shows the access token or the client secret in any answer or log line', () => {
      const everything = [...seen, ...proxy.logs, ...extraLogs.flat()].join('\n');
      expect(seen.length).toBeGreaterThan(40);
      for (const secret of [bc.accessToken, bc.clientSecret, bc.tokens.readOnly]) {
        expect(everything).not.toContain(secret);
      }
    });
  });
}
