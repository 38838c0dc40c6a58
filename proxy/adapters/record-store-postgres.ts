// The record store in PostgreSQL (`RECORDS_DB=postgres://…`), for Node deployments of several
// instances. A pool, so a request waits for a connection instead of opening one.
import pg from 'pg';
import { createSqlRecordStore, type SqlValue } from '../record-sql';
import type { RecordStore } from '../record-store';

/** PostgreSQL numbers its placeholders. No statement here has a `?` inside a string literal. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** Any number: one lock that every instance of the proxy takes while it migrates. */
const MIGRATION_LOCK = 727_361;

/**
 * How long a statement may go unanswered. A server that stops answering on a connection the pool
 * already holds (frozen, or behind a network that drops packets) would hold the statement, the request
 * waiting on it and the connection until TCP gives up, many minutes: after this the record is a 503.
 * node-postgres destroys a client whose statement timed out, and pg-pool discards a client released
 * with an error, so no connection is reused half-way through a statement.
 * One record's INSERT is milliseconds on a healthy server; 5 s is far beyond a busy one, and short of
 * the proxy's 15 s idle timeout (node-limits.ts), which would drop the shopper's connection unanswered.
 * Retention's DELETE has it too: it runs inside a write's request (records-routes.ts), which waits for
 * it. A day's records go well within it; a backlog too large for it (RECORDS_RETENTION_DAYS shortened
 * on a large table) is logged as records_retention_failed, each day, until deleted by hand.
 * Writes only: with the bound on an export's pages too, a million-record export's peak memory went
 * from 71 to 109 MB (`npm run bench`, twice each), past its 100 MB budget; node-postgres's timer per
 * statement keeps each page alive longer. A read against a frozen server ends with the proxy's 15 s
 * limit on a silent connection instead.
 */
const STATEMENT_MS = 5000;

/**
 * A statement with the bound. node-postgres reads `query_timeout` from a query's config, where @types/pg
 * does not declare it: so a variable, which TypeScript lets through, not an object literal.
 */
const bounded = (sql: string, params: readonly SqlValue[]): pg.QueryConfig => {
  const config = { text: numbered(sql), values: [...params], query_timeout: STATEMENT_MS };
  return config;
};

export function postgresRecordStore(url: string): RecordStore {
  // A server that stops answering (frozen, or behind a firewall that drops) would hold a connection
  // attempt, and the request waiting on it, forever: give up after 2 s, and the record is a 503.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 2000 });
  // A server that goes away makes idle clients fail: the pool reconnects on the next query.
  pool.on('error', () => undefined);
  return createSqlRecordStore({
    dialect: 'postgres',
    query: async (sql, params) => (await pool.query(numbered(sql), [...params])).rows,
    run: async (sql, params) => (await pool.query(bounded(sql, params))).rowCount ?? 0,
    // Unbounded: migrations run at start, before any request, and one may build an index over every
    // record stored.
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
