// The widget's side of docs/signals.md, "A customer's choice on every device": the current-customer JWT from the storefront, then the proxy.
// Every call is bounded by a timeout and resolves (never rejects): the page never waits on it.
import type { Decision } from '../core/categories';
import { decisionOf, isDecided } from '../core/saved-decision';
import type { ModuleConfig } from './types';

/**
 * A little over the proxy's own 10 s budget for BigCommerce's retries (docs/proxy.md), so its answer, even a
 * 503, arrives rather than an abort; nothing waits on it meanwhile.
 */
export const TIMEOUT_MS = 12_000;

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

/** The proxy's answer as a decision; null when it holds none. */
const toDecision = (body: unknown): Decision | null => {
  const d = decisionOf(body);
  return isDecided(d) ? d : null;
};

export interface SyncClient {
  /** The current-customer JWT; null for a guest (the storefront answers 404) or when it cannot be had. */
  token(): Promise<string | null>;
  /**
   * Save a decision for the customer; true once the proxy confirmed it. The browser's consent id, the
   * revision and the decision's time go along for the record the proxy keeps of it (docs/proxy.md,
   * "Consent records"), which the time keeps to one when this page or a later one sends it again.
   */
  put(
    token: string,
    decision: Decision & { id?: string | null; revision?: number; updatedAt?: string },
  ): Promise<boolean>;
  /** The customer's saved decision; null for none, or when it could not be read. */
  get(token: string): Promise<Decision | null>;
}

/** Null unless both the proxy and the JWT source are configured. */
export function createSyncClient(config: ModuleConfig, f: typeof fetch): SyncClient | null {
  const { proxyUrl, jwtUrl } = config;
  if (!proxyUrl || !jwtUrl) return null;
  // Cross-origin: no cookies go to the proxy, only the bearer token.
  const call = (token: string, body?: object) =>
    timedFetch(f, `${proxyUrl.replace(/\/+$/, '')}/consent`, {
      method: body ? 'PUT' : 'GET',
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  return {
    async token() {
      // The store's session cookie must go along, also to a headless store's own JWT endpoint
      // (`data-jwt-url` on another origin, which then answers with credentialed CORS).
      const res = await timedFetch(f, jwtUrl, { credentials: 'include' });
      const token = res?.ok ? (await res.text().catch(() => '')).trim() : '';
      // A theme that sends guests to a login page answers 200 with HTML: that is no token.
      return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) ? token : null;
    },
    async put(token, { allow, deny, id, revision, updatedAt }) {
      // To the second, as the cookie keeps it: the page that decided and a later one send the same time.
      const decided_at = updatedAt?.replace(/\.\d+Z$/, '.000Z');
      return !!(await call(token, { allow, deny, consent_id: id ?? undefined, revision, decided_at }))?.ok;
    },
    async get(token) {
      const res = await call(token);
      return res?.ok ? toDecision(await res.json().catch(() => null)) : null;
    },
  };
}
