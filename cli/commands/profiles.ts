// `profiles reconcile`: delete the shopper profiles of customers who deny targeting.
import { flag, stringOption } from '../args';
import { defineCommand } from '../command';
import { UsageError } from '../errors';
import { ENVIRONMENT_HELP } from '../help-text';
import { printJson, printLine } from '../io';
import { type Progress, startProgress } from '../progress';
import { QUOTA_RESERVE } from '../quota-gate';
import { DEFAULT_CONCURRENCY, DELETE_BATCH_SIZE, MAX_CONCURRENCY, reconcileProfiles } from '../reconcile';

const NAME = 'profiles reconcile';

const HELP = `Usage:
  storefront-consent profiles reconcile [--dry-run] [--concurrency N] [--json]

Walks every shopper profile (all pages), reads the consent of each profile's customer (once per
customer), and deletes the profiles of customers who deny targeting, so segment-based targeting
follows consent. Guest profiles (no customer) are skipped and counted. Deletes go in batches
of ${DELETE_BATCH_SIZE}. Nothing is deleted until every consent has been read, so a failure part-way
changes nothing.

It paces itself by BigCommerce's rate-limit headers, leaving ${QUOTA_RESERVE} requests of each window to
the store's other apps; 429s and outages (5xx) are waited out and retried.

Options:
  --dry-run         report what would be deleted; change nothing
  --concurrency N   requests in flight at once, 1 to ${MAX_CONCURRENCY} (default ${DEFAULT_CONCURRENCY};
                    BigCommerce allows ${MAX_CONCURRENCY} concurrent requests)
  --json            print the summary as JSON (progress still goes to stderr)
  -h, --help        show this help

API scopes: Customers modify (Customers read-only is enough with --dry-run).

Examples:
  storefront-consent profiles reconcile --dry-run
  storefront-consent profiles reconcile --concurrency 8

${ENVIRONMENT_HELP}`;

const parseConcurrency = (raw: string | undefined): number => {
  if (raw === undefined) return DEFAULT_CONCURRENCY;
  const n = /^[0-9]+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(
      `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, not '${raw}'`,
      NAME,
    );
  }
  if (n > MAX_CONCURRENCY) {
    throw new UsageError(
      `--concurrency ${n} is above BigCommerce's limit of ${MAX_CONCURRENCY} concurrent requests; use 1 to ${MAX_CONCURRENCY}`,
      NAME,
    );
  }
  return n;
};

/** At most ten ids on a summary line; --json has them all. */
const shortList = (ids: number[]): string =>
  ids.length <= 10 ? ids.join(', ') : `${ids.slice(0, 10).join(', ')}, … ${ids.length - 10} more`;

export const profilesReconcileCommand = defineCommand(
  {
    name: NAME,
    summary: 'delete the shopper profiles of customers who deny targeting',
    help: HELP,
    options: { 'dry-run': { type: 'boolean' }, concurrency: { type: 'string' } },
  },
  async ({ args, json, store, io }) => {
    const dryRun = flag(args, 'dry-run');
    const concurrency = parseConcurrency(stringOption(args, 'concurrency'));
    let current: Progress | null = null;
    const summary = await reconcileProfiles(store(), {
      dryRun,
      concurrency,
      progress: (label, total) => {
        current = startProgress(io.stderr, io.isTTY, label, total);
        return current;
      },
    }).catch((error: unknown) => {
      (current as Progress | null)?.interrupt();
      throw error;
    });
    if (json) {
      printJson(io.stdout, summary);
      return 0;
    }
    const rows: Array<[string, number | string]> = [
      ['Shopper profiles seen', summary.profiles_seen],
      ['Guest profiles skipped', summary.guest_profiles_skipped],
      ['Customers checked', summary.customers_checked],
      ['Customers denying targeting', summary.customers_denying_targeting],
    ];
    if (summary.customers_not_found.length > 0) {
      rows.push([
        'Customers not found (kept)',
        `${summary.customers_not_found.length} (${shortList(summary.customers_not_found)})`,
      ]);
    }
    rows.push(
      dryRun
        ? ['Profiles that would be deleted', summary.profiles_matching]
        : ['Profiles deleted', summary.profiles_deleted],
    );
    const width = Math.max(...rows.map(([label]) => label.length)) + 1;
    printLine(
      io.stdout,
      dryRun ? 'Dry run: nothing was changed.' : 'Shopper profiles reconciled with targeting consent.',
    );
    for (const [label, value] of rows) printLine(io.stdout, `  ${`${label}:`.padEnd(width)} ${value}`);
    return 0;
  },
);
