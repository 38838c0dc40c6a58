import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const toml = readFileSync('wrangler.toml', 'utf8');
const value = (key: string) => toml.match(new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, 'm'))?.[1];

describe('wrangler.toml', () => {
  it('deploys the Workers adapter, minified', () => {
    expect(value('main')).toBe('proxy/adapters/workers.ts');
    expect(existsSync(value('main') ?? '')).toBe(true);
    expect(toml).toMatch(/^minify = true$/m);
    expect(value('compatibility_date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lists the plain variables and keeps the secrets out, telling how to set them', () => {
    for (const name of ['BC_STORE_HASH', 'BC_CLIENT_ID', 'ALLOWED_ORIGINS', 'BC_API_URL']) {
      expect(value(name)).toBeDefined();
    }
    for (const secret of ['BC_ACCESS_TOKEN', 'BC_CLIENT_SECRET']) {
      expect(value(secret)).toBeUndefined();
      expect(toml).toContain(`npx wrangler secret put ${secret}`);
    }
  });

  it('binds the consent records D1 database as RECORDS and keeps ADMIN_TOKEN a secret', () => {
    expect(toml).toMatch(/^\[\[d1_databases\]\]\nbinding = "RECORDS"$/m);
    expect(toml).toContain('npx wrangler d1 create');
    expect(value('ADMIN_TOKEN')).toBeUndefined();
    expect(toml).toContain('npx wrangler secret put ADMIN_TOKEN');
  });

  it('binds the per-customer limits Durable Object the Worker exports, with its migration', () => {
    expect(toml).toMatch(
      /\[\[durable_objects\.bindings\]\]\nname = "CUSTOMER_LIMITS"\nclass_name = "CustomerLimits"/,
    );
    expect(toml).toMatch(/new_sqlite_classes = \["CustomerLimits"\]/);
    expect(readFileSync(value('main') ?? '', 'utf8')).toContain('as CustomerLimits }');
  });
});
