// The two runtimes the proxy contract runs in: Node (node:http adapter) and workerd (Miniflare),
// each reached over real HTTP on 127.0.0.1 and calling the BigCommerce stand-in for real.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Miniflare } from 'miniflare';
import { serveNode } from '../../../proxy/adapters/node';
import { bundleWorker } from '../../../scripts/worker-bundle';

export interface RunningProxy {
  url: string;
  /** Node: the SQLite file the records go to; workerd: null (D1 in Miniflare). */
  recordsFile: string | null;
  /** Every line the proxy wrote to its log (Node: the injected logger; workerd: its stdout/stderr). */
  logs: string[];
  close(): Promise<void>;
}

export interface ProxyRuntime {
  name: string;
  start(env: Record<string, string>): Promise<RunningProxy>;
  /** What an operator is told for a bad environment: Node refuses to start, Workers answers 500. */
  configProblem(env: Record<string, string>): Promise<string>;
}

export const nodeRuntime: ProxyRuntime = {
  name: 'Node',
  async start(env) {
    const logs: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'sc-proxy-records-'));
    const recordsFile = join(dir, 'records.db');
    const server = await serveNode(
      { RECORDS_DB: recordsFile, ...env },
      { port: 0, host: '127.0.0.1', log: (line) => logs.push(line) },
    );
    return {
      url: server.url,
      recordsFile,
      logs,
      close: () => server.close().finally(() => rmSync(dir, { recursive: true, force: true })),
    };
  },
  async configProblem(env) {
    try {
      const server = await serveNode(env, { port: 0, host: '127.0.0.1', log: () => undefined });
      await server.close();
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    throw new Error('serveNode started with a bad environment');
  },
};

let bundle: Promise<string> | null = null;

/** The date wrangler.toml deploys with, so workerd here behaves as it will there. */
const compatibilityDate = readFileSync('wrangler.toml', 'utf8').match(/^compatibility_date = "(.+)"$/m)?.[1];

/** The bundled Worker in Miniflare, reached over HTTP at `url` or through `mf.dispatchFetch`. */
export async function startWorkerd(env: Record<string, string>): Promise<RunningProxy & { mf: Miniflare }> {
  bundle ??= bundleWorker();
  const logs: string[] = [];
  const collect = (text: string) => {
    for (const line of text.split('\n')) if (line.trim()) logs.push(line.trim());
  };
  const mf = new Miniflare({
    modules: true,
    script: await bundle,
    ...(compatibilityDate ? { compatibilityDate } : {}),
    bindings: env,
    d1Databases: ['RECORDS'],
    // As wrangler.toml binds it: the per-customer limits, shared by every isolate.
    durableObjects: { CUSTOMER_LIMITS: 'CustomerLimits' },
    host: '127.0.0.1',
    port: 0,
    handleRuntimeStdio(stdout: Readable, stderr: Readable) {
      stdout.on('data', (chunk: Buffer) => collect(chunk.toString()));
      stderr.on('data', (chunk: Buffer) => collect(chunk.toString()));
    },
  });
  const url = await mf.ready;
  return { url: url.origin, recordsFile: null, logs, close: () => mf.dispose(), mf };
}

export const workerdRuntime: ProxyRuntime = {
  name: 'workerd',
  start: startWorkerd,
  async configProblem(env) {
    const proxy = await workerdRuntime.start(env);
    try {
      const response = await fetch(`${proxy.url}/health`);
      const body = (await response.json()) as { error: { code: string; message: string } };
      return `${response.status} ${body.error.code}: ${body.error.message}`;
    } finally {
      await proxy.close();
    }
  },
};
