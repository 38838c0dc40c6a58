// CORS for the storefront origins in ALLOWED_ORIGINS, and for them only.
// A request without `Origin` does not come from a page (curl, a server, a health check): CORS does
// not apply to it and it is served; the JWT still decides who may read or write what.
import { originNotAllowed } from './errors';

const ALLOWED_METHODS = 'GET, PUT, POST, OPTIONS';
const ALLOWED_HEADERS = 'Authorization, Content-Type';

/** Throws 403 for an origin not listed; returns the origin to echo (or null when none was sent). */
export function checkOrigin(request: Request, allowed: ReadonlySet<string>): string | null {
  const origin = request.headers.get('Origin');
  if (origin === null) return null;
  if (!allowed.has(origin)) throw originNotAllowed(origin);
  return origin;
}

/** Headers for every answer: they depend on Origin, so caches must key on it. */
export function corsHeaders(origin: string | null): Record<string, string> {
  if (origin === null) return { Vary: 'Origin' };
  return {
    Vary: 'Origin',
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'Retry-After',
  };
}

export function preflight(origin: string | null): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(origin),
      Allow: ALLOWED_METHODS,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
    },
  });
}
