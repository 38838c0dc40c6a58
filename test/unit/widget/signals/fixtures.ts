// A parsed widget config, a fake `fetch` that records what goes on the wire, and Consent Mode's
// all-denied state (also used by the browser tests).
import type { Config } from '../../../../widget/types';
import { configFrom } from '../config-helper';

/** Google Consent Mode v2 with nothing but essential allowed: every type denied but security storage. */
export const ALL_DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
} as const;

/** The config of a tag with no data attribute, as the parser gives it (one source of defaults), plus `overrides`. */
export const config = (overrides: Partial<Config> = {}): Config => ({
  ...configFrom({ src: 'https://cdn.example.com/storefront-consent.js' }),
  ...overrides,
});

/** Sync configured as a merchant would: proxy, client id, and the JWT URL the config derives. */
export const syncConfig = (overrides: Partial<Config> = {}): Config =>
  config({
    proxyUrl: 'https://consent.example.workers.dev',
    clientId: 'app123',
    jwtUrl: '/customer/current.jwt?app_client_id=app123',
    ...overrides,
  });

export interface WireCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
  credentials: RequestCredentials | undefined;
  signal: AbortSignal | null;
}

type Answer = Response | 'network-error' | 'hang';
export type Route = (call: WireCall) => Answer | Promise<Answer>;

/** A `fetch` answering through `route`, recording every call. */
export function fakeFetch(route: Route) {
  const calls: WireCall[] = [];
  const f = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: WireCall = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: Object.fromEntries(
        [...new Headers(init.headers).entries()].map(([k, v]) => [k.toLowerCase(), v]),
      ),
      body: typeof init.body === 'string' ? init.body : null,
      credentials: init.credentials,
      signal: init.signal ?? null,
    };
    calls.push(call);
    const answer = await route(call);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) => {
        call.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    return answer;
  }) as typeof fetch;
  return { fetch: f, calls };
}

export const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJjdXN0b21lciI6eyJpZCI6N319.c2lnbmF0dXJl';

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Let queued fetches and their continuations finish. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
