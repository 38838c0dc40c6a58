// `profiles reconcile`: shopper profiles (segments.v3.yml) kept in line with targeting consent.
// Three phases, so nothing is deleted while pages are still being read (deleting would shift them)
// and a failure while reading leaves the store untouched. Each customer's decision comes from
// BigCommerce (one GET each) or, with --from-records, from the proxy's consent records, read before.
import type { Decision } from '../core/categories';
import { decisionOf } from '../core/saved-decision';
import { CommandError } from './errors';
import { mapWithConcurrency } from './pool';
import type { Progress } from './progress';
import type { Store } from './store';

/** BigCommerce: "Limit of 10 concurrent requests" (segments.v3.yml, Segments and Shopper Profiles). */
export const MAX_CONCURRENCY = 10;
export const DEFAULT_CONCURRENCY = 4;
/** segments.v3.yml: "Limit of Shopper Profiles per request is 50". */
export const DELETE_BATCH_SIZE = 50;
const PAGE_LIMIT = 250;

export interface ShopperProfile {
  id: string;
  customer_id?: number | null;
}

export interface ReconcileOptions {
  dryRun: boolean;
  concurrency: number;
  progress: (label: string, total: number) => Progress;
  /** Each customer's latest recorded decision (recorded-decisions.ts); absent: read from BigCommerce. */
  recorded?: Map<number, Decision>;
}

export interface ReconcileSummary {
  dry_run: boolean;
  consent_source: 'bigcommerce' | 'records';
  profiles_seen: number;
  guest_profiles_skipped: number;
  customers_checked: number;
  customers_not_found: number[];
  customers_denying_targeting: number;
  /** With --from-records: customers with no record, treated as those with no saved consent. */
  customers_without_record: number | null;
  profiles_matching: number;
  profiles_deleted: number;
  profile_ids: string[];
}

type ProfilesPage = { data?: ShopperProfile[]; meta?: { pagination?: { total_pages?: number } } };

const listPage = (store: Store, page: number) =>
  store.call<ProfilesPage>(
    `list shopper profiles (page ${page})`,
    'Customers read-only',
    'GET',
    '/v3/shopper-profiles',
    { query: { page: String(page), limit: String(PAGE_LIMIT) } },
  );

/** Every profile on every page, each once. */
export const listAllProfiles = async (store: Store, o: ReconcileOptions): Promise<ShopperProfile[]> => {
  const first = await listPage(store, 1);
  const totalPages = Math.max(1, first.body?.meta?.pagination?.total_pages ?? 1);
  const progress = o.progress('Listing shopper profiles (pages)', totalPages);
  progress.advance();
  const rest = await mapWithConcurrency(
    Array.from({ length: totalPages - 1 }, (_, i) => i + 2),
    o.concurrency,
    async (page) => {
      const { body } = await listPage(store, page);
      progress.advance();
      return body?.data ?? [];
    },
  );
  progress.finish();
  const byId = new Map<string, ShopperProfile>();
  for (const profile of [first.body?.data ?? [], ...rest].flat()) byId.set(profile.id, profile);
  return [...byId.values()];
};

const customerOf = (p: ShopperProfile): number | null =>
  typeof p.customer_id === 'number' && p.customer_id > 0 ? p.customer_id : null;

export const reconcileProfiles = async (store: Store, o: ReconcileOptions): Promise<ReconcileSummary> => {
  const profiles = await listAllProfiles(store, o);
  const customers = [...new Set(profiles.map(customerOf).filter((id): id is number => id !== null))];

  const read = o.recorded
    ? { decisions: o.recorded, notFound: [] }
    : await readFromBigCommerce(store, customers, o);
  // Missing from the records is the same as nothing saved in BigCommerce: an undecided customer.
  const denies = (customer: number) => deniesTargeting(read.decisions.get(customer) ?? decisionOf(null));
  const denying = new Set(customers.filter(denies));
  const doomed = profiles.filter((p) => {
    const customer = customerOf(p);
    return customer !== null && denying.has(customer);
  });
  const ids = doomed.map((p) => p.id);
  const deleted = o.dryRun ? 0 : await deleteProfiles(store, ids, o);

  return {
    dry_run: o.dryRun,
    consent_source: o.recorded ? 'records' : 'bigcommerce',
    profiles_seen: profiles.length,
    guest_profiles_skipped: profiles.filter((p) => customerOf(p) === null).length,
    customers_checked: customers.length,
    customers_not_found: read.notFound.sort((a, b) => a - b),
    customers_denying_targeting: denying.size,
    customers_without_record: o.recorded ? customers.filter((c) => !o.recorded?.has(c)).length : null,
    profiles_matching: ids.length,
    profiles_deleted: deleted,
    profile_ids: ids,
  };
};

const deniesTargeting = (decision: Decision) => decision.deny.includes('targeting');

/** Each customer's consent, one GET each, however many profiles they have. */
async function readFromBigCommerce(
  store: Store,
  customers: number[],
  o: ReconcileOptions,
): Promise<{ decisions: Map<number, Decision>; notFound: number[] }> {
  const reading = o.progress('Reading customer consent', customers.length);
  const decisions = new Map<number, Decision>();
  const notFound: number[] = [];
  await mapWithConcurrency(customers, o.concurrency, async (customer) => {
    try {
      const { body } = await store.call(
        `read customer ${customer}'s consent`,
        'Customers read-only',
        'GET',
        `/v3/customers/${customer}/consent`,
      );
      decisions.set(customer, decisionOf(body));
    } catch (error) {
      // A profile can outlive its customer; with no customer there is no consent to follow.
      if (error instanceof CommandError && error.status === 404) {
        notFound.push(customer);
        return;
      }
      throw new CommandError(`${(error as Error).message}. Nothing was deleted.`);
    } finally {
      reading.advance();
    }
  });
  reading.finish();
  return { decisions, notFound };
}

const deleteProfiles = async (store: Store, ids: string[], o: ReconcileOptions): Promise<number> => {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += DELETE_BATCH_SIZE) batches.push(ids.slice(i, i + DELETE_BATCH_SIZE));
  const progress = o.progress('Deleting shopper profiles', ids.length);
  let deleted = 0;
  await mapWithConcurrency(batches, o.concurrency, async (batch, index) => {
    await store.call(
      `delete shopper profiles (batch ${index + 1} of ${batches.length})`,
      'Customers modify',
      'DELETE',
      '/v3/shopper-profiles',
      { query: { 'id:in': batch.join(',') } },
    );
    deleted += batch.length;
    progress.advance(batch.length);
  }).catch((error: unknown) => {
    throw new CommandError(
      `${(error as Error).message}. ${deleted} of ${ids.length} profiles were deleted before it; run again to finish.`,
    );
  });
  progress.finish();
  return deleted;
};
