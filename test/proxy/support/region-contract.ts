// `GET /region` (docs/proxy.md, docs/regions.md), run against every runtime: each says where the
// request comes from its own way (Node: the headers REGION_HEADER and REGION_CODE_HEADER name, over
// real HTTP; workerd: Cloudflare's `request.cf`, through Miniflare's dispatchFetch).
import type { RequestInitCfType } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeRuntime, startWorkerd } from './runtimes';

const ORIGIN = 'https://shop.example.com';

/** A location as the edge reports it: country and subdivision codes, unchecked. */
interface Where {
  country: string | null;
  code: string | null;
}

interface LocatedProxy {
  /** A request from `where` (null: the edge says nothing), with the client's own headers. */
  ask(
    path: string,
    where: Where | null,
    init?: { method?: string; headers?: Record<string, string> },
  ): Promise<Response>;
  close(): Promise<void>;
}

export interface RegionRuntime {
  name: string;
  /** Whether a request header can carry the location (Node, when told which); Workers trust `cf` only. */
  readsHeaders: boolean;
  start(env: Record<string, string>): Promise<LocatedProxy>;
}

export const nodeRegion: RegionRuntime = {
  name: 'Node',
  readsHeaders: true,
  async start(env) {
    const proxy = await nodeRuntime.start(env);
    return {
      ask: (path, where, init = {}) =>
        fetch(`${proxy.url}${path}`, {
          method: init.method ?? 'GET',
          headers: {
            ...init.headers,
            ...(where?.country != null ? { 'CF-IPCountry': where.country } : {}),
            ...(where?.code != null ? { 'CF-Region-Code': where.code } : {}),
          },
        }),
      close: () => proxy.close(),
    };
  },
};

export const workerdRegion: RegionRuntime = {
  name: 'workerd',
  readsHeaders: false,
  async start(env) {
    const proxy = await startWorkerd(env);
    return {
      ask: async (path, where, init = {}) =>
        // Miniflare fills what `cf` leaves out from its sample (Austin, TX), so a missing value is sent
        // as null; the cast lets the test send values Cloudflare's own types would not allow.
        (await proxy.mf.dispatchFetch(`http://proxy.example${path}`, {
          method: init.method ?? 'GET',
          headers: init.headers ?? {},
          cf: { country: where?.country ?? null, regionCode: where?.code ?? null } as RequestInitCfType,
        })) as unknown as Response,
      close: () => proxy.close(),
    };
  },
};

export function regionContract(runtime: RegionRuntime): void {
  describe(`GET /region on ${runtime.name}`, () => {
    // /region calls nobody: BigCommerce's address is one where nothing listens.
    const env = {
      BC_STORE_HASH: 'abc123',
      BC_ACCESS_TOKEN: 'token-not-used',
      BC_CLIENT_ID: 'client',
      BC_CLIENT_SECRET: 'secret-not-used',
      ALLOWED_ORIGINS: ORIGIN,
      BC_API_URL: 'http://127.0.0.1:9',
    };
    let proxy: LocatedProxy;
    let bare: LocatedProxy;

    beforeAll(async () => {
      [proxy, bare] = await Promise.all([
        runtime.start({ ...env, REGION_HEADER: 'CF-IPCountry', REGION_CODE_HEADER: 'CF-Region-Code' }),
        runtime.start(env),
      ]);
    }, 60_000);

    afterAll(async () => {
      await Promise.all([proxy?.close(), bare?.close()]);
    });

    const region = async (where: Where | null, target = proxy) => {
      const response = await target.ask('/region', where);
      expect(response.status).toBe(200);
      return response.json();
    };
    const unknown = { country: null, region: null, policy: 'opt-in' };

    it('answers a US state with opt-out and its ISO 3166-2 region, for this shopper only', async () => {
      const response = await proxy.ask(
        '/region',
        { country: 'US', code: 'CA' },
        { headers: { Origin: ORIGIN } },
      );
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('{"country":"US","region":"US-CA","policy":"opt-out"}');
      expect(response.headers.get('Content-Type')).toContain('application/json');
      expect(response.headers.get('Cache-Control')).toBe('private, max-age=300');
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
      expect(response.headers.get('Vary')).toContain('Origin');
    });

    it('answers the EU, the UK and Switzerland with opt-in, elsewhere with none', async () => {
      expect(await region({ country: 'DE', code: null })).toEqual({
        country: 'DE',
        region: 'DE',
        policy: 'opt-in',
      });
      expect(await region({ country: 'GB', code: 'ENG' })).toEqual({
        country: 'GB',
        region: 'GB-ENG',
        policy: 'opt-in',
      });
      expect(await region({ country: 'CH', code: 'ZH' })).toMatchObject({ policy: 'opt-in' });
      expect(await region({ country: 'US', code: null })).toEqual({
        country: 'US',
        region: 'US',
        policy: 'opt-out',
      });
      expect(await region({ country: 'JP', code: '13' })).toEqual({
        country: 'JP',
        region: 'JP-13',
        policy: 'none',
      });
    });

    it("answers opt-in when the edge does not know, or names Cloudflare's unknown and Tor countries", async () => {
      expect(await region(null)).toEqual(unknown);
      expect(await region({ country: 'XX', code: null })).toEqual(unknown);
      expect(await region({ country: 'T1', code: null })).toEqual(unknown);
    });

    it('answers opt-in for a malformed country, and drops a malformed subdivision', async () => {
      for (const country of ['us', 'USA', 'D', 'DE,US', 'DE","policy":"none', '<script>', 'US CA'])
        expect(await region({ country, code: 'CA' }), country).toEqual(unknown);
      for (const code of ['ca', 'CALI', 'C-A', '"}', '../x'])
        expect(await region({ country: 'US', code }), code).toEqual({
          country: 'US',
          region: 'US',
          policy: 'opt-out',
        });
    });

    it(
      runtime.readsHeaders
        ? 'reads the location from the headers it was told to read, and from no other'
        : 'reads the location from request.cf only, never from a header a client can write',
      async () => {
        const claimed = { headers: { 'CF-IPCountry': 'US', 'CF-Region-Code': 'CA', 'X-Country': 'US' } };
        const told = await (await proxy.ask('/region', null, claimed)).json();
        expect(told).toEqual(
          runtime.readsHeaders ? { country: 'US', region: 'US-CA', policy: 'opt-out' } : unknown,
        );
        expect(await (await bare.ask('/region', null, claimed)).json()).toEqual(unknown);
      },
    );

    it('answers CORS as the other routes do', async () => {
      const preflight = await proxy.ask('/region', null, {
        method: 'OPTIONS',
        headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
      const other = await proxy.ask(
        '/region',
        { country: 'DE', code: null },
        { headers: { Origin: 'https://evil.example.net' } },
      );
      expect(other.status).toBe(403);
      expect(((await other.json()) as { error: { code: string } }).error.code).toBe('origin_not_allowed');
      expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
      const server = await proxy.ask('/region', { country: 'DE', code: null });
      expect(server.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });

    it('answers GET only', async () => {
      const post = await proxy.ask('/region', null, { method: 'POST' });
      expect(post.status).toBe(405);
      expect(post.headers.get('Allow')).toBe('GET, OPTIONS');
    });
  });
}
