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

/** What `append` did. */
export interface Appended {
  /**
   * False: the same record (its `consent_id`, `decided_at` and customer) was already stored, and is
   * kept as it was.
   */
  written: boolean;
  /** The stored record's: this one's when written, the earlier one's when not. */
  created_at: string;
}

export interface RecordStore {
  /** Creates or migrates the schema; a second call (or a second instance) is a no-op. */
  migrate(): Promise<void>;
  /** Writes the record once: a browser sends it again when it did not see the answer. */
  append(record: NewRecord): Promise<Appended>;
  /** Oldest first, read page by page: memory does not grow with the number of records. */
  list(filter: RecordFilter): AsyncIterable<ConsentRecord>;
  /** Per UTC day, oldest first. */
  daily(filter: Pick<RecordFilter, 'since' | 'before'>): Promise<DayCount[]>;
  /** Retention: deletes records created before `time`; answers how many. */
  deleteBefore(time: string): Promise<number>;
  close(): Promise<void>;
}
