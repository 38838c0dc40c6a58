// `records export` and `stats` against a real proxy on Node (SQLite in a temp dir) and the stand-in.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyEnvFor } from '../../demo/bigcommerce/proxy-env';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { serveNode } from '../../proxy/adapters/node';
import { errorLine, runCli } from './run-cli';

const ORIGIN = 'https://shop.example.com';
const ADMIN_TOKEN = 'cli-admin-token-0123456789abcdef01234';

let bc: BigCommerceStandIn;
let proxy: { url: string; close(): Promise<void> };
let dir: string;
let env: Record<string, string>;

/** When the browser says the second shopper decided: an hour before the proxy recorded it. */
const decidedAt = new Date(Date.now() - 3_600_000).toISOString();

const post = (consentId: string, allow: string[], deny: string[], decided?: string) =>
  fetch(`${proxy.url}/records`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
    body: JSON.stringify({
      consent_id: consentId,
      allow,
      deny,
      source: 'banner',
      revision: 1,
      decided_at: decided,
    }),
  });

beforeAll(async () => {
  bc = await startBigCommerce();
  dir = mkdtempSync(join(tmpdir(), 'sc-cli-records-'));
  proxy = await serveNode(
    {
      ...proxyEnvFor(bc, ORIGIN),
      ADMIN_TOKEN,
      RECORDS_DB: join(dir, 'records.db'),
    },
    { port: 0, host: '127.0.0.1', log: () => undefined },
  );
  env = { PROXY_URL: proxy.url, ADMIN_TOKEN };
  expect((await post('cliAAAAAAAAAAAAAAAAAA1', ['analytics'], ['functional', 'targeting'])).status).toBe(201);
  expect(
    (await post('cliAAAAAAAAAAAAAAAAAA2', ['functional', 'analytics', 'targeting'], [], decidedAt)).status,
  ).toBe(201);
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await bc?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('records export', () => {
  it('prints every record as NDJSON, oldest first', async () => {
    const r = await runCli(['records', 'export'], { env });
    expect(r.code).toBe(0);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((x) => x.consent_id)).toEqual(['cliAAAAAAAAAAAAAAAAAA1', 'cliAAAAAAAAAAAAAAAAAA2']);
    expect(records.map((x) => x.decided_at)).toEqual([null, decidedAt]);
  });

  it('writes CSV to a file, filtered by consent id, and says how many on stderr', async () => {
    const out = join(dir, 'export.csv');
    const r = await runCli(
      [
        'records',
        'export',
        '--since',
        '30d',
        '--consent-id',
        'cliAAAAAAAAAAAAAAAAAA2',
        '--format',
        'csv',
        '--out',
        out,
      ],
      { env },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Exported 1 records to ${out}\n`);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'id,created_at,decided_at,consent_id,customer_id,allow,deny,revision,lang,policy,region,source,origin',
    );
    expect(lines[1]?.split(',').slice(2, 4)).toEqual([decidedAt, 'cliAAAAAAAAAAAAAAAAAA2']);
  });

  it('refuses a bad date, a bad format and a missing environment as usage errors', async () => {
    expect(errorLine(await runCli(['records', 'export', '--since', 'last week'], { env }))).toContain(
      "--since must be a date (2026-01-31), a date-time or a number of days (30d), not 'last week'",
    );
    expect((await runCli(['records', 'export', '--format', 'xml'], { env })).code).toBe(2);
    const unset = await runCli(['records', 'export'], { env: {} });
    expect(unset.code).toBe(2);
    expect(errorLine(unset)).toContain('PROXY_URL and ADMIN_TOKEN are not set');
  });

  it('says the proxy refused a wrong ADMIN_TOKEN, never printing it', async () => {
    const wrong = 'wrong-token-0123456789abcdef0123456789';
    const r = await runCli(['records', 'export'], { env: { ...env, ADMIN_TOKEN: wrong } });
    expect(r.code).toBe(1);
    expect(errorLine(r, wrong)).toBe('storefront-consent: the proxy refused ADMIN_TOKEN');
  });
});

describe('stats', () => {
  it('prints a table of decisions and allow rates per day and in total', async () => {
    const r = await runCli(['stats'], { env });
    expect(r.code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(r.stdout).toBe(
      'day         decisions  functional  analytics  targeting\n' +
        `${today}          2        50 %      100 %       50 %\n` +
        'total               2        50 %      100 %       50 %\n',
    );
  });

  it('writes one self-contained HTML page with inline SVG charts, and JSON with --json', async () => {
    const file = join(dir, 'stats.html');
    const r = await runCli(['stats', '--since', '7d', '--html', file, '--json'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals).toEqual({
      decisions: 2,
      allow_rate: { functional: 0.5, analytics: 1, targeting: 0.5 },
    });
    const html = readFileSync(file, 'utf8');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).not.toMatch(/<(script|link|img)\b|src=|href=/);
  });
});
