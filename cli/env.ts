// The store the command line talks to, read once from the environment (the same variables as the proxy).
import { UsageError } from './errors';

export interface StoreEnvironment {
  apiUrl: string;
  storeHash: string;
  accessToken: string;
}

export const DEFAULT_API_URL = 'https://api.bigcommerce.com';

export const readStoreEnvironment = (env: Record<string, string | undefined>): StoreEnvironment => {
  const storeHash = env.BC_STORE_HASH?.trim() ?? '';
  const accessToken = env.BC_ACCESS_TOKEN?.trim() ?? '';
  const missing = [!storeHash && 'BC_STORE_HASH', !accessToken && 'BC_ACCESS_TOKEN'].filter(Boolean);
  if (missing.length > 0) {
    throw new UsageError(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: export the store hash and an API account token`,
    );
  }
  // The hash is part of every API path; anything but letters and digits is a pasting mistake.
  if (!/^[a-z0-9]+$/i.test(storeHash)) {
    throw new UsageError(
      `BC_STORE_HASH must be letters and digits only (the part after /stores/), not '${storeHash}'`,
    );
  }
  const apiUrl = env.BC_API_URL?.trim() || DEFAULT_API_URL;
  let parsed: URL | null = null;
  try {
    parsed = new URL(apiUrl);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new UsageError(`BC_API_URL must be an http(s) URL such as ${DEFAULT_API_URL}, not '${apiUrl}'`);
  }
  return { apiUrl: apiUrl.replace(/\/+$/, ''), storeHash, accessToken };
};
