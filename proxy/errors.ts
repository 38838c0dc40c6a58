// Every way a proxy request can fail, as one typed error each. They become responses in exactly one
// place: `toResponse` in error-response.ts.

export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'origin_not_allowed'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'too_many_reads'
  | 'too_many_writes'
  | 'too_many_records'
  | 'records_unavailable'
  | 'bigcommerce_credentials'
  | 'bigcommerce_rejected'
  | 'bigcommerce_unavailable'
  | 'bigcommerce_timeout'
  | 'config_invalid'
  | 'internal';

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, 'bad_request', message);

export const unauthorized = (message: string) =>
  new HttpError(401, 'unauthorized', message, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });

export const originNotAllowed = (origin: string) =>
  new HttpError(403, 'origin_not_allowed', `origin ${origin} is not in ALLOWED_ORIGINS`);

export const notFound = (path: string) =>
  new HttpError(404, 'not_found', `no route ${path}: the proxy serves /consent, /region and /health`);

export const methodNotAllowed = (method: string, path: string, allow: readonly string[]) =>
  new HttpError(405, 'method_not_allowed', `${method} is not allowed on ${path} (use ${allow.join(', ')})`, {
    Allow: allow.join(', '),
  });

export const payloadTooLarge = (limit: number) =>
  new HttpError(413, 'payload_too_large', `the body is larger than ${limit} bytes`);

export const unsupportedMediaType = (got: string | null) =>
  new HttpError(
    415,
    'unsupported_media_type',
    `the body must be sent as Content-Type: application/json${got ? ` (got ${got})` : ''}`,
  );

/** A 429: `what` names what was over its limit; `Retry-After` says when to try again. */
const tooMany = (code: ErrorCode, what: string, retryAfterSeconds: number) =>
  new HttpError(429, code, `${what}; try again in ${retryAfterSeconds} s`, {
    'Retry-After': String(retryAfterSeconds),
  });

export const tooManyWrites = (retryAfterSeconds: number) =>
  tooMany('too_many_writes', 'too many consent changes for this customer', retryAfterSeconds);

export const tooManyReads = (retryAfterSeconds: number) =>
  tooMany('too_many_reads', 'too many consent reads for this customer', retryAfterSeconds);

// Consent records (records-routes.ts, admin-routes.ts).

export const tooManyRecords = (retryAfterSeconds: number, who: 'consent id' | 'address') =>
  tooMany('too_many_records', `too many records from this ${who}`, retryAfterSeconds);

export const noRecordStore = () =>
  new HttpError(404, 'not_found', 'records are not kept here: no record store is configured (docs/proxy.md)');

export const recordsUnavailable = (why: string) => new HttpError(503, 'records_unavailable', why);

/** The environment is missing or malformed: the message names the variables, never their values. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`The proxy is not configured: ${problems.join('; ')}`);
  }
}
