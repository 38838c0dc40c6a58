// One contract for the record store, run against its three backends: SQLite in a temp dir,
// PostgreSQL as a throwaway cluster, and D1 in workerd through Miniflare.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Miniflare } from 'miniflare';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewRecord } from '../../core/consent-record';
import { postgresRecordStore } from '../../proxy/adapters/record-store-postgres';
import { sqliteRecordStore } from '../../proxy/adapters/record-store-sqlite';
import { PAGE_SIZE } from '../../proxy/record-sql';
import type { RecordStore } from '../../proxy/record-store';
import { type D1Like, d1RecordStore } from '../../proxy/record-store-d1';
import { startPostgres } from '../../scripts/postgres';

/** A second, empty database beside the first: statements run on it as they are, and a store on it. */
interface Blank {
  run(sql: string, params?: (string | number | null)[]): Promise<void>;
  store(): RecordStore;
  done(): Promise<void>;
}

interface Backend {
  name: string;
  dialect: 'sqlite' | 'postgres';
  /** A store on an empty database; `again` opens a second store on the same database. */
  open(): Promise<{
    store: RecordStore;
    again(): RecordStore;
    blank(): Promise<Blank>;
    done(): Promise<void>;
  }>;
}

/** Each blank() is a database of its own: a migration test starts from nothing. */
let blanks = 0;
let d1Blanks = 0;

const backends: Backend[] = [
  {
    name: 'SQLite',
    dialect: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'sc-records-'));
      const file = join(dir, 'records.db');
      const store = sqliteRecordStore(file);
      return {
        store,
        again: () => sqliteRecordStore(file),
        async blank() {
          const other = join(dir, `blank-${++blanks}.db`);
          const db = new Database(other);
          return {
            run: async (sql, params = []) => void db.prepare(sql).run(...params),
            store: () => sqliteRecordStore(other),
            done: async () => void db.close(),
          };
        },
        done: async () => rmSync(dir, { recursive: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    dialect: 'postgres',
    async open() {
      const server = await startPostgres();
      return {
        store: postgresRecordStore(server.url),
        again: () => postgresRecordStore(server.url),
        async blank() {
          const admin = new pg.Client(server.url);
          await admin.connect();
          const name = `blank${++blanks}`;
          await admin.query(`CREATE DATABASE ${name}`);
          await admin.end();
          const url = server.url.replace(/\/postgres$/, `/${name}`);
          const client = new pg.Client(url);
          await client.connect();
          return {
            run: async (sql, params = []) => {
              let n = 0;
              await client.query(
                sql.replace(/\?/g, () => `$${++n}`),
                params,
              );
            },
            store: () => postgresRecordStore(url),
            done: () => client.end(),
          };
        },
        done: server.stop,
      };
    },
  },
  {
    name: 'D1 (workerd)',
    dialect: 'sqlite',
    async open() {
      const mf = new Miniflare({
        modules: true,
        script: 'export default { fetch() { return new Response(null) } }',
        d1Databases: ['RECORDS', 'BLANK1', 'BLANK2'],
      });
      const d1 = (await mf.getD1Database('RECORDS')) as unknown as D1Like;
      return {
        store: d1RecordStore(d1),
        again: () => d1RecordStore(d1),
        async blank() {
          const other = (await mf.getD1Database(`BLANK${++d1Blanks}`)) as unknown as D1Like;
          return {
            run: async (sql, params = []) =>
              void (await other
                .prepare(sql)
                .bind(...params)
                .run()),
            store: () => d1RecordStore(other),
            done: async () => undefined,
          };
        },
        done: () => mf.dispose(),
      };
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
  decided_at: null,
  ...over,
});

/** The schema as migration 1 released it (a594583), for a database made by a proxy of that time. */
const VERSION_1: Record<Backend['dialect'], string[]> = {
  sqlite: [
    `CREATE TABLE consent_records (id INTEGER PRIMARY KEY AUTOINCREMENT, consent_id TEXT, customer_id INTEGER,
      allow TEXT NOT NULL, deny TEXT NOT NULL, revision INTEGER NOT NULL, lang TEXT, policy TEXT,
      region TEXT, source TEXT, origin TEXT, created_at TEXT NOT NULL)`,
    'CREATE INDEX consent_records_created ON consent_records (created_at, id)',
    'CREATE INDEX consent_records_consent ON consent_records (consent_id, created_at)',
    'CREATE INDEX consent_records_customer ON consent_records (customer_id, created_at)',
  ],
  postgres: [
    `CREATE TABLE consent_records (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, consent_id TEXT,
      customer_id BIGINT, allow TEXT NOT NULL, deny TEXT NOT NULL, revision INTEGER NOT NULL, lang TEXT,
      policy TEXT, region TEXT, source TEXT, origin TEXT, created_at TEXT NOT NULL)`,
    'CREATE INDEX consent_records_created ON consent_records (created_at, id)',
    'CREATE INDEX consent_records_consent ON consent_records (consent_id, created_at)',
    'CREATE INDEX consent_records_customer ON consent_records (customer_id, created_at)',
  ],
};

/** What migration 2 added (9a3a57d): the browser's time and a unique index on it with the consent id. */
const VERSION_2 = [
  'ALTER TABLE consent_records ADD COLUMN decided_at TEXT',
  'CREATE UNIQUE INDEX consent_records_decided ON consent_records (consent_id, decided_at)',
];

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

    it('stores a record sent twice once, and answers the stored one the second time', async () => {
      const sent = record({ consent_id: 'twice________________1', decided_at: '2026-11-01T09:59:58.123Z' });
      expect(await store.append(sent)).toEqual({ written: true, created_at: '2026-11-01T10:00:00.000Z' });
      expect(await store.append({ ...sent, created_at: '2026-11-02T08:00:00.000Z' })).toEqual({
        written: false,
        created_at: '2026-11-01T10:00:00.000Z',
      });
      const listed = await all(store.list({ consentId: 'twice________________1' }));
      expect(listed.map((r) => [r.created_at, r.decided_at])).toEqual([
        ['2026-11-01T10:00:00.000Z', '2026-11-01T09:59:58.123Z'],
      ]);
    });

    it('writes one of copies arriving together, from one instance or two', async () => {
      const sent = record({ consent_id: 'together_____________1', decided_at: '2026-11-01T09:59:58.123Z' });
      const other = opened.again();
      try {
        const answers = await Promise.all([store.append(sent), store.append(sent), other.append(sent)]);
        expect(answers.map((a) => a.written).sort()).toEqual([false, false, true]);
      } finally {
        if (backend.name !== 'D1 (workerd)') await other.close();
      }
      expect(await all(store.list({ consentId: 'together_____________1' }))).toHaveLength(1);
    });

    it("keeps two decisions of one browser made at different times, and one time of two browsers'", async () => {
      const decidedAt = '2026-11-01T09:00:00.000Z';
      for (const r of [
        record({ consent_id: 'onebrowser___________1', decided_at: decidedAt }),
        record({ consent_id: 'onebrowser___________1', decided_at: '2026-11-01T09:00:00.001Z' }),
        record({ consent_id: 'otherbrowser_________1', decided_at: decidedAt }),
      ])
        expect((await store.append(r)).written).toBe(true);
      expect(await all(store.list({ consentId: 'onebrowser___________1' }))).toHaveLength(2);
      expect(await all(store.list({ consentId: 'otherbrowser_________1' }))).toHaveLength(1);
    });

    it("never merges records without decided_at (a customer's PUT), with or without a consent id", async () => {
      const put = record({ consent_id: 'withoutdecided_______1', customer_id: 8, decided_at: null });
      const bare = record({ consent_id: null, customer_id: 8, decided_at: null });
      for (const r of [put, put, bare, bare]) expect((await store.append(r)).written).toBe(true);
      expect(await all(store.list({ customerId: 8 }))).toHaveLength(4);
    });

    it("keeps a customer's record apart from the browser's of the same decision, each sent twice stored once", async () => {
      const decidedAt = '2026-11-01T09:30:00.000Z';
      const browser = record({ consent_id: 'customerandbrowser___1', decided_at: decidedAt });
      const customer = { ...browser, customer_id: 3, source: null };
      const other = { ...browser, customer_id: 4, source: null };
      expect([
        (await store.append(browser)).written,
        (await store.append(customer)).written,
        (await store.append(customer)).written,
        (await store.append(browser)).written,
        (await store.append(other)).written,
      ]).toEqual([true, true, false, false, true]);
      const listed = await all(store.list({ consentId: 'customerandbrowser___1' }));
      expect(listed.map((r) => r.customer_id)).toEqual([null, 3, 4]);
    });

    /**
     * A database as a proxy at schema `version` left it (its migrations' rows and statements), with what
     * `seed` adds; then migrated twice by today's store, which `check` is given.
     */
    async function upgradedFrom(
      version: 1 | 2,
      seed: (blank: Blank) => Promise<void>,
      check: (store: RecordStore) => Promise<void>,
    ): Promise<void> {
      const blank = await opened.blank();
      let upgraded: RecordStore | undefined;
      try {
        await blank.run(
          'CREATE TABLE storefront_consent_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
        );
        for (let v = 1; v <= version; v++)
          await blank.run('INSERT INTO storefront_consent_migrations (version, applied_at) VALUES (?, ?)', [
            v,
            '2026-11-01T00:00:00.000Z',
          ]);
        for (const sql of [...VERSION_1[backend.dialect], ...(version === 2 ? VERSION_2 : [])])
          await blank.run(sql);
        await seed(blank);
        upgraded = blank.store();
        await upgraded.migrate();
        await upgraded.migrate();
        await check(upgraded);
      } finally {
        if (backend.name !== 'D1 (workerd)') await upgraded?.close();
        await blank.done();
      }
    }

    it('migrates a database made at version 1 to the latest, keeping its records', () =>
      upgradedFrom(
        1,
        async (blank) => {
          const old = `INSERT INTO consent_records (consent_id, customer_id, allow, deny, revision, source, created_at)
            VALUES ('version1_____________1', NULL, '["essential"]', '["functional","analytics","targeting"]', 1, 'banner', ?)`;
          // Two alike, as version 1 stored a record sent twice.
          await blank.run(old, ['2026-11-01T10:00:00.000Z']);
          await blank.run(old, ['2026-11-01T10:00:01.000Z']);
        },
        async (upgraded) => {
          const kept = await all(upgraded.list({ consentId: 'version1_____________1' }));
          expect(kept.map((r) => [r.created_at, r.decided_at])).toEqual([
            ['2026-11-01T10:00:00.000Z', null],
            ['2026-11-01T10:00:01.000Z', null],
          ]);
          const again = record({
            consent_id: 'version1_____________1',
            decided_at: '2026-11-02T00:00:00.000Z',
          });
          expect((await upgraded.append(again)).written).toBe(true);
          expect((await upgraded.append(again)).written).toBe(false);
          expect(await all(upgraded.list({ consentId: 'version1_____________1' }))).toHaveLength(3);
        },
      ));

    it("migrates a database made at version 2, where a customer's save sent twice is then stored once", () => {
      const decidedAt = '2026-11-01T09:00:00.000Z';
      return upgradedFrom(
        2,
        (blank) =>
          blank.run(
            `INSERT INTO consent_records (consent_id, customer_id, allow, deny, revision, source, created_at, decided_at)
            VALUES ('version2_____________1', NULL, '["essential"]', '[]', 1, 'banner', '2026-11-01T10:00:00.000Z', ?)`,
            [decidedAt],
          ),
        async (upgraded) => {
          const save = record({
            consent_id: 'version2_____________1',
            customer_id: 2,
            decided_at: decidedAt,
          });
          expect((await upgraded.append(save)).written).toBe(true);
          expect((await upgraded.append(save)).written).toBe(false);
          const kept = await all(upgraded.list({ consentId: 'version2_____________1' }));
          expect(kept.map((r) => [r.customer_id, r.decided_at])).toEqual([
            [null, decidedAt],
            [2, decidedAt],
          ]);
        },
      );
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

    it("counts a logged-in customer's decision once: the account's copy of what the browser recorded is no second decision", async () => {
      const decision = { allow: ['essential', 'analytics'], deny: ['functional', 'targeting'] } as const;
      const browser = record({
        consent_id: 'customerbrowser______1',
        created_at: '2026-08-01T10:00:00.500Z',
        decided_at: '2026-08-01T10:00:00.345Z',
        ...decision,
        allow: [...decision.allow],
        deny: [...decision.deny],
      });
      // The account's copy has the decision's time to the second, as the browser's cookie keeps it.
      const account = {
        ...browser,
        customer_id: 7,
        source: null,
        decided_at: '2026-08-01T10:00:00.000Z',
        created_at: '2026-08-01T10:00:00.700Z',
      };
      await store.append(browser);
      await store.append(account);
      // As a proxy before migration 3 stored them: the account's copy without a time.
      const earlier = { ...browser, consent_id: 'customerbrowser______2' };
      await store.append(earlier);
      await store.append({ ...account, consent_id: earlier.consent_id, decided_at: null });
      // Another customer's PUT with no browser record (data-records="off"): their only record counts.
      await store.append(
        record({
          consent_id: 'recordsoff___________1',
          customer_id: 8,
          decided_at: null,
          created_at: '2026-08-01T11:00:00.000Z',
        }),
      );
      // A later, different decision by the first customer's account counts too.
      await store.append({
        ...account,
        allow: ['essential'],
        deny: ['functional', 'analytics', 'targeting'],
        decided_at: '2026-08-01T11:59:59.000Z',
        created_at: '2026-08-01T12:00:00.000Z',
      });
      const [day] = await store.daily({ since: '2026-08-01', before: '2026-08-02' });
      expect(day?.decisions).toBe(4);
      expect(await all(store.list({ since: '2026-08-01', before: '2026-08-02' }))).toHaveLength(6);
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
