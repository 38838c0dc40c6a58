// Consent records on the proxy (docs/proxy.md, "Consent records"): `POST /records` from any browser,
// the record a customer's `PUT /consent` writes, retention, and the abuse limits. A record is
// evidence of what a browser reported, never authority over anything.
import type { Decision } from '../core/categories';
import {
  type NewRecord,
  putRecordFieldsSchema,
  type RecordFields,
  recordFieldsSchema,
} from '../core/consent-record';
import { decisionSchema, formatIssues } from '../core/decision-schema';
import type { ProxyConfig, ProxyEnv } from './env';
import {
  badRequest,
  HttpError,
  methodNotAllowed,
  noRecordStore,
  recordsUnavailable,
  tooManyRecords,
} from './errors';
import { readJsonBody } from './json-body';
import { json } from './json-response';
import type { Appended, RecordStore } from './record-store';
import { createSlidingWindow } from './sliding-window';

/** The record store for an environment (Node: one opened at start; Workers: the D1 binding), or none. */
export type RecordStoreFor = (env: ProxyEnv) => RecordStore | null;

/** The largest `POST /records` body, in bytes. */
export const RECORD_BODY_LIMIT = 1024;
const DAY_MS = 86_400_000;

export interface RecordsOptions {
  stores: RecordStoreFor;
  log: (line: string) => void;
  now: () => Date;
  /** Records per consent id per window. Default 5 per 60 s. */
  perConsentId?: { limit: number; windowMs: number };
  /** Records per client address per window: many shoppers share one address. Default 120 per 60 s. */
  perAddress?: { limit: number; windowMs: number };
}

export type Records = ReturnType<typeof createRecords>;

export function createRecords(o: RecordsOptions) {
  const clock = () => o.now().getTime();
  const byConsentId = createSlidingWindow({
    ...(o.perConsentId ?? { limit: 5, windowMs: 60_000 }),
    now: clock,
  });
  // The address is a key in memory only: never stored, never logged.
  const byAddress = createSlidingWindow({
    ...(o.perAddress ?? { limit: 120, windowMs: 60_000 }),
    now: clock,
  });
  const migrated = new WeakMap<object, Promise<RecordStore | null>>();
  const purged = new WeakMap<RecordStore, number>();

  /** The environment's store, migrated once (a Workers isolate migrates D1 on its first record). */
  function store(env: ProxyEnv): Promise<RecordStore | null> {
    let ready = migrated.get(env);
    if (!ready) {
      const found = o.stores(env);
      ready = found ? found.migrate().then(() => found) : Promise.resolve(null);
      ready.catch(() => migrated.delete(env));
      migrated.set(env, ready);
    }
    return ready;
  }

  /** At most once a day per instance, after a write: deletes what retention no longer keeps. */
  async function retain(target: RecordStore, config: ProxyConfig): Promise<void> {
    const at = clock();
    if (at - (purged.get(target) ?? 0) < DAY_MS) return;
    purged.set(target, at);
    await target.deleteBefore(new Date(at - config.records.retentionDays * DAY_MS).toISOString());
  }

  async function write(env: ProxyEnv, config: ProxyConfig, record: NewRecord): Promise<Appended> {
    const target = await store(env);
    if (!target) throw noRecordStore();
    const appended = await target.append(record);
    await retain(target, config).catch((error: unknown) => logFailure('records_retention_failed', error));
    return appended;
  }

  /**
   * The browser's clock may be off, but not by more than a day ahead; and a decision older than the
   * retention is one the merchant keeps no record of (docs/proxy.md, "Consent records").
   */
  function decidedAtProblem(decidedAt: string, config: ProxyConfig): string | null {
    const at = Date.parse(decidedAt);
    if (at > clock() + DAY_MS) return "decided_at: is more than a day ahead of the proxy's clock";
    const days = config.records.retentionDays;
    if (at < clock() - days * DAY_MS)
      return `decided_at: is older than the ${days} days records are kept (RECORDS_RETENTION_DAYS)`;
    return null;
  }

  const logFailure = (event: string, error: unknown) =>
    o.log(JSON.stringify({ event, error: error instanceof Error ? error.message : String(error) }));

  const logSaved = (record: NewRecord) =>
    o.log(
      JSON.stringify({
        event: 'consent_saved',
        customer_id: record.customer_id,
        consent_id: record.consent_id,
        allow: record.allow,
        deny: record.deny,
        time: record.created_at,
      }),
    );

  const recordOf = (
    decision: Decision,
    fields: RecordFields,
    customerId: number | null,
    request: Request,
  ): NewRecord => ({
    consent_id: fields.consent_id ?? null,
    customer_id: customerId,
    allow: decision.allow,
    deny: decision.deny,
    revision: fields.revision ?? 0,
    lang: fields.lang ?? null,
    policy: fields.policy ?? null,
    region: fields.region ?? null,
    source: fields.source ?? null,
    // Already checked against ALLOWED_ORIGINS by the handler.
    origin: request.headers.get('Origin'),
    created_at: o.now().toISOString(),
    decided_at: fields.decided_at ?? null,
  });

  return {
    store,

    /** `POST /records`: a browser's decision, guests included. */
    async route(request: Request, env: ProxyEnv, config: ProxyConfig): Promise<Response> {
      if (request.method !== 'POST') throw methodNotAllowed(request.method, '/records', ['POST', 'OPTIONS']);
      const address = request.headers.get('CF-Connecting-IP') ?? 'unknown';
      const fromAddress = byAddress.take(address);
      if (!fromAddress.ok) throw tooManyRecords(fromAddress.retryAfterSeconds, 'address');
      const body = await readJsonBody(request, RECORD_BODY_LIMIT);
      const decision = decisionSchema.safeParse(body);
      const fields = recordFieldsSchema.safeParse(body);
      const issues = [
        ...(decision.success ? [] : [formatIssues(decision.error)]),
        ...(fields.success ? [] : [formatIssues(fields.error)]),
      ];
      if (!decision.success || !fields.success) throw badRequest(issues.join('; '));
      const outOfRange =
        fields.data.decided_at === undefined ? null : decidedAtProblem(fields.data.decided_at, config);
      if (outOfRange) throw badRequest(outOfRange);
      const fromBrowser = byConsentId.take(fields.data.consent_id);
      if (!fromBrowser.ok) throw tooManyRecords(fromBrowser.retryAfterSeconds, 'consent id');
      const record = recordOf(decision.data, fields.data, null, request);
      let appended: Appended;
      try {
        appended = await write(env, config, record);
      } catch (error) {
        if (error instanceof HttpError) throw error;
        logFailure('records_write_failed', error);
        throw recordsUnavailable('the record could not be stored; send it again later');
      }
      // Sent again because the browser never saw our answer: already stored, logged and counted once.
      if (!appended.written) return json(200, { created_at: appended.created_at, duplicate: true });
      logSaved(record);
      return json(201, { created_at: record.created_at });
    },

    /** The record fields a `PUT /consent` body may carry; a 400 when they are malformed. */
    fieldsOf(body: unknown): RecordFields {
      const fields = putRecordFieldsSchema.safeParse(body);
      if (!fields.success) throw badRequest(formatIssues(fields.error));
      return fields.data;
    },

    /**
     * The record of a customer's saved decision; once, when the widget sends the save again because it
     * never saw the answer (the shopper went on to another page meanwhile). Never throws: recording
     * failures must not break saving a decision (the consent_saved line is still logged by the caller).
     * A `decided_at` out of range is the browser's clock, not a bad request: the save stands, and its
     * record is kept without the time, as one that is never merged.
     */
    async saved(
      env: ProxyEnv,
      config: ProxyConfig,
      customerId: number,
      decision: Decision,
      fields: RecordFields,
      request: Request,
    ): Promise<void> {
      try {
        if (!(await store(env))) return;
        const decidedAt =
          fields.decided_at && !decidedAtProblem(fields.decided_at, config) ? fields.decided_at : undefined;
        await write(
          env,
          config,
          recordOf(decision, { ...fields, decided_at: decidedAt }, customerId, request),
        );
      } catch (error) {
        logFailure('records_write_failed', error);
      }
    },
  };
}
