// docs/widget.md: `window.StorefrontConsent`, built by the boot (controller.ts). Every member goes through
// safeRun: nothing throws into the page, whatever the page passes in. The change callbacks and event are
// fired by the core module (announce.ts), the only code that makes decisions.
import type { Category } from '../core/categories';
import type { Change, Snapshot } from './consent';

export type Listener = (state: Snapshot) => void;

export interface StorefrontConsentApi {
  get(): Snapshot;
  has(category: Category): boolean;
  acceptAll(): void;
  rejectAll(): void;
  set(change: Change): void;
  open(): void;
  onChange(callback: Listener): () => void;
}

/** What the page asks of the core module, which loads for it when it has not yet. */
export type Decider = Pick<StorefrontConsentApi, 'acceptAll' | 'rejectAll' | 'set' | 'open'>;
