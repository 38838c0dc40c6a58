// After a decision, the page hears of it (docs/widget.md, `onChange` and `storefront-consent:change`):
// once per change, never for an answer identical to the one before. Part of the core module: only a
// decision, which loads it, can change the answer.
import type { Listener } from './api';
import { type Snapshot, sameSnapshot } from './consent';
import { safeRun } from './safe-run';

export const CHANGE_EVENT = 'storefront-consent:change';

export interface Audience {
  get(): Snapshot;
  listeners: Set<Listener>;
}

/** Tell the page (the callbacks, then an event on window), unless `get()` answers what `before` did. */
export const announce = (before: Snapshot, to: Audience): void =>
  safeRun(() => {
    if (sameSnapshot(before, to.get())) return;
    for (const listener of [...to.listeners]) safeRun(() => listener(to.get()));
    dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: to.get() }));
  });
