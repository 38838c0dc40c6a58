// The demo's consent statistics: the demo proxy's `GET /admin/stats`, read with the admin token the demo
// holds, through the command line's own client and shown as the page `storefront-consent stats --html`
// writes (docs/cli.md, "Consent records"), generated afresh on every request.
import { connectProxyAdmin, parseSince } from '../cli/proxy-admin';
import { type Stats, statsPage, statsTitle } from '../cli/stats-report';

/** As `stats` without `--since`. */
const SINCE = '30d';

/** The demo's widget has `data-proxy-url` and leaves `data-records` on: it sends every decision. */
const NOTE =
  "Recorded by the demo's proxy since the demo started: the banner sends every decision to it, guests' " +
  "included; a logged-in customer's is recorded once more, for their account, and counted once. " +
  'Decide, then reload this page.';

/** The page, or a CommandError naming what the proxy answered. */
export function consentStatsPage(proxyUrl: string, adminToken: string): () => Promise<string> {
  const admin = connectProxyAdmin({ PROXY_URL: proxyUrl, ADMIN_TOKEN: adminToken }, 'stats');
  return async () => {
    const since = parseSince('--since', SINCE, 'stats');
    const stats = (await (await admin.get('/admin/stats', { since })).json()) as Stats;
    return statsPage(stats, statsTitle(since), NOTE);
  };
}
