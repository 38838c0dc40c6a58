// Where the shopper is and the policy there (widget/regions.ts, docs/regions.md): the time zone first, then
// the proxy's GET /region within its deadline, remembered for the session; anything unknown, slow,
// failing or malformed is opt-in (0). Places are [policy index in POLICIES, region].
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locate, REGION_DEADLINE_MS, type RegionEnv, SESSION_KEY } from '../../../widget/regions';

const PROXY = 'https://consent.example.workers.dev';
const OPT_IN = 0;
const OPT_OUT = 1;
const NONE = 2;

function memory(): RegionEnv['session'] & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

/** A `fetch` answering `body` (a string is sent as is) after `delay` ms, recording the URLs asked. */
function proxy(body: unknown, { delay = 0, status = 200 } = {}) {
  const asked: string[] = [];
  const fake = vi.fn((url: string, init?: RequestInit) => {
    asked.push(url);
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(
        () => resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })),
        delay,
      );
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  });
  return { fetch: fake as unknown as typeof fetch, asked };
}

const config = (over: { proxyUrl?: string | null; regionDefault?: 'opt-in' | 'opt-out' | 'none' } = {}) => ({
  proxyUrl: PROXY as string | null,
  regionDefault: 'opt-in' as const,
  ...over,
});

afterEach(() => vi.useRealTimers());

describe('locating the shopper', () => {
  it('settles a European zone as opt-in without asking the network', async () => {
    const wire = proxy({ country: 'US', region: 'US-CA', policy: 'opt-out' });
    const session = memory();
    expect(await locate(config(), { timeZone: 'Europe/Berlin', session, fetch: wire.fetch })).toEqual([
      OPT_IN,
      'DE',
    ]);
    expect(await locate(config(), { timeZone: 'Atlantic/Canary', session, fetch: wire.fetch })).toEqual([
      OPT_IN,
      'ES',
    ]);
    expect(wire.asked).toEqual([]);
    expect(session.data.size).toBe(0);
  });

  it('settles a US zone as opt-out, with the state where the zone says it', async () => {
    const wire = proxy({});
    const at = (timeZone: string) => locate(config(), { timeZone, session: null, fetch: wire.fetch });
    expect(await at('America/Los_Angeles')).toEqual([OPT_OUT, 'US']);
    expect(await at('America/Phoenix')).toEqual([OPT_OUT, 'US-AZ']);
    expect(wire.asked).toEqual([]);
  });

  it('gives a zone with no consent law data-region-default', async () => {
    const wire = proxy({});
    const at = (regionDefault: 'opt-in' | 'opt-out' | 'none') =>
      locate(config({ regionDefault }), { timeZone: 'Europe/Istanbul', session: null, fetch: wire.fetch });
    expect(await at('opt-in')).toEqual([OPT_IN, 'TR']);
    expect(await at('opt-out')).toEqual([OPT_OUT, 'TR']);
    expect(await at('none')).toEqual([NONE, 'TR']);
  });

  it.each(['UTC', 'Etc/GMT+5', 'Asia/Tokyo', undefined])(
    'asks GET /region for the zone %s, and remembers the answer for the session',
    async (timeZone) => {
      const wire = proxy({ country: 'US', region: 'US-CA', policy: 'opt-out' });
      const session = memory();
      expect(await locate(config(), { timeZone, session, fetch: wire.fetch })).toEqual([OPT_OUT, 'US-CA']);
      expect(wire.asked).toEqual([`${PROXY}/region`]);
      expect(JSON.parse(session.data.get(SESSION_KEY) ?? 'null')).toEqual({
        country: 'US',
        region: 'US-CA',
        policy: 'opt-out',
      });
      // The next page of the session: no request.
      expect(await locate(config(), { timeZone, session, fetch: wire.fetch })).toEqual([OPT_OUT, 'US-CA']);
      expect(wire.asked).toHaveLength(1);
    },
  );

  it('applies data-region-default where the proxy says no law is known', async () => {
    const wire = proxy({ country: 'JP', region: 'JP', policy: 'none' });
    expect(
      await locate(config({ regionDefault: 'none' }), { timeZone: 'UTC', session: null, fetch: wire.fetch }),
    ).toEqual([NONE, 'JP']);
  });

  it('is opt-in when the answer comes after the deadline, and does not remember it', async () => {
    vi.useFakeTimers();
    const wire = proxy(
      { country: 'US', region: 'US-CA', policy: 'opt-out' },
      { delay: REGION_DEADLINE_MS + 50 },
    );
    const session = memory();
    const place = locate(config(), { timeZone: 'UTC', session, fetch: wire.fetch });
    await vi.advanceTimersByTimeAsync(REGION_DEADLINE_MS + 100);
    expect(await place).toEqual([OPT_IN, null]);
    expect(session.data.size).toBe(0);
  });

  it.each([
    ['not JSON', '<html>502</html>'],
    ['an unknown country', { country: null, region: null, policy: 'opt-in' }],
    ['a made-up country', { country: 'XX', region: 'XX', policy: 'none' }],
    ['an unknown policy', { country: 'US', region: 'US-CA', policy: 'maybe' }],
    ['a region of another country', { country: 'US', region: 'DE', policy: 'none' }],
    ['a malformed region', { country: 'US', region: 'US-california', policy: 'opt-out' }],
    ['null', 'null'],
  ])('ignores an answer that is %s: opt-in', async (_, body) => {
    const session = memory();
    const wire = proxy(body);
    expect(
      await locate(config({ regionDefault: 'none' }), { timeZone: 'UTC', session, fetch: wire.fetch }),
    ).toEqual([OPT_IN, null]);
    expect(session.data.size).toBe(0);
  });

  it('is opt-in when the proxy fails or answers an error', async () => {
    const down = vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    expect(await locate(config(), { timeZone: 'UTC', session: memory(), fetch: down })).toEqual([
      OPT_IN,
      null,
    ]);
    const error = proxy({ country: 'US', region: 'US', policy: 'opt-out' }, { status: 500 });
    expect(await locate(config(), { timeZone: 'UTC', session: memory(), fetch: error.fetch })).toEqual([
      OPT_IN,
      null,
    ]);
  });

  it('is opt-in for an unknown zone without a proxy, asking nothing', async () => {
    const wire = proxy({ country: 'US', region: 'US', policy: 'opt-out' });
    expect(
      await locate(config({ proxyUrl: null }), { timeZone: 'UTC', session: null, fetch: wire.fetch }),
    ).toEqual([OPT_IN, null]);
    expect(wire.asked).toEqual([]);
  });

  it('ignores a session copy that was tampered with, and asks again', async () => {
    const session = memory();
    session.data.set(SESSION_KEY, '{"country":"US","region":"US","policy":"whatever"');
    const wire = proxy({ country: 'DE', region: 'DE', policy: 'opt-in' });
    expect(await locate(config(), { timeZone: 'UTC', session, fetch: wire.fetch })).toEqual([OPT_IN, 'DE']);
    expect(wire.asked).toHaveLength(1);
  });

  it('carries on when sessionStorage throws', async () => {
    const session = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const wire = proxy({ country: 'US', region: 'US-TX', policy: 'opt-out' });
    expect(await locate(config(), { timeZone: 'UTC', session, fetch: wire.fetch })).toEqual([
      OPT_OUT,
      'US-TX',
    ]);
  });
});
