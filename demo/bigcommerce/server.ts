// A BigCommerce stand-in on node:http: the v3 endpoints this project calls, answered as the
// official OpenAPI files describe them, strict about bad requests, with test controls.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listen } from '../../proxy/adapters/node-listen';
import { readBody } from '../read-body';
import { type ApiResponse, parseJsonBody, type Route } from './api-request';
import { type ApiAccount, createAccounts } from './auth';
import { BigCommerceApiError, ERROR_TYPE } from './errors';
import { createFaults, type Fault } from './faults';
import { createRateLimiter, type RateLimitOptions } from './rate-limit';
import { consentRoutes } from './routes/consent';
import { scriptRoutes } from './routes/scripts';
import { settingsRoutes } from './routes/settings';
import { shopperProfileRoutes } from './routes/shopper-profiles';
import { createState, type Seed, type StandInState } from './state';

export type { Fault } from './faults';
export type { Seed, StandInState } from './state';

export interface StartOptions {
  port?: number;
  storeHash?: string;
  seed?: Seed;
  /** The store's API quota; default 150 requests per 30 s (Standard plan). */
  rateLimit?: RateLimitOptions;
  /** The app whose client secret signs current-customer JWTs; random by default. */
  clientId?: string;
  clientSecret?: string;
}

export interface ApiCall {
  method: string;
  path: string;
  query: string;
  /** 0 when a `drop` fault closed the connection without an answer. */
  status: number;
}

export interface BigCommerceStandIn {
  url: string;
  storeHash: string;
  accessToken: string;
  tokens: { readOnly: string; noCustomers: string; noCheckoutContent: string };
  clientId: string;
  clientSecret: string;
  /** The current session's state, faults and calls (see `reset`). */
  readonly state: StandInState;
  readonly faults: {
    next(n: number, fault: Fault): void;
    atRandom(rate: number, faults: Fault[]): void;
    clear(): void;
  };
  readonly calls: ApiCall[];
  /** Forgets the quota spent so far. */
  resetRateLimit(): void;
  /**
   * Starts a new session: the seeded state again, no calls, no faults, the whole quota. A request
   * still being answered finishes in the session it arrived in, so it cannot leak into the next test.
   */
  reset(): void;
  close(): Promise<void>;
}

interface Session {
  state: StandInState;
  limiter: ReturnType<typeof createRateLimiter>;
  faults: ReturnType<typeof createFaults>;
  calls: ApiCall[];
}

const ROUTES: Route[] = [...consentRoutes, ...settingsRoutes, ...shopperProfileRoutes, ...scriptRoutes];
const MAX_BODY_BYTES = 1024 * 1024;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept
    .split(',')
    .map((part) => part.split(';')[0]?.trim().toLowerCase())
    .some((type) => type === 'application/json' || type === 'application/*' || type === '*/*');
}

function send(res: ServerResponse, r: ApiResponse, headers: Record<string, string>): void {
  if (r.status === 204 || r.body === undefined) {
    res.writeHead(r.status, headers).end();
    return;
  }
  const text = JSON.stringify(r.body);
  res
    .writeHead(r.status, {
      ...headers,
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(text)),
    })
    .end(text);
}

function match(method: string, path: string) {
  for (const route of ROUTES) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    const handler = route.methods[method as keyof Route['methods']];
    if (!handler)
      throw new BigCommerceApiError(405, `The method ${method} is not allowed on this resource.`, {});
    return { handler, params: { ...m.groups } };
  }
  throw new BigCommerceApiError(404, 'The requested resource was not found.', {});
}

export async function startBigCommerce(o: StartOptions = {}): Promise<BigCommerceStandIn> {
  const storeHash = o.storeHash ?? 'teststore';
  const accounts = createAccounts();
  const newSession = (): Session => ({
    state: createState(o.seed),
    limiter: createRateLimiter(o.rateLimit ?? { quota: 150, windowMs: 30_000 }),
    faults: createFaults(),
    calls: [],
  });
  let session = newSession();
  const storePrefix = `/stores/${storeHash}/v3`;

  async function answer(req: IncomingMessage, res: ServerResponse, call: ApiCall, s: Session): Promise<void> {
    const { state, limiter, faults } = s;
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = req.method ?? 'GET';
    let headers = limiter.peek();
    const fault = faults.take();
    const reply = (r: ApiResponse) => {
      call.status = r.status;
      if (fault && 'lateMs' in fault) setTimeout(() => send(res, r, headers), fault.lateMs);
      else send(res, r, headers);
    };

    if (fault && 'drop' in fault) {
      req.socket.destroy();
      return;
    }
    if (fault && 'delayMs' in fault) await sleep(fault.delayMs);
    if (fault && 'status' in fault) {
      reply({
        status: fault.status,
        body: { status: fault.status, title: 'Service unavailable.', type: ERROR_TYPE },
      });
      return;
    }
    if (fault && 'rateLimit' in fault) {
      headers = limiter.forced(fault.rateLimit);
      reply({ status: 429, body: { status: 429, title: 'Too many requests', type: ERROR_TYPE, errors: {} } });
      return;
    }

    try {
      const raw = await readBody(req, MAX_BODY_BYTES);
      if (raw === null) throw new BigCommerceApiError(413, 'The request body is too large.', {});
      if (url.pathname !== storePrefix && !url.pathname.startsWith(`${storePrefix}/`)) {
        throw new BigCommerceApiError(404, 'The requested resource was not found.', {});
      }
      const account: ApiAccount = accounts.authenticate(req.headers['x-auth-token']);
      const verdict = limiter.take();
      headers = verdict.headers;
      if (!verdict.allowed) throw new BigCommerceApiError(429, 'Too many requests', {});
      if (!acceptsJson(req.headers.accept)) {
        throw new BigCommerceApiError(406, 'The Accept header must allow application/json.', {});
      }
      const { handler, params } = match(method, url.pathname.slice(storePrefix.length));
      reply(
        handler({
          method,
          path: url.pathname.slice(storePrefix.length),
          params: params as Record<string, string>,
          query: url.searchParams,
          account,
          state,
          now: new Date(),
          json: (status, jsonOptions) => parseJsonBody(raw, req.headers['content-type'], status, jsonOptions),
        }),
      );
    } catch (error) {
      if (error instanceof BigCommerceApiError) reply({ status: error.status, body: error.body() });
      else reply({ status: 500, body: { status: 500, title: 'Internal server error.', type: ERROR_TYPE } });
    }
  }

  const server = createServer((req, res) => {
    const s = session;
    const { state } = s;
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const call: ApiCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.slice(1),
      status: 0,
    };
    s.calls.push(call);
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      state.inFlight--;
    };
    res.on('close', finish);
    res.on('finish', finish);
    answer(req, res, call, s).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  const listening = await listen(server, { port: o.port ?? 0, host: '127.0.0.1' });

  return {
    url: listening.url,
    storeHash,
    accessToken: accounts.full.token,
    tokens: {
      readOnly: accounts.readOnly.token,
      noCustomers: accounts.noCustomers.token,
      noCheckoutContent: accounts.noCheckoutContent.token,
    },
    clientId: o.clientId ?? `app_${randomBytes(8).toString('hex')}`,
    clientSecret: o.clientSecret ?? randomBytes(24).toString('base64url'),
    get state() {
      return session.state;
    },
    faults: {
      next: (n, fault) => session.faults.next(n, fault),
      atRandom: (rate, faults) => session.faults.atRandom(rate, faults),
      clear: () => session.faults.clear(),
    },
    get calls() {
      return session.calls;
    },
    resetRateLimit: () => session.limiter.reset(),
    reset: () => {
      session = newSession();
    },
    close: listening.close,
  };
}
