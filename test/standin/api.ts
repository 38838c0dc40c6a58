// A tiny raw HTTP client for the stand-in tests: exactly what goes on the wire, no retries.
import type { BigCommerceStandIn } from '../../demo/bigcommerce/server';

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  storeHash?: string;
  /** Send the body with no Content-Type header at all. */
  omitContentType?: boolean;
}

export async function api(
  bc: BigCommerceStandIn,
  method: string,
  path: string,
  o: CallOptions = {},
): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'application/json', ...o.headers };
  const token = o.token === undefined ? bc.accessToken : o.token;
  if (token !== null) headers['X-Auth-Token'] = token;
  let body: string | undefined;
  if (o.rawBody !== undefined) body = o.rawBody;
  else if (o.body !== undefined) body = JSON.stringify(o.body);
  const hasType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
  if (body !== undefined && !hasType && !o.omitContentType) headers['Content-Type'] = 'application/json';
  const init: RequestInit = { method, headers };
  // Bytes, unlike a string, make fetch add no Content-Type of its own.
  if (body !== undefined) init.body = o.omitContentType ? new TextEncoder().encode(body) : body;
  const res = await fetch(`${bc.url}/stores/${o.storeHash ?? bc.storeHash}/v3${path}`, init);
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}
