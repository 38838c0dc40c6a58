// The one place where a failure becomes an HTTP response: `{ "error": { "code", "message" } }`.
import { BigCommerceError } from '../core/bigcommerce-client';
import { ConfigError, type ErrorCode, HttpError } from './errors';
import { json } from './json-response';

export function toResponse(error: unknown): Response {
  if (error instanceof HttpError) return problem(error.status, error.code, error.message, error.headers);
  if (error instanceof BigCommerceError) return fromBigCommerce(error);
  if (error instanceof ConfigError) return problem(500, 'config_invalid', error.message);
  return problem(500, 'internal', 'the proxy failed unexpectedly');
}

function fromBigCommerce(error: BigCommerceError): Response {
  switch (error.kind) {
    case 'credentials':
      return problem(
        502,
        'bigcommerce_credentials',
        error.status === 403
          ? 'BigCommerce refused the proxy: the API account behind BC_ACCESS_TOKEN lacks the Customers (modify) scope'
          : 'BigCommerce refused the proxy: check BC_ACCESS_TOKEN (and that BC_STORE_HASH is its store)',
      );
    case 'rejected':
      // BigCommerce's own words may name internal hosts or fields: they go to the log line only
      // (handler.ts), the shopper gets ours.
      return problem(
        502,
        'bigcommerce_rejected',
        'BigCommerce refused this request; the proxy log has the details',
      );
    case 'timeout':
      return problem(504, 'bigcommerce_timeout', 'BigCommerce did not answer in time; try again later');
    case 'unavailable': {
      const retry =
        error.retryAfterMs === null ? {} : { 'Retry-After': String(Math.ceil(error.retryAfterMs / 1000)) };
      return problem(503, 'bigcommerce_unavailable', 'BigCommerce is unavailable; try again later', retry);
    }
  }
}

const problem = (status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}) =>
  json(status, { error: { code, message } }, headers);
