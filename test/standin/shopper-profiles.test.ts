import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { api } from './api';

interface Profile {
  id: string;
  customer_id?: number;
  created_at: string;
  updated_at: string;
}
interface Page {
  data: Profile[];
  meta: {
    pagination: { total: number; count: number; per_page: number; current_page: number; total_pages: number };
  };
}

let bc: BigCommerceStandIn;
beforeEach(async () => {
  bc = await startBigCommerce({
    seed: { shopperProfiles: 1000 },
    rateLimit: { quota: 10_000, windowMs: 30_000 },
  });
});
afterEach(() => bc.close());

describe('shopper profiles', () => {
  it('walks 1,000 seeded profiles over every page, each once, with meta.pagination', async () => {
    const seen = new Set<string>();
    let page = 1;
    let totalPages = Number.POSITIVE_INFINITY;
    while (page <= totalPages) {
      const r = await api(bc, 'GET', `/shopper-profiles?page=${page}&limit=250`);
      expect(r.status).toBe(200);
      const body = r.body as Page;
      expect(body.meta.pagination).toEqual({
        total: 1000,
        count: 250,
        per_page: 250,
        current_page: page,
        total_pages: 4,
      });
      for (const p of body.data) seen.add(p.id);
      totalPages = body.meta.pagination.total_pages;
      page++;
    }
    expect(seen.size).toBe(1000);
  });

  it('pages 50 at a time by default and answers an empty page past the end', async () => {
    const first = (await api(bc, 'GET', '/shopper-profiles')).body as Page;
    expect(first.data).toHaveLength(50);
    expect(first.meta.pagination.total_pages).toBe(20);
    const past = (await api(bc, 'GET', '/shopper-profiles?page=21')).body as Page;
    expect(past.data).toEqual([]);
    expect(past.meta.pagination.count).toBe(0);
  });

  it('maps profiles to customers, a quarter of whom deny targeting', async () => {
    const profile = bc.state.shopperProfiles[3];
    expect(profile?.customer_id).toBe(104);
    expect(bc.state.consent.get(104)?.deny).toEqual(['targeting']);
    const denying = bc.state.shopperProfiles.filter((p) =>
      bc.state.consent.get(p.customer_id ?? 0)?.deny.includes('targeting'),
    );
    expect(denying).toHaveLength(250);
  });

  it.each(['0', '251', 'abc', '-1', '2.5'])('refuses limit=%s with 422', async (limit) => {
    const r = await api(bc, 'GET', `/shopper-profiles?limit=${limit}`);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ status: 422 });
  });

  it('deletes the profiles named by id:in, comma separated, with 204', async () => {
    const [a, b, c] = bc.state.shopperProfiles;
    const r = await api(bc, 'DELETE', `/shopper-profiles?id:in=${a?.id},${b?.id}`);
    expect(r.status).toBe(204);
    expect(r.text).toBe('');
    expect(bc.state.shopperProfiles).toHaveLength(998);
    expect(bc.state.shopperProfiles[0]?.id).toBe(c?.id);
  });

  it('accepts the exploded form id:in=a&id:in=b too', async () => {
    const [a, b] = bc.state.shopperProfiles;
    const r = await api(bc, 'DELETE', `/shopper-profiles?id:in=${a?.id}&id:in=${b?.id}`);
    expect(r.status).toBe(204);
    expect(bc.state.shopperProfiles).toHaveLength(998);
  });

  it('refuses a delete without ids, with ids that are not UUIDs, or with more than 50', async () => {
    expect((await api(bc, 'DELETE', '/shopper-profiles')).status).toBe(422);
    expect((await api(bc, 'DELETE', '/shopper-profiles?id:in=')).status).toBe(422);
    expect((await api(bc, 'DELETE', '/shopper-profiles?id:in=12,13')).status).toBe(422);
    const ids = bc.state.shopperProfiles.slice(0, 51).map((p) => p.id);
    const tooMany = await api(bc, 'DELETE', `/shopper-profiles?id:in=${ids.join(',')}`);
    expect(tooMany.status).toBe(422);
    expect(bc.state.shopperProfiles).toHaveLength(1000);
    expect((await api(bc, 'DELETE', `/shopper-profiles?id:in=${ids.slice(0, 50).join(',')}`)).status).toBe(
      204,
    );
    expect(bc.state.shopperProfiles).toHaveLength(950);
  });

  it('lets a read-only token list but not delete', async () => {
    const t = { token: bc.tokens.readOnly };
    expect((await api(bc, 'GET', '/shopper-profiles', t)).status).toBe(200);
    const id = bc.state.shopperProfiles[0]?.id;
    expect((await api(bc, 'DELETE', `/shopper-profiles?id:in=${id}`, t)).status).toBe(403);
    expect(bc.state.shopperProfiles).toHaveLength(1000);
  });

  it('creates profiles for customers with 201', async () => {
    const r = await api(bc, 'POST', '/shopper-profiles', { body: [{ customer_id: 1 }, {}] });
    expect(r.status).toBe(201);
    const body = r.body as { data: Profile[] };
    expect(body.data).toHaveLength(2);
    expect(body.data[0]).toMatchObject({ customer_id: 1, id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(bc.state.shopperProfiles).toHaveLength(1002);
  });

  it.each([
    ['an object instead of an array', { customer_id: 1 }],
    ['an empty array', []],
    ['an unknown customer', [{ customer_id: 9999 }]],
    ['a customer who already has a profile', [{ customer_id: 101 }]],
    ['a string customer id', [{ customer_id: '1' }]],
  ])('refuses %s with 400', async (_, body) => {
    const r = await api(bc, 'POST', '/shopper-profiles', { body });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ status: 400, title: expect.any(String) });
    expect(bc.state.shopperProfiles).toHaveLength(1000);
  });
});
