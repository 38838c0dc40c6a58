// The proxy: one web-standard `handle(request, env) -> Response`, no runtime imported. Routes,
// CORS, the caller's identity and the write quota live here; failures are typed errors turned into
// responses in one place (error-response.ts).

import {
  type BigCommerceClient,
  BigCommerceError,
  createBigCommerceClient,
} from '../core/bigcommerce-client';
import type { Category, Decision } from '../core/categories';
import { decisionSchema, formatIssues } from '../core/decision-schema';
import { decisionOf } from '../core/saved-decision';
// Consent records (records-routes.ts, admin-routes.ts).
import { admin, isAdminPath } from './admin-routes';
import { checkOrigin, corsHeaders, preflight } from './cors';
import { type CustomerLimits, memoryLimits } from './customer-limits';
import { createDecisionCache } from './decision-cache';
import { type ProxyConfig, type ProxyEnv, parseEnv } from './env';
import { toResponse } from './error-response';
import {
  badRequest,
  ConfigError,
  HttpError,
  methodNotAllowed,
  notFound,
  tooManyReads,
  tooManyWrites,
} from './errors';
import { readJsonBody } from './json-body';
import { json } from './json-response';
import { bearerToken, secretKey, verifyCustomerJwt } from './jwt';
import { createRecords, type RecordStoreFor } from './records-routes';
import { fromHeaders, type Locate, regionResponse } from './region-route';

export type { ProxyEnv } from './env';
export type Handle = (request: Request, env: ProxyEnv) => Promise<Response>;

export interface HandlerOptions {
  /** Where the consent record (and unexpected failures) go, one JSON line each. Default console.log. */
  log?: (line: string) => void;
  /** The fetch used to call BigCommerce. */
  fetch?: typeof fetch;
  now?: () => Date;
  /** The per-customer limits for an environment (Workers: its Durable Object binding); default
   * one in-memory set per handler (customer-limits.ts). */
  limits?: (env: ProxyEnv) => CustomerLimits | null;
  /** How long a customer's saved decision answers their repeated reads. Default 10 s. */
  cacheTtlMs?: number;
  /** Where consent records go (Node: the store opened at start; Workers: D1). Default: none kept. */
  records?: RecordStoreFor;
  /** The configuration, when the runtime has parsed it already (Node does, at start, to fail fast). */
  config?: ProxyConfig;
  /** Where `GET /region` reads the shopper's location (Workers: `request.cf`). Default: the headers
   * REGION_HEADER and REGION_CODE_HEADER name. */
  locate?: Locate;
}

/** The largest body accepted, in bytes (docs/proxy.md). */
export const BODY_LIMIT = 4096;

interface Saved {
  allow: Category[];
  deny: Category[];
  /** Passed through as BigCommerce gives it. On GET it is the time of the call, not of the last
   * update, so nothing may order decisions by it:
   * https://developer.bigcommerce.com/docs/rest-management/customers/customer-consent */
  updated_at: string | null;
}

interface Setup {
  config: ProxyConfig;
  client: BigCommerceClient;
  key: Promise<CryptoKey>;
  env: ProxyEnv;
  limits: CustomerLimits;
}

export function createHandler(o: HandlerOptions = {}): Handle {
  const log = o.log ?? ((line: string) => console.log(line));
  const now = o.now ?? (() => new Date());
  const inMemory = memoryLimits({ now: () => now().getTime() });
  const cache = createDecisionCache<Saved>({ ttlMs: o.cacheTtlMs ?? 10_000, now: () => now().getTime() });
  // The read of each customer's decision on its way to BigCommerce, which reads arriving meanwhile share.
  const reading = new Map<number, Promise<Saved>>();
  // Parsed once per environment object (Workers hands the same `env` to every request).
  const setups = new WeakMap<object, Setup>();
  const records = createRecords({ stores: o.records ?? (() => null), log, now });
  const locate = o.locate ?? fromHeaders;

  /**
   * Shared limits (Workers: the customer's Durable Object) that fail, overloaded or being reset, fall
   * back to this instance's own count for that request: a customer's save is not lost to the limiter,
   * and the limits still hold per instance. Logged, once per failure, as `limits_unavailable`.
   */
  const orInMemory = (shared: CustomerLimits | null): CustomerLimits =>
    shared
      ? {
          take: (id, kind) =>
            shared.take(id, kind).catch((error: unknown) => {
              log(
                JSON.stringify({
                  event: 'limits_unavailable',
                  error: error instanceof Error ? error.message : String(error),
                }),
              );
              return inMemory.take(id, kind);
            }),
        }
      : inMemory;

  const setup = (env: ProxyEnv): Setup => {
    const known = setups.get(env);
    if (known) return known;
    const config = o.config ?? parseEnv(env);
    const client = createBigCommerceClient({
      apiUrl: config.apiUrl,
      storeHash: config.storeHash,
      accessToken: config.accessToken,
      ...(o.fetch ? { fetch: o.fetch } : {}),
    });
    const fresh = {
      config,
      client,
      key: secretKey(config.clientSecret),
      limits: orInMemory(o.limits?.(env) ?? null),
      env,
    };
    setups.set(env, fresh);
    return fresh;
  };

  async function customerId(request: Request, { config, key }: Setup): Promise<number> {
    const token = bearerToken(request.headers.get('Authorization'));
    return verifyCustomerJwt(token, { ...config, clientSecret: await key });
  }

  async function getConsent(request: Request, ready: Setup): Promise<Response> {
    const { client, limits } = ready;
    const id = await customerId(request, ready);
    const known = cache.get(id);
    if (known) return json(200, known);
    // A customer opening several pages at once misses the cache on each: one call to BigCommerce and one
    // slot of their read limit serve them all, rather than spending the limit in one burst.
    let pending = reading.get(id);
    if (!pending) {
      const read: Promise<Saved> = (async () => {
        const slot = await limits.take(id, 'read');
        if (!slot.ok) throw tooManyReads(slot.retryAfterSeconds);
        const { body } = await client.request('GET', `/v3/customers/${id}/consent`);
        return saved(body, null);
      })().then(
        (answer) => {
          // A save made meanwhile took this read off the map: its answer is newer, and stays cached.
          if (reading.get(id) === read) {
            reading.delete(id);
            cache.set(id, answer);
          }
          return answer;
        },
        (error: unknown) => {
          if (reading.get(id) === read) reading.delete(id);
          throw error;
        },
      );
      reading.set(id, read);
      pending = read;
    }
    return json(200, await pending);
  }

  async function putConsent(request: Request, ready: Setup): Promise<Response> {
    const { client, limits } = ready;
    // The customer comes from the token alone: an id in the body or the query is never read.
    const id = await customerId(request, ready);
    const body = await readJsonBody(request, BODY_LIMIT);
    const parsed = decisionSchema.safeParse(body);
    if (!parsed.success) throw badRequest(formatIssues(parsed.error));
    const fields = records.fieldsOf(body);
    const slot = await limits.take(id, 'write');
    if (!slot.ok) throw tooManyWrites(slot.retryAfterSeconds);
    const decision = parsed.data;
    // Whatever happens next, what was cached may no longer be what BigCommerce holds.
    cache.drop(id);
    reading.delete(id);
    const answer = await client.request('PUT', `/v3/customers/${id}/consent`, { body: decision });
    log(
      JSON.stringify({
        event: 'consent_saved',
        customer_id: id,
        consent_id: fields.consent_id ?? null,
        allow: decision.allow,
        deny: decision.deny,
        time: now().toISOString(),
      }),
    );
    await records.saved(ready.env, ready.config, id, decision, fields, request);
    const reply = saved(answer.body, decision);
    // A read that started while this save was on its way may hold the older decision: not cached.
    reading.delete(id);
    cache.set(id, reply);
    return json(200, reply);
  }

  async function route(request: Request, setup: Setup): Promise<Response> {
    const { pathname } = new URL(request.url);
    const { method } = request;
    checkRoute(method, pathname);
    if (pathname === '/health') return json(200, { ok: true });
    if (pathname === '/region') return regionResponse(locate(request, setup.config));
    return method === 'GET' ? getConsent(request, setup) : putConsent(request, setup);
  }

  return async (request, env) => {
    let origin: string | null = null;
    try {
      const ready = setup(env);
      const { pathname } = new URL(request.url);
      if (isAdminPath(pathname)) return await admin(request, ready.config.records, () => records.store(env));
      origin = checkOrigin(request, ready.config.allowedOrigins);
      if (request.method === 'OPTIONS') return preflight(origin);
      if (pathname === '/records')
        return withHeaders(await records.route(request, env, ready.config), corsHeaders(origin));
      return withHeaders(await route(request, ready), corsHeaders(origin));
    } catch (error) {
      if (error instanceof BigCommerceError) {
        // The only place BigCommerce's detail goes (already without the token): not to the shopper.
        log(
          JSON.stringify({
            event: 'bigcommerce_error',
            kind: error.kind,
            status: error.status,
            detail: error.message,
          }),
        );
      } else if (!isTyped(error) && !(error instanceof ConfigError)) {
        log(
          JSON.stringify({ event: 'proxy_error', error: error instanceof Error ? error.name : typeof error }),
        );
      }
      return withHeaders(toResponse(error), corsHeaders(origin));
    }
  };
}

/** The methods each path answers (OPTIONS being the CORS preflight). */
const ROUTES: Readonly<Record<string, readonly string[]>> = {
  '/health': ['GET', 'OPTIONS'],
  '/region': ['GET', 'OPTIONS'],
  '/consent': ['GET', 'PUT', 'OPTIONS'],
};

/** Throws 404 for an unknown path and 405 (with Allow) for a method the path does not answer. */
export function checkRoute(method: string, pathname: string): void {
  const allow = Object.hasOwn(ROUTES, pathname) ? ROUTES[pathname] : undefined;
  if (!allow) throw notFound(pathname);
  if (!allow.includes(method)) throw methodNotAllowed(method, pathname, allow);
}

/** The answer to a request a runtime cannot even turn into a `Request` (TRACE, CONNECT, TRACK):
 * whatever the route says, never a 500. */
export function refuseUnrepresentable(method: string, pathname: string): Response {
  try {
    checkRoute(method, pathname);
    return toResponse(methodNotAllowed(method, pathname, ROUTES[pathname] ?? []));
  } catch (error) {
    return toResponse(error);
  }
}

const isTyped = (error: unknown) => error instanceof HttpError || error instanceof BigCommerceError;

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** BigCommerce's consent body in the proxy's shape; after a PUT that echoes no lists, what was saved. */
function saved(body: unknown, sent: Decision | null): Saved {
  const record = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const echoed = Array.isArray(record.allow) || Array.isArray(record.deny);
  return {
    ...(sent && !echoed ? sent : decisionOf(record)),
    updated_at: typeof record.updated_at === 'string' ? record.updated_at : null,
  };
}
