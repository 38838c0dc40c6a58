// `profiles reconcile`: shopper profiles (segments.v3.yml) kept in line with targeting consent.
// Three phases, so nothing is deleted while pages are still being read (deleting would shift them)
// and a failure while reading leaves the store untouched.
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
}

export interface ReconcileSummary {
  dry_run: boolean;
  profiles_seen: number;
  guest_profiles_skipped: number;
  customers_checked: number;
  customers_not_found: number[];
  customers_denying_targeting: number;
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

  // Each customer's consent once, however many profiles they have.
  const reading = o.progress('Reading customer consent', customers.length);
  const notFound: number[] = [];
  const denies = await mapWithConcurrency(customers, o.concurrency, async (customer) => {
    try {
      const { body } = await store.call(
        `read customer ${customer}'s consent`,
        'Customers read-only',
        'GET',
        `/v3/customers/${customer}/consent`,
      );
      return decisionOf(body).deny.includes('targeting');
    } catch (error) {
      // A profile can outlive its customer; with no customer there is no consent to follow.
      if (error instanceof CommandError && error.status === 404) {
        notFound.push(customer);
        return false;
      }
      throw new CommandError(`${(error as Error).message}. Nothing was deleted.`);
    } finally {
      reading.advance();
    }
  });
  reading.finish();

  const denying = new Set(customers.filter((_, i) => denies[i]));
  const doomed = profiles.filter((p) => {
    const customer = customerOf(p);
    return customer !== null && denying.has(customer);
  });
  const ids = doomed.map((p) => p.id);
  const deleted = o.dryRun ? 0 : await deleteProfiles(store, ids, o);

  return {
    dry_run: o.dryRun,
    profiles_seen: profiles.length,
    guest_profiles_skipped: profiles.filter((p) => customerOf(p) === null).length,
    customers_checked: customers.length,
    customers_not_found: notFound.sort((a, b) => a - b),
    customers_denying_targeting: denying.size,
    profiles_matching: ids.length,
    profiles_deleted: deleted,
    profile_ids: ids,
  };
};

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
