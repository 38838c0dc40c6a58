// Who is calling: BigCommerce's current-customer JWT, signed with the app's client secret.
// https://developer.bigcommerce.com/docs/start/authentication/current-customer
import { errors, jwtVerify } from 'jose';
import { unauthorized } from './errors';

export interface JwtExpectations {
  clientId: string;
  /** The app's client secret, or the HMAC key made from it once with `secretKey` (faster). */
  clientSecret: string | CryptoKey;
  storeHash: string;
}

const encoder = new TextEncoder();

/** BigCommerce's current-customer tokens live 15 minutes (exp - iat = 900 in current_customer.yml). */
export const TOKEN_LIFETIME_S = 900;
/** Clock skew allowed on exp, nbf and iat. */
export const CLOCK_SKEW_S = 60;

/** The client secret as an HS256 verification key, imported once instead of on every request. */
export const secretKey = (clientSecret: string): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', encoder.encode(clientSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'verify',
  ]);

/** The customer id from a verified token; anything else is a 401 whose message says why. */
export async function verifyCustomerJwt(token: string, expect: JwtExpectations): Promise<number> {
  let payload: Record<string, unknown>;
  try {
    const key =
      typeof expect.clientSecret === 'string' ? encoder.encode(expect.clientSecret) : expect.clientSecret;
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: 'bc/apps',
      audience: expect.clientId,
      clockTolerance: CLOCK_SKEW_S,
      // Bounds the age whatever `exp` says, and refuses an `iat` in the future beyond the skew.
      maxTokenAge: TOKEN_LIFETIME_S,
      requiredClaims: ['exp', 'iat'],
    }));
  } catch (error) {
    throw unauthorized(reason(error));
  }
  // A token minted to live longer than BigCommerce's would outlast a revoked session.
  if ((payload.exp as number) - (payload.iat as number) > TOKEN_LIFETIME_S + CLOCK_SKEW_S)
    throw unauthorized('the token lives longer than 15 minutes');
  if (payload.operation !== 'current_customer')
    throw unauthorized('the token is not a current-customer token');
  if (payload.store_hash !== expect.storeHash) throw unauthorized('the token was issued for another store');
  const id = (payload.customer as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    throw unauthorized('the token names no customer');
  }
  return id;
}

/** Reads `Authorization: Bearer <token>`. */
export function bearerToken(header: string | null): string {
  const match = header?.match(/^Bearer[ ]+([^\s]+)\s*$/i);
  if (!match?.[1]) throw unauthorized('sign-in required: send Authorization: Bearer <current-customer JWT>');
  return match[1];
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired)
    return error.claim === 'iat' ? 'the token is older than 15 minutes' : 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return `the token lacks a valid ${error.claim} claim`;
    if (error.claim === 'nbf' || error.claim === 'iat') return 'the token is not valid yet';
    if (error.claim === 'aud') return 'the token was issued for another app (aud)';
    if (error.claim === 'iss') return 'the token was not issued by BigCommerce (iss)';
    return `the token lacks a valid ${error.claim} claim`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token must be signed with HS256';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  return 'the token is malformed';
}
