import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { errorLine, runCli, storeEnv } from './run-cli';

let bc: BigCommerceStandIn;
beforeEach(async () => {
  bc = await startBigCommerce({
    seed: {
      settings: {
        privacy_settings: {
          ask_shopper_for_tracking_consent: true,
          policy_url: 'https://shop.example/privacy',
        },
      },
      channels: [1, 2],
    },
  });
});
afterEach(() => bc.close());

describe('settings', () => {
  it("shows the store's global privacy settings", async () => {
    const r = await runCli(['settings'], { env: storeEnv(bc) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Privacy settings (global):\n' +
        '  ask shoppers for tracking consent: on\n' +
        '  privacy policy URL: https://shop.example/privacy\n',
    );
    expect(bc.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /stores/teststore/v3/customers/settings',
    ]);
  });

  it("shows a channel's own values and what it inherits", async () => {
    const channel = bc.state.channels.get(2);
    if (!channel) throw new Error('the stand-in was seeded with channel 2');
    channel.privacy_settings.ask_shopper_for_tracking_consent = false;
    const r = await runCli(['settings', '--channel', '2'], { env: storeEnv(bc) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Privacy settings (channel 2):\n' +
        '  ask shoppers for tracking consent: off\n' +
        '  privacy policy URL: inherits global (https://shop.example/privacy)\n',
    );
  });

  it('prints the settings as JSON', async () => {
    const r = await runCli(['settings', '--json'], { env: storeEnv(bc) });
    expect(JSON.parse(r.stdout)).toEqual({
      scope: 'global',
      privacy_settings: {
        ask_shopper_for_tracking_consent: true,
        policy_url: 'https://shop.example/privacy',
      },
    });
  });

  it('sets the global settings and shows before → after', async () => {
    const r = await runCli(['settings', '--ask-consent', 'off', '--policy-url', '/privacy-policy/'], {
      env: storeEnv(bc),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Updated the privacy settings (global):\n' +
        '  ask shoppers for tracking consent: on → off\n' +
        '  privacy policy URL: https://shop.example/privacy → /privacy-policy/\n',
    );
    expect(bc.state.settings.privacy_settings).toMatchObject({
      ask_shopper_for_tracking_consent: false,
      policy_url: '/privacy-policy/',
    });
  });

  it('changes only the setting given and keeps the other', async () => {
    const r = await runCli(['settings', '--ask-consent', 'off', '--json'], { env: storeEnv(bc) });
    expect(JSON.parse(r.stdout)).toEqual({
      scope: 'global',
      before: { ask_shopper_for_tracking_consent: true, policy_url: 'https://shop.example/privacy' },
      after: { ask_shopper_for_tracking_consent: false, policy_url: 'https://shop.example/privacy' },
      changed: ['ask_shopper_for_tracking_consent'],
    });
    expect(bc.state.settings.privacy_settings.policy_url).toBe('https://shop.example/privacy');
  });

  it("sets one channel's settings and leaves the global ones and the other fields inherited", async () => {
    const r = await runCli(['settings', '--channel', '2', '--ask-consent', 'off'], { env: storeEnv(bc) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Updated the privacy settings (channel 2):');
    expect(r.stdout).toContain('ask shoppers for tracking consent: not set → off');
    expect(bc.state.channels.get(2)?.privacy_settings).toMatchObject({
      ask_shopper_for_tracking_consent: false,
      policy_url: null,
    });
    expect(bc.state.settings.privacy_settings.ask_shopper_for_tracking_consent).toBe(true);
    expect(bc.calls.at(-1)).toMatchObject({
      method: 'PUT',
      path: '/stores/teststore/v3/customers/settings/channels/2',
    });
  });

  it('writes nothing when the settings already are as asked', async () => {
    const r = await runCli(['settings', '--ask-consent', 'on'], { env: storeEnv(bc) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nothing changed (global):');
    expect(bc.calls.map((c) => c.method)).toEqual(['GET']);
  });

  it('names the channel BigCommerce does not know', async () => {
    const r = await runCli(['settings', '--channel', '9', '--ask-consent', 'on'], { env: storeEnv(bc) });
    expect(r.code).toBe(1);
    expect(errorLine(r, bc.accessToken)).toBe(
      "storefront-consent: Could not read channel 9's privacy settings: BigCommerce rejected GET /v3/customers/settings/channels/9 (404): Channel not found",
    );
  });

  it('says which variables to check when the token is refused (401)', async () => {
    const r = await runCli(['settings'], { env: storeEnv(bc, 'not-a-real-token') });
    expect(r.code).toBe(1);
    const line = errorLine(r, 'not-a-real-token');
    expect(line).toMatch(/^storefront-consent: Could not read the store's privacy settings: /);
    expect(line).toContain('(401)');
    expect(line).toContain('Invalid X-Auth-Token');
    expect(line).toMatch(/Check BC_ACCESS_TOKEN and BC_STORE_HASH \('teststore'\)$/);
  });

  it('names the scope a token without Customers access lacks (403)', async () => {
    const r = await runCli(['settings'], { env: storeEnv(bc, bc.tokens.noCustomers) });
    expect(r.code).toBe(1);
    expect(errorLine(r, bc.tokens.noCustomers)).toMatch(
      /^storefront-consent: Could not read the store's privacy settings: .*\(403\).*The API account needs the scope: Customers read-only$/,
    );
  });

  it('names the scope a read-only token lacks to change settings, and changes nothing', async () => {
    const r = await runCli(['settings', '--ask-consent', 'off'], { env: storeEnv(bc, bc.tokens.readOnly) });
    expect(r.code).toBe(1);
    expect(errorLine(r, bc.tokens.readOnly)).toMatch(
      /Could not update the store's privacy settings: .*\(403\).*needs the scope: Customers modify$/,
    );
    expect(bc.state.settings.privacy_settings.ask_shopper_for_tracking_consent).toBe(true);
  });
});

describe('settings from a hostile store', () => {
  it('prints control characters in a policy URL escaped, never raw', async () => {
    const hostile =
      '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\u001b[31mred\u001b[0m\r\u009b2J';
    bc.state.settings.privacy_settings.policy_url = hostile;
    for (const argv of [['settings'], ['settings', '--json']]) {
      const r = await runCli(argv, { env: storeEnv(bc) });
      expect(r.code).toBe(0);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: no raw control character may be printed
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const text = await runCli(['settings'], { env: storeEnv(bc) });
    expect(text.stdout).toContain(
      'privacy policy URL: \\u001b]8;;https://evil.example\\u0007click\\u001b]8;;\\u0007\\u001b[31mred\\u001b[0m\\u000d\\u009b2J',
    );
    const json = await runCli(['settings', '--json'], { env: storeEnv(bc) });
    expect(JSON.parse(json.stdout).privacy_settings.policy_url).toBe(hostile);
  });
});
