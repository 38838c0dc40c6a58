// Each customer's latest decision from the proxy's consent records (docs/cli.md, `profiles
// reconcile --from-records`): the NDJSON export read as a stream, one line at a time, keeping only
// the last record per customer, so memory follows the number of customers, not of records.
import type { Decision } from '../core/categories';
import { decisionOf } from '../core/saved-decision';
import { CommandError } from './errors';
import type { ProxyAdmin } from './proxy-admin';

export interface RecordedDecisions {
  /** Customer id → the decision of their latest record, read as a BigCommerce consent body is. */
  decisions: Map<number, Decision>;
  /** Every record read, guests' included. */
  records: number;
}

/** A line too long to be a record (one is a few hundred bytes): the answer is not the export. */
const MAX_LINE_CHARS = 64 * 1024;

/** `progress` hears the count every 100,000 records and once at the end. */
export async function readRecordedDecisions(
  admin: ProxyAdmin,
  progress: (records: number) => void = () => undefined,
): Promise<RecordedDecisions> {
  const response = await admin.get('/admin/records', { format: 'ndjson' });
  const decisions = new Map<number, Decision>();
  let records = 0;
  let lines = 0;
  const take = (line: string) => {
    lines++;
    if (line.trim() === '') return;
    records++;
    const customer = customerOf(line, lines);
    // The export is oldest first (docs/proxy.md, "Admin routes"): a later record replaces an earlier one.
    if (customer !== null) decisions.set(customer.id, decisionOf(customer.record));
    if (records % 100_000 === 0) progress(records);
  };

  const decoder = new TextDecoder();
  let pending = '';
  try {
    for await (const chunk of response.body ?? []) {
      pending += decoder.decode(chunk, { stream: true });
      let start = 0;
      for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
        take(pending.slice(start, end));
        start = end + 1;
      }
      pending = pending.slice(start);
      if (pending.length > MAX_LINE_CHARS) malformed(lines + 1, 'it is longer than any record');
    }
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError(`the proxy's records export stopped part-way: ${(error as Error).message}`);
  }
  take(pending + decoder.decode());
  if (records === 0 || records % 100_000 !== 0) progress(records);
  return { decisions, records };
}

/** The record's customer and its decision fields; null for a guest's record. */
function customerOf(line: string, number: number): { id: number; record: object } | null {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    malformed(number, 'it is not JSON');
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) malformed(number, 'it is not a record');
  const { customer_id: id, allow, deny } = record as Record<string, unknown>;
  if (!Array.isArray(allow) || !Array.isArray(deny)) malformed(number, 'it has no allow and deny lists');
  if (id === null) return null;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    malformed(number, 'its customer_id is not a customer id');
  }
  return { id, record };
}

function malformed(line: number, why: string): never {
  throw new CommandError(`the proxy's records export has a malformed line ${line}: ${why}`);
}
