// The seam between the boot script (no Preact) and the UI module it loads on demand.
// The boot script imports only these types; the UI module implements `UiModule`.
import type { Category, OptionalCategory } from '../../core/categories';
import type { Position, Theme } from '../types';

export type View = 'banner' | 'preferences';

export interface UiProps {
  /**
   * What to show; null hides the banner and the dialog. The core decides it, and only the core: the UI
   * shows it (keeping what is on screen while the preferences' chunk is on its way).
   */
  view: View | null;
  /** The page's policy is opt-out: the preferences say when Global Privacy Control's opt-out is honoured. */
  optOut: boolean;
  /** The store's optional categories, in order: one switch each. */
  categories: readonly OptionalCategory[];
  /** Allowed now: the preferences switches start from this (only `essential` before a decision). */
  allowed: readonly Category[];
  decided: boolean;
  /** This browser's consent id, shown in the preferences so support can find its records; null before a decision. */
  consentId: string | null;
  /** Global Privacy Control is honoured: say so; targeting starts off. */
  gpc: boolean;
  /** Resolved language code (core/languages.ts), `en` when its file did not load. */
  lang: string;
  /** The language's texts (null for English, which the UI module carries). */
  langTexts: Readonly<Record<string, string>> | null;
  /** `data-text-*` overrides, camelCase keys; unknown keys are ignored with a warning. */
  overrides: Readonly<Record<string, string>>;
  policyUrl: string | null;
  position: Position;
  theme: Theme;
  accent: string | null;
  nonce: string | null;
  onAcceptAll(): void;
  onRejectAll(): void;
  /** Customize in the banner: the core, which alone decides what shows, opens the preferences. */
  onCustomize(): void;
  /** Save choices: the optional categories switched on. */
  onSave(allow: OptionalCategory[]): void;
  /** The dialog was dismissed without deciding (Escape, close button). */
  onClose(): void;
}

export interface UiModule {
  /** Render (or re-render) into `host`'s open shadow root, creating it on the first call. */
  render(host: HTMLElement, props: UiProps): void;
  /** Start fetching the preferences dialog (a chunk of its own) and its texts in `lang` before it must show. */
  preload(lang: string): void;
}
