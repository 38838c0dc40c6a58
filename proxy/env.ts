// The proxy's configuration, parsed once from the environment (Workers: bindings) into a typed
// object. A problem names the variable, never its value: values are secrets.
import * as z from 'zod/mini';
import { readStoreEnv } from '../core/store-env';
import { ConfigError } from './errors';
import { type RecordsConfig, readRecordsEnv } from './records-env';

export interface ProxyConfig {
  storeHash: string;
  accessToken: string;
  clientId: string;
  clientSecret: string;
  /** Exact origins (`https://shop.example.com`), as browsers send them in `Origin`. */
  allowedOrigins: ReadonlySet<string>;
  apiUrl: string;
  port: number;
  /** Node only: the interface to listen on. */
  host: string;
  /** Consent records: admin token and retention (records-env.ts). */
  records: RecordsConfig;
  /** `GET /region` outside Workers: the request headers that carry the shopper's country and
   * subdivision, set by the CDN in front (region-route.ts); null when not set. */
  region: { countryHeader: string | null; codeHeader: string | null };
  /**
   * Node only: the request header that carries the shopper's address, set by the reverse proxy in front
   * (the records' per-address limit); null: the connection's own address.
   */
  clientAddressHeader: string | null;
}

/** Anything the runtime hands us: process.env, or a Workers `env` with bindings of any type. */
export type ProxyEnv = Readonly<Record<string, unknown>>;

const required = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a string') })
    .check(z.trim(), z.minLength(1, 'is empty'));

const optional = (fallback: string) =>
  z._default(z.string({ error: 'must be a string' }).check(z.trim()), fallback);

// RFC 9110 token characters.
const headerName = (example: string) =>
  z.optional(
    z
      .string({ error: 'must be a string' })
      .check(z.trim(), z.regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, `must be a header name such as ${example}`)),
  );

const origin = (value: string): string | null => {
  try {
    const url = new URL(value);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value.replace(/\/$/, ''))
      return null;
    return url.origin;
  } catch {
    return null;
  }
};

const origins = z.pipe(
  required(),
  z.transform((value, ctx) => {
    const items = value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    // Origins are matched exactly; a pattern would parse as a host and then never match.
    const wild = items.filter((item) => item.includes('*'));
    if (wild.length > 0) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `must list exact origins: wildcards are not supported (${wild.join(', ')}); list each storefront origin`,
      });
      return z.NEVER;
    }
    const bad = items.filter((item) => origin(item) === null);
    if (items.length === 0 || bad.length > 0) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `must be comma-separated origins such as https://shop.example.com${bad.length > 0 ? ` (not an origin: ${bad.join(', ')})` : ''}`,
      });
      return z.NEVER;
    }
    return new Set(items.map((item) => origin(item) ?? item));
  }),
);

// The store's own three (BC_STORE_HASH, BC_ACCESS_TOKEN, BC_API_URL) are the command line's too: core/store-env.ts.
const schema = z.object({
  BC_CLIENT_ID: required(),
  BC_CLIENT_SECRET: required(),
  ALLOWED_ORIGINS: origins,
  PORT: z.pipe(
    optional('8787').check(
      z.refine((value) => /^\d+$/.test(value) && Number(value) <= 65535, 'must be a port number (0-65535)'),
    ),
    z.transform(Number),
  ),
  HOST: optional('127.0.0.1').check(z.minLength(1, 'is empty')),
  REGION_HEADER: headerName('CF-IPCountry'),
  REGION_CODE_HEADER: headerName('CF-Region-Code'),
  CLIENT_ADDRESS_HEADER: headerName('X-Forwarded-For'),
});

/** Parses the environment or throws a ConfigError naming every missing or malformed variable. */
export function parseEnv(env: ProxyEnv): ProxyConfig {
  // Empty optional variables count as unset, as shells and dashboards often leave them so.
  const input = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, normalise(key, env[key])]));
  const { store, problems } = readStoreEnv(env);
  const result = schema.safeParse(input);
  const issues = result.success ? [] : result.error.issues;
  const records = readRecordsEnv(env);
  // A subdivision means nothing without its country.
  const orphan =
    input.REGION_CODE_HEADER !== undefined && input.REGION_HEADER === undefined
      ? ['REGION_CODE_HEADER needs REGION_HEADER (the country) too']
      : [];
  if (!store || !result.success || records.problems.length > 0 || orphan.length > 0) {
    throw new ConfigError([
      ...problems.map((p) => `${p.variable} ${p.message}`),
      ...issues.map((issue) => `${String(issue.path[0])} ${issue.message}`),
      ...records.problems,
      ...orphan,
    ]);
  }
  const value = result.data;
  return {
    ...store,
    clientId: value.BC_CLIENT_ID,
    clientSecret: value.BC_CLIENT_SECRET,
    allowedOrigins: value.ALLOWED_ORIGINS,
    port: value.PORT,
    host: value.HOST,
    records: records.config,
    region: { countryHeader: value.REGION_HEADER ?? null, codeHeader: value.REGION_CODE_HEADER ?? null },
    clientAddressHeader: value.CLIENT_ADDRESS_HEADER ?? null,
  };
}

const OPTIONAL = new Set(['PORT', 'HOST', 'REGION_HEADER', 'REGION_CODE_HEADER', 'CLIENT_ADDRESS_HEADER']);

function normalise(key: string, value: unknown): unknown {
  if (value === '' && OPTIONAL.has(key)) return undefined;
  // wrangler.toml `[vars]` may hold numbers.
  return typeof value === 'number' ? String(value) : value;
}
