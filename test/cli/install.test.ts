import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { errorLine, runCli, storeEnv } from './run-cli';

let bc: BigCommerceStandIn;
beforeEach(async () => {
  bc = await startBigCommerce({ seed: { channels: [1, 2] } });
});
afterEach(() => bc.close());

const SRC = 'https://cdn.example.com/storefront-consent.js';
const ours = () => bc.state.scripts.filter((s) => s.name === 'Storefront Consent');
/** `storefront-consent install --src SRC …` against the stand-in, with its full token or another. */
const install = (argv: string[] = [], token?: string) =>
  runCli(['install', '--src', SRC, ...argv], { env: storeEnv(bc, token) });

describe('install', () => {
  it('creates one Script Manager entry: script tag in the head of all pages, category essential', async () => {
    const r = await install([
      '--proxy-url',
      'https://consent.example.workers.dev',
      '--client-id',
      'abc123',
      '--policy-url',
      '/privacy-policy/',
    ]);
    expect(r.code).toBe(0);
    const html =
      '<script src="https://cdn.example.com/storefront-consent.js" data-proxy-url="https://consent.example.workers.dev" ' +
      'data-client-id="abc123" data-customer-id="{{customer.id}}" data-policy-url="/privacy-policy/"></script>';
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({
      kind: 'script_tag',
      location: 'head',
      visibility: 'all_pages',
      consent_category: 'essential',
      load_method: 'default',
      enabled: true,
      channel_id: 1,
      html,
    });
    expect(r.stdout).toBe(
      `Created Script Manager entry "Storefront Consent" (${ours()[0]?.uuid}, channel 1).\n  ${html}\n`,
    );
  });

  it('escapes attribute values so a URL cannot break out of the tag', async () => {
    const r = await runCli(['install', '--src', `${SRC}?v="1"&x=<b>`, '--policy-url', "/privacy?a='1'&b=2"], {
      env: storeEnv(bc),
    });
    expect(r.code).toBe(0);
    expect(ours()[0]?.html).toBe(
      '<script src="https://cdn.example.com/storefront-consent.js?v=&quot;1&quot;&amp;x=&lt;b&gt;" ' +
        'data-policy-url="/privacy?a=&#39;1&#39;&amp;b=2" data-customer-id="{{customer.id}}"></script>',
    );
  });

  it('carries every banner option as its data attribute', async () => {
    const r = await install([
      '--categories',
      'analytics,targeting',
      '--revision',
      '3',
      '--expiry-days',
      '90',
      '--cookie-domain',
      '.shop.example',
      '--lang',
      'de-AT',
      '--position',
      'center',
      '--theme',
      'dark',
      '--accent',
      '#1d4ed8',
      '--gpc',
      'ignore',
      '--consent-mode',
      'off',
      '--signals',
      'uet,meta',
      '--native-sync',
      'on',
      '--native-ids',
      'analytics:2,functional:3,targeting:4',
      '--jwt-url',
      'https://shop.example/jwt',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.html).toBe(
      '<script src="https://cdn.example.com/storefront-consent.js" data-jwt-url="https://shop.example/jwt" ' +
        'data-categories="analytics,targeting" data-revision="3" data-expiry-days="90" data-cookie-domain=".shop.example" ' +
        'data-lang="de-AT" data-position="center" data-theme="dark" data-accent="#1d4ed8" data-gpc="ignore" ' +
        'data-consent-mode="off" data-signals="uet,meta" data-native-sync="on" data-native-ids="analytics:2,functional:3,targeting:4" ' +
        'data-customer-id="{{customer.id}}"></script>',
    );
    expect(ours()[0]?.html).toBe(out.html);
  });

  it('run twice leaves one entry and reports it up to date', async () => {
    await install();
    const again = await install(['--json']);
    expect(again.code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ action: 'unchanged', uuid: ours()[0]?.uuid });
    expect(bc.calls.filter((c) => c.method !== 'GET')).toHaveLength(1);
  });

  it('updates its own entry in place when the options change', async () => {
    await install();
    const uuid = ours()[0]?.uuid;
    const r = await install(['--position', 'top']);
    expect(r.code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.uuid).toBe(uuid);
    expect(ours()[0]?.html).toContain('data-position="top"');
    expect(r.stdout).toContain(`Updated Script Manager entry "Storefront Consent" (${uuid}, channel 1).`);
    expect(r.stdout).toContain(`  before: <script src="${SRC}" data-customer-id="{{customer.id}}"></script>`);
    expect(bc.calls.at(-1)).toMatchObject({
      method: 'PUT',
      path: `/stores/teststore/v3/content/scripts/${uuid}`,
    });
  });

  it("prints an existing entry's html with its control characters escaped", async () => {
    await install();
    const entry = ours()[0];
    if (!entry) throw new Error('install made no entry');
    entry.html = `<script src="${SRC}">\u001b]0;pwned\u0007\u001b[2J</script>`;
    const r = await install(['--position', 'top']);
    expect(r.code).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no raw control character may be printed
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('\\u001b]0;pwned\\u0007\\u001b[2J');
  });

  it('puts back what someone changed by hand (location, category, disabled)', async () => {
    await install();
    Object.assign(ours()[0] ?? {}, { location: 'footer', consent_category: 'analytics', enabled: false });
    const r = await install(['--json']);
    expect(JSON.parse(r.stdout).action).toBe('updated');
    expect(ours()[0]).toMatchObject({ location: 'head', consent_category: 'essential', enabled: true });
  });

  it('removes extra entries of the same name so the banner never loads twice', async () => {
    await install();
    const first = ours()[0];
    if (!first) throw new Error('install created nothing');
    bc.state.scripts.push({ ...first, uuid: crypto.randomUUID() });
    const r = await install();
    expect(r.code).toBe(0);
    expect(ours().map((s) => s.uuid)).toEqual([first.uuid]);
    expect(r.stdout).toContain('Removed 1 duplicate entry');
  });

  it('keeps one entry per channel', async () => {
    await install();
    await install(['--channel', '2']);
    await install(['--channel', '2']);
    expect(
      ours()
        .map((s) => s.channel_id)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('names the scope a token without Checkout Content lacks, creating nothing', async () => {
    const r = await install([], bc.tokens.noCheckoutContent);
    expect(r.code).toBe(1);
    expect(errorLine(r, bc.tokens.noCheckoutContent)).toMatch(
      /^storefront-consent: Could not create the "Storefront Consent" script in Script Manager: .*\(403\).*needs the scope: Content modify and Checkout Content modify$/,
    );
    expect(bc.state.scripts).toHaveLength(0);
  });

  it('refuses a read-only token', async () => {
    const r = await install([], bc.tokens.readOnly);
    expect(r.code).toBe(1);
    expect(errorLine(r, bc.tokens.readOnly)).toMatch(/\(403\)/);
    expect(bc.state.scripts).toHaveLength(0);
  });
});

describe('uninstall', () => {
  it('removes the entry install created and leaves other scripts alone', async () => {
    await install();
    const other = {
      ...(ours()[0] as (typeof bc.state.scripts)[number]),
      uuid: crypto.randomUUID(),
      name: 'Other',
    };
    bc.state.scripts.push(other);
    const uuid = ours()[0]?.uuid;
    const r = await runCli(['uninstall'], { env: storeEnv(bc) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Removed Script Manager entry "Storefront Consent" (${uuid}, channel 1).\n`);
    expect(bc.state.scripts.map((s) => s.name)).toEqual(['Other']);
  });

  it('does nothing, successfully, when there is nothing to remove', async () => {
    const r = await runCli(['uninstall', '--json'], { env: storeEnv(bc) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ removed: [], channel_id: 1 });
    expect(bc.calls.map((c) => c.method)).toEqual(['GET']);
  });
});
