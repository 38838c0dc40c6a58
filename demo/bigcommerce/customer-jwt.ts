// The current-customer JWT as BigCommerce's storefront issues it (current_customer.yml), and
// deliberately broken variants for tests of whoever verifies it.
import { SignJWT } from 'jose';
import type { BigCommerceStandIn } from './server';

export interface CustomerJwtClaims {
  customer: { id: number; email: string; group_id: string };
  iss: string;
  sub: string;
  iat: number;
  exp: number;
  version: number;
  aud: string;
  application_id: string;
  store_hash: string;
  operation: string;
  [claim: string]: unknown;
}

export interface JwtOverrides {
  /** Sign with another secret (a wrong app, a leaked old secret). */
  secret?: string | Uint8Array;
  /** `none` gives an unsigned token; HS384/HS512 a token the proxy must refuse. */
  alg?: 'HS256' | 'HS384' | 'HS512' | 'none';
  /** Seconds since the epoch used for iat (and exp = iat + 900 unless set). */
  now?: number;
  /** Claims merged over the defaults; `undefined` removes a claim. */
  claims?: { [K in keyof CustomerJwtClaims]?: CustomerJwtClaims[K] | undefined } & Record<string, unknown>;
  /** Extra protected-header fields, e.g. `{ kid: 'x' }`. */
  header?: Record<string, unknown>;
}

/** BigCommerce's tokens live 15 minutes (the file's example: exp - iat = 900). */
export const CUSTOMER_JWT_TTL_S = 900;

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function customerJwtClaims(
  bc: Pick<BigCommerceStandIn, 'storeHash' | 'clientId' | 'state'>,
  customerId: number,
  now = Math.floor(Date.now() / 1000),
): CustomerJwtClaims {
  const c = bc.state.customers.get(customerId);
  return {
    customer: {
      id: customerId,
      email: c?.email ?? `customer${customerId}@example.com`,
      group_id: String(c?.customer_group_id ?? 0),
    },
    iss: 'bc/apps',
    sub: bc.storeHash,
    iat: now,
    exp: now + CUSTOMER_JWT_TTL_S,
    version: 1,
    aud: bc.clientId,
    application_id: `${bc.clientId}-app`,
    store_hash: bc.storeHash,
    operation: 'current_customer',
  };
}

/** Signs a current-customer JWT for a customer of the stand-in; overrides make bad ones. */
export async function signCustomerJwt(
  bc: Pick<BigCommerceStandIn, 'storeHash' | 'clientId' | 'clientSecret' | 'state'>,
  customerId: number,
  o: JwtOverrides = {},
): Promise<string> {
  const payload: Record<string, unknown> = { ...customerJwtClaims(bc, customerId, o.now) };
  for (const [key, value] of Object.entries(o.claims ?? {})) {
    if (value === undefined) delete payload[key];
    else payload[key] = value;
  }
  const alg = o.alg ?? 'HS256';
  if (alg === 'none') return `${b64url({ alg: 'none', typ: 'JWT', ...o.header })}.${b64url(payload)}.`;
  const secret = o.secret ?? bc.clientSecret;
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT', ...o.header }).sign(key);
}
