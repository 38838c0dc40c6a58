// The store the proxy and the command line talk to, read from the same environment variables by both
// (docs/proxy.md, docs/cli.md): BC_STORE_HASH, BC_ACCESS_TOKEN and BC_API_URL. A problem names the
// variable, never a secret's value.

export const DEFAULT_API_URL = 'https://api.bigcommerce.com';

export interface StoreEnvironment {
  /** Without a trailing slash. */
  apiUrl: string;
  storeHash: string;
  accessToken: string;
}

export interface EnvProblem {
  variable: 'BC_STORE_HASH' | 'BC_ACCESS_TOKEN' | 'BC_API_URL';
  /** `missing`/`empty`: not given; `malformed`: given, and wrong. */
  kind: 'missing' | 'empty' | 'malformed';
  /** Ends a sentence that starts with the variable's name: `BC_API_URL must be an http(s) URL …`. */
  message: string;
}

/** Anything the runtime hands over: process.env, or a Workers `env` with bindings of any type. */
export type EnvSource = Readonly<Record<string, unknown>>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;

/** The store's three settings, or every problem with them at once. */
export function readStoreEnv(env: EnvSource): { store: StoreEnvironment | null; problems: EnvProblem[] } {
  const problems: EnvProblem[] = [];
  const required = (variable: 'BC_STORE_HASH' | 'BC_ACCESS_TOKEN'): string => {
    const value = text(env[variable]);
    if (value === undefined)
      problems.push({
        variable,
        kind: 'missing',
        message: env[variable] === undefined ? 'is missing' : 'must be a string',
      });
    else if (value === '') problems.push({ variable, kind: 'empty', message: 'is empty' });
    return value ?? '';
  };
  const storeHash = required('BC_STORE_HASH');
  const accessToken = required('BC_ACCESS_TOKEN');
  // The hash is part of every API path; anything but letters and digits is a pasting mistake.
  if (storeHash && !/^[a-z0-9]+$/i.test(storeHash))
    problems.push({
      variable: 'BC_STORE_HASH',
      kind: 'malformed',
      message: 'must be letters and digits only (the store hash)',
    });
  // Empty counts as unset, as shells and dashboards often leave optional variables so.
  const apiUrl = text(env.BC_API_URL) || DEFAULT_API_URL;
  if (!/^https?:\/\/[^/]+/.test(apiUrl) || !URL.canParse(apiUrl))
    problems.push({
      variable: 'BC_API_URL',
      kind: 'malformed',
      message: `must be an http(s) URL such as ${DEFAULT_API_URL}`,
    });
  return {
    store: problems.length ? null : { apiUrl: apiUrl.replace(/\/+$/, ''), storeHash, accessToken },
    problems,
  };
}
