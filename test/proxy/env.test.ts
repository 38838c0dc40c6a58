import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../proxy/env';
import { ConfigError } from '../../proxy/errors';

const good = {
  BC_STORE_HASH: 'abc123',
  BC_ACCESS_TOKEN: 'token-value-xyz',
  BC_CLIENT_ID: 'client',
  BC_CLIENT_SECRET: 'secret-value-xyz',
  ALLOWED_ORIGINS: 'https://shop.example.com, http://localhost:3000/',
};

const problems = (env: Record<string, unknown>): string => {
  try {
    parseEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('proxy environment', () => {
  it('parses a complete environment with defaults for the API URL, port and host', () => {
    const config = parseEnv(good);
    expect(config).toMatchObject({
      storeHash: 'abc123',
      clientId: 'client',
      apiUrl: 'https://api.bigcommerce.com',
      port: 8787,
      host: '127.0.0.1',
    });
    expect([...config.allowedOrigins]).toEqual(['https://shop.example.com', 'http://localhost:3000']);
  });

  it('names every missing variable at once', () => {
    expect(problems({})).toBe(
      'The proxy is not configured: BC_STORE_HASH is missing; BC_ACCESS_TOKEN is missing; ' +
        'BC_CLIENT_ID is missing; BC_CLIENT_SECRET is missing; ALLOWED_ORIGINS is missing',
    );
  });

  it('names a malformed variable without showing secret values', () => {
    const message = problems({ ...good, BC_CLIENT_SECRET: '   ', PORT: 'eighty' });
    expect(message).toBe(
      'The proxy is not configured: BC_CLIENT_SECRET is empty; PORT must be a port number (0-65535)',
    );
    expect(message).not.toContain('token-value-xyz');
  });

  it('refuses origins with a path or without a scheme, naming them', () => {
    expect(problems({ ...good, ALLOWED_ORIGINS: 'shop.example.com,https://a.example/path' })).toBe(
      'The proxy is not configured: ALLOWED_ORIGINS must be comma-separated origins such as ' +
        'https://shop.example.com (not an origin: shop.example.com, https://a.example/path)',
    );
  });

  it('refuses a wildcard origin at start instead of never matching it', () => {
    expect(problems({ ...good, ALLOWED_ORIGINS: 'https://shop.example.com,https://*.example.com' })).toBe(
      'The proxy is not configured: ALLOWED_ORIGINS must list exact origins: wildcards are not ' +
        'supported (https://*.example.com); list each storefront origin',
    );
  });

  it('refuses a store hash that is not one, and an API URL that is not http(s)', () => {
    expect(problems({ ...good, BC_STORE_HASH: 'a/b', BC_API_URL: 'ftp://x' })).toBe(
      'The proxy is not configured: BC_STORE_HASH must be letters and digits only (the store hash); ' +
        'BC_API_URL must be an http(s) URL such as https://api.bigcommerce.com',
    );
  });

  it('treats empty optional variables as unset and accepts numeric bindings', () => {
    expect(parseEnv({ ...good, BC_API_URL: '', PORT: 9000 })).toMatchObject({
      apiUrl: 'https://api.bigcommerce.com',
      port: 9000,
    });
  });
});

describe('proxy environment: where GET /region reads the location', () => {
  it('reads no header unless told which', () => {
    expect(parseEnv(good).region).toEqual({ countryHeader: null, codeHeader: null });
    expect(parseEnv({ ...good, REGION_HEADER: '', REGION_CODE_HEADER: '' }).region).toEqual({
      countryHeader: null,
      codeHeader: null,
    });
  });

  it('takes the two header names', () => {
    expect(
      parseEnv({ ...good, REGION_HEADER: ' CF-IPCountry ', REGION_CODE_HEADER: 'CF-Region-Code' }).region,
    ).toEqual({ countryHeader: 'CF-IPCountry', codeHeader: 'CF-Region-Code' });
  });

  it('refuses what is not a header name, and a subdivision header without the country one', () => {
    expect(problems({ ...good, REGION_HEADER: 'CF IPCountry', REGION_CODE_HEADER: 'X-Region:' })).toBe(
      'The proxy is not configured: REGION_HEADER must be a header name such as CF-IPCountry; ' +
        'REGION_CODE_HEADER must be a header name such as CF-Region-Code',
    );
    expect(problems({ ...good, REGION_CODE_HEADER: 'CF-Region-Code' })).toBe(
      'The proxy is not configured: REGION_CODE_HEADER needs REGION_HEADER (the country) too',
    );
  });
});

describe('proxy environment: whose address a record comes from', () => {
  it("takes the connection's address unless told which header a reverse proxy sets", () => {
    expect(parseEnv(good).clientAddressHeader).toBeNull();
    expect(parseEnv({ ...good, CLIENT_ADDRESS_HEADER: '' }).clientAddressHeader).toBeNull();
    expect(parseEnv({ ...good, CLIENT_ADDRESS_HEADER: ' X-Forwarded-For ' }).clientAddressHeader).toBe(
      'X-Forwarded-For',
    );
  });

  it('refuses what is not a header name', () => {
    expect(problems({ ...good, CLIENT_ADDRESS_HEADER: 'X-Forwarded-For:' })).toBe(
      'The proxy is not configured: CLIENT_ADDRESS_HEADER must be a header name such as X-Forwarded-For',
    );
  });
});
