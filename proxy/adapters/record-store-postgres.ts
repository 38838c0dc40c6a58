// The record store in PostgreSQL (`RECORDS_DB=postgres://…`), for Node deployments of several
// instances. A pool, so a request waits for a connection instead of opening one.
import pg from 'pg';
import { createSqlRecordStore } from '../record-sql';
import type { RecordStore } from '../record-store';

/** PostgreSQL numbers its placeholders. No statement here has a `?` inside a string literal. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** Any number: one lock that every instance of the proxy takes while it migrates. */
const MIGRATION_LOCK = 727_361;

export function postgresRecordStore(url: string): RecordStore {
  // A server that stops answering (frozen, or behind a firewall that drops) would hold a connection
  // attempt, and the request waiting on it, forever: give up after 2 s, and the record is a 503.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 2000 });
  // A server that goes away makes idle clients fail: the pool reconnects on the next query.
  pool.on('error', () => undefined);
  return createSqlRecordStore({
    dialect: 'postgres',
    query: async (sql, params) => (await pool.query(numbered(sql), [...params])).rows,
    run: async (sql, params) => (await pool.query(numbered(sql), [...params])).rowCount ?? 0,
    atomically: async (statements) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        for (const s of statements) await client.query(numbered(s.sql), [...s.params]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  });
}
