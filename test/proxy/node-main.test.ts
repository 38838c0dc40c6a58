// `npm run proxy` as an operator meets it: the bundled entry point, started as its own process.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;
let entry: string;

beforeAll(async () => {
  // Inside the checkout, so the bundle finds node_modules as dist/node/proxy.js does.
  mkdirSync('.tmp', { recursive: true });
  dir = mkdtempSync(join('.tmp', 'proxy-main-'));
  entry = join(dir, 'proxy.js');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: true,
      target: 'node20',
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      rolldownOptions: {
        input: { proxy: 'proxy/adapters/node-main.ts' },
        external: [...builtinModules, /^node:/],
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (env: Record<string, string>) =>
  spawn(process.execPath, [entry], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'pipe' });

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

const collect = (child: ChildProcess) => {
  const out = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (out.stdout += chunk));
  child.stderr?.on('data', (chunk: Buffer) => (out.stderr += chunk));
  return out;
};

describe('npm run proxy', () => {
  it('exits with status 1 and names every missing variable', async () => {
    const child = run({ BC_STORE_HASH: 'abc123', PORT: 'x' });
    const out = collect(child);
    expect(await exited(child)).toBe(1);
    expect(out.stderr.trim()).toBe(
      'The proxy is not configured: BC_ACCESS_TOKEN is missing; BC_CLIENT_ID is missing; ' +
        'BC_CLIENT_SECRET is missing; ALLOWED_ORIGINS is missing; PORT must be a port number (0-65535)',
    );
  });

  it('serves on the configured host and port and stops cleanly on SIGTERM', async () => {
    const child = run({
      BC_STORE_HASH: 'abc123',
      BC_ACCESS_TOKEN: 'token',
      BC_CLIENT_ID: 'client',
      BC_CLIENT_SECRET: 'secret',
      ALLOWED_ORIGINS: 'https://shop.example.com',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    const out = collect(child);
    const status = exited(child);
    await expect
      .poll(() => out.stderr, { timeout: 10_000 })
      .toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    const url = out.stderr.match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
    const health = await fetch(`${url}/health`);
    expect(await health.json()).toEqual({ ok: true });
    child.kill('SIGTERM');
    expect(await status).toBe(0);
    expect(out.stdout).toBe('');
  });
});
