import { describe, expect, it, vi } from 'vitest';
import type { Decision } from '../../../../core/categories';
import type { RecordSource } from '../../../../core/record-sources';
import { createEffects, type EffectsContext } from '../../../../widget/effects';
import type { Config, ConsentRecord } from '../../../../widget/types';
import { withUnsent } from '../../../../widget/unsent-records';
import { config, fakeFetch, JWT, json, type Route, settle, syncConfig } from './fixtures';

const record = (
  allow: ConsentRecord['allow'],
  pending: Partial<ConsentRecord['pending']> = {},
): ConsentRecord => ({
  allow,
  deny: (['functional', 'analytics', 'targeting'] as const).filter((c) => !allow.includes(c)),
  revision: 1,
  updatedAt: '2026-12-03T10:00:05.432Z',
  gpc: false,
  pending: { server: false, native: false, ...pending },
  id: null,
  unsent: '',
  policy: 0,
});

interface FakeHost extends EffectsContext {
  current: ConsentRecord | null;
  sent: Array<'server' | 'native'>;
  restored: Decision[];
}

/** A boot stand-in keeping one record, as the real boot keeps the cookie. */
function fakeHost(cfg: Config, initial: ConsentRecord | null = null): FakeHost {
  const host: FakeHost = {
    config: cfg,
    current: initial,
    sent: [] as Array<'server' | 'native'>,
    restored: [] as Decision[],
    record: () => host.current,
    resave(r) {
      for (const target of ['server', 'native'] as const)
        if (host.current?.pending[target] && !r.pending[target]) host.sent.push(target);
      host.current = r;
    },
    lang: 'de',
    where: () => ({ policy: 'opt-in', region: null }),
    restore(decision: Decision) {
      host.restored.push(decision);
      host.current = { ...record(decision.allow), deny: decision.deny };
    },
  };
  return host;
}

/** Decide as the boot does: keep the record, then tell the effects. */
function decide(
  host: ReturnType<typeof fakeHost>,
  effects: ReturnType<typeof createEffects>,
  r: ConsentRecord,
) {
  host.current = r;
  effects.decided();
}

const storefront: Route = ({ url, method }) => {
  if (url.startsWith('/customer/current.jwt')) return new Response(JWT);
  if (url === '/api/storefront/consent') return new Response(null, { status: 200 });
  if (url.endsWith('/consent') && method === 'PUT') return json({ allow: [], deny: [], updated_at: 'x' });
  return json({ allow: [], deny: [] });
};

describe('effects', () => {
  describe("BigCommerce's own consent", () => {
    it('posts each fresh decision, then clears the pending flag', async () => {
      const host = fakeHost(config({ nativeSync: true }));
      const wire = fakeFetch(storefront);
      const effects = createEffects(host, wire.fetch);
      decide(host, effects, record(['essential', 'targeting'], { native: true }));
      await settle();
      expect(wire.calls.map((c) => [c.method, c.url, c.body])).toEqual([
        ['POST', '/api/storefront/consent', JSON.stringify({ allow: [3], deny: [2, 1] })],
      ]);
      expect(host.sent).toEqual(['native']);
    });

    it('keeps the decision pending when the post fails, and sends it on a later page load', async () => {
      const host = fakeHost(config({ nativeSync: true }));
      const down = fakeFetch(() => new Response('', { status: 502 }));
      decide(host, createEffects(host, down.fetch), record(['essential'], { native: true }));
      await settle();
      expect(down.calls).toHaveLength(1);
      expect(host.sent).toEqual([]);
      expect(host.current?.pending.native).toBe(true);

      const up = fakeFetch(storefront);
      createEffects(host, up.fetch).decided();
      await settle();
      expect(up.calls.map((c) => c.url)).toEqual(['/api/storefront/consent']);
      expect(host.sent).toEqual(['native']);
    });

    it('never posts when the option is off, whatever the record says', async () => {
      const host = fakeHost(config({ nativeSync: false }));
      const wire = fakeFetch(storefront);
      const effects = createEffects(host, wire.fetch);
      decide(host, effects, record(['essential'], { native: true }));
      await settle();
      expect(wire.calls).toEqual([]);
    });

    it('does not post a decision that was already sent', async () => {
      const host = fakeHost(config({ nativeSync: true }));
      const wire = fakeFetch(storefront);
      createEffects(host, wire.fetch).decided();
      await settle();
      expect(wire.calls).toEqual([]);
    });
  });

  describe('customer sync', () => {
    it('gets the JWT and PUTs a fresh decision to the proxy, then clears the pending flag', async () => {
      const host = fakeHost(syncConfig({ customerHint: 'customer' }));
      const wire = fakeFetch(storefront);
      decide(host, createEffects(host, wire.fetch), record(['essential', 'analytics'], { server: true }));
      await settle();
      expect(wire.calls.map((c) => [c.method, c.url])).toEqual([
        ['GET', '/customer/current.jwt?app_client_id=app123'],
        ['PUT', 'https://consent.example.workers.dev/consent'],
      ]);
      expect(wire.calls[1]?.headers.authorization).toBe(`Bearer ${JWT}`);
      expect(JSON.parse(wire.calls[1]?.body ?? '')).toEqual({
        allow: ['essential', 'analytics'],
        deny: ['functional', 'targeting'],
        revision: 1,
        decided_at: '2026-12-03T10:00:05.000Z',
      });
      expect(host.sent).toEqual(['server']);
    });

    it('keeps the decision pending when the proxy is down, and sends it on a later page load', async () => {
      const host = fakeHost(syncConfig());
      const down = fakeFetch((c) => (c.url.startsWith('/customer') ? new Response(JWT) : 'network-error'));
      decide(host, createEffects(host, down.fetch), record(['essential', 'functional'], { server: true }));
      await settle();
      expect(down.calls.map((c) => c.method)).toEqual(['GET', 'PUT']);
      expect(host.current?.pending.server).toBe(true);

      const up = fakeFetch(storefront);
      createEffects(host, up.fetch).decided();
      await settle();
      expect(up.calls.map((c) => c.method)).toEqual(['GET', 'PUT']);
      expect(host.current?.pending.server).toBe(false);
    });

    it("keeps a guest's decision pending (JWT 404) so it is sent once they log in", async () => {
      const host = fakeHost(syncConfig());
      const guest = fakeFetch(() => new Response('', { status: 404 }));
      decide(host, createEffects(host, guest.fetch), record(['essential'], { server: true }));
      await settle();
      expect(guest.calls.map((c) => c.url)).toEqual(['/customer/current.jwt?app_client_id=app123']);
      expect(host.current?.pending.server).toBe(true);

      const loggedIn = fakeFetch(storefront);
      createEffects(host, loggedIn.fetch).decided();
      await settle();
      expect(loggedIn.calls.map((c) => c.method)).toEqual(['GET', 'PUT']);
      expect(host.sent).toEqual(['server']);
    });

    it('makes no JWT request at all when the page says the shopper is a guest', async () => {
      const host = fakeHost(syncConfig({ customerHint: 'guest' }));
      const wire = fakeFetch(storefront);
      const effects = createEffects(host, wire.fetch);
      effects.noDecision();
      decide(host, effects, record(['essential', 'analytics'], { server: true }));
      await settle();
      expect(wire.calls).toEqual([]);
      expect(host.current?.pending.server).toBe(true);
    });

    it('sends nothing for a page load whose decision already reached the server', async () => {
      const host = fakeHost(syncConfig(), record(['essential'], { server: false }));
      const wire = fakeFetch(storefront);
      createEffects(host, wire.fetch).decided();
      await settle();
      expect(wire.calls).toEqual([]);
    });

    it('sends nothing without a proxy', async () => {
      const host = fakeHost(config());
      const wire = fakeFetch(storefront);
      const effects = createEffects(host, wire.fetch);
      effects.noDecision();
      decide(host, effects, record(['essential'], { server: true }));
      await settle();
      expect(wire.calls).toEqual([]);
    });

    it('lands the last of two quick decisions last, and clears the flag only for it', async () => {
      const host = fakeHost(syncConfig());
      const bodies: string[] = [];
      const wire = fakeFetch(async (c) => {
        if (c.method === 'PUT') {
          bodies.push(c.body ?? '');
          await new Promise((r) => setTimeout(r, 5));
        }
        return storefront(c);
      });
      const effects = createEffects(host, wire.fetch);
      decide(host, effects, record(['essential', 'functional', 'analytics', 'targeting'], { server: true }));
      decide(host, effects, record(['essential'], { server: true }));
      await settle();
      await settle();
      expect(JSON.parse(bodies.at(-1) ?? '')).toEqual({
        allow: ['essential'],
        deny: ['functional', 'analytics', 'targeting'],
        revision: 1,
        decided_at: '2026-12-03T10:00:05.000Z',
      });
      expect(host.sent).toEqual(['server']);
      expect(host.current?.pending.server).toBe(false);
    });

    it('sends a decision made while an earlier one is on its way, rather than marking it sent', async () => {
      const host = fakeHost(syncConfig());
      const bodies: string[] = [];
      let inFlight: () => void = () => {};
      const putStarted = new Promise<void>((resolve) => {
        inFlight = resolve;
      });
      const wire = fakeFetch(async (c) => {
        if (c.method === 'PUT') {
          bodies.push(c.body ?? '');
          inFlight();
          await new Promise((r) => setTimeout(r, 10));
        }
        return storefront(c);
      });
      const effects = createEffects(host, wire.fetch);
      decide(host, effects, record(['essential', 'functional', 'analytics', 'targeting'], { server: true }));
      await putStarted;
      decide(host, effects, record(['essential'], { server: true }));
      await settle();
      await settle();
      expect(bodies.map((b) => JSON.parse(b).allow)).toEqual([
        ['essential', 'functional', 'analytics', 'targeting'],
        ['essential'],
      ]);
      expect(host.sent).toEqual(['server']);
      expect(host.current?.pending.server).toBe(false);
    });

    it('restores a decision saved on the server when there is none here', async () => {
      const host = fakeHost(syncConfig());
      const wire = fakeFetch((c) =>
        c.method === 'GET' && c.url.endsWith('/consent')
          ? json({ allow: ['essential', 'analytics'], deny: ['functional', 'targeting'], updated_at: 'x' })
          : storefront(c),
      );
      createEffects(host, wire.fetch).noDecision();
      await settle();
      expect(wire.calls.map((c) => [c.method, c.url])).toEqual([
        ['GET', '/customer/current.jwt?app_client_id=app123'],
        ['GET', 'https://consent.example.workers.dev/consent'],
      ]);
      expect(host.restored).toEqual([
        { allow: ['essential', 'analytics'], deny: ['functional', 'targeting'] },
      ]);
    });

    it('resolves noDecision once the saved decision is restored, so the UI can hold the banner until then', async () => {
      const host = fakeHost(syncConfig({ customerHint: 'customer' }));
      const wire = fakeFetch(async (c) => {
        await new Promise((r) => setTimeout(r, 5));
        return c.url.endsWith('/consent')
          ? json({ allow: ['functional'], deny: ['analytics', 'targeting'] })
          : storefront(c);
      });
      await createEffects(host, wire.fetch).noDecision();
      expect(host.restored).toEqual([
        { allow: ['essential', 'functional'], deny: ['analytics', 'targeting'] },
      ]);
    });

    it('resolves noDecision at once with nothing to ask, and even when every request fails', async () => {
      const guest = fakeHost(syncConfig({ customerHint: 'guest' }));
      const wire = fakeFetch(storefront);
      await createEffects(guest, wire.fetch).noDecision();
      await createEffects(fakeHost(config()), wire.fetch).noDecision();
      expect(wire.calls).toEqual([]);
      const offline = fakeFetch(() => 'network-error');
      await expect(
        createEffects(fakeHost(syncConfig()), offline.fetch).noDecision(),
      ).resolves.toBeUndefined();
    });

    it('restores nothing when the server holds no real decision or the shopper is a guest', async () => {
      const host = fakeHost(syncConfig());
      createEffects(host, fakeFetch(storefront).fetch).noDecision();
      createEffects(host, fakeFetch(() => new Response('', { status: 404 })).fetch).noDecision();
      await settle();
      expect(host.restored).toEqual([]);
    });

    it('lets a choice made on this page win over a saved one that arrives later', async () => {
      const host = fakeHost(syncConfig());
      const wire = fakeFetch(async (c) => {
        if (c.method === 'GET' && c.url.endsWith('/consent')) {
          await new Promise((r) => setTimeout(r, 10));
          return json({ allow: ['essential', 'targeting'], deny: [] });
        }
        return storefront(c);
      });
      const effects = createEffects(host, wire.fetch);
      effects.noDecision();
      decide(host, effects, record(['essential'], { server: true }));
      await settle();
      await settle();
      expect(host.restored).toEqual([]);
      expect(host.current?.allow).toEqual(['essential']);
      expect(wire.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    });
  });

  describe('consent records', () => {
    const ID = 'pWq2bLxe3T6mQJ0d7XvC4A';
    const AT = Date.parse('2026-12-03T10:00:00.000Z');
    /** A record with these decisions unsent, as the core leaves it after deciding. */
    const unsent = (...entries: Array<[ConsentRecord['allow'], RecordSource, number]>): ConsentRecord =>
      entries.reduce(
        (r, [allow, source, at]) => ({
          ...record(allow),
          id: ID,
          unsent: withUnsent(r.unsent, record(allow), source, at),
        }),
        { ...record(['essential']), id: ID },
      );
    const recordsConfig = () => config({ proxyUrl: 'https://consent.example.workers.dev', records: true });
    const bodies = (calls: { url: string; body: string | null }[]) =>
      calls.filter((c) => c.url.endsWith('/records')).map((c) => JSON.parse(c.body ?? 'null'));

    it('posts each unsent decision to /records, oldest first, then drops it from the cookie', async () => {
      const host = fakeHost(recordsConfig());
      const wire = fakeFetch(() => json({ created_at: 'x' }, 201));
      decide(
        host,
        createEffects(host, wire.fetch),
        unsent([['essential'], 'banner', AT], [['essential', 'analytics'], 'preferences', AT + 5000]),
      );
      await settle();
      expect(wire.calls.map((c) => [c.method, c.url, c.headers['content-type']])).toEqual([
        ['POST', 'https://consent.example.workers.dev/records', 'application/json'],
        ['POST', 'https://consent.example.workers.dev/records', 'application/json'],
      ]);
      expect(bodies(wire.calls)).toEqual([
        {
          consent_id: ID,
          allow: ['essential'],
          deny: ['functional', 'analytics', 'targeting'],
          revision: 1,
          lang: 'de',
          policy: 'opt-in',
          region: null,
          source: 'banner',
          decided_at: '2026-12-03T10:00:00.000Z',
        },
        expect.objectContaining({
          allow: ['essential', 'analytics'],
          source: 'preferences',
          decided_at: '2026-12-03T10:00:05.000Z',
        }),
      ]);
      expect(host.current?.unsent).toBe('');
    });

    it("sends each record's own decision with its policy and the page's region, whatever else get() answers", async () => {
      const host = fakeHost(recordsConfig());
      // As the core wires it: the whole of get(), whose decision is the newest, not the unsent one's.
      host.where = () => ({
        allow: ['essential', 'functional', 'analytics', 'targeting'],
        deny: [],
        decided: true,
        revision: 9,
        updatedAt: '2026-12-03T10:00:09.000Z',
        consentId: ID,
        policy: 'opt-in',
        region: 'US-CA',
      });
      const wire = fakeFetch(() => json({ created_at: 'x' }, 201));
      // Made under opt-out (the cookie says so); get() on this page says opt-in, as a later page that did
      // not place the shopper would.
      decide(host, createEffects(host, wire.fetch), { ...unsent([['essential'], 'banner', AT]), policy: 1 });
      await settle();
      expect(bodies(wire.calls)).toEqual([
        {
          consent_id: ID,
          allow: ['essential'],
          deny: ['functional', 'analytics', 'targeting'],
          revision: 1,
          lang: 'de',
          policy: 'opt-out',
          region: 'US-CA',
          source: 'banner',
          decided_at: '2026-12-03T10:00:00.000Z',
        },
      ]);
    });

    it('keeps what the proxy could not take (down, limiting, unreachable) for a later page load, in order', async () => {
      for (const answer of [
        () => new Response('', { status: 503 }),
        () => new Response('', { status: 429 }),
        () => 'network-error' as const,
      ]) {
        const host = fakeHost(recordsConfig());
        const wire = fakeFetch(answer);
        const r = unsent([['essential'], 'banner', AT], [['essential', 'targeting'], 'api', AT + 1]);
        decide(host, createEffects(host, wire.fetch), r);
        await settle();
        // The first one failed: the second waits behind it, so the proxy gets them in the order they were made.
        expect(bodies(wire.calls)).toHaveLength(1);
        expect(host.current?.unsent).toBe(r.unsent);
      }
    });

    it('drops a record the proxy refuses for good (400), with a warning, and goes on to the next', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const host = fakeHost(recordsConfig());
      let n = 0;
      const wire = fakeFetch(() => (n++ === 0 ? json({ error: 'bad_request' }, 400) : json({}, 201)));
      decide(
        host,
        createEffects(host, wire.fetch),
        unsent([['essential'], 'banner', AT], [['essential'], 'api', AT + 1]),
      );
      await settle();
      expect(bodies(wire.calls)).toHaveLength(2);
      expect(host.current?.unsent).toBe('');
      expect(warn).toHaveBeenCalledWith('storefront-consent: the proxy refused a consent record (400)');
      warn.mockRestore();
    });

    it('sends nothing with data-records="off" or without a proxy', async () => {
      for (const cfg of [
        config({ proxyUrl: 'https://p.example', records: false }),
        config({ records: false }),
      ]) {
        const host = fakeHost(cfg);
        const wire = fakeFetch(() => json({}, 201));
        decide(host, createEffects(host, wire.fetch), unsent([['essential'], 'banner', AT]));
        await settle();
        expect(wire.calls).toEqual([]);
      }
    });
  });

  describe('never throws into the page', () => {
    it('survives a fetch that throws synchronously and a host that throws', async () => {
      const rejections: unknown[] = [];
      const onRejection = (reason: unknown) => rejections.push(reason);
      process.on('unhandledRejection', onRejection);
      try {
        const broken = (() => {
          throw new Error('no fetch here');
        }) as unknown as typeof fetch;
        const host = fakeHost(syncConfig({ nativeSync: true }));
        host.resave = () => {
          throw new Error('cookie jar full');
        };
        const effects = createEffects(host, broken);
        expect(() =>
          decide(host, effects, record(['essential'], { server: true, native: true })),
        ).not.toThrow();
        expect(() => effects.noDecision()).not.toThrow();
        const working = createEffects(host, fakeFetch(storefront).fetch);
        expect(() =>
          decide(host, working, record(['essential'], { server: true, native: true })),
        ).not.toThrow();
        await settle();
        expect(rejections).toEqual([]);
      } finally {
        process.off('unhandledRejection', onRejection);
      }
    });
  });
});
