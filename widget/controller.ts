// The boot's side of a page load: the decision in force, applied at once (Consent Mode update, then
// the scripts it releases, then the change event), and the page API. Making, saving and sending
// decisions, cookie clearing and the UI live in the core module, loaded only when there is something
// to show, save or send, so a returning shopper's page runs the boot alone. Side effects are passed
// in, so a page load plays in a test.
import type { Category, OptionalCategory } from '../core/categories';
import { type ApiActions, createApi, type StorefrontConsentApi } from './api';
import { allowedBy, gpcWithdrawal, gpcWithdraws, mustAsk, snapshot } from './consent';
import { safeRun } from './safe-run';
import type { BootConfig, ConsentRecord, ScriptAttributes } from './types';

/** What the core module gets from the boot. */
export interface Boot {
  /** The boot's part of the config; the core completes it from the same element. */
  config: BootConfig;
  script: ScriptAttributes;
  /** Global Privacy Control honoured and sent by this browser. */
  gpc: boolean;
  record(): ConsentRecord | null;
  /** Replace the record without it being a new decision (a pending flag sent, a record completed). */
  replace(r: ConsentRecord): void;
  /** The banner must ask (no decision, an older revision, expired). */
  asking(): boolean;
  allowed(): Category[];
  /** Put a new decision in force now; answers the categories it withdraws. */
  apply(next: ConsentRecord): OptionalCategory[];
}

/** The core module's side: what the page API and the boot ask of it. */
export interface Core extends Omit<ApiActions, 'get'> {
  /** Once, right after loading: the banner, pending sends, the server lookup; `fresh` = the record in force is new. */
  start(fresh: boolean): void;
}

export interface CoreModule {
  startCore(boot: Boot): Core;
}

export interface BootDeps {
  config: BootConfig;
  script: ScriptAttributes;
  gpc: boolean;
  now(): number;
  load(): ConsentRecord | null;
  /** Consent Mode update for a decision in force (its default is pushed before this starts). */
  signal(r: ConsentRecord): void;
  /** Start gating; returns the function that releases what is allowed now. */
  gate(allowed: () => readonly Category[]): () => void;
  /** The core and the UI, one module: shown or not, a page that must decide, save or send loads it. */
  loadCore(): Promise<CoreModule>;
  /** Where the change event is dispatched (window). */
  events: EventTarget;
}

export function startWidget(d: BootDeps): StorefrontConsentApi {
  const { config, gpc, now } = d;
  let record: ConsentRecord | null = null;
  let loading: Promise<Core> | undefined;
  let core: Core | undefined;
  const allowed = () => allowedBy(record, config);
  const asking = () => mustAsk(record, config, now());

  /**
   * Run `job` on the core: at once when it is loaded (always so once the banner shows: then
   * `acceptAll(); has(…)` answers the new decision), else as soon as it has loaded.
   */
  const withCore = (job: (c: Core) => void) => {
    if (core) return void safeRun(() => job(core as Core));
    loading ||= d.loadCore().then((m) => (core = m.startCore(boot)));
    loading.then(
      (c) => safeRun(() => job(c)),
      (e) => console.error('storefront-consent:', e),
    );
  };

  const boot: Boot = {
    config,
    script: d.script,
    gpc,
    record: () => record,
    replace: (r) => {
      record = r;
    },
    asking,
    allowed,
    apply: (next) => {
      const before = allowed();
      record = next;
      safeRun(() => d.signal(next));
      release();
      changed();
      // Withdrawn: allowed before, not now (a record always allows essential).
      return before.filter((c) => !next.allow.includes(c)) as OptionalCategory[];
    },
  };

  const act: ApiActions = {
    get: () => snapshot(record, config, now()),
    acceptAll: () => withCore((c) => c.acceptAll()),
    rejectAll: () => withCore((c) => c.rejectAll()),
    set: (change) => withCore((c) => c.set(change)),
    open: () => withCore((c) => c.open()),
  };

  record = safeRun(d.load, null);
  // GPC withdraws targeting from a decision made before the browser sent it: at once here, saved by the core.
  const fresh = !!record && gpcWithdraws(record, gpc);
  if (fresh) record = gpcWithdrawal(record as ConsentRecord);
  // Created once the stored decision is known: the page hears only of changes from here on.
  const { api, changed } = createApi(act, d.events);
  if (record) safeRun(() => d.signal(record as ConsentRecord));
  const release = d.gate(allowed);
  release();

  if (asking() || fresh || record?.pending.native || (record?.pending.server && config.maySync))
    withCore((c) => c.start(fresh));
  return api;
}
