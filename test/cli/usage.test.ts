import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { errorLine, runCli, storeEnv } from './run-cli';

let bc: BigCommerceStandIn;
beforeAll(async () => {
  bc = await startBigCommerce();
});
afterAll(() => bc.close());

const COMMANDS = [
  ['settings'],
  ['consent', 'get'],
  ['consent', 'set'],
  ['install'],
  ['uninstall'],
  ['profiles', 'reconcile'],
];

describe('command line usage', () => {
  it.each(COMMANDS.map((words) => words.join(' ')))(
    'prints help for %s with usage, scopes and an example, calling nothing',
    async (name) => {
      const before = bc.calls.length;
      const r = await runCli([...name.split(' '), '--help'], { env: storeEnv(bc) });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`storefront-consent ${name} `);
      expect(r.stdout).toMatch(/API scopes?: /);
      expect(r.stdout).toContain('Example');
      expect(r.stdout).toContain('BC_ACCESS_TOKEN');
      expect(bc.calls.length).toBe(before);
    },
  );

  it('lists every command in the overview for --help, help and no arguments', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(command.join(' '));
    expect((await runCli(['help'])).stdout).toBe(help.stdout);
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toBe(help.stdout);
  });

  it('shows a group help and a command help through `help`', async () => {
    const group = await runCli(['consent', '--help']);
    expect(group.code).toBe(0);
    expect(group.stdout).toContain('consent get');
    expect(group.stdout).toContain('consent set');
    const command = await runCli(['help', 'profiles', 'reconcile']);
    expect(command.stdout).toContain('--concurrency N');
  });

  it('prints the version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['an unknown command', ['sttings'], /unknown command 'sttings'/],
    ['a group without its subcommand', ['consent'], /'consent' needs a subcommand: get or set/],
    ['an unknown subcommand', ['profiles', 'purge'], /unknown subcommand 'profiles purge'/],
    [
      'an unknown flag',
      ['settings', '--ask-consnt', 'on'],
      /^storefront-consent settings: unknown option --ask-consnt/,
    ],
    ['a flag without its value', ['install', '--src'], /option --src needs a value/],
    ['a stray argument', ['settings', 'global'], /unexpected argument 'global'/],
    [
      'a list with an empty item',
      ['consent', 'set', '7', '--allow', 'functional,,analytics'],
      /--allow 'functional,,analytics' has an empty item/,
    ],
    [
      'an unknown category',
      ['consent', 'set', '7', '--deny', 'marketing'],
      /--deny: unknown category "marketing"/,
    ],
    [
      'a category both allowed and denied',
      ['consent', 'set', '7', '--allow', 'analytics', '--deny', 'analytics'],
      /analytics is both allowed and denied/,
    ],
    [
      'essential denied',
      ['consent', 'set', '7', '--deny', 'essential'],
      /--deny: essential cannot be denied/,
    ],
    [
      'a category listed twice',
      ['consent', 'set', '7', '--allow', 'analytics,analytics'],
      /--allow: lists analytics more than once/,
    ],
    ['consent set with nothing to change', ['consent', 'set', '7'], /give --allow and\/or --deny/],
    [
      'a customer id that is not a number',
      ['consent', 'get', 'abc'],
      /CUSTOMER_ID must be a positive whole number, not 'abc'/,
    ],
    [
      'a customer id of zero',
      ['consent', 'get', '0'],
      /CUSTOMER_ID must be a positive whole number, not '0'/,
    ],
    [
      'a negative customer id',
      ['consent', 'get', '--', '-3'],
      /CUSTOMER_ID must be a positive whole number, not '-3'/,
    ],
    ['a missing customer id', ['consent', 'get'], /CUSTOMER_ID is missing/],
    [
      'a bad channel',
      ['settings', '--channel', '1.5'],
      /--channel must be a positive whole number, not '1.5'/,
    ],
    [
      '--ask-consent other than on/off',
      ['settings', '--ask-consent', 'yes'],
      /--ask-consent must be 'on' or 'off', not 'yes'/,
    ],
    [
      'a policy URL that is neither http(s) nor a path',
      ['settings', '--policy-url', 'javascript:alert(1)'],
      /--policy-url must be an http or https URL/,
    ],
    ['install without --src', ['install', '--proxy-url', 'https://p.example'], /--src is required/],
    [
      'install with a src that is not a URL',
      ['install', '--src', 'cdn/sc.js'],
      /--src must be an absolute http\(s\) URL, not 'cdn\/sc.js'/,
    ],
    [
      'install with a bad position',
      ['install', '--src', 'https://c.example/sc.js', '--position', 'left'],
      /--position must be 'bottom', 'top' or 'center', not 'left'/,
    ],
    [
      'install with a bad category list',
      ['install', '--src', 'https://c.example/sc.js', '--categories', 'analytics,ads'],
      /--categories must be a comma-separated list of functional, analytics, targeting/,
    ],
    [
      '--concurrency 11',
      ['profiles', 'reconcile', '--concurrency', '11'],
      /--concurrency 11 is above BigCommerce's limit of 10 concurrent requests/,
    ],
    [
      '--concurrency 0',
      ['profiles', 'reconcile', '--concurrency', '0'],
      /--concurrency must be a whole number from 1 to 10, not '0'/,
    ],
    [
      '--concurrency four',
      ['profiles', 'reconcile', '--concurrency', 'four'],
      /--concurrency must be a whole number from 1 to 10, not 'four'/,
    ],
  ];

  it.each(bad)(
    'refuses %s with one line, exit code 2 and no call to BigCommerce',
    async (_, argv, message) => {
      const before = bc.calls.length;
      const r = await runCli(argv, { env: storeEnv(bc) });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(errorLine(r, bc.accessToken)).toMatch(message);
      expect(r.stderr).toMatch(/\(see storefront-consent[a-z ]* --help\)\n$/);
      expect(bc.calls.length).toBe(before);
    },
  );
});

describe('credentials from the environment', () => {
  it('names both variables when neither is set', async () => {
    const r = await runCli(['settings'], { env: {} });
    expect(r.code).toBe(2);
    expect(errorLine(r)).toMatch(/BC_STORE_HASH and BC_ACCESS_TOKEN are not set/);
  });

  it('names the one that is missing', async () => {
    const r = await runCli(['consent', 'get', '1'], { env: { ...storeEnv(bc), BC_ACCESS_TOKEN: ' ' } });
    expect(r.code).toBe(2);
    expect(errorLine(r)).toMatch(/^storefront-consent: BC_ACCESS_TOKEN is not set/);
    const noHash = await runCli(['consent', 'get', '1'], {
      env: { ...storeEnv(bc), BC_STORE_HASH: undefined },
    });
    expect(errorLine(noHash)).toMatch(/^storefront-consent: BC_STORE_HASH is not set/);
  });

  it('refuses a store hash or API URL that cannot be right', async () => {
    const hash = await runCli(['settings'], { env: { ...storeEnv(bc), BC_STORE_HASH: 'stores/abc' } });
    expect(errorLine(hash)).toMatch(/BC_STORE_HASH must be letters and digits only/);
    const url = await runCli(['settings'], { env: { ...storeEnv(bc), BC_API_URL: 'api.bigcommerce.com' } });
    expect(url.code).toBe(2);
    expect(errorLine(url)).toMatch(/BC_API_URL must be an http\(s\) URL/);
  });

  /** What a command could change in the store. */
  const storeSnapshot = () =>
    JSON.stringify([
      [...bc.state.consent],
      bc.state.settings,
      [...bc.state.channels],
      bc.state.shopperProfiles,
      bc.state.scripts,
    ]);

  /** Each command with arguments that would otherwise succeed. */
  const WORKING: string[][] = [
    ['settings'],
    ['settings', '--ask-consent', 'off'],
    ['consent', 'get', '1'],
    ['consent', 'set', '1', '--deny', 'targeting'],
    ['install', '--src', 'https://cdn.example.com/storefront-consent.js'],
    ['uninstall'],
    ['profiles', 'reconcile'],
  ];

  it.each(WORKING.map((argv) => [argv.join(' '), argv]))(
    '%s: names the missing variables with exit code 2, calling nothing',
    async (_, argv) => {
      const before = bc.calls.length;
      const r = await runCli(argv, { env: { BC_API_URL: bc.url } });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(errorLine(r)).toMatch(/^storefront-consent: BC_STORE_HASH and BC_ACCESS_TOKEN are not set/);
      expect(bc.calls.length).toBe(before);
    },
  );

  it.each(WORKING.map((argv) => [argv.join(' '), argv]))(
    '%s: a token BigCommerce refuses (401) gives one line without it, exit code 1, and changes nothing',
    async (_, argv) => {
      const token = 'refused-token-0123456789';
      const before = storeSnapshot();
      const r = await runCli(argv, { env: storeEnv(bc, token) });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const line = errorLine(r, token);
      expect(line).toMatch(/^storefront-consent: Could not .*\(401\)/);
      expect(line).toMatch(/Check BC_ACCESS_TOKEN and BC_STORE_HASH \('teststore'\)$/);
      expect(storeSnapshot()).toBe(before);
    },
  );

  it('reports argument errors before missing credentials', async () => {
    const r = await runCli(['consent', 'get', 'x'], { env: {} });
    expect(errorLine(r)).toMatch(/CUSTOMER_ID must be a positive whole number/);
  });
});
