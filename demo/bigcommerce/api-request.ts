// What a route handler sees of a request, and what it answers. Handlers are pure over the state.
import type { ApiAccount } from './auth';
import { BigCommerceApiError, invalid } from './errors';
import type { StandInState } from './state';

export interface ApiRequest {
  method: string;
  /** Path below `/stores/{store_hash}/v3`, e.g. `/customers/7/consent`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  account: ApiAccount;
  state: StandInState;
  now: Date;
  /**
   * The JSON body; a missing or malformed body is answered with `status`, another media type with 415.
   * `contentTypeOptional`: the endpoint documents Content-Type as optional (defaulting to JSON).
   */
  json(status: 400 | 422, o?: { contentTypeOptional?: boolean }): unknown;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
}

export type Handler = (req: ApiRequest) => ApiResponse;

export interface Route {
  pattern: RegExp;
  methods: Partial<Record<'GET' | 'PUT' | 'POST' | 'DELETE', Handler>>;
}

/** Parses a raw body as the API gateway does: JSON only, and it has to parse. */
export function parseJsonBody(
  raw: string,
  contentType: string | undefined,
  status: 400 | 422,
  o: { contentTypeOptional?: boolean } = {},
): unknown {
  if (raw.trim() === '') throw invalid(status, 'The request body is required.', { body: 'missing' });
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  const missingButOptional = contentType === undefined && o.contentTypeOptional === true;
  if (type !== 'application/json' && !missingButOptional) {
    throw new BigCommerceApiError(415, 'The request must be sent as application/json.', {
      'content-type': contentType ?? 'missing',
    });
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw invalid(status, 'The request body is not valid JSON.', { body: 'malformed JSON' });
  }
}

/** Turns zod-like issues into BigCommerce's `errors` map: one entry per field path. */
export function issuesToErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>) {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : 'body';
    errors[key] = errors[key] ? `${errors[key]}; ${issue.message}` : issue.message;
  }
  return errors;
}
