// `profiles reconcile`: delete the shopper profiles of customers who deny targeting.
import { flag, stringOption } from '../args';
import { defineCommand } from '../command';
import { UsageError } from '../errors';
import { ENVIRONMENT_HELP } from '../help-text';
import { printJson, printLine } from '../io';
import { type Progress, startProgress } from '../progress';
import { connectProxyAdmin } from '../proxy-admin';
import { QUOTA_RESERVE } from '../quota-gate';
import { DEFAULT_CONCURRENCY, DELETE_BATCH_SIZE, MAX_CONCURRENCY, reconcileProfiles } from '../reconcile';
import { readRecordedDecisions } from '../recorded-decisions';

const NAME = 'profiles reconcile';

const HELP = `Usage:
  storefront-consent profiles reconcile [--dry-run] [--from-records] [--concurrency N] [--json]

Walks every shopper profile (all pages), reads the consent of each profile's customer (once per
customer), and deletes the profiles of customers who deny targeting, so segment-based targeting
follows consent. Guest profiles (no customer) are skipped and counted. Deletes go in batches
of ${DELETE_BATCH_SIZE}. Nothing is deleted until every consent has been read, so a failure part-way
changes nothing.

It paces itself by BigCommerce's rate-limit headers, leaving ${QUOTA_RESERVE} requests of each window to
the store's other apps; 429s and outages (5xx) are waited out and retried. Reading consent costs one
request per customer: on a Standard plan (150 requests per 30 s), about 3½ minutes per 1,000
customers. --from-records takes each customer's latest decision from the proxy's consent records
instead (one streamed export, no request to BigCommerce per customer), so a run costs only the
profile pages and the deletes. A customer with no record counts as one with no saved consent.

Options:
  --dry-run         report what would be deleted; change nothing
  --from-records    read consent from the proxy's consent records (needs PROXY_URL and ADMIN_TOKEN)
  --concurrency N   requests in flight at once, 1 to ${MAX_CONCURRENCY} (default ${DEFAULT_CONCURRENCY};
                    BigCommerce allows ${MAX_CONCURRENCY} concurrent requests)
  --json            print the summary as JSON (progress still goes to stderr)
  -h, --help        show this help

API scopes: Customers modify (Customers read-only is enough with --dry-run).

Examples:
  storefront-consent profiles reconcile --dry-run
  storefront-consent profiles reconcile --concurrency 8
  storefront-consent profiles reconcile --from-records --dry-run

With --from-records, the proxy's admin routes (as for records export and stats):
  PROXY_URL         the proxy's URL, e.g. https://consent.example.com
  ADMIN_TOKEN       the proxy's ADMIN_TOKEN (sent only in the Authorization header)

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
    options: {
      'dry-run': { type: 'boolean' },
      'from-records': { type: 'boolean' },
      concurrency: { type: 'string' },
    },
  },
  async ({ args, json, store, io }) => {
    const dryRun = flag(args, 'dry-run');
    const concurrency = parseConcurrency(stringOption(args, 'concurrency'));
    // Both environments are checked before anything is sent to either.
    const admin = flag(args, 'from-records') ? connectProxyAdmin(io.env, NAME, io.fetch) : null;
    const bigCommerce = store();
    // Read first: a proxy that refuses costs no BigCommerce request, and nothing is deleted.
    const recorded = admin
      ? await readRecordedDecisions(admin, (records) =>
          printLine(io.stderr, `Reading consent records: ${records}`),
        )
      : null;
    let current: Progress | null = null;
    const summary = await reconcileProfiles(bigCommerce, {
      dryRun,
      concurrency,
      ...(recorded ? { recorded: recorded.decisions } : {}),
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
    type Row = [string, number | string];
    const rows: Row[] = [
      ...(recorded ? [['Consent records read', recorded.records] satisfies Row] : []),
      ['Shopper profiles seen', summary.profiles_seen],
      ['Guest profiles skipped', summary.guest_profiles_skipped],
      ['Customers checked', summary.customers_checked],
      ...(summary.customers_without_record === null
        ? []
        : [['Customers without a record', summary.customers_without_record] satisfies Row]),
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
