// The real executable, as a merchant runs it: `node bin/storefront-consent.js`, which loads the
// bundle that `npm run build:node` makes from cli/main.ts.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { storeEnv } from './run-cli';

const BIN = 'bin/storefront-consent.js';

let bc: BigCommerceStandIn;
beforeAll(async () => {
  if (!existsSync('dist/node/cli.js')) {
    const build = spawnSync('npm', ['run', 'build:node'], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build:node failed:\n${build.stdout}\n${build.stderr}`);
  }
  bc = await startBigCommerce({
    seed: { consent: { 1: { allow: ['essential', 'analytics'], deny: ['targeting'] } } },
  });
}, 120_000);
afterAll(() => bc?.close());

/** Runs the executable asynchronously (the stand-in answers from this same process). */
function exec(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const { PATH, HOME } = process.env;
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: PATH ?? '', HOME: HOME ?? '', ...env }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('the storefront-consent executable', { timeout: 30_000 }, () => {
  it('is the package bin', async () => {
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile('package.json', 'utf8'));
    expect(pkg.bin).toEqual({ 'storefront-consent': BIN });
  });

  it('prints its help and exits 0', async () => {
    const r = await exec(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: storefront-consent <command> \[options\]/);
    expect(r.stdout).toContain('profiles reconcile');
  });

  it('talks to BigCommerce with the token from the environment', async () => {
    const r = await exec(['consent', 'get', '1', '--json'], storeEnv(bc));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      customer_id: 1,
      allow: ['essential', 'analytics'],
      deny: ['targeting'],
      decided: true,
    });
  });

  it('exits 2 with one line naming the missing variable', async () => {
    const r = await exec(['settings'], { BC_STORE_HASH: 'abc' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'storefront-consent: BC_ACCESS_TOKEN is not set: export the store hash and an API account token (see storefront-consent --help)\n',
    );
  });

  it('exits 1 with one line, without the token, when BigCommerce refuses it', async () => {
    const r = await exec(['settings'], storeEnv(bc, 'wrong-token-0123456789'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('(401)');
    expect(r.stderr).not.toContain('wrong-token-0123456789');
  });
});
