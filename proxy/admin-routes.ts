// The merchant's admin routes (docs/proxy.md, "Admin routes"): `GET /admin/records`, a streamed export,
// and `GET /admin/stats`. They exist only when ADMIN_TOKEN is set (else 404), take it as a bearer
// token compared in constant time, and grant no CORS: a storefront page has no business here.
import { OPTIONAL_CATEGORIES, type OptionalCategory } from '../core/categories';
import { type ConsentRecord, type DayCount, RECORD_COLUMNS } from '../core/consent-record';
import { badRequest, HttpError, methodNotAllowed, noRecordStore, notFound } from './errors';
import { json } from './json-response';
import type { RecordFilter, RecordStore } from './record-store';
import type { RecordsConfig } from './records-env';

export const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/');

/** Bytes gathered before a chunk of the export is handed on. */
const CHUNK_BYTES = 64 * 1024;

export async function admin(
  request: Request,
  config: RecordsConfig,
  store: () => Promise<RecordStore | null>,
): Promise<Response> {
  const url = new URL(request.url);
  const { pathname } = url;
  // Without a token the routes do not exist, whoever asks.
  if (config.adminToken === null) throw notFound(pathname);
  if (!(await sameSecret(bearer(request), config.adminToken))) {
    throw new HttpError(401, 'unauthorized', 'the admin routes need Authorization: Bearer <ADMIN_TOKEN>', {
      'WWW-Authenticate': 'Bearer',
    });
  }
  if (pathname !== '/admin/records' && pathname !== '/admin/stats') throw notFound(pathname);
  if (request.method !== 'GET') throw methodNotAllowed(request.method, pathname, ['GET']);
  const target = await store();
  if (!target) throw noRecordStore();
  const query = url.searchParams;
  const range = timeRange(query);
  if (pathname === '/admin/stats') return json(200, stats(await target.daily(range)));
  const format = query.get('format') ?? 'ndjson';
  if (format !== 'ndjson' && format !== 'csv') throw badRequest('format must be ndjson or csv');
  const customer = query.get('customer_id');
  if (customer !== null && !/^\d{1,15}$/.test(customer))
    throw badRequest('customer_id must be a customer id');
  const consentId = query.get('consent_id');
  if (consentId !== null && consentId.length > 64) throw badRequest('consent_id is too long');
  const filter: RecordFilter = {
    ...range,
    ...(consentId !== null ? { consentId } : {}),
    ...(customer !== null ? { customerId: Number(customer) } : {}),
  };
  return new Response(exportStream(target.list(filter), format), {
    status: 200,
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  });
}

function bearer(request: Request): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? '';
}

/** Compares digests, so neither the length nor the first differing byte shows in the time taken. */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const digest = async (text: string) =>
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `since` inclusive; `until` a date means through that whole (UTC) day, a date-time that instant. */
function timeRange(query: URLSearchParams): Pick<RecordFilter, 'since' | 'before'> {
  const read = (name: 'since' | 'until') => {
    const value = query.get(name);
    if (value === null || value === '') return null;
    const time = DATE.test(value) || DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) {
      throw badRequest(`${name} must be an ISO 8601 date or date-time (2026-01-31 or 2026-01-31T12:00:00Z)`);
    }
    return { time, dateOnly: DATE.test(value) };
  };
  const since = read('since');
  const until = read('until');
  const before = until ? until.time + (until.dateOnly ? 86_400_000 : 1) : null;
  if (since && before !== null && before <= since.time) throw badRequest('until must not be before since');
  return {
    ...(since ? { since: new Date(since.time).toISOString() } : {}),
    ...(before !== null ? { before: new Date(before).toISOString() } : {}),
  };
}

type Rates = Record<OptionalCategory, number>;

const rates = (allowed: Rates, decisions: number): Rates =>
  Object.fromEntries(
    OPTIONAL_CATEGORIES.map((c) => [
      c,
      decisions === 0 ? 0 : Math.round((allowed[c] / decisions) * 10_000) / 10_000,
    ]),
  ) as Rates;

/** Per day and in total: decisions, and the share of them that allowed each optional category. */
function stats(days: DayCount[]) {
  const total = {
    decisions: 0,
    allowed: Object.fromEntries(OPTIONAL_CATEGORIES.map((c) => [c, 0])) as Rates,
  };
  for (const day of days) {
    total.decisions += day.decisions;
    for (const c of OPTIONAL_CATEGORIES) total.allowed[c] += day.allowed[c];
  }
  return {
    days: days.map((day) => ({
      day: day.day,
      decisions: day.decisions,
      allow_rate: rates(day.allowed, day.decisions),
    })),
    totals: { decisions: total.decisions, allow_rate: rates(total.allowed, total.decisions) },
  };
}

const csvField = (value: unknown): string => {
  const text = value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const csvLine = (record: ConsentRecord) => `${RECORD_COLUMNS.map((c) => csvField(record[c])).join(',')}\r\n`;

/** Pulls a page of records only when the reader wants more: memory stays flat, backpressure holds. */
function exportStream(
  records: AsyncIterable<ConsentRecord>,
  format: 'ndjson' | 'csv',
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = records[Symbol.asyncIterator]();
  let header = format === 'csv' ? `${RECORD_COLUMNS.join(',')}\r\n` : '';
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = header;
      header = '';
      while (text.length < CHUNK_BYTES) {
        const next = await iterator.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += format === 'csv' ? csvLine(next.value) : `${JSON.stringify(next.value)}\n`;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
