import { afterEach, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, type Fault, startBigCommerce } from '../../demo/bigcommerce/server';
import { addProfile } from './profiles-store';
import { runCli, storeEnv } from './run-cli';

let bc: BigCommerceStandIn;
afterEach(() => bc?.close());

const GUESTS = 20;

/**
 * 1,000 generated customers, each with a profile (every fourth denies targeting), plus guest
 * profiles, a second profile for a customer who denies and one who allows, and a profile whose
 * customer no longer exists.
 */
async function seededStore(profiles = 1000, rateLimit = { quota: 100_000, windowMs: 30_000 }) {
  bc = await startBigCommerce({ seed: { shopperProfiles: profiles }, rateLimit });
  const add = (customerId?: number) => addProfile(bc, customerId);
  for (let i = 0; i < GUESTS; i++) add();
  add(104);
  add(105);
  add(9999);
  // The truth, from the store's own state before the run.
  const denying = new Set(
    [...bc.state.consent].filter(([, c]) => c.deny.includes('targeting')).map(([id]) => id),
  );
  const doomed = new Set(
    bc.state.shopperProfiles
      .filter((p) => p.customer_id !== undefined && denying.has(p.customer_id))
      .map((p) => p.id),
  );
  const kept = bc.state.shopperProfiles.filter((p) => !doomed.has(p.id)).map((p) => p.id);
  return { denying, doomed, kept, total: bc.state.shopperProfiles.length };
}

/**
 * A fetch that gives every request a stand-in fault as it goes out: a short delay by default, so
 * requests overlap at the server and its max-in-flight shows the real concurrency (client and
 * stand-in share one event loop here, so instant answers would never overlap), or the fault the
 * plan names for the Nth request.
 */
function faultyFetch(plan: (n: number, method: string) => Fault | undefined = () => undefined): typeof fetch {
  let n = 0;
  return (input, init) => {
    n++;
    bc.faults.next(1, plan(n, init?.method ?? 'GET') ?? { delayMs: 3 });
    return fetch(input, init);
  };
}

const profileIds = () => bc.state.shopperProfiles.map((p) => p.id).sort();
const consentReads = () => bc.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/consent'));

describe('profiles reconcile', { timeout: 60_000 }, () => {
  it('deletes exactly the profiles of customers who deny targeting, through 429s and 5xx, at most 4 in flight', async () => {
    const truth = await seededStore();
    let firstDelete = true;
    const fetchWithFaults = faultyFetch((n, method): Fault | undefined => {
      if (n === 2 || n === 3) return { status: 503 }; // a listing page
      if (n >= 300 && n < 304) return { rateLimit: 120 }; // consent reads, rate limited
      if (n === 600 || n === 601) return { status: 500 };
      if (n === 700) return { drop: true };
      if (method === 'DELETE' && firstDelete) {
        firstDelete = false;
        return { status: 502 };
      }
      return undefined;
    });
    const started = performance.now();
    const r = await runCli(['profiles', 'reconcile', '--json'], {
      env: storeEnv(bc),
      fetch: fetchWithFaults,
    });
    const ms = performance.now() - started;
    expect(r.code, r.stderr).toBe(0);

    expect(profileIds()).toEqual([...truth.kept].sort());
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({
      dry_run: false,
      profiles_seen: truth.total,
      guest_profiles_skipped: GUESTS,
      customers_checked: 1001,
      customers_not_found: [9999],
      customers_denying_targeting: 250,
      profiles_matching: 251,
      profiles_deleted: 251,
    });
    expect(new Set(summary.profile_ids)).toEqual(truth.doomed);

    const statuses = new Set(bc.calls.map((c) => c.status));
    for (const s of [503, 429, 500, 502, 0]) expect(statuses).toContain(s);
    expect(bc.state.maxInFlight).toBeLessThanOrEqual(4);
    expect(bc.state.maxInFlight).toBeGreaterThan(1);
    // Each customer's consent is read once (a failed attempt is retried, never re-read after success).
    const answered = consentReads().filter((c) => c.status === 200 || c.status === 404);
    expect(answered).toHaveLength(1001);
    expect(new Set(answered.map((c) => c.path)).size).toBe(1001);
    // Batches within BigCommerce's documented 50 ids per request.
    const deletes = bc.calls.filter((c) => c.method === 'DELETE' && c.status === 204);
    expect(deletes).toHaveLength(Math.ceil(251 / 50));
    for (const d of deletes) {
      expect(new URLSearchParams(d.query).get('id:in')?.split(',').length).toBeLessThanOrEqual(50);
    }
    console.info(
      `profiles reconcile: ${truth.total} profiles, concurrency 4, with faults: ${Math.round(ms)} ms`,
    );
  });

  it('deletes the same profiles at concurrency 10, never more than 10 in flight', async () => {
    const truth = await seededStore();
    const started = performance.now();
    const r = await runCli(['profiles', 'reconcile', '--concurrency', '10'], {
      env: storeEnv(bc),
      fetch: faultyFetch(),
    });
    const ms = performance.now() - started;
    expect(r.code, r.stderr).toBe(0);
    expect(profileIds()).toEqual([...truth.kept].sort());
    expect(bc.state.maxInFlight).toBeLessThanOrEqual(10);
    expect(bc.state.maxInFlight).toBeGreaterThan(4);
    expect(r.stdout).toBe(
      'Shopper profiles reconciled with targeting consent.\n' +
        `  Shopper profiles seen:       ${truth.total}\n` +
        `  Guest profiles skipped:      ${GUESTS}\n` +
        '  Customers checked:           1001\n' +
        '  Customers denying targeting: 250\n' +
        '  Customers not found (kept):  1 (9999)\n' +
        '  Profiles deleted:            251\n',
    );
    console.info(`profiles reconcile: ${truth.total} profiles, concurrency 10: ${Math.round(ms)} ms`);
  });

  it('changes nothing with --dry-run and says what it would delete', async () => {
    const truth = await seededStore(300); // two pages
    const before = profileIds();
    const r = await runCli(['profiles', 'reconcile', '--dry-run'], { env: storeEnv(bc) });
    expect(r.code).toBe(0);
    expect(profileIds()).toEqual(before);
    expect(bc.calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
    expect(r.stdout).toContain('Dry run: nothing was changed.');
    expect(r.stdout).toMatch(new RegExp(`Profiles that would be deleted: +${truth.doomed.size}\\n`));
  });

  it('paces itself by the rate-limit headers, leaving the store quota 10 requests of room', async () => {
    // 40 requests per half second: 105 calls need several windows.
    const truth = await seededStore(100, { quota: 40, windowMs: 500 });
    const started = performance.now();
    const r = await runCli(['profiles', 'reconcile', '--concurrency', '10'], { env: storeEnv(bc) });
    expect(r.code, r.stderr).toBe(0);
    expect(profileIds()).toEqual([...truth.kept].sort());
    expect(bc.calls.filter((c) => c.status === 429)).toEqual([]);
    expect(performance.now() - started).toBeGreaterThan(3 * 500);
  });

  it('waits out 429s when other apps spend the quota', async () => {
    const truth = await seededStore(100, { quota: 1000, windowMs: 30_000 });
    const othersSpendIt = faultyFetch((n) => (n % 20 === 0 ? { rateLimit: 50 } : undefined));
    const r = await runCli(['profiles', 'reconcile'], { env: storeEnv(bc), fetch: othersSpendIt });
    expect(r.code, r.stderr).toBe(0);
    expect(bc.calls.filter((c) => c.status === 429).length).toBeGreaterThan(3);
    expect(profileIds()).toEqual([...truth.kept].sort());
  });

  it('draws a progress bar on a terminal and plain lines otherwise', async () => {
    await seededStore(40);
    const tty = await runCli(['profiles', 'reconcile', '--dry-run'], { env: storeEnv(bc), isTTY: true });
    expect(tty.stderr).toContain('\rReading customer consent [');
    expect(tty.stderr).toContain('] 100% 41/41\n');
    const plain = await runCli(['profiles', 'reconcile', '--dry-run'], { env: storeEnv(bc), isTTY: false });
    expect(plain.stderr).not.toContain('\r');
    expect(plain.stderr).toContain('Reading customer consent: 41/41\n');
    expect(
      plain.stderr.split('\n').filter((l) => l.startsWith('Reading customer consent')).length,
    ).toBeLessThanOrEqual(12);
  });

  it('needs only read access for a dry run', async () => {
    const truth = await seededStore(40);
    const r = await runCli(['profiles', 'reconcile', '--dry-run', '--json'], {
      env: storeEnv(bc, bc.tokens.readOnly),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).profiles_matching).toBe(truth.doomed.size);
  });

  it('names the batch and the scope when a read-only token cannot delete, having deleted nothing', async () => {
    const truth = await seededStore(40);
    const r = await runCli(['profiles', 'reconcile'], { env: storeEnv(bc, bc.tokens.readOnly), isTTY: true });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain(bc.tokens.readOnly);
    // The half-drawn bar is ended first, so the error stands on a line of its own.
    expect(r.stderr).toContain(
      'Deleting shopper profiles [........................]   0% 0/11\nstorefront-consent: ',
    );
    expect(lastLine(r.stderr)).toMatch(
      /^storefront-consent: Could not delete shopper profiles \(batch 1 of 1\): .*\(403\).*needs the scope: Customers modify\. 0 of 11 profiles were deleted before it; run again to finish\.$/,
    );
    expect(bc.state.shopperProfiles).toHaveLength(truth.total);
  });

  it('names the customer whose consent cannot be read and deletes nothing', async () => {
    const truth = await seededStore(40);
    // Only a missing customer (404) is skipped; any other refusal stops the run before any delete.
    const r = await runCli(['profiles', 'reconcile'], {
      env: storeEnv(bc),
      fetch: (input, init) =>
        String(input).endsWith('/customers/108/consent')
          ? fetch(input, { ...init, headers: {} })
          : fetch(input, init),
    });
    expect(r.code).toBe(1);
    expect(lastLine(r.stderr)).toMatch(
      /^storefront-consent: Could not read customer 108's consent: BigCommerce refused the access token \(401\).*Nothing was deleted\.$/,
    );
    expect(bc.state.shopperProfiles).toHaveLength(truth.total);
  });
});

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';
