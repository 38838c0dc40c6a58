// The proxy's environment for a store that is this stand-in: the demo, the tests and the bench all
// point a proxy at it the same way.
import type { BigCommerceStandIn } from './server';

export const proxyEnvFor = (
  bc: Pick<BigCommerceStandIn, 'url' | 'storeHash' | 'accessToken' | 'clientId' | 'clientSecret'>,
  allowedOrigins = 'https://shop.example.com',
): Record<string, string> => ({
  BC_API_URL: bc.url,
  BC_STORE_HASH: bc.storeHash,
  BC_ACCESS_TOKEN: bc.accessToken,
  BC_CLIENT_ID: bc.clientId,
  BC_CLIENT_SECRET: bc.clientSecret,
  ALLOWED_ORIGINS: allowedOrigins,
});
