// The store the command line talks to, read once from the environment with the proxy's own rules
// (core/store-env.ts), and each problem said as one line a merchant can act on.
import { readStoreEnv, type StoreEnvironment } from '../core/store-env';
import { UsageError } from './errors';

export { DEFAULT_API_URL, type StoreEnvironment } from '../core/store-env';

export const readStoreEnvironment = (env: Record<string, string | undefined>): StoreEnvironment => {
  const { store, problems } = readStoreEnv(env);
  if (store) return store;
  const unset = problems.filter((p) => p.kind !== 'malformed').map((p) => p.variable);
  if (unset.length > 0) {
    throw new UsageError(
      `${unset.join(' and ')} ${unset.length > 1 ? 'are' : 'is'} not set: export the store hash and an API account token`,
    );
  }
  const [first] = problems;
  const given = String(env[first?.variable ?? ''] ?? '').trim();
  throw new UsageError(`${first?.variable} ${first?.message}, not '${given}'`);
};
