// One contract for the record store, run against its three backends: SQLite in a temp dir,
// PostgreSQL as a throwaway cluster, and D1 in workerd through Miniflare.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewRecord } from '../../core/consent-record';
import { postgresRecordStore } from '../../proxy/adapters/record-store-postgres';
import { sqliteRecordStore } from '../../proxy/adapters/record-store-sqlite';
import { PAGE_SIZE } from '../../proxy/record-sql';
import type { RecordStore } from '../../proxy/record-store';
import { type D1Like, d1RecordStore } from '../../proxy/record-store-d1';
import { startPostgres } from './support/postgres';

interface Backend {
  name: string;
  /** A store on an empty database; `again` opens a second store on the same database. */
  open(): Promise<{ store: RecordStore; again(): RecordStore; done(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'SQLite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'sc-records-'));
      const file = join(dir, 'records.db');
      const store = sqliteRecordStore(file);
      return {
        store,
        again: () => sqliteRecordStore(file),
        done: async () => rmSync(dir, { recursive: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const pg = await startPostgres();
      return { store: postgresRecordStore(pg.url), again: () => postgresRecordStore(pg.url), done: pg.stop };
    },
  },
  {
    name: 'D1 (workerd)',
    async open() {
      const mf = new Miniflare({
        modules: true,
        script: 'export default { fetch() { return new Response(null) } }',
        d1Databases: ['RECORDS'],
      });
      const d1 = (await mf.getD1Database('RECORDS')) as unknown as D1Like;
      return { store: d1RecordStore(d1), again: () => d1RecordStore(d1), done: () => mf.dispose() };
    },
  },
];

const record = (over: Partial<NewRecord> = {}): NewRecord => ({
  consent_id: 'AAAAAAAAAAAAAAAAAAAAAA',
  customer_id: null,
  allow: ['essential', 'analytics'],
  deny: ['functional', 'targeting'],
  revision: 1,
  lang: 'en',
  policy: 'opt-in',
  region: 'DE',
  source: 'banner',
  origin: 'https://shop.example.com',
  created_at: '2026-11-01T10:00:00.000Z',
  ...over,
});

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

for (const backend of backends) {
  describe(`record store on ${backend.name}`, () => {
    let store: RecordStore;
    let opened: Awaited<ReturnType<Backend['open']>>;

    beforeAll(async () => {
      opened = await backend.open();
      store = opened.store;
      await store.migrate();
    }, 60_000);

    afterAll(async () => {
      await store?.close();
      await opened?.done();
    });

    it('migrates once: a second start, by the same or another instance, is a no-op', async () => {
      await store.migrate();
      const other = opened.again();
      await other.migrate();
      if (backend.name !== 'D1 (workerd)') await other.close();
    });

    it('keeps every field of a record as it was appended, with an id', async () => {
      await store.append(
        record({ consent_id: 'fields_______________1', customer_id: 42, region: null, lang: null }),
      );
      const [got] = await all(store.list({ consentId: 'fields_______________1' }));
      expect(got).toEqual({
        id: expect.any(Number),
        ...record({ consent_id: 'fields_______________1', customer_id: 42, region: null, lang: null }),
      });
    });

    it('lists oldest first across pages, filtered by time, consent id and customer', {
      timeout: 60_000,
    }, async () => {
      const consentId = 'paging_______________1';
      const count = PAGE_SIZE + 5;
      for (let i = 0; i < count; i++) {
        // Written newest first, and two at each instant, to prove the order is created_at then id.
        const at = Date.parse('2026-10-01T00:00:00.000Z') + Math.floor((count - i) / 2) * 10_000;
        await store.append(
          record({ consent_id: consentId, customer_id: 7, created_at: new Date(at).toISOString() }),
        );
      }
      const listed = await all(store.list({ consentId }));
      expect(listed).toHaveLength(count);
      const keys = listed.map((r) => `${r.created_at}#${String(r.id).padStart(9, '0')}`);
      expect(keys).toEqual([...keys].sort());
      const byCustomer = await all(store.list({ customerId: 7 }));
      expect(byCustomer).toHaveLength(count);
      const window = await all(
        store.list({ consentId, since: '2026-10-01T01:00:00.000Z', before: '2026-10-01T02:00:00.000Z' }),
      );
      expect(window.length).toBeGreaterThan(0);
      expect(window.every((r) => r.created_at >= '2026-10-01T01' && r.created_at < '2026-10-01T02')).toBe(
        true,
      );
    });

    it('counts decisions per day and each optional category allowed', async () => {
      await store.append(
        record({
          created_at: '2026-09-01T08:00:00.000Z',
          allow: ['essential', 'functional', 'analytics', 'targeting'],
          deny: [],
        }),
      );
      await store.append(record({ created_at: '2026-09-01T20:00:00.000Z' }));
      await store.append(
        record({
          created_at: '2026-09-02T00:00:00.000Z',
          allow: ['essential'],
          deny: ['functional', 'analytics', 'targeting'],
        }),
      );
      const days = await store.daily({ since: '2026-09-01', before: '2026-09-03' });
      expect(days).toEqual([
        { day: '2026-09-01', decisions: 2, allowed: { functional: 1, analytics: 2, targeting: 1 } },
        { day: '2026-09-02', decisions: 1, allowed: { functional: 0, analytics: 0, targeting: 0 } },
      ]);
    });

    it('deletes by retention only what is older than the cut-off', async () => {
      await store.append(
        record({ consent_id: 'retention____________1', created_at: '2020-01-01T00:00:00.000Z' }),
      );
      await store.append(
        record({ consent_id: 'retention____________1', created_at: '2020-01-03T00:00:00.000Z' }),
      );
      expect(await store.deleteBefore('2020-01-02T00:00:00.000Z')).toBe(1);
      const left = await all(store.list({ consentId: 'retention____________1' }));
      expect(left.map((r) => r.created_at)).toEqual(['2020-01-03T00:00:00.000Z']);
    });
  });
}
