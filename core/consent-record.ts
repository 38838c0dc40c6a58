// A proof-of-consent record (docs/proxy.md, "Consent records"): its shape, the sources a decision
// comes from, and the body `POST /records` accepts, for the proxy and the command line alike.
import * as z from 'zod/mini';
import type { Category, OptionalCategory } from './categories';
import { POLICIES, type Policy, REGION_PATTERN } from './jurisdictions';
import { RECORD_SOURCES, type RecordSource } from './record-sources';

export { POLICIES, type Policy, RECORD_SOURCES, type RecordSource };

/** One stored record. `created_at` is the proxy's clock (ISO 8601, UTC), never the browser's. */
export interface ConsentRecord {
  id: number;
  /** Null only for a customer's `PUT /consent` from a widget that sent none. */
  consent_id: string | null;
  customer_id: number | null;
  allow: Category[];
  deny: Category[];
  revision: number;
  lang: string | null;
  policy: Policy | null;
  region: string | null;
  source: RecordSource | null;
  origin: string | null;
  created_at: string;
  /**
   * When the browser says the shopper decided (ISO 8601, UTC, milliseconds): its claim, beside the
   * proxy's `created_at`. With `consent_id` it makes a record sent twice one record; null when the
   * request carried none (a customer's `PUT /consent`), and such records are never merged.
   */
  decided_at: string | null;
}

export type NewRecord = Omit<ConsentRecord, 'id'>;

/** Column order of the CSV export: the browser's `decided_at` beside the proxy's `created_at`. */
export const RECORD_COLUMNS = [
  'id',
  'created_at',
  'decided_at',
  'consent_id',
  'customer_id',
  'allow',
  'deny',
  'revision',
  'lang',
  'policy',
  'region',
  'source',
  'origin',
] as const satisfies readonly (keyof ConsentRecord)[];

/** One day of `GET /admin/stats`: decisions, and how many of them allowed each optional category. */
export interface DayCount {
  day: string;
  decisions: number;
  allowed: Record<OptionalCategory, number>;
}

const required = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `must be ${what}`;

/** 128 random bits in base64url: 22 characters. */
const consentId = z
  .string({ error: required('a consent id') })
  .check(z.regex(/^[A-Za-z0-9_-]{22}$/, 'must be a consent id (22 base64url characters)'));

const source = z.enum(RECORD_SOURCES, {
  error: (issue) =>
    issue.input === undefined
      ? 'is required'
      : `unknown source ${JSON.stringify(issue.input)} (expected one of ${RECORD_SOURCES.join(', ')})`,
});

const nullable = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

const fields = {
  revision: z.optional(
    z.int({ error: 'must be a whole number' }).check(z.minimum(0), z.maximum(2_147_483_647)),
  ),
  lang: nullable(
    z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/, 'must be a language tag')),
  ),
  policy: nullable(z.enum(POLICIES, { error: `must be one of ${POLICIES.join(', ')}` })),
  region: nullable(z.string().check(z.regex(REGION_PATTERN, 'must be like DE or US-CA'))),
};

const DECIDED_AT_FORMAT = 'an ISO 8601 date-time in UTC with milliseconds, like 2026-12-03T10:00:05.123Z';

/** Exactly what the widget's `new Date(at).toISOString()` writes, and a real instant (no 30 February). */
const decidedAt = z
  .string({ error: `must be ${DECIDED_AT_FORMAT}` })
  .check(
    z.refine(
      (value) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
        new Date(Date.parse(value)).toISOString() === value,
      `must be ${DECIDED_AT_FORMAT}`,
    ),
  );

/**
 * What `POST /records` carries beside `{ allow, deny }`: `consent_id` and `source` are required.
 * `decided_at` is how a record sent twice is stored once; how far from the proxy's clock it may be
 * is the proxy's to check (records-routes.ts), since it needs the clock and the retention.
 */
export const recordFieldsSchema = z.object({
  consent_id: consentId,
  source,
  decided_at: z.optional(decidedAt),
  ...fields,
});

/**
 * What a customer's `PUT /consent` may carry for its record: all optional. Its `decided_at` merges a
 * save sent again into one record; the customer in it keeps that record apart from the browser's
 * `POST /records` of the same decision, which carries the same consent id and time.
 */
export const putRecordFieldsSchema = z.object({
  consent_id: z.optional(consentId),
  source: z.optional(source),
  decided_at: z.optional(decidedAt),
  ...fields,
});

/** The fields of either. */
export type RecordFields = z.infer<typeof putRecordFieldsSchema>;
