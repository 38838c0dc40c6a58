// The Node adapter streaming a long records export to a client that reads slowly: each time the
// socket is full it waits for `drain`, and that wait must not leave a listener behind (they used to
// pile up on the response, one per wait, until Node warned of a leak).
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveNode } from '../../proxy/adapters/node';
import { openRecordStore } from '../../proxy/adapters/record-store-node';

const ADMIN_TOKEN = 'export-admin-token-0123456789abcdef0123';
const RECORDS = 20_000;

describe('proxy on Node: a records export to a slow reader', () => {
  let dir: string;
  let proxy: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sc-node-export-'));
    const file = join(dir, 'records.db');
    await (await openRecordStore(file)).close();
    const db = new Database(file);
    const insert = db.prepare(
      `INSERT INTO consent_records (consent_id, customer_id, allow, deny, revision, source, created_at)
       VALUES (?, NULL, '["essential"]', '["functional","analytics","targeting"]', 1, 'banner', ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < RECORDS; i++)
        insert.run(`slow${String(i).padStart(18, '0')}`, new Date(Date.UTC(2026, 0, 1) + i).toISOString());
    })();
    db.close();
    proxy = await serveNode(
      {
        BC_STORE_HASH: 'store',
        BC_ACCESS_TOKEN: 'token',
        BC_CLIENT_ID: 'client',
        BC_CLIENT_SECRET: 'secret',
        ALLOWED_ORIGINS: 'https://shop.example.com',
        ADMIN_TOKEN,
        RECORDS_DB: file,
      },
      { port: 0, host: '127.0.0.1', log: () => undefined },
    );
  });

  afterAll(async () => {
    await proxy?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends every record, waiting on the socket without piling up listeners', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      const lines = await new Promise<number>((resolve, reject) => {
        get(`${proxy.url}/admin/records`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }, (res) => {
          let count = 0;
          res.on('data', (chunk: Buffer) => {
            for (const byte of chunk) if (byte === 10) count++;
            // A reader slower than the proxy: the socket fills, and the proxy waits for it.
            res.pause();
            setTimeout(() => res.resume(), 2);
          });
          res.once('end', () => resolve(count));
          res.once('error', reject);
        }).once('error', reject);
      });
      expect(lines).toBe(RECORDS);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
  });
});
