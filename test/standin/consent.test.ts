import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { api } from './api';

let bc: BigCommerceStandIn;
beforeAll(async () => {
  bc = await startBigCommerce({
    seed: {
      consent: {
        2: { allow: ['essential', 'analytics'], deny: ['targeting'], updatedAt: '2026-01-02T03:04:05.000Z' },
      },
    },
  });
});
afterAll(() => bc.close());

const errorShape = { status: expect.any(Number), title: expect.any(String), type: expect.any(String) };

describe('customer consent', () => {
  it('answers a customer who never chose with empty lists and the time of the call', async () => {
    const before = Date.now();
    const r = await api(bc, 'GET', '/customers/1/consent');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const body = r.body as { allow: string[]; deny: string[]; updated_at: string };
    expect(body.allow).toEqual([]);
    expect(body.deny).toEqual([]);
    expect(Date.parse(body.updated_at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('answers GET with the saved lists but the time of the call, not of the update (documented quirk)', async () => {
    const r = await api(bc, 'GET', '/customers/2/consent');
    const body = r.body as { allow: string[]; deny: string[]; updated_at: string };
    expect(body).toMatchObject({ allow: ['essential', 'analytics'], deny: ['targeting'] });
    expect(body.updated_at).not.toBe('2026-01-02T03:04:05.000Z');
    expect(Date.now() - Date.parse(body.updated_at)).toBeLessThan(5000);
  });

  it('saves a PUT and answers it with the time of the update, in the canonical category order', async () => {
    const r = await api(bc, 'PUT', '/customers/3/consent', {
      body: { allow: ['targeting', 'essential'], deny: ['analytics', 'functional'] },
    });
    expect(r.status).toBe(200);
    const body = r.body as { allow: string[]; deny: string[]; updated_at: string };
    expect(body.allow).toEqual(['essential', 'targeting']);
    expect(body.deny).toEqual(['functional', 'analytics']);
    expect(bc.state.consent.get(3)).toEqual({
      allow: ['essential', 'targeting'],
      deny: ['functional', 'analytics'],
      updatedAt: body.updated_at,
    });
    const again = await api(bc, 'GET', '/customers/3/consent');
    expect(again.body).toMatchObject({
      allow: ['essential', 'targeting'],
      deny: ['functional', 'analytics'],
    });
  });

  it.each([
    ['an unknown category', { allow: ['essential', 'marketing'], deny: [] }, 'allow.1'],
    ['a duplicate category', { allow: ['essential', 'essential'], deny: [] }, 'allow'],
    ['a category both allowed and denied', { allow: ['analytics'], deny: ['analytics'] }, 'deny'],
    ['a list that is not an array', { allow: 'essential', deny: [] }, 'allow'],
    ['a missing deny list', { allow: ['essential'] }, 'deny'],
    ['an unknown field', { allow: [], deny: [], extra: true }, 'body'],
    ['a body that is not an object', ['essential'], 'body'],
  ])('refuses %s with 422 and names the field', async (_, body, field) => {
    const r = await api(bc, 'PUT', '/customers/4/consent', { body });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ ...errorShape, status: 422 });
    expect(Object.keys((r.body as { errors: object }).errors)).toContain(field);
    expect(bc.state.consent.has(4)).toBe(false);
  });

  it('refuses malformed JSON and an empty body with 422', async () => {
    expect((await api(bc, 'PUT', '/customers/4/consent', { rawBody: '{"allow": [' })).status).toBe(422);
    expect((await api(bc, 'PUT', '/customers/4/consent', { rawBody: '' })).status).toBe(422);
    expect(bc.state.consent.has(4)).toBe(false);
  });

  it('refuses a body that is not application/json with 415', async () => {
    const r = await api(bc, 'PUT', '/customers/4/consent', {
      rawBody: 'allow=essential',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(r.status).toBe(415);
    expect(r.body).toMatchObject({ status: 415 });
  });

  it('takes a PUT without Content-Type as JSON, since the file makes that header optional here', async () => {
    const r = await api(bc, 'PUT', '/customers/5/consent', {
      body: { allow: ['essential'], deny: ['targeting'] },
      omitContentType: true,
    });
    expect(r.status).toBe(200);
    expect(bc.state.consent.get(5)?.deny).toEqual(['targeting']);
  });

  it('answers 404 for an unknown customer, on GET and PUT', async () => {
    expect((await api(bc, 'GET', '/customers/999/consent')).status).toBe(404);
    const put = await api(bc, 'PUT', '/customers/999/consent', { body: { allow: [], deny: [] } });
    expect(put.status).toBe(404);
    expect(put.body).toMatchObject({ ...errorShape, status: 404 });
    expect((await api(bc, 'GET', '/customers/abc/consent')).status).toBe(404);
  });

  it('answers 405 for a method the resource does not have', async () => {
    expect((await api(bc, 'DELETE', '/customers/1/consent')).status).toBe(405);
  });
});
