// The widget's state and what happens on a decision, with every side effect passed in, so one page
// load can be played through in a test. The order matters: Consent Mode's default before any gated
// script, and each decision's signals before the scripts it releases (SPEC 6.1).
import type { Category, Decision, OptionalCategory } from '../core/categories';
import { type ApiHost, createApi, type StorefrontConsentApi } from './api';
import {
  acceptAll,
  allowedBy,
  type Change,
  decision,
  mustAsk,
  rejectAll,
  setCategories,
  snapshot,
  underGpc,
  withdrawn,
} from './consent';
import type { Effects, EffectsHost } from './effects';
import { safeRun } from './safe-run';
import type { Config, ConsentRecord } from './types';
import type { View } from './ui/contract';
import type { ShownProps } from './ui-loader';

export interface ControllerDeps {
  config: Config;
  /** Global Privacy Control honoured and sent by this browser. */
  gpc: boolean;
  /** Resolved language code. */
  lang: string;
  now(): number;
  load(): ConsentRecord | null;
  save(record: ConsentRecord): void;
  effects(host: EffectsHost): Effects;
  /** Start gating; returns the function that releases what is allowed now. */
  gate(allowed: () => readonly Category[]): () => void;
  clear(categories: OptionalCategory[]): void;
  show(props: ShownProps): void;
  reload(): void;
  /** Where the change event is dispatched (window). */
  events: EventTarget;
}

export function startWidget(d: ControllerDeps): StorefrontConsentApi {
  const { config, gpc } = d;
  let record: ConsentRecord | null = null;
  let view: View | null = null;
  let notice: 'withdrawn' | null = null;

  const allowed = () => allowedBy(record, config);
  const asking = () => mustAsk(record, config, d.now());
  const save = (r: ConsentRecord) => safeRun(() => d.save(r), undefined);

  const render = () =>
    d.show({
      view,
      notice,
      categories: config.categories,
      allowed: allowed(),
      decided: !asking(),
      gpc,
      lang: d.lang,
      overrides: config.texts,
      policyUrl: config.policyUrl,
      position: config.position,
      theme: config.theme,
      accent: config.accent,
      nonce: config.nonce,
      onAcceptAll: () => commit(acceptAll(config, gpc, d.now())),
      onRejectAll: () => commit(rejectAll(config, gpc, d.now())),
      onSave: (allow) => commit(decision(allow, config, gpc, d.now())),
      onClose: () => {
        view = asking() ? 'banner' : null;
        render();
      },
      onReload: d.reload,
    });

  const effects = d.effects({
    config,
    record: () => record,
    markSent(target) {
      if (!record?.pending[target]) return;
      record = { ...record, pending: { ...record.pending, [target]: false } };
      save(record);
    },
    restore: (saved: Decision) => {
      const r = decision(saved.allow, config, false, d.now());
      commit(underGpc({ ...r, pending: { ...r.pending, server: false } }, config, gpc, d.now()));
    },
  });
  // Consent Mode's default goes first, before any gated script can run.
  safeRun(effects.boot, undefined);

  let release = () => {};
  const host: ApiHost = {
    get: () => snapshot(record, config, d.now()),
    acceptAll: () => commit(acceptAll(config, gpc, d.now())),
    rejectAll: () => commit(rejectAll(config, gpc, d.now())),
    set: (change: Change) => commit(setCategories(allowed(), change, config, gpc, d.now())),
    open: () => {
      view = 'preferences';
      render();
    },
  };

  function commit(next: ConsentRecord): void {
    const before = allowed();
    record = next;
    save(next);
    safeRun(() => effects.decided(next, true), undefined);
    release();
    const gone = withdrawn(before, allowed()) as OptionalCategory[];
    if (gone.length) {
      safeRun(() => d.clear(gone), undefined);
      notice = 'withdrawn';
    }
    view = null;
    render();
    changed();
  }

  const stored = safeRun(d.load, null);
  const adjusted = stored && underGpc(stored, config, gpc, d.now());
  record = adjusted;
  if (adjusted && adjusted !== stored) save(adjusted);
  // Created once the stored decision is known: the page hears only of changes from here on.
  const { api, changed } = createApi(host, d.events);
  safeRun(
    () => (adjusted ? effects.decided(adjusted, adjusted !== stored) : effects.noDecision()),
    undefined,
  );
  release = d.gate(allowed);
  release();
  if (asking()) {
    view = 'banner';
    render();
  }
  return api;
}
