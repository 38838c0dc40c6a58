// docs/widget.md: `window.StorefrontConsent`, and the `storefront-consent:change` event. Every member goes
// through safeRun: nothing here throws into the page, whatever the page passes in.
import type { Category } from '../core/categories';
import { type Change, type Snapshot, sameSnapshot } from './consent';
import { safeRun } from './safe-run';

export const CHANGE_EVENT = 'storefront-consent:change';

/** What the API asks of the widget. */
export interface ApiActions {
  get(): Snapshot;
  acceptAll(): void;
  rejectAll(): void;
  set(change: Change): void;
  open(): void;
}

export interface StorefrontConsentApi {
  get(): Snapshot;
  has(category: Category): boolean;
  acceptAll(): void;
  rejectAll(): void;
  set(change: Change): void;
  open(): void;
  onChange(callback: (state: Snapshot) => void): () => void;
}

export interface Api {
  api: StorefrontConsentApi;
  /** After every decision: tell the page, unless the answer is the same as before. */
  changed(): void;
}

export function createApi(actions: ApiActions, target: EventTarget): Api {
  const listeners = new Set<(state: Snapshot) => void>();
  let last = safeRun(actions.get, null);
  const api: StorefrontConsentApi = {
    get: () => safeRun(actions.get, null) as Snapshot,
    has: (category) => safeRun(() => actions.get().allow.includes(category), false),
    acceptAll: () => safeRun(actions.acceptAll),
    rejectAll: () => safeRun(actions.rejectAll),
    // Checked by the core (core.ts), which a decision needs anyway: the boot every page runs stays small.
    set: (change) => safeRun(() => actions.set(change)),
    open: () => safeRun(actions.open),
    onChange(callback) {
      // A callback that is not a function fails, logged, at each change; subscribing it twice is one subscription.
      listeners.add(callback);
      return () => {
        listeners.delete(callback);
      };
    },
  };
  return {
    api,
    changed: () =>
      safeRun(() => {
        const now = actions.get();
        if (last && sameSnapshot(last, now)) return;
        last = now;
        for (const listener of [...listeners]) safeRun(() => listener(actions.get()));
        target.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: actions.get() }));
      }),
  };
}
