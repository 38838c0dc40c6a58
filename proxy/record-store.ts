// The record store: where proof-of-consent records live (docs/proxy.md, "Consent records"). One small
// interface, three backends: SQLite on Node and PostgreSQL (proxy/adapters/), D1 on Workers
// (record-store-d1.ts), all through the SQL of record-sql.ts.
import type { ConsentRecord, DayCount, NewRecord } from '../core/consent-record';

export interface RecordFilter {
  /** Inclusive lower bound on `created_at` (ISO 8601). */
  since?: string;
  /** Exclusive upper bound on `created_at` (ISO 8601). */
  before?: string;
  consentId?: string;
  customerId?: number;
}

export interface RecordStore {
  /** Creates or migrates the schema; a second call (or a second instance) is a no-op. */
  migrate(): Promise<void>;
  append(record: NewRecord): Promise<void>;
  /** Oldest first, read page by page: memory does not grow with the number of records. */
  list(filter: RecordFilter): AsyncIterable<ConsentRecord>;
  /** Per UTC day, oldest first. */
  daily(filter: Pick<RecordFilter, 'since' | 'before'>): Promise<DayCount[]>;
  /** Retention: deletes records created before `time`; answers how many. */
  deleteBefore(time: string): Promise<number>;
  close(): Promise<void>;
}
