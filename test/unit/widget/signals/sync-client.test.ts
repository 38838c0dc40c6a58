import { describe, expect, it } from 'vitest';
import type { Category } from '../../../../core/categories';
import { createSyncClient, timedFetch } from '../../../../widget/sync-client';
import { config, fakeFetch, JWT, json, syncConfig } from './fixtures';

const jwtOk = () => new Response(`${JWT}\n`, { status: 200, headers: { 'Content-Type': 'application/jwt' } });

describe('sync client', () => {
  it('does nothing without both a proxy and a JWT source', () => {
    const { fetch } = fakeFetch(jwtOk);
    expect(createSyncClient(config(), fetch)).toBeNull();
    expect(createSyncClient(config({ proxyUrl: 'https://p.example' }), fetch)).toBeNull();
    expect(createSyncClient(config({ jwtUrl: '/customer/current.jwt?app_client_id=x' }), fetch)).toBeNull();
  });

  describe('token', () => {
    it('asks the storefront for the current-customer JWT with its cookies and reads the raw token', async () => {
      const wire = fakeFetch(jwtOk);
      const client = createSyncClient(syncConfig(), wire.fetch);
      expect(await client?.token()).toBe(JWT);
      expect(wire.calls).toEqual([
        // The session cookie goes along, also to a headless store's JWT endpoint on another origin.
        expect.objectContaining({
          url: '/customer/current.jwt?app_client_id=app123',
          method: 'GET',
          credentials: 'include',
          body: null,
        }),
      ]);
    });

    it('has none for a guest: the storefront answers 404', async () => {
      const wire = fakeFetch(() => new Response('Not Found', { status: 404 }));
      expect(await createSyncClient(syncConfig(), wire.fetch)?.token()).toBeNull();
    });

    it('knows nothing after a server error, a network error or a login page served instead of a token', async () => {
      for (const answer of [
        () => new Response('', { status: 500 }),
        () => 'network-error' as const,
        () => new Response('<!doctype html><title>Sign in</title>', { status: 200 }),
      ]) {
        const wire = fakeFetch(answer);
        expect(await createSyncClient(syncConfig(), wire.fetch)?.token()).toBeNull();
      }
    });
  });

  describe('put', () => {
    it('PUTs the decision to the proxy with the JWT as a bearer token', async () => {
      const wire = fakeFetch(() => json({ allow: ['essential', 'analytics'], deny: [], updated_at: 'x' }));
      const client = createSyncClient(
        syncConfig({ proxyUrl: 'https://consent.example.workers.dev/' }),
        wire.fetch,
      );
      const ok = await client?.put(JWT, {
        allow: ['essential', 'analytics'],
        deny: ['functional', 'targeting'],
      });
      expect(ok).toBe(true);
      const [call] = wire.calls;
      expect(call?.url).toBe('https://consent.example.workers.dev/consent');
      expect(call?.method).toBe('PUT');
      expect(call?.credentials).toBeUndefined();
      expect(call?.headers).toEqual({ authorization: `Bearer ${JWT}`, 'content-type': 'application/json' });
      expect(JSON.parse(call?.body ?? '')).toEqual({
        allow: ['essential', 'analytics'],
        deny: ['functional', 'targeting'],
      });
    });

    it('sends the consent id, revision and time along, for the record the proxy keeps', async () => {
      const wire = fakeFetch(() => json({ allow: ['essential'], deny: [], updated_at: 'x' }));
      const client = createSyncClient(syncConfig(), wire.fetch);
      const decision = {
        allow: ['essential'] as Category[],
        deny: ['functional', 'analytics', 'targeting'] as Category[],
        id: 'pWq2bLxe3T6mQJ0d7XvC4A',
        revision: 3,
      };
      // The page that decided knows the milliseconds; a later page has the cookie's seconds. Both
      // send the same time, which is how the proxy keeps a save sent again to one record.
      await client?.put(JWT, { ...decision, updatedAt: '2026-12-03T10:00:05.678Z' });
      await client?.put(JWT, { ...decision, updatedAt: '2026-12-03T10:00:05.000Z' });
      for (const call of wire.calls)
        expect(JSON.parse(call.body ?? '')).toEqual({
          allow: ['essential'],
          deny: ['functional', 'analytics', 'targeting'],
          consent_id: 'pWq2bLxe3T6mQJ0d7XvC4A',
          revision: 3,
          decided_at: '2026-12-03T10:00:05.000Z',
        });
      expect(wire.calls).toHaveLength(2);
    });

    it('reports failure when the proxy refuses or cannot be reached', async () => {
      for (const answer of [
        () => json({ error: { code: 'unauthorized', message: 'bad' } }, 401),
        () => json({ error: { code: 'unavailable', message: 'down' } }, 503),
        () => 'network-error' as const,
      ]) {
        const wire = fakeFetch(answer);
        expect(
          await createSyncClient(syncConfig(), wire.fetch)?.put(JWT, { allow: ['essential'], deny: [] }),
        ).toBe(false);
      }
    });
  });

  describe('get', () => {
    it('GETs the saved decision with the bearer token and no body', async () => {
      const wire = fakeFetch(() =>
        json({ allow: ['essential', 'functional'], deny: ['targeting'], updated_at: 'x' }),
      );
      const saved = await createSyncClient(syncConfig(), wire.fetch)?.get(JWT);
      expect(saved).toEqual({ allow: ['essential', 'functional'], deny: ['targeting'] });
      expect(wire.calls[0]).toMatchObject({
        url: 'https://consent.example.workers.dev/consent',
        method: 'GET',
        headers: { authorization: `Bearer ${JWT}` },
        body: null,
      });
    });

    it('counts a value allowing nothing beyond essential and denying nothing as no decision', async () => {
      for (const body of [
        { allow: [], deny: [] },
        { allow: ['essential'], deny: [] },
      ]) {
        const wire = fakeFetch(() => json({ ...body, updated_at: '2026-01-01T00:00:00Z' }));
        expect(await createSyncClient(syncConfig(), wire.fetch)?.get(JWT)).toBeNull();
      }
    });

    it('keeps a reject-all as a decision, with essential allowed', async () => {
      const wire = fakeFetch(() => json({ allow: [], deny: ['functional', 'analytics', 'targeting'] }));
      expect(await createSyncClient(syncConfig(), wire.fetch)?.get(JWT)).toEqual({
        allow: ['essential'],
        deny: ['functional', 'analytics', 'targeting'],
      });
    });

    it('drops unknown categories and never reads essential as denied', async () => {
      // (essential denied alone would otherwise count as a decision)
      const wire = fakeFetch(() =>
        json({ allow: ['analytics', 'cookies', 7], deny: ['essential', 'targeting'] }),
      );
      expect(await createSyncClient(syncConfig(), wire.fetch)?.get(JWT)).toEqual({
        allow: ['essential', 'analytics'],
        deny: ['targeting'],
      });
    });

    it('reads nothing from an error, a broken body or an unreachable proxy', async () => {
      for (const answer of [
        () => json({ error: { code: 'unauthorized', message: 'x' } }, 401),
        () => new Response('{not json', { status: 200 }),
        () => json(null),
        () => 'network-error' as const,
      ]) {
        const wire = fakeFetch(answer);
        expect(await createSyncClient(syncConfig(), wire.fetch)?.get(JWT)).toBeNull();
      }
    });
  });

  it('gives up on a request that does not answer in time', async () => {
    const wire = fakeFetch(() => 'hang');
    const started = Date.now();
    expect(await timedFetch(wire.fetch, '/slow', {}, 30)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(wire.calls[0]?.signal?.aborted).toBe(true);
  });
});
