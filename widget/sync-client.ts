// The widget's side of SPEC 7: the current-customer JWT from the storefront, then the proxy.
// Every call is bounded by a timeout and resolves (never rejects): the page never waits on it.
import { type Decision, isCategory } from '../core/categories';
import type { Config } from './types';

/** Long enough for a cold serverless start, short enough not to hold a connection open for minutes. */
export const TIMEOUT_MS = 8000;

/** `fetch` that gives up after `ms`; resolves null on any network error or timeout. */
export async function timedFetch(
  f: typeof fetch,
  url: string,
  init: RequestInit,
  ms = TIMEOUT_MS,
): Promise<Response | null> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  try {
    return await f(url, { ...init, signal: abort.signal });
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** What the JWT request can tell: a token, a guest (404), or nothing known (failure). */
export type Identity = { token: string } | 'guest' | null;

/** A saved value that allows nothing beyond essential and denies nothing counts as no decision (SPEC 7). */
const toDecision = (body: unknown): Decision | null => {
  const b = body as Partial<Record<'allow' | 'deny', unknown>> | null;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(isCategory) : []);
  const allow = list(b?.allow);
  const deny = list(b?.deny).filter((c) => c !== 'essential');
  if (!deny.length && !allow.some((c) => c !== 'essential')) return null;
  if (!allow.includes('essential')) allow.unshift('essential');
  return { allow, deny };
};

export interface SyncClient {
  /** The current-customer JWT; 'guest' when the storefront answers 404. */
  identify(): Promise<Identity>;
  /** Save a decision for the customer; true once the proxy confirmed it. */
  put(token: string, decision: Decision): Promise<boolean>;
  /** The customer's saved decision; null for none, or when it could not be read. */
  get(token: string): Promise<Decision | null>;
}

/** Null unless both the proxy and the JWT source are configured. */
export function createSyncClient(config: Config, f: typeof fetch = fetch): SyncClient | null {
  const { proxyUrl, jwtUrl } = config;
  if (!proxyUrl || !jwtUrl) return null;
  const endpoint = `${proxyUrl.replace(/\/+$/, '')}/consent`;
  const call = (token: string, method: 'GET' | 'PUT', body?: Decision) =>
    timedFetch(f, endpoint, {
      method,
      credentials: 'omit',
      headers: body
        ? { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
        : { Authorization: `Bearer ${token}` },
      ...(body ? { body: JSON.stringify({ allow: body.allow, deny: body.deny }) } : {}),
    });
  return {
    async identify() {
      const res = await timedFetch(f, jwtUrl, {
        credentials: 'same-origin',
        headers: { Accept: 'application/jwt, text/plain, */*' },
      });
      if (res?.status === 404) return 'guest';
      if (!res?.ok) return null;
      const token = (await res.text().catch(() => '')).trim();
      // A theme that redirects guests to a login page answers 200 with HTML: that is no token.
      return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) ? { token } : null;
    },
    async put(token, decision) {
      return !!(await call(token, 'PUT', decision))?.ok;
    },
    async get(token) {
      const res = await call(token, 'GET');
      return res?.ok ? toDecision(await res.json().catch(() => null)) : null;
    },
  };
}
