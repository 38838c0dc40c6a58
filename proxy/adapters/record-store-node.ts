// Which record store a Node proxy uses: `RECORDS_DB`, a PostgreSQL URL or a SQLite file
// (default ./storefront-consent.db). Migrated before the proxy takes requests.

import type { RecordStore } from '../record-store';
import { postgresRecordStore } from './record-store-postgres';
import { sqliteRecordStore } from './record-store-sqlite';

export const DEFAULT_RECORDS_DB = './storefront-consent.db';

export async function openRecordStore(setting: string | undefined): Promise<RecordStore> {
  const where = setting?.trim() || DEFAULT_RECORDS_DB;
  let store: RecordStore | undefined;
  // Opening fails too, not only migrating: SQLite reads the file's header at the first pragma.
  try {
    store = /^postgres(ql)?:\/\//.test(where) ? postgresRecordStore(where) : sqliteRecordStore(where);
    await store.migrate();
  } catch (error) {
    await store?.close().catch(() => undefined);
    // The URL may hold a password: name the variable, not its value.
    throw new Error(`RECORDS_DB: the record store could not be opened (${(error as Error).message})`);
  }
  return store;
}
