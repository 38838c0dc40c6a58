import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { api } from './api';

let bc: BigCommerceStandIn;
beforeEach(async () => {
  bc = await startBigCommerce({ seed: { channels: [1, 2] } });
});
afterEach(() => bc.close());

describe('customer settings', () => {
  it('answers the global settings in a data envelope', async () => {
    const r = await api(bc, 'GET', '/customers/settings');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      data: {
        privacy_settings: {
          ask_shopper_for_tracking_consent: true,
          policy_url: '',
          ask_shopper_for_tracking_consent_on_checkout: false,
        },
        customer_group_settings: { guest_customer_group_id: 0, default_customer_group_id: 0 },
      },
      meta: {},
    });
  });

  it('updates only the fields sent', async () => {
    const r = await api(bc, 'PUT', '/customers/settings', {
      body: {
        privacy_settings: {
          ask_shopper_for_tracking_consent: false,
          policy_url: 'https://shop.example/privacy',
        },
      },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      data: {
        privacy_settings: {
          ask_shopper_for_tracking_consent: false,
          policy_url: 'https://shop.example/privacy',
          ask_shopper_for_tracking_consent_on_checkout: false,
        },
      },
    });
    expect(bc.state.settings.privacy_settings.policy_url).toBe('https://shop.example/privacy');
  });

  it.each([
    ['a misspelled field', { privacy_settings: { ask_shopper_for_consent: true } }],
    ['a string for a boolean', { privacy_settings: { ask_shopper_for_tracking_consent: 'on' } }],
    ['null on the global level', { privacy_settings: { policy_url: null } }],
    ['an unknown group', { privacy: {} }],
  ])('refuses %s with 422 and changes nothing', async (_, body) => {
    const r = await api(bc, 'PUT', '/customers/settings', { body });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ status: 422, errors: expect.any(Object) });
    expect(bc.state.settings.privacy_settings.ask_shopper_for_tracking_consent).toBe(true);
  });

  it('answers a channel with every value inherited (null) until overridden', async () => {
    const r = await api(bc, 'GET', '/customers/settings/channels/2');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      data: {
        privacy_settings: {
          ask_shopper_for_tracking_consent: null,
          policy_url: null,
          ask_shopper_for_tracking_consent_on_checkout: null,
        },
        allow_global_logins: true,
      },
    });
  });

  it('sets a channel override and removes it again with null', async () => {
    const set = await api(bc, 'PUT', '/customers/settings/channels/2', {
      body: { privacy_settings: { ask_shopper_for_tracking_consent: false, policy_url: '/privacy/' } },
    });
    expect(set.status).toBe(200);
    expect(bc.state.channels.get(2)?.privacy_settings).toMatchObject({
      ask_shopper_for_tracking_consent: false,
      policy_url: '/privacy/',
    });
    expect(bc.state.channels.get(1)?.privacy_settings.policy_url).toBeNull();
    await api(bc, 'PUT', '/customers/settings/channels/2', {
      body: { privacy_settings: { policy_url: null } },
    });
    expect(bc.state.channels.get(2)?.privacy_settings).toMatchObject({
      ask_shopper_for_tracking_consent: false,
      policy_url: null,
    });
  });

  it('answers 404 for a channel the store does not have', async () => {
    expect((await api(bc, 'GET', '/customers/settings/channels/7')).status).toBe(404);
    const put = await api(bc, 'PUT', '/customers/settings/channels/x', { body: {} });
    expect(put.status).toBe(404);
  });

  it('lets a read-only token read settings but not change them', async () => {
    const t = { token: bc.tokens.readOnly };
    expect((await api(bc, 'GET', '/customers/settings/channels/1', t)).status).toBe(200);
    const put = await api(bc, 'PUT', '/customers/settings', {
      ...t,
      body: { privacy_settings: { policy_url: 'x' } },
    });
    expect(put.status).toBe(403);
    expect(bc.state.settings.privacy_settings.policy_url).toBe('');
  });
});
