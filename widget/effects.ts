// What a decision does beyond this page: BigCommerce's own consent feature and the customer's copy
// on the server. The core module calls in; nothing here throws or makes it wait. (Consent Mode and
// hiding BigCommerce's banner must happen before any gated script runs, so the boot does those itself
// with signals/consent-mode.ts and signals/native-sync.ts.)
import type { Decision } from '../core/categories';
import { POLICIES } from '../core/policies';
import { sendingConfig } from './sending-config';
import { postNative } from './signals/native-sync';
import { createSyncClient, timedFetch } from './sync-client';
import type { ConsentRecord, ModuleConfig } from './types';
import { unsentRecords, withoutEntry } from './unsent-decode';

export interface EffectsContext {
  /** The module's config; its `script` holds what only sending reads (`data-native-ids`). */
  config: ModuleConfig;
  record(): ConsentRecord | null;
  /**
   * Put a record in force again without it being a new decision (a pending flag cleared), and save it;
   * nothing when the cookie no longer holds the record in force (cleared, or another tab decided).
   */
  resave(r: ConsentRecord): void;
  /** Apply a decision found on the server: save (pending.server false), release scripts, hide the banner, fire change. */
  restore(decision: Decision): void;
  /** The language the shopper is shown, for the record. */
  lang: string;
  /** Where the shopper is (docs/regions.md), as far as this page knows: `get()`'s `region`. */
  where(): { region: string | null };
}

export interface Effects {
  /** On every decision (fresh) and on every page load that has one: sends what is pending. */
  decided(): void;
  /**
   * On a page load without a local decision: asks the server for the customer's saved one and restores
   * it. Resolves once that is settled (at once when there is nothing to ask); never rejects, so the UI
   * may hold the banner for a logged-in customer until then, with a deadline of its own.
   */
  noDecision(): Promise<void>;
}

export function createEffects(context: EffectsContext, f: typeof fetch = (...a) => fetch(...a)): Effects {
  const config = sendingConfig(context.config);
  const sync = createSyncClient(config, f);
  // Sends to one place run one after another, each with the newest record, so the last decision lands last.
  const queues = { server: Promise.resolve(), native: Promise.resolve(), records: Promise.resolve() };
  // Bumped by every decision: a send that finishes after a newer decision must not clear its flag.
  let generation = 0;

  const later = (target: keyof typeof queues, task: () => Promise<unknown>): Promise<void> =>
    (queues[target] = queues[target].then(task).then(
      () => {},
      () => {},
    ));

  const send = (target: 'server' | 'native', deliver: (r: ConsentRecord) => Promise<boolean>) =>
    later(target, async () => {
      const r = context.record();
      if (!r?.pending[target]) return;
      const at = generation;
      if ((await deliver(r)) && at === generation) {
        const now = context.record();
        if (now?.pending[target]) context.resave({ ...now, pending: { ...now.pending, [target]: false } });
      }
    });

  const toServer = async (r: ConsentRecord) => {
    // A guest's decision stays pending until a page load where they are logged in.
    if (!sync || config.customerHint === 'guest') return false;
    const token = await sync.token();
    return !!token && sync.put(token, r);
  };

  /**
   * `POST /records` for each decision the proxy has not recorded, oldest first (docs/proxy.md, "Consent
   * records"). One that cannot be sent now (offline, the proxy down or limiting) stops the round and
   * waits in the cookie for a later page load.
   */
  const record = () =>
    later('records', async () => {
      const held = context.record();
      if (!config.records || !held?.id) return;
      // The policy the decision in force was made under, which the cookie keeps: a later page that did not
      // place the shopper (a returning visit never does) would say opt-in. Where the shopper is, as this
      // page knows it. No more of get(), whose decision is the newest, not each record's own.
      const policy = POLICIES[held.policy];
      const { region } = context.where();
      for (const u of unsentRecords(held.unsent)) {
        const res = await timedFetch(f, `${config.proxyUrl}/records`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            consent_id: held.id,
            allow: u.allow,
            deny: u.deny,
            revision: u.revision,
            lang: context.lang,
            policy,
            region,
            source: u.source,
            decided_at: new Date(u.at).toISOString(),
          }),
        });
        if (!res || res.status === 429 || res.status >= 500) return;
        // A refusal is for good: sending it again would be refused again.
        if (!res.ok) console.warn(`storefront-consent: the proxy refused a consent record (${res.status})`);
        const now = context.record();
        if (now) context.resave({ ...now, unsent: withoutEntry(now.unsent, u.entry) });
      }
    });

  return {
    decided() {
      generation++;
      record();
      if (config.nativeSync) send('native', (r) => postNative(config, r.allow, f));
      send('server', toServer);
    },
    noDecision() {
      if (!sync || config.customerHint === 'guest') return Promise.resolve();
      return later('server', async () => {
        const token = await sync.token();
        const saved = token && (await sync.get(token));
        // The shopper may have decided on this page while we asked: their fresh choice wins.
        if (saved && !context.record()) context.restore(saved);
      });
    },
  };
}
