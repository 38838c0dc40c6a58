// The record store on Cloudflare D1 (binding `RECORDS` in wrangler.toml). D1 speaks SQLite.
import { createSqlRecordStore, type SqlDriver, type SqlValue } from './record-sql';
import type { RecordStore } from './record-store';

/** The part of D1's binding used here (structural, so server code needs no Workers types). */
export interface D1Like {
  prepare(sql: string): D1StatementLike;
  batch(statements: D1StatementLike[]): Promise<unknown>;
}
interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike;
  all(): Promise<{ results: Record<string, unknown>[] }>;
  run(): Promise<{ meta: { changes?: number } }>;
}

export const isD1 = (value: unknown): value is D1Like =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as D1Like).prepare === 'function' &&
  typeof (value as D1Like).batch === 'function';

export function d1RecordStore(d1: D1Like): RecordStore {
  const bound = (sql: string, params: readonly SqlValue[]) => d1.prepare(sql).bind(...params);
  const driver: SqlDriver = {
    dialect: 'sqlite',
    query: async (sql, params) => (await bound(sql, params).all()).results,
    run: async (sql, params) => (await bound(sql, params).run()).meta.changes ?? 0,
    // D1 runs a batch as one transaction.
    atomically: async (statements) => {
      await d1.batch(statements.map((s) => bound(s.sql, s.params)));
    },
    close: async () => undefined,
  };
  return createSqlRecordStore(driver);
}
