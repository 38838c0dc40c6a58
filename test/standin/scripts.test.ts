import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { api } from './api';

interface ScriptBody {
  data: Record<string, unknown> & { uuid: string };
  meta: object;
}

const widgetTag =
  '<script src="https://cdn.example.com/storefront-consent.js" data-proxy-url="https://consent.example.workers.dev"></script>';

const widget = {
  name: 'Storefront Consent',
  description: 'Cookie consent banner',
  html: widgetTag,
  kind: 'script_tag',
  location: 'head',
  visibility: 'all_pages',
  consent_category: 'essential',
  load_method: 'default',
  auto_uninstall: true,
};

let bc: BigCommerceStandIn;
beforeEach(async () => {
  bc = await startBigCommerce();
});
afterEach(() => bc.close());

describe('Script Manager', () => {
  it('creates a script tag with 200 and answers it with uuid, dates and the app’s client id', async () => {
    const r = await api(bc, 'POST', '/content/scripts', { body: widget });
    expect(r.status).toBe(200);
    const { data } = r.body as ScriptBody;
    expect(data).toMatchObject({
      ...widget,
      enabled: true,
      channel_id: 1,
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      date_created: expect.any(String),
      api_client_id: expect.any(String),
    });
    expect(bc.state.scripts).toHaveLength(1);
  });

  it('fills the documented defaults, consent category unknown included', async () => {
    const r = await api(bc, 'POST', '/content/scripts', {
      body: { name: 'lib', src: 'https://cdn.example.com/a.js' },
    });
    expect(r.status).toBe(200);
    expect((r.body as ScriptBody).data).toMatchObject({
      kind: 'src',
      load_method: 'default',
      location: 'footer',
      visibility: 'storefront',
      consent_category: 'unknown',
    });
  });

  it.each([
    ['a missing name', { ...widget, name: undefined }, 'name'],
    ['an empty name', { ...widget, name: '' }, 'name'],
    ['an unknown kind', { ...widget, kind: 'inline' }, 'kind'],
    ['an unknown location', { ...widget, location: 'body' }, 'location'],
    ['an unknown visibility', { ...widget, visibility: 'everywhere' }, 'visibility'],
    ['an unknown consent category', { ...widget, consent_category: 'marketing' }, 'consent_category'],
    [
      'consent category unknown sent explicitly',
      { ...widget, consent_category: 'unknown' },
      'consent_category',
    ],
    ['a script tag without html', { ...widget, html: undefined }, 'html'],
    ['a script tag with src', { ...widget, src: 'https://cdn.example.com/a.js' }, 'src'],
    ['html with two script tags', { ...widget, html: `${widgetTag}${widgetTag}` }, 'html'],
    ['html without a script tag', { ...widget, html: '<div></div>' }, 'html'],
    ['a script tag loaded async', { ...widget, load_method: 'async' }, 'load_method'],
    ['kind src without src', { name: 'x', kind: 'src' }, 'src'],
    [
      'kind src with html',
      { name: 'x', kind: 'src', src: 'https://a.example/a.js', html: widgetTag },
      'html',
    ],
    ['a src that is not a URL', { name: 'x', kind: 'src', src: 'javascript:alert(1)' }, 'src'],
    ['a read-only uuid', { ...widget, uuid: '03805148-a592-4803-9482-e91fe5c1be12' }, 'uuid'],
    ['an unknown field', { ...widget, position: 'top' }, 'body'],
    ['an unknown channel', { ...widget, channel_id: 9 }, 'channel_id'],
    ['a boolean sent as a string', { ...widget, auto_uninstall: 'yes' }, 'auto_uninstall'],
  ])('refuses %s with 422 naming the field', async (_, body, field) => {
    const r = await api(bc, 'POST', '/content/scripts', { body });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ status: 422, title: expect.any(String), type: expect.any(String) });
    expect(Object.keys((r.body as { errors: object }).errors)).toContain(field);
    expect(bc.state.scripts).toHaveLength(0);
  });

  it('requires Content-Type: application/json on POST (415 without it)', async () => {
    expect((await api(bc, 'POST', '/content/scripts', { body: widget, omitContentType: true })).status).toBe(
      415,
    );
    const text = await api(bc, 'POST', '/content/scripts', {
      body: widget,
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(bc.state.scripts).toHaveLength(0);
  });

  it('needs the Checkout Content scope for all_pages visibility', async () => {
    const t = { token: bc.tokens.noCheckoutContent };
    expect((await api(bc, 'POST', '/content/scripts', { ...t, body: widget })).status).toBe(403);
    const storefront = await api(bc, 'POST', '/content/scripts', {
      ...t,
      body: { ...widget, visibility: 'storefront' },
    });
    expect(storefront.status).toBe(200);
  });

  it('gets, updates and deletes one script by uuid', async () => {
    const { data } = (await api(bc, 'POST', '/content/scripts', { body: widget })).body as ScriptBody;
    const got = await api(bc, 'GET', `/content/scripts/${data.uuid}`);
    expect(got.status).toBe(200);
    expect((got.body as ScriptBody).data.html).toBe(widgetTag);

    const newTag = widgetTag.replace('consent.example', 'consent2.example');
    const put = await api(bc, 'PUT', `/content/scripts/${data.uuid}`, { body: { html: newTag } });
    expect(put.status).toBe(200);
    expect((put.body as ScriptBody).data).toMatchObject({
      html: newTag,
      name: 'Storefront Consent',
      location: 'head',
    });
    expect(bc.state.scripts[0]?.html).toBe(newTag);

    const del = await api(bc, 'DELETE', `/content/scripts/${data.uuid}`);
    expect(del.status).toBe(204);
    expect(bc.state.scripts).toHaveLength(0);
    expect((await api(bc, 'GET', `/content/scripts/${data.uuid}`)).status).toBe(404);
  });

  it('refuses an update that breaks the kind rules and keeps the script as it was', async () => {
    const { data } = (await api(bc, 'POST', '/content/scripts', { body: widget })).body as ScriptBody;
    const r = await api(bc, 'PUT', `/content/scripts/${data.uuid}`, { body: { load_method: 'defer' } });
    expect(r.status).toBe(422);
    expect(bc.state.scripts[0]?.load_method).toBe('default');
  });

  it('answers 404 for an unknown uuid on GET, PUT and DELETE', async () => {
    const id = '03805148-a592-4803-9482-e91fe5c1be12';
    expect((await api(bc, 'GET', `/content/scripts/${id}`)).status).toBe(404);
    expect((await api(bc, 'PUT', `/content/scripts/${id}`, { body: { name: 'x' } })).status).toBe(404);
    expect((await api(bc, 'DELETE', `/content/scripts/${id}`)).status).toBe(404);
  });

  it('lists only the scripts this API account created, with pagination links', async () => {
    await api(bc, 'POST', '/content/scripts', { body: widget });
    await api(bc, 'POST', '/content/scripts', { body: { ...widget, name: 'Second' } });
    await api(bc, 'POST', '/content/scripts', {
      token: bc.tokens.noCheckoutContent,
      body: { ...widget, name: 'Other app', visibility: 'storefront' },
    });
    const r = await api(bc, 'GET', '/content/scripts?limit=1&page=2');
    expect(r.status).toBe(200);
    const body = r.body as { data: ScriptBody['data'][]; meta: { pagination: Record<string, unknown> } };
    expect(body.data.map((s) => s.name)).toEqual(['Second']);
    expect(body.meta.pagination).toMatchObject({
      total: 2,
      total_pages: 2,
      current_page: 2,
      links: { previous: '?page=1&limit=1', current: '?page=2&limit=1' },
    });
  });

  it('sorts by name descending and refuses an unknown sort key', async () => {
    for (const name of ['b', 'a', 'c'])
      await api(bc, 'POST', '/content/scripts', { body: { ...widget, name } });
    const r = await api(bc, 'GET', '/content/scripts?sort=name&direction=desc');
    expect((r.body as { data: { name: string }[] }).data.map((s) => s.name)).toEqual(['c', 'b', 'a']);
    expect((await api(bc, 'GET', '/content/scripts?sort=uuid')).status).toBe(422);
  });

  it('stops an app at 10 scripts', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await api(bc, 'POST', '/content/scripts', { body: { ...widget, name: `s${i}` } })).status).toBe(
        200,
      );
    }
    const r = await api(bc, 'POST', '/content/scripts', { body: { ...widget, name: 'eleventh' } });
    expect(r.status).toBe(422);
    expect(bc.state.scripts).toHaveLength(10);
  });

  it('lets a read-only token list scripts but not create them', async () => {
    expect((await api(bc, 'GET', '/content/scripts', { token: bc.tokens.readOnly })).status).toBe(200);
    expect(
      (await api(bc, 'POST', '/content/scripts', { token: bc.tokens.readOnly, body: widget })).status,
    ).toBe(403);
  });
});
