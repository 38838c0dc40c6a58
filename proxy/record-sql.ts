// The record store in SQL, for SQLite (better-sqlite3 on Node, D1 on Workers) and PostgreSQL. Each
// backend supplies a tiny driver; the statements, the migrations and the paging are written once.
import { type Category, OPTIONAL_CATEGORIES, type OptionalCategory } from '../core/categories';
import type { ConsentRecord, NewRecord, RecordSource } from '../core/consent-record';
import type { Policy } from '../core/jurisdictions';
import type { RecordFilter, RecordStore } from './record-store';

export type SqlValue = string | number | null;
export interface Statement {
  sql: string;
  params: readonly SqlValue[];
}

/** What a backend provides. Statements use `?` placeholders; the PostgreSQL driver renumbers them. */
export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  query(sql: string, params: readonly SqlValue[]): Promise<Record<string, unknown>[]>;
  /** Answers the number of rows changed. */
  run(sql: string, params: readonly SqlValue[]): Promise<number>;
  /** All or nothing, and (PostgreSQL) one instance at a time: migrations. */
  atomically(statements: readonly Statement[]): Promise<void>;
  close(): Promise<void>;
}

export const TABLE = 'consent_records';
const VERSIONS = 'storefront_consent_migrations';
/** Rows read per query when listing: bounds memory whatever the number of records. */
export const PAGE_SIZE = 1000;

/**
 * 2: the browser's `decided_at`, and one record per consent id and decision time, so a record sent
 * again is not stored twice. NULLs never collide in a UNIQUE index (SQLite, D1 and PostgreSQL alike):
 * records without `decided_at`, the rows before this migration included, are never merged.
 */
const DECIDED_AT = [
  `ALTER TABLE ${TABLE} ADD COLUMN decided_at TEXT`,
  `CREATE UNIQUE INDEX ${TABLE}_decided ON ${TABLE} (consent_id, decided_at)`,
];

/**
 * One decision's records, by who recorded it: the browser's (no customer) and a customer's save of the
 * same decision are two records with the same consent id and time. 0 stands for "no customer", which
 * is no customer id (BigCommerce's start at 1), since NULLs would never collide.
 */
const DECISION_KEY = 'consent_id, decided_at, (COALESCE(customer_id, 0))';

/**
 * 3: a customer's save carries `decided_at` too, so the save sent again is one record; the key
 * widens by the customer to keep it apart from the browser's record. Rows already stored are
 * unique under the narrower key, so under this one too.
 */
const CUSTOMER_DECIDED_AT = [
  `DROP INDEX ${TABLE}_decided`,
  `CREATE UNIQUE INDEX ${TABLE}_decision ON ${TABLE} (${DECISION_KEY})`,
];

/** Versioned and append-only: a released migration is never edited, a new one is added. */
const MIGRATIONS: Record<SqlDriver['dialect'], string[][]> = {
  sqlite: [
    [
      `CREATE TABLE ${TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT, consent_id TEXT, customer_id INTEGER,
        allow TEXT NOT NULL, deny TEXT NOT NULL, revision INTEGER NOT NULL, lang TEXT, policy TEXT,
        region TEXT, source TEXT, origin TEXT, created_at TEXT NOT NULL)`,
      `CREATE INDEX ${TABLE}_created ON ${TABLE} (created_at, id)`,
      `CREATE INDEX ${TABLE}_consent ON ${TABLE} (consent_id, created_at)`,
      `CREATE INDEX ${TABLE}_customer ON ${TABLE} (customer_id, created_at)`,
    ],
    DECIDED_AT,
    CUSTOMER_DECIDED_AT,
  ],
  postgres: [
    [
      `CREATE TABLE ${TABLE} (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, consent_id TEXT,
        customer_id BIGINT, allow TEXT NOT NULL, deny TEXT NOT NULL, revision INTEGER NOT NULL, lang TEXT,
        policy TEXT, region TEXT, source TEXT, origin TEXT, created_at TEXT NOT NULL)`,
      `CREATE INDEX ${TABLE}_created ON ${TABLE} (created_at, id)`,
      `CREATE INDEX ${TABLE}_consent ON ${TABLE} (consent_id, created_at)`,
      `CREATE INDEX ${TABLE}_customer ON ${TABLE} (customer_id, created_at)`,
    ],
    DECIDED_AT,
    CUSTOMER_DECIDED_AT,
  ],
};

const COLUMNS =
  'id, consent_id, customer_id, allow, deny, revision, lang, policy, region, source, origin, created_at, decided_at';

export function createSqlRecordStore(db: SqlDriver): RecordStore {
  return {
    async migrate() {
      await db.run(
        `CREATE TABLE IF NOT EXISTS ${VERSIONS} (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`,
        [],
      );
      const migrations = MIGRATIONS[db.dialect];
      for (const [index, statements] of migrations.entries()) {
        const version = index + 1;
        const done = await db.query(`SELECT version FROM ${VERSIONS} WHERE version = ?`, [version]);
        if (done.length > 0) continue;
        await db
          .atomically([
            // First, so a second instance migrating at the same moment fails on the key, not half-way.
            {
              sql: `INSERT INTO ${VERSIONS} (version, applied_at) VALUES (?, ?)`,
              params: [version, new Date().toISOString()],
            },
            ...statements.map((sql) => ({ sql, params: [] })),
          ])
          .catch(async (error: unknown) => {
            const now = await db.query(`SELECT version FROM ${VERSIONS} WHERE version = ?`, [version]);
            if (now.length === 0) throw error;
          });
      }
    },

    async append(r: NewRecord) {
      // ON CONFLICT DO NOTHING (SQLite 3.24+, D1, PostgreSQL): a record sent again is one no-op
      // statement, where a SELECT first would let two copies arriving together both pass.
      const changed = await db.run(
        `INSERT INTO ${TABLE} (consent_id, customer_id, allow, deny, revision, lang, policy, region, source, origin, created_at, decided_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (${DECISION_KEY}) DO NOTHING`,
        [
          r.consent_id,
          r.customer_id,
          JSON.stringify(r.allow),
          JSON.stringify(r.deny),
          r.revision,
          r.lang,
          r.policy,
          r.region,
          r.source,
          r.origin,
          r.created_at,
          r.decided_at,
        ],
      );
      if (changed > 0) return { written: true, created_at: r.created_at };
      const [stored] = await db.query(
        `SELECT created_at FROM ${TABLE} WHERE consent_id = ? AND decided_at = ? AND COALESCE(customer_id, 0) = ?`,
        [r.consent_id, r.decided_at, r.customer_id ?? 0],
      );
      // Gone between the two statements (retention): nothing is stored, so the sender must try again.
      if (!stored) throw new Error('the record collided with one that is no longer stored');
      return { written: false, created_at: String(stored.created_at) };
    },

    async *list(filter: RecordFilter) {
      // Keyset paging on (created_at, id): each page is one index seek and no query holds a cursor
      // open between pages. The seek is a row value, which SQLite and PostgreSQL turn into a range,
      // and it replaces `since` after the first page: given both, SQLite seeks by `since` and would
      // rescan from there on every page.
      let after: [string, number] | null = null;
      for (;;) {
        const { since, ...rest } = filter;
        const { where, params } = conditions(after || since === undefined ? rest : { ...rest, since });
        if (after) {
          where.push('(created_at, id) > (?, ?)');
          params.push(...after);
        }
        const rows = await db.query(
          `SELECT ${COLUMNS} FROM ${TABLE} WHERE ${where.join(' AND ')} ORDER BY created_at, id LIMIT ${PAGE_SIZE}`,
          params,
        );
        for (const row of rows) yield toRecord(row);
        const last = rows.at(-1);
        if (rows.length < PAGE_SIZE || !last) return;
        after = [String(last.created_at), Number(last.id)];
      }
    },

    async daily(filter) {
      const { where, params } = conditions(filter);
      const allowed = OPTIONAL_CATEGORIES.map(
        // Category names are the registry's own identifiers, never input.
        (c) => `SUM(CASE WHEN allow LIKE '%"${c}"%' THEN 1 ELSE 0 END) AS ${c}`,
      );
      // A logged-in customer's decision is recorded twice: by the browser (POST /records, no customer)
      // and by their account's PUT /consent (customer_id). The account's copy of a decision the browser
      // recorded that day is not a second decision. Not matched by decided_at: the browser's has
      // milliseconds, the account's the second its cookie keeps, and older copies have none.
      const accountCopy = `customer_id IS NOT NULL AND consent_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM ${TABLE} AS b WHERE b.consent_id = r.consent_id AND b.customer_id IS NULL
        AND b.allow = r.allow AND b.deny = r.deny AND substr(b.created_at, 1, 10) = substr(r.created_at, 1, 10))`;
      const rows = await db.query(
        `SELECT substr(created_at, 1, 10) AS day, COUNT(*) AS decisions, ${allowed.join(', ')}
         FROM ${TABLE} AS r WHERE ${[...where, `NOT (${accountCopy})`].join(' AND ')}
         GROUP BY substr(created_at, 1, 10) ORDER BY day`,
        params,
      );
      return rows.map((row) => ({
        day: String(row.day),
        decisions: Number(row.decisions),
        allowed: Object.fromEntries(OPTIONAL_CATEGORIES.map((c) => [c, Number(row[c] ?? 0)])) as Record<
          OptionalCategory,
          number
        >,
      }));
    },

    deleteBefore: (time) => db.run(`DELETE FROM ${TABLE} WHERE created_at < ?`, [time]),
    close: () => db.close(),
  };
}

function conditions(filter: RecordFilter): { where: string[]; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, value: SqlValue | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    params.push(value);
  };
  add('created_at >= ?', filter.since);
  add('created_at < ?', filter.before);
  add('consent_id = ?', filter.consentId);
  add('customer_id = ?', filter.customerId);
  return { where: where.length > 0 ? where : ['1 = 1'], params };
}

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

/** Drivers differ in what they hand back (PostgreSQL's BIGINT is a string): one shape here. */
function toRecord(row: Record<string, unknown>): ConsentRecord {
  return {
    id: Number(row.id),
    consent_id: text(row.consent_id),
    customer_id: row.customer_id === null || row.customer_id === undefined ? null : Number(row.customer_id),
    allow: JSON.parse(String(row.allow)) as Category[],
    deny: JSON.parse(String(row.deny)) as Category[],
    revision: Number(row.revision),
    lang: text(row.lang),
    policy: text(row.policy) as Policy | null,
    region: text(row.region),
    source: text(row.source) as RecordSource | null,
    origin: text(row.origin),
    created_at: String(row.created_at),
    decided_at: text(row.decided_at),
  };
}
