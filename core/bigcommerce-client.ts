// The one BigCommerce REST client, used by the proxy and the command line. Runs on any Fetch-API
// runtime. Every attempt has a timeout; 5xx and network errors are retried with jittered
// exponential backoff; a 429 waits for `X-Rate-Limit-Time-Reset-Ms`; all of it within one budget.
// The access token goes only into the `X-Auth-Token` header: no message carries it.

export interface BigCommerceOptions {
  apiUrl: string;
  storeHash: string;
  accessToken: string;
  fetch?: typeof fetch;
  /** Per attempt, default 3000. */
  timeoutMs?: number;
  /** All attempts and waits together, default 10000. */
  budgetMs?: number;
  /** Default 4. */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export type BigCommerceErrorKind = 'credentials' | 'rejected' | 'unavailable' | 'timeout';

export class BigCommerceError extends Error {
  override readonly name = 'BigCommerceError';
  constructor(
    /** credentials = 401/403 (our token or its scopes); rejected = another 4xx; unavailable = 5xx,
     * network or 429 still failing when the budget ran out; timeout = the last attempt timed out. */
    readonly kind: BigCommerceErrorKind,
    /** BigCommerce's status; null for a network error or a timeout. */
    readonly status: number | null,
    message: string,
    /** When BigCommerce said how long to wait (429), in milliseconds. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

export type BigCommerceMethod = 'GET' | 'PUT' | 'POST' | 'DELETE';

export interface BigCommerceResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface BigCommerceClient {
  request<T = unknown>(
    method: BigCommerceMethod,
    path: string,
    init?: { query?: Record<string, string>; body?: unknown },
  ): Promise<BigCommerceResponse<T>>;
}

const BASE_DELAY_MS = 200;
const MAX_DELAY_MS = 2000;

/** The least time left worth another attempt: a loopback round trip is ~1 ms, BigCommerce's ~100 ms. */
const MIN_ATTEMPT_MS = 250;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Attempt n (1-based) waits between half and all of min(MAX, BASE·2^(n-1)) before the next. */
export function backoffMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}
type Outcome = { answer: Answer } | { failure: 'network' | 'timeout' };

export function createBigCommerceClient(o: BigCommerceOptions): BigCommerceClient {
  const doFetch = o.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = o.timeoutMs ?? 3000;
  const budgetMs = o.budgetMs ?? 10_000;
  const maxAttempts = Math.max(1, o.maxAttempts ?? 4);
  const sleep = o.sleep ?? defaultSleep;
  const random = o.random ?? Math.random;
  const base = `${o.apiUrl.replace(/\/+$/, '')}/stores/${encodeURIComponent(o.storeHash)}`;
  // Belt and braces: should BigCommerce ever echo the token, it still never leaves in a message.
  const redact = (text: string) => (o.accessToken ? text.split(o.accessToken).join('[redacted]') : text);

  async function attempt(url: string, init: RequestInit, ms: number): Promise<Outcome> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
    try {
      // The body is read under the same timeout: a stalled body is as bad as no answer.
      const response = await doFetch(url, { ...init, signal: controller.signal });
      const body = await readBody(response);
      return { answer: { status: response.status, headers: response.headers, body } };
    } catch {
      return { failure: timedOut ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async request<T>(
      method: BigCommerceMethod,
      path: string,
      init: { query?: Record<string, string>; body?: unknown } = {},
    ): Promise<BigCommerceResponse<T>> {
      const started = Date.now();
      const remaining = () => budgetMs - (Date.now() - started);
      const query = init.query ? new URLSearchParams(init.query).toString() : '';
      const url = `${base}${path}${query ? `?${query}` : ''}`;
      const what = `${method} ${path}`;
      const headers: Record<string, string> = { 'X-Auth-Token': o.accessToken, Accept: 'application/json' };
      const requestInit: RequestInit = { method, headers };
      if (init.body !== undefined) {
        headers['Content-Type'] = 'application/json';
        requestInit.body = JSON.stringify(init.body);
      }

      let last: BigCommerceError = new BigCommerceError(
        'unavailable',
        null,
        `BigCommerce did not answer ${what}`,
      );
      for (let n = 1; n <= maxAttempts; n++) {
        const left = remaining();
        if (left <= 0) break;
        const outcome = await attempt(url, requestInit, Math.min(timeoutMs, left));
        let waitMs = backoffMs(n, random);

        if ('failure' in outcome) {
          last =
            outcome.failure === 'timeout'
              ? new BigCommerceError('timeout', null, `BigCommerce did not answer ${what} in time`)
              : new BigCommerceError('unavailable', null, `BigCommerce could not be reached for ${what}`);
        } else {
          const response = outcome.answer;
          if (response.status >= 200 && response.status < 300) {
            return { status: response.status, body: response.body as T, headers: response.headers };
          }
          const detail = redact(describe(response.body));
          if (response.status === 429) {
            const reset = Number(response.headers.get('X-Rate-Limit-Time-Reset-Ms'));
            const resetMs = Number.isFinite(reset) && reset >= 0 ? reset : waitMs;
            last = new BigCommerceError(
              'unavailable',
              429,
              `BigCommerce's rate limit was still exhausted for ${what}`,
              resetMs,
            );
            waitMs = resetMs;
          } else if (response.status >= 500) {
            last = new BigCommerceError(
              'unavailable',
              response.status,
              `BigCommerce answered ${response.status} to ${what}${detail}`,
            );
          } else if (response.status === 401 || response.status === 403) {
            throw new BigCommerceError(
              'credentials',
              response.status,
              `BigCommerce refused the access token (${response.status}) for ${what}${detail}`,
            );
          } else {
            throw new BigCommerceError(
              'rejected',
              response.status,
              `BigCommerce rejected ${what} (${response.status})${detail}`,
            );
          }
        }
        // Waiting past the budget helps no one, nor does an attempt with too little time left to be
        // answered (it would only reach BigCommerce after the caller has been told no): give up now.
        if (n === maxAttempts || waitMs + MIN_ATTEMPT_MS > remaining()) break;
        await sleep(waitMs);
      }
      throw last;
    },
  };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `: title (detail; field: problem)` from BigCommerce's error body, or nothing. */
function describe(body: unknown): string {
  if (typeof body === 'string') return body ? `: ${body.slice(0, 200)}` : '';
  if (body === null || typeof body !== 'object') return '';
  const { title, detail, errors } = body as { title?: unknown; detail?: unknown; errors?: unknown };
  const parts: string[] = [];
  if (typeof detail === 'string' && detail) parts.push(detail);
  if (errors && typeof errors === 'object') {
    for (const [key, value] of Object.entries(errors)) parts.push(`${key}: ${String(value)}`);
  }
  const head = typeof title === 'string' && title ? title : '';
  if (!head && parts.length === 0) return '';
  return `: ${head}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`;
}
