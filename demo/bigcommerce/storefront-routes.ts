// What a real store's storefront answers beside the theme: the current-customer JWT
// (current_customer.yml) and the native cookie-consent endpoint (consent.sf.yml).
// The stand-in's login is a cookie `sc_customer=<customer id>` (a real store uses its session).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OptionalCategory } from '../../core/categories';
import { ordered } from '../../core/decision';
import { categoryOfNativeId, NATIVE_ID } from '../../core/native-ids';
import { readBody } from '../read-body';
import { signCustomerJwt } from './customer-jwt';
import type { BigCommerceStandIn } from './server';

export {
  type CustomerJwtClaims,
  customerJwtClaims,
  type JwtOverrides,
  signCustomerJwt,
} from './customer-jwt';

export const CUSTOMER_COOKIE = 'sc_customer';

const MAX_BODY_BYTES = 16 * 1024;

export function customerIdFromCookie(header: string | undefined): number | null {
  for (const part of (header ?? '').split(';')) {
    const [name, value] = part.split('=').map((s) => s.trim());
    if (name === CUSTOMER_COOKIE && value && /^\d+$/.test(value)) return Number(value);
  }
  return null;
}

function text(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
}

/** The complete set of BigCommerce's numbers (consent.sf.yml) split between allow and deny, each once; otherwise null. */
export function parseNativeConsent(value: unknown): { allow: number[]; deny: number[] } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !keys.includes('allow') || !keys.includes('deny')) return null;
  const { allow, deny } = value as { allow: unknown; deny: unknown };
  if (!Array.isArray(allow) || !Array.isArray(deny)) return null;
  const all: unknown[] = [...allow, ...deny];
  const ids: unknown[] = Object.values(NATIVE_ID);
  if (!all.every((n) => ids.includes(n))) return null;
  if (all.length !== ids.length || new Set(all).size !== ids.length) return null;
  return { allow: allow as number[], deny: deny as number[] };
}

async function currentJwt(bc: BigCommerceStandIn, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://store');
  const clientId = url.searchParams.get('app_client_id');
  // The file only documents 200; these answers for a bad client id are the stand-in's own choice.
  if (!clientId) return text(res, 400, 'app_client_id is required');
  if (clientId !== bc.clientId) return text(res, 403, 'unknown app_client_id');
  const id = customerIdFromCookie(req.headers.cookie);
  if (id === null || !bc.state.customers.has(id)) return text(res, 404, 'no customer is logged in');
  // The body is the raw token, under the media type the file declares.
  return text(res, 200, await signCustomerJwt(bc, id), 'application/json');
}

async function nativeConsent(
  bc: BigCommerceStandIn,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const raw = await readBody(req, MAX_BODY_BYTES);
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  let parsed: ReturnType<typeof parseNativeConsent> = null;
  if (raw !== null && type === 'application/json') {
    try {
      parsed = parseNativeConsent(JSON.parse(raw));
    } catch {
      parsed = null;
    }
  }
  if (!parsed) return text(res, 400, 'Invalid input');
  const customerId = customerIdFromCookie(req.headers.cookie);
  const time = new Date().toISOString();
  bc.state.nativeConsentPosts.push({ ...parsed, customerId, time });
  // "Consent preferences will be persisted to a shopper's account" for a logged-in customer.
  if (customerId !== null && bc.state.customers.has(customerId)) {
    const names = (ids: number[]) =>
      ids.map((n) => categoryOfNativeId(n)).filter((c): c is OptionalCategory => c !== undefined);
    const allow = ordered(['essential', ...names(parsed.allow)]);
    bc.state.consent.set(customerId, { allow, deny: ordered(names(parsed.deny)), updatedAt: time });
  }
  return text(res, 200, '');
}

/** A handler for test storefronts and the demo: answers the two storefront paths, false for others. */
export function storefrontRoutes(bc: BigCommerceStandIn) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://store').pathname;
    if (path === '/customer/current.jwt') {
      if (req.method !== 'GET' && req.method !== 'HEAD') text(res, 405, 'Method Not Allowed');
      else await currentJwt(bc, req, res);
      return true;
    }
    if (path === '/api/storefront/consent') {
      if (req.method !== 'POST') text(res, 405, 'Method Not Allowed');
      else await nativeConsent(bc, req, res);
      return true;
    }
    return false;
  };
}
