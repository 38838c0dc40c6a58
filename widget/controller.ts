// The boot's side of a page load: the decision in force, applied at once (the vendors' consent updates,
// then the scripts it releases), and the page API. Making, saving and sending decisions, telling the page
// of them, cookie clearing and the UI live in the core module, loaded only when there is something to
// show, save or send, so a returning shopper's page runs the boot alone. Side effects are passed in, so a
// page load plays in a test.
import { CATEGORIES, type Category, type Decision } from '../core/categories';
import type { Policy } from '../core/jurisdictions';
import type { Audience } from './announce';
import type { Decider, Listener, StorefrontConsentApi } from './api';
import { allowedBy, type Change, mustAsk, type Snapshot } from './consent';
import { logError, safeRun } from './safe-run';
import type { BootConfig, ConsentRecord } from './types';

/** What the core module gets from the boot. */
export interface Boot extends Audience {
  /** The boot's part of the config; the core completes it from the same element. */
  config: BootConfig;
  /** Global Privacy Control honoured and sent by this browser. */
  gpc: boolean;
  record(): ConsentRecord | null;
  /** The decision the cookie holds now, which another tab may have made since this page loaded. */
  stored(): ConsentRecord | null;
  /** Replace the record without it being a new decision (a pending flag sent, a record completed). */
  replace(r: ConsentRecord): void;
  /** The banner must ask (no decision, an older revision, expired, made under a weaker policy). */
  asking(): boolean;
  /** The page's policy, an index in POLICIES (0 `opt-in` until regional rules place the shopper). */
  policy(): number;
  /**
   * Regional rules found the shopper's policy (and its name, POLICIES[policy], so the boot carries no list
   * of names) and region: the record in force follows (then `enforce`).
   */
  place(policy: number, name: Policy, region: string | null): void;
  allowed(): Category[];
  /** Put the record in force: the vendors' updates, then what it releases. */
  enforce(): void;
}

/** The core module's side: what the page API and the boot ask of it. */
export interface Core extends Decider {
  /** Once, right after loading: the banner, pending sends, the server lookup; `fresh` = the record in force is new. */
  start(fresh: boolean): void;
}

export interface CoreModule {
  startCore(boot: Boot): Core;
}

export interface BootDeps {
  config: BootConfig;
  gpc: boolean;
  load(): ConsentRecord | null;
  /** The vendors' updates for the decision in force (their defaults were sent before this started). */
  signal(d: Decision): void;
  /** Start gating; returns the function that releases what is allowed now. */
  gate(allowed: () => readonly Category[]): () => void;
  /** The core and the UI, one module: shown or not, a page that must decide, save or send loads it. */
  loadCore(): Promise<CoreModule>;
}

export function startWidget(d: BootDeps): StorefrontConsentApi {
  const { config, gpc } = d;
  let record: ConsentRecord | null = null;
  let loading: Promise<Core> | undefined;
  let core: Core | undefined;
  // Opt-in until regional rules say otherwise (docs/regions.md): unknown never releases anything.
  let policy = 0;
  let name: Policy = 'opt-in';
  let region: string | null = null;
  /**
   * The decision in force: the record, unless made under a weaker policy than the page's; without
   * one, opt-in allows nothing optional and opt-out and none allow everything.
   */
  const inForce = () =>
    record && record.policy <= policy
      ? record
      : policy
        ? ({ allow: CATEGORIES } as unknown as ConsentRecord)
        : null;
  // GPC withdraws targeting from a decision made before the browser sent it, at once; the core saves that.
  // Under opt-out and none, with no decision, GPC denies targeting too.
  const allowed = () => {
    const r = inForce();
    return allowedBy(r, config).filter((c) => c !== 'targeting' || !gpc || (r as ConsentRecord).gpc);
  };
  const asking = () => mustAsk(record, config, Date.now(), policy);

  /**
   * Run `job` on the core: at once when it is loaded (always so once the banner shows: then
   * `acceptAll(); has(…)` answers the new decision), else as soon as it has loaded.
   */
  const withCore = (job: (c: Core) => void) => {
    if (core) return void safeRun(() => job(core as Core));
    loading ||= d.loadCore().then((m) => (core = m.startCore(boot)));
    loading.then((c) => safeRun(() => job(c)), logError);
  };

  const listeners = new Set<Listener>();
  /**
   * `get()`: the record in force as the page sees it, GPC applied; still undecided while the banner asks
   * (a re-asked decision keeps applying meanwhile); the page's policy and region (docs/regions.md).
   */
  const get = (): Snapshot => {
    const allow = allowed();
    return {
      allow,
      deny: CATEGORIES.filter((c) => !allow.includes(c)),
      decided: !asking(),
      revision: record?.revision ?? config.revision,
      updatedAt: record?.updatedAt ?? null,
      consentId: record?.id ?? null,
      policy: name,
      region,
    };
  };
  const signal = () => safeRun(() => d.signal(get()));
  const boot: Boot = {
    config,
    gpc,
    record: () => record,
    stored: d.load,
    replace: (r) => {
      record = r;
    },
    asking,
    policy: () => policy,
    place(p, n, r) {
      policy = p;
      name = n;
      region = r;
    },
    allowed,
    enforce() {
      signal();
      release();
    },
    get,
    listeners,
  };

  record = safeRun(d.load, null);
  // A decision GPC withdraws from: the core saves the withdrawal. (One made under a weaker policy waits
  // for regional rules: it is not in force yet; without a decision in force, both are essential alone.)
  const fresh = allowed().length < allowedBy(inForce(), config).length;
  // Before the gate starts, which may release at once (a page parsed already): the default went out
  // before this started, and a page load without a decision needs no update.
  if (record) signal();
  const release = d.gate(allowed);
  release();

  if (
    asking() ||
    fresh ||
    record?.pending.native ||
    (record?.pending.server && config.maySync) ||
    (record?.unsent && config.mayRecord)
  )
    withCore((c) => c.start(fresh));
  // The core checks set()'s argument: a decision loads it anyway, and the boot every page runs stays small.
  const call = (job: keyof Decider) => (change?: Change) => withCore((c) => c[job](change as Change));
  return {
    get: () => safeRun(get, null) as Snapshot,
    has: (category) => safeRun(() => get().allow.includes(category), false),
    acceptAll: call('acceptAll'),
    rejectAll: call('rejectAll'),
    set: call('set'),
    open: call('open'),
    onChange(callback) {
      // A callback that is not a function fails, logged, at each change; subscribing it twice is one subscription.
      listeners.add(callback);
      return () => {
        listeners.delete(callback);
      };
    },
  };
}
