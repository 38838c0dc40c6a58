// Consent records on the proxy (docs/proxy.md, "Consent records"), run unchanged against every
// runtime: Node with SQLite, workerd with D1. Real HTTP, real JWTs, the BigCommerce stand-in.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCustomerJwt } from '../../../demo/bigcommerce/customer-jwt';
import { proxyEnvFor } from '../../../demo/bigcommerce/proxy-env';
import { type BigCommerceStandIn, startBigCommerce } from '../../../demo/bigcommerce/server';
import type { ProxyRuntime, RunningProxy } from './runtimes';

const ORIGIN = 'https://shop.example.com';
const ADMIN_TOKEN = 'admin-token-0123456789abcdef0123456789';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: JSON read in assertions
  body: any;
}

let ids = 0;
/** A consent id no other test has used: 22 base64url characters. */
const consentId = () => `test${String(ids++).padStart(6, '0')}_${'x'.repeat(11)}`;

export function recordsContract(runtime: ProxyRuntime): void {
  describe(`consent records on ${runtime.name}`, () => {
    let bc: BigCommerceStandIn;
    let proxy: RunningProxy;
    let env: Record<string, string>;

    async function call(
      path: string,
      o: { method?: string; body?: unknown; headers?: Record<string, string>; origin?: string | null } = {},
      target: RunningProxy = proxy,
    ): Promise<Answer> {
      const headers: Record<string, string> = { ...o.headers };
      if (o.origin !== null) headers.Origin = o.origin ?? ORIGIN;
      let body: string | undefined;
      if (o.body !== undefined) {
        body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
        headers['Content-Type'] ??= 'application/json';
      }
      const response = await fetch(`${target.url}${path}`, {
        method: o.method ?? 'GET',
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = null;
      }
      return { status: response.status, headers: response.headers, text, body: parsed };
    }

    const post = (body: unknown, o: Parameters<typeof call>[1] = {}, target?: RunningProxy) =>
      call('/records', { method: 'POST', body, ...o }, target);

    const admin = (path: string, token = ADMIN_TOKEN, target?: RunningProxy) =>
      call(path, { origin: null, headers: { Authorization: `Bearer ${token}` } }, target);

    const ndjson = (text: string) =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));

    const decision = (id: string, over: Record<string, unknown> = {}) => ({
      consent_id: id,
      allow: ['analytics'],
      deny: ['functional', 'targeting'],
      revision: 3,
      lang: 'de',
      policy: 'opt-in',
      region: 'DE',
      source: 'banner',
      ...over,
    });

    async function withProxy<T>(overrides: Record<string, string>, run: (p: RunningProxy) => Promise<T>) {
      const other = await runtime.start({ ...env, ...overrides });
      try {
        return await run(other);
      } finally {
        await other.close();
      }
    }

    beforeAll(async () => {
      bc = await startBigCommerce({
        seed: { customers: Array.from({ length: 10 }, (_, i) => ({ id: i + 1 })) },
      });
      env = {
        ...proxyEnvFor(bc, ORIGIN),
        ADMIN_TOKEN,
      };
      proxy = await runtime.start(env);
    }, 60_000);

    afterAll(async () => {
      await proxy?.close();
      await bc?.close();
    });

    describe('POST /records', () => {
      it("stores a guest's decision with the origin and the proxy's clock, and logs consent_saved", async () => {
        const id = consentId();
        const before = Date.now();
        const answer = await post(decision(id), { headers: { 'User-Agent': 'Mozilla/5.0 RecordsTest' } });
        expect(answer.status).toBe(201);
        expect(answer.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
        const [record] = ndjson((await admin(`/admin/records?consent_id=${id}`)).text);
        expect(record).toEqual({
          id: expect.any(Number),
          consent_id: id,
          customer_id: null,
          allow: ['essential', 'analytics'],
          deny: ['functional', 'targeting'],
          revision: 3,
          lang: 'de',
          policy: 'opt-in',
          region: 'DE',
          source: 'banner',
          origin: ORIGIN,
          created_at: expect.any(String),
          decided_at: null,
        });
        expect(Date.parse(record.created_at)).toBeGreaterThanOrEqual(before - 1000);
        await expect
          .poll(() => proxy.logs.filter((line) => line.includes(id)).map((line) => JSON.parse(line)))
          .toEqual([expect.objectContaining({ event: 'consent_saved', consent_id: id, customer_id: null })]);
      });

      it('keeps region, lang and policy null when the browser does not know them', async () => {
        const id = consentId();
        expect(
          (await post({ consent_id: id, allow: [], deny: [], source: 'api', region: null })).status,
        ).toBe(201);
        const [record] = ndjson((await admin(`/admin/records?consent_id=${id}`)).text);
        expect(record).toMatchObject({
          region: null,
          lang: null,
          policy: null,
          revision: 0,
          allow: ['essential'],
        });
      });

      it('stores a record sent again (its answer lost) once: 201, then 200 duplicate, logged and counted once', async () => {
        const id = consentId();
        const decidedAt = new Date(Date.now() - 60_000).toISOString();
        const totals = async () => (await admin('/admin/stats')).body.totals.decisions as number;
        const counted = await totals();
        const logged = () => proxy.logs.filter((line) => line.includes(id));
        const first = await post(decision(id, { decided_at: decidedAt }));
        expect(first.status).toBe(201);
        await expect.poll(() => logged()).toHaveLength(1);
        const again = await post(decision(id, { decided_at: decidedAt }));
        expect(again.status).toBe(200);
        expect(again.body).toEqual({ created_at: first.body.created_at, duplicate: true });
        expect(again.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
        const records = ndjson((await admin(`/admin/records?consent_id=${id}`)).text);
        expect(records.map((r) => [r.created_at, r.decided_at])).toEqual([
          [first.body.created_at, decidedAt],
        ]);
        expect(await totals()).toBe(counted + 1);
        // Give a second consent_saved line time to show, were there one.
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(logged()).toHaveLength(1);
      });

      it('stores two decisions of one browser made at different times, and records without decided_at every time', async () => {
        const id = consentId();
        const at = Date.now() - 60_000;
        for (const decidedAt of [
          new Date(at).toISOString(),
          new Date(at + 1).toISOString(),
          undefined,
          undefined,
        ])
          expect((await post(decision(id, { decided_at: decidedAt }))).status).toBe(201);
        const records = ndjson((await admin(`/admin/records?consent_id=${id}`)).text);
        expect(records.map((r) => r.decided_at)).toEqual([
          new Date(at).toISOString(),
          new Date(at + 1).toISOString(),
          null,
          null,
        ]);
      });

      it('accepts decided_at up to a day ahead of its clock and back to the retention', async () => {
        const day = 86_400_000;
        const soon = new Date(Date.now() + day - 60_000).toISOString();
        const old = new Date(Date.now() - 399 * day).toISOString();
        expect((await post(decision(consentId(), { decided_at: soon }))).status).toBe(201);
        expect((await post(decision(consentId(), { decided_at: old }))).status).toBe(201);
      });

      it('answers a preflight that allows POST', async () => {
        const answer = await call('/records', {
          method: 'OPTIONS',
          headers: {
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type',
          },
        });
        expect(answer.status).toBe(204);
        expect(answer.headers.get('Access-Control-Allow-Methods')).toContain('POST');
      });

      it.each([
        ['a missing consent_id', { allow: [], deny: [], source: 'banner' }, 'consent_id: is required'],
        ['a malformed consent_id', decision('short'), 'consent_id: must be a consent id'],
        [
          'an unknown source',
          decision('unknownsource_xxxxxxxx', { source: 'robot' }),
          'unknown source "robot"',
        ],
        [
          'a missing source',
          decision('missingsource_xxxxxxxx', { source: undefined }),
          'source: is required',
        ],
        [
          'an unknown category',
          decision('unknowncateg_xxxxxxxxx', { allow: ['ads'] }),
          'unknown category "ads"',
        ],
        [
          'a duplicate category',
          decision('duplicatecat_xxxxxxxxx', { deny: ['functional', 'functional'] }),
          'more than once',
        ],
        [
          'a denied essential',
          decision('deniedessent_xxxxxxxxx', { deny: ['essential'] }),
          'essential cannot be denied',
        ],
        ['a negative revision', decision('negativerev__xxxxxxxxx', { revision: -1 }), 'revision'],
        ['a region that is not a code', decision('badregion____xxxxxxxxx', { region: '<script>' }), 'region'],
        ['a body that is not an object', '[1,2]', 'the body must be a JSON object'],
        ['malformed JSON', '{"consent_id":', 'the body is not valid JSON'],
        [
          'a decided_at without milliseconds',
          decision('decidedsecond_xxxxxxxx', { decided_at: '2026-12-03T10:00:05Z' }),
          'decided_at: must be an ISO 8601 date-time in UTC with milliseconds, like 2026-12-03T10:00:05.123Z',
        ],
        [
          'a decided_at with an offset',
          decision('decidedoffset_xxxxxxxx', { decided_at: '2026-12-03T11:00:05.123+01:00' }),
          'decided_at: must be an ISO 8601 date-time in UTC',
        ],
        [
          'a decided_at that is no date',
          decision('decidednodate_xxxxxxxx', { decided_at: '2026-02-30T10:00:05.123Z' }),
          'decided_at: must be an ISO 8601 date-time in UTC',
        ],
        [
          'a decided_at that is a number',
          decision('decidednumber_xxxxxxxx', { decided_at: 1_764_756_005_123 }),
          'decided_at: must be an ISO 8601 date-time in UTC',
        ],
        [
          'a decided_at more than a day ahead',
          decision('decidedfuture_xxxxxxxx', {
            decided_at: new Date(Date.now() + 86_400_000 + 60_000).toISOString(),
          }),
          "decided_at: is more than a day ahead of the proxy's clock",
        ],
        [
          'a decided_at older than the retention',
          decision('decidedancient_xxxxxxx', {
            decided_at: new Date(Date.now() - 401 * 86_400_000).toISOString(),
          }),
          'decided_at: is older than the 400 days records are kept (RECORDS_RETENTION_DAYS)',
        ],
      ])('refuses %s with 400', async (_, body, message) => {
        const answer = await post(body);
        expect(answer.status).toBe(400);
        expect(answer.body.error.code).toBe('bad_request');
        expect(answer.body.error.message).toContain(message);
      });

      it('refuses a body over 1 KiB with 413, another content type with 415, another origin with 403', async () => {
        const big = await post(decision(consentId(), { lang: `en-${'a'.repeat(1100)}` }));
        expect(big.status).toBe(413);
        const text = await post(JSON.stringify(decision(consentId())), {
          headers: { 'Content-Type': 'text/plain' },
        });
        expect(text.status).toBe(415);
        const evil = await post(decision(consentId()), { origin: 'https://evil.example.net' });
        expect(evil.status).toBe(403);
        const get = await call('/records');
        expect(get.status).toBe(405);
        expect(get.headers.get('Allow')).toBe('POST, OPTIONS');
      });

      it('answers 429 with Retry-After to a consent id flooding records, and stores only the first few', async () => {
        const id = consentId();
        const statuses: number[] = [];
        for (let i = 0; i < 8; i++) statuses.push((await post(decision(id))).status);
        expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
        expect(statuses.slice(5)).toEqual([429, 429, 429]);
        const refused = await post(decision(id));
        expect(refused.body.error.code).toBe('too_many_records');
        expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
        expect(ndjson((await admin(`/admin/records?consent_id=${id}`)).text)).toHaveLength(5);
      });

      it('bounds one client address at 120 records a minute, many shoppers behind it included', async () => {
        await withProxy({}, async (other) => {
          const statuses: number[] = [];
          for (let i = 0; i < 121; i++) statuses.push((await post(decision(consentId()), {}, other)).status);
          expect(statuses.filter((s) => s === 201)).toHaveLength(120);
          expect(statuses.at(-1)).toBe(429);
        });
      }, 60_000);
    });

    describe("a customer's PUT /consent", () => {
      it('writes a record with the customer from the JWT, never from the body', async () => {
        const id = consentId();
        const jwt = await signCustomerJwt(bc, 4);
        const answer = await call('/consent', {
          method: 'PUT',
          body: {
            allow: ['functional'],
            deny: [],
            consent_id: id,
            source: 'preferences',
            revision: 2,
            customer_id: 9,
          },
          headers: { Authorization: `Bearer ${jwt}` },
        });
        expect(answer.status).toBe(200);
        const [record] = ndjson((await admin(`/admin/records?consent_id=${id}`)).text);
        expect(record).toMatchObject({
          customer_id: 4,
          consent_id: id,
          source: 'preferences',
          revision: 2,
          origin: ORIGIN,
        });
        expect(ndjson((await admin('/admin/records?customer_id=4')).text).map((r) => r.consent_id)).toContain(
          id,
        );
        const line = proxy.logs.map((l) => JSON.parse(l)).find((l) => l.consent_id === id);
        expect(line).toMatchObject({ event: 'consent_saved', customer_id: 4 });
      });

      it("stores a save sent again once, apart from the browser's own record of the same decision", async () => {
        const id = consentId();
        const jwt = await signCustomerJwt(bc, 6);
        const decidedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000).toISOString();
        const save = { allow: ['analytics'], deny: [], consent_id: id, decided_at: decidedAt };
        // The page never saw the first answer (the shopper went on), so the next page sends it again.
        for (let i = 0; i < 2; i++) {
          const answer = await call('/consent', {
            method: 'PUT',
            body: save,
            headers: { Authorization: `Bearer ${jwt}` },
          });
          expect(answer.status).toBe(200);
        }
        expect((await post(decision(id, { decided_at: decidedAt }))).status).toBe(201);
        const records = ndjson((await admin(`/admin/records?consent_id=${id}`)).text);
        expect(records.map((r) => [r.customer_id, r.decided_at])).toEqual([
          [6, decidedAt],
          [null, decidedAt],
        ]);
        expect(bc.state.consent.get(6)?.allow).toContain('analytics');
      });

      it("writes a record for every save without decided_at, and keeps a save whose time is off the proxy's clock", async () => {
        const id = consentId();
        const jwt = await signCustomerJwt(bc, 7);
        const ahead = new Date(Date.now() + 2 * 86_400_000).toISOString();
        for (const extra of [{}, {}, { decided_at: ahead }]) {
          const answer = await call('/consent', {
            method: 'PUT',
            body: { allow: ['targeting'], deny: [], consent_id: id, ...extra },
            headers: { Authorization: `Bearer ${jwt}` },
          });
          expect(answer.status).toBe(200);
        }
        const records = ndjson((await admin(`/admin/records?consent_id=${id}`)).text);
        expect(records.map((r) => [r.customer_id, r.decided_at])).toEqual([
          [7, null],
          [7, null],
          [7, null],
        ]);
      });

      it('refuses a malformed decided_at in the body with 400, saving nothing', async () => {
        const jwt = await signCustomerJwt(bc, 8);
        const answer = await call('/consent', {
          method: 'PUT',
          body: { allow: [], deny: [], consent_id: consentId(), decided_at: '2026-12-03T10:00:05Z' },
          headers: { Authorization: `Bearer ${jwt}` },
        });
        expect(answer.status).toBe(400);
        expect(answer.body.error.message).toContain('decided_at: must be an ISO 8601 date-time in UTC');
        expect(bc.state.consent.has(8)).toBe(false);
      });

      it('refuses a malformed consent_id in the body with 400, saving nothing', async () => {
        const jwt = await signCustomerJwt(bc, 5);
        const answer = await call('/consent', {
          method: 'PUT',
          body: { allow: [], deny: [], consent_id: 'x' },
          headers: { Authorization: `Bearer ${jwt}` },
        });
        expect(answer.status).toBe(400);
        expect(bc.state.consent.has(5)).toBe(false);
      });
    });

    describe('admin routes', () => {
      it('exports ndjson and csv, oldest first, filtered by time', async () => {
        const id = consentId();
        const decidedAt = new Date(Date.now() - 3_600_000).toISOString();
        await post(decision(id, { decided_at: decidedAt }));
        await post(
          decision(id, { allow: ['functional', 'targeting'], deny: ['analytics'], source: 'preferences' }),
        );
        const all = ndjson((await admin(`/admin/records?consent_id=${id}`)).text);
        expect(all.map((r) => r.source)).toEqual(['banner', 'preferences']);
        const csv = await admin(`/admin/records?consent_id=${id}&format=csv`);
        expect(csv.headers.get('Content-Type')).toContain('text/csv');
        const lines = csv.text.trim().split('\r\n');
        expect(lines[0]).toBe(
          'id,created_at,decided_at,consent_id,customer_id,allow,deny,revision,lang,policy,region,source,origin',
        );
        expect(lines[1]).toBe(
          `${all[0].id},${all[0].created_at},${decidedAt},${id},,essential analytics,functional targeting,3,de,opt-in,DE,banner,${ORIGIN}`,
        );
        expect(lines[2]).toBe(
          `${all[1].id},${all[1].created_at},,${id},,essential functional targeting,analytics,3,de,opt-in,DE,preferences,${ORIGIN}`,
        );
        const later = ndjson(
          (await admin(`/admin/records?consent_id=${id}&since=${encodeURIComponent(all[1].created_at)}`))
            .text,
        );
        expect(later.map((r) => r.id)).toEqual(all.slice(1).map((r) => r.id));
        const before = ndjson((await admin(`/admin/records?consent_id=${id}&until=2000-01-01`)).text);
        expect(before).toEqual([]);
        const today = new Date().toISOString().slice(0, 10);
        expect(
          ndjson((await admin(`/admin/records?consent_id=${id}&since=${today}&until=${today}`)).text),
        ).toHaveLength(2);
      });

      it("answers stats per day and in total, with each optional category's allow rate", async () => {
        const answer = await admin('/admin/stats');
        expect(answer.status).toBe(200);
        const today = new Date().toISOString().slice(0, 10);
        const day = answer.body.days.find((d: { day: string }) => d.day === today);
        expect(day.decisions).toBeGreaterThan(0);
        expect(Object.keys(day.allow_rate)).toEqual(['functional', 'analytics', 'targeting']);
        expect(answer.body.totals.decisions).toBe(day.decisions);
        expect(answer.body.totals.allow_rate.analytics).toBeGreaterThan(0);
        expect(answer.body.totals.allow_rate.analytics).toBeLessThanOrEqual(1);
      });

      it('refuses a wrong or missing token with 401, and grants no CORS even to an allowed origin', async () => {
        const wrong = await admin('/admin/records', `${ADMIN_TOKEN}x`);
        expect(wrong.status).toBe(401);
        const missing = await call('/admin/stats', { origin: ORIGIN });
        expect(missing.status).toBe(401);
        expect(missing.headers.get('Access-Control-Allow-Origin')).toBeNull();
        const good = await call('/admin/stats', {
          origin: ORIGIN,
          headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
        });
        expect(good.status).toBe(200);
        expect(good.headers.get('Access-Control-Allow-Origin')).toBeNull();
      });

      it.each([
        ['since=yesterday', 'since must be an ISO 8601 date'],
        ['until=2026-13-45', 'until must be an ISO 8601 date'],
        ['since=2026-02-01&until=2026-01-01', 'until must not be before since'],
        ['format=xml', 'format must be ndjson or csv'],
        ['customer_id=abc', 'customer_id must be a customer id'],
      ])('refuses %s with 400', async (query, message) => {
        const answer = await admin(`/admin/records?${query}`);
        expect(answer.status).toBe(400);
        expect(answer.body.error.message).toContain(message);
      });

      it('answers a wrong method with 405 and an unknown admin route with 404', async () => {
        const put = await call('/admin/records', {
          method: 'PUT',
          origin: null,
          body: {},
          headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
        });
        expect(put.status).toBe(405);
        expect((await admin('/admin/nothing')).status).toBe(404);
      });

      it('do not exist without ADMIN_TOKEN: 404, whatever the token sent', async () => {
        await withProxy({ ADMIN_TOKEN: '' }, async (other) => {
          expect((await admin('/admin/records', ADMIN_TOKEN, other)).status).toBe(404);
          expect((await admin('/admin/stats', ADMIN_TOKEN, other)).status).toBe(404);
        });
      });

      it('names an ADMIN_TOKEN shorter than 32 characters as a configuration problem', async () => {
        const message = await runtime.configProblem({ ...env, ADMIN_TOKEN: 'short' });
        expect(message).toContain('ADMIN_TOKEN must be at least 32 characters');
        expect(message).not.toContain('short');
      });
    });

    it('stores no IP address, e-mail or user agent (the database file, read byte by byte)', () => {
      if (!proxy.recordsFile) return;
      const bytes = ['', '-wal']
        .map((suffix) => {
          try {
            return readFileSync(`${proxy.recordsFile}${suffix}`).toString('latin1');
          } catch {
            return '';
          }
        })
        .join('');
      expect(bytes).toContain(ORIGIN);
      expect(bytes).not.toContain('RecordsTest');
      expect(bytes).not.toContain('127.0.0.1');
      expect(bytes).not.toMatch(/[\w.]+@[\w.]+\.\w+/);
    });
  });
}
