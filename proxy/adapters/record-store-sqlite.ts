// The record store in a SQLite file on Node (better-sqlite3), the default: nothing to set up.
// WAL lets exports read while the proxy writes; synchronous=NORMAL is durable across a crash of the
// process (only a power loss may lose the last transactions), which a write per decision needs.
import Database from 'better-sqlite3';
import { createSqlRecordStore } from '../record-sql';
import type { RecordStore } from '../record-store';

export function sqliteRecordStore(file: string): RecordStore {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  } catch (error) {
    // A file that is not a database: leave no handle open on it.
    db.close();
    throw error;
  }
  // Another process (an export, a second proxy) may hold the write lock for a moment. better-sqlite3
  // waits for it synchronously, holding every other request of the proxy: so briefly, then a 503.
  db.pragma('busy_timeout = 250');
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  return createSqlRecordStore({
    dialect: 'sqlite',
    query: async (sql, params) => prepared(sql).all(...params) as Record<string, unknown>[],
    run: async (sql, params) => prepared(sql).run(...params).changes,
    atomically: async (list) => {
      db.transaction(() => {
        for (const s of list) db.prepare(s.sql).run(...s.params);
      })();
    },
    close: async () => {
      db.close();
    },
  });
}
