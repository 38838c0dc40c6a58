// The whole demo on one machine: the BigCommerce stand-in (unless real credentials are given),
// the proxy on Node pointed at it, and the demo storefront with the widget. `npm start` runs it;
// the screenshot script and the end-to-end test start it in-process.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BigCommerceError, createBigCommerceClient } from '../core/bigcommerce-client';
import { decisionOf } from '../core/saved-decision';
import { DEFAULT_API_URL } from '../core/store-env';
import { serveNode } from '../proxy/adapters/node';
import { listen } from '../proxy/adapters/node-listen';
import { proxyEnvFor as standInEnv } from './bigcommerce/proxy-env';
import { type BigCommerceStandIn, startBigCommerce } from './bigcommerce/server';
import { storefrontRoutes } from './bigcommerce/storefront-routes';
import { consentStatsPage } from './consent-stats';
import { CONSENT_STATS_PATH, storefrontHandler } from './storefront/handler';
import type { SampleCustomer, Site } from './storefront/site';

export const STORE_NAME = 'Maple & Clay';
const HOST = '127.0.0.1';
const REAL_VARIABLES = ['BC_STORE_HASH', 'BC_ACCESS_TOKEN', 'BC_CLIENT_ID', 'BC_CLIENT_SECRET'] as const;

/** A problem the person starting the demo can fix; the message says how. */
export class DemoError extends Error {
  override readonly name = 'DemoError';
}

export interface DemoOptions {
  /** The storefront's port; a free one is used when it is taken. Default 3000; 0 picks any. */
  port?: number;
  /** Where to look for real credentials (`BC_*`); default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where the built widget is; default `dist/` of this package. */
  widgetDir?: string;
  /** `leaky`: the theme's tracking tags run before consent (`DEMO_THEME=leaky`), for `storefront-consent scan`. */
  theme?: 'leaky';
  /** The proxy's log lines (one JSON line per saved decision); default standard output. */
  log?: (line: string) => void;
}

export interface Demo {
  /** The one URL to open. */
  url: string;
  proxyUrl: string;
  /** The SQLite file the proxy keeps consent records in: the demo's own, removed when it stops. */
  recordsDb: string;
  mode: 'stand-in' | 'real';
  /** The stand-in, when there is one: tests and the screenshot script inspect it. */
  standIn: BigCommerceStandIn | null;
  /** What runs where, for the terminal. */
  lines: string[];
  close(): Promise<void>;
}

/** The package's own folder, found from this file both as TypeScript (demo/) and bundled (dist/node/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'storefront-consent')
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new DemoError('cannot find the storefront-consent package folder');
    dir = parent;
  }
}

/** Real credentials: all four variables, or none (the stand-in). Half a configuration is a mistake. */
function realCredentials(env: Readonly<Record<string, string | undefined>>): boolean {
  const set = REAL_VARIABLES.filter((name) => env[name]?.trim());
  if (set.length === 0) return false;
  const missing = REAL_VARIABLES.filter((name) => !set.includes(name));
  if (missing.length > 0) {
    throw new DemoError(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: set all of ${REAL_VARIABLES.join(', ')} to use a real store, or none to use the built-in BigCommerce stand-in`,
    );
  }
  return true;
}

const customersOf = (standIn: BigCommerceStandIn): SampleCustomer[] =>
  [...standIn.state.customers.values()].slice(0, 5).map((c) => ({
    id: c.id,
    name: `${c.first_name} ${c.last_name}`,
    email: c.email,
  }));

/** The proxy's environment: the stand-in's API and app, or the person's own `BC_*` variables. */
function proxyEnvFor(
  standIn: BigCommerceStandIn | null,
  env: Readonly<Record<string, string | undefined>>,
  origins: string[],
): Record<string, string> {
  // ALLOWED_ORIGINS is set below, for the stand-in and a real store alike.
  const api: Record<string, string> = standIn
    ? standInEnv(standIn)
    : Object.fromEntries(
        ['BC_API_URL', ...REAL_VARIABLES].flatMap((name) => (env[name] ? [[name, env[name]]] : [])),
      );
  return { ...api, ALLOWED_ORIGINS: [env.ALLOWED_ORIGINS, ...origins].filter(Boolean).join(',') };
}

/** Reads a customer's consent through BigCommerce's API with the shared client, as support staff would. */
function consentReader(proxyEnv: Record<string, string>): Site['readConsent'] {
  const client = createBigCommerceClient({
    apiUrl: proxyEnv.BC_API_URL ?? DEFAULT_API_URL,
    storeHash: proxyEnv.BC_STORE_HASH ?? '',
    accessToken: proxyEnv.BC_ACCESS_TOKEN ?? '',
    budgetMs: 4000,
  });
  return async (id) => {
    try {
      const { body } = await client.request<{ allow?: unknown[]; deny?: unknown[]; updated_at?: string }>(
        'GET',
        `/v3/customers/${id}/consent`,
      );
      return { ok: true, ...decisionOf(body), updatedAt: body.updated_at ?? null };
    } catch (error) {
      return { ok: false, error: error instanceof BigCommerceError ? error.message : String(error) };
    }
  };
}

export async function startDemo(o: DemoOptions = {}): Promise<Demo> {
  const env = o.env ?? process.env;
  const real = realCredentials(env);
  const widgetDir = o.widgetDir ?? join(packageRoot(), 'dist');
  if (!existsSync(join(widgetDir, 'storefront-consent.js'))) {
    throw new DemoError(
      `${join(widgetDir, 'storefront-consent.js')} is missing: run \`npm run build\` first`,
    );
  }

  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    const results = await Promise.allSettled(closers.reverse().map((c) => c()));
    closers.length = 0;
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  };

  try {
    const standIn = real ? null : await startBigCommerce();
    if (standIn) closers.push(() => standIn.close());

    const server = createServer();
    const port = o.port ?? 3000;
    const storefront = await listen(server, { port, host: HOST, fallBack: true });
    closers.push(() => storefront.close());
    const origins = [storefront.url, `http://localhost:${storefront.port}`];

    // Records go to a file of the demo's own, not to the proxy's default ./storefront-consent.db in
    // whatever folder `npm start` ran from; the demo holds the admin token that reads them back.
    const recordsDir = mkdtempSync(join(tmpdir(), 'storefront-consent-demo-'));
    const recordsDb = join(recordsDir, 'records.db');
    const adminToken = randomBytes(32).toString('hex');
    const proxyEnv: Record<string, string> = {
      ...proxyEnvFor(standIn, env, origins),
      RECORDS_DB: recordsDb,
      ADMIN_TOKEN: adminToken,
    };
    const removeRecords = () => rmSync(recordsDir, { recursive: true, force: true });
    const proxy = await serveNode(proxyEnv, {
      port: 0,
      host: HOST,
      log: o.log ?? ((line) => console.log(line)),
    }).catch((error: unknown) => {
      removeRecords();
      throw error;
    });
    closers.push(() => proxy.close().finally(removeRecords));

    const site: Site = {
      storeName: STORE_NAME,
      widgetDir,
      proxyUrl: proxy.url,
      clientId: proxyEnv.BC_CLIENT_ID ?? '',
      mode: standIn ? 'stand-in' : 'real',
      ...(o.theme ? { theme: o.theme } : {}),
      customers: () => (standIn ? customersOf(standIn) : []),
      storeRoutes: standIn ? storefrontRoutes(standIn) : null,
      readConsent: consentReader(proxyEnv),
      consentStats: consentStatsPage(proxy.url, adminToken),
      consentCalls: (id) =>
        (standIn?.calls ?? [])
          .filter((c) => c.path.endsWith(`/v3/customers/${id}/consent`))
          .map(({ method, path, status }) => ({ method, path, status })),
    };
    server.on('request', storefrontHandler(site));

    const records = `consent records        ${recordsDb}  (SQLite, removed on exit; statistics at ${storefront.url}${CONSENT_STATS_PATH})`;
    const store = `demo storefront        ${storefront.url}${storefront.fellBack ? `  (port ${port} was taken)` : ''}`;
    const lines = standIn
      ? [
          `BigCommerce stand-in   ${standIn.url}  (store "${standIn.storeHash}", sample customers ${customersOf(
            standIn,
          )
            .map((c) => `${c.id} ${c.name}`)
            .join(', ')})`,
          `consent proxy (Node)   ${proxy.url}  (BC_API_URL → the stand-in; ALLOWED_ORIGINS=${proxyEnv.ALLOWED_ORIGINS})`,
          records,
          store,
        ]
      : [
          `BigCommerce            ${proxyEnv.BC_API_URL ?? DEFAULT_API_URL}  (your real store "${proxyEnv.BC_STORE_HASH}", from BC_* variables)`,
          `consent proxy (Node)   ${proxy.url}  (ALLOWED_ORIGINS=${proxyEnv.ALLOWED_ORIGINS})`,
          records,
          store,
          'Note: against a real store the demo cannot log in customers: only BigCommerce can sign a real',
          "customer's /customer/current.jwt. The banner works as for guests; customer sync needs the widget",
          'installed on your store (storefront-consent install).',
        ];
    if (o.theme === 'leaky')
      lines.push('theme "leaky": the Google tag and the ad pixel run before consent (DEMO_THEME=leaky)');
    return {
      url: `${storefront.url}/`,
      proxyUrl: proxy.url,
      recordsDb,
      mode: site.mode,
      standIn,
      lines,
      close,
    };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}
