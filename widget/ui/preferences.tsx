// The preferences dialog: one switch per category the store uses, `essential` always on. The one
// stateful view, so it stays a Preact component; it and Preact are a chunk of their own
// (`storefront-consent-preferences.js`), fetched on the way to Customize or when the preferences are
// asked for (ui/index.ts), never on a first visit that does not customize.
import { render, type TargetedMouseEvent } from 'preact';
import type { PreferencesTexts, Texts } from '../i18n/en';
import { PREFERENCES_EN } from '../i18n/en-preferences';
import type { UiProps } from './contract';
import { keepFocusInside } from './focus';
import css from './preferences.css?inline';
import { addStyles } from './shadow';

export interface PreferencesProps {
  p: UiProps;
  t: Texts;
  /** Escape and the close button: back to the banner, or closed. */
  onClose(): void;
}

export function Preferences({ p, t, onClose }: PreferencesProps) {
  const save = (event: TargetedMouseEvent<HTMLButtonElement>) => {
    const dialog = event.currentTarget.closest('[role=dialog]');
    p.onSave(p.categories.filter((c) => dialog?.querySelector<HTMLInputElement>(`#sc-${c}`)?.checked));
  };
  return (
    <div class="backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="sc-pt"
        aria-describedby="sc-pd"
        tabIndex={-1}
        class="panel"
        onKeyDown={(e) => keepFocusInside(e, e.currentTarget, onClose)}
      >
        <div class="heading">
          <h2 id="sc-pt">{t.preferencesTitle}</h2>
          <button type="button" aria-label={t.close} onClick={() => onClose()}>
            ×
          </button>
        </div>
        <p id="sc-pd">{t.preferencesDescription}</p>
        {p.gpc && <p>{t.gpcNotice}</p>}
        {
          // Where the policy is opt-out, California asks that the page say the signal was honoured
          // (Cal. Code Regs. tit. 11, § 7025(c)(6)).
          p.gpc && p.optOut && <p class="honored">{t.optOutHonored}</p>
        }
        <ul>
          {(['essential', ...p.categories] as const).map((c) => {
            const fixed = c === 'essential';
            // Starts from what is allowed now; `defaultChecked` keeps the shopper's clicks across
            // re-renders, and the dialog mounts afresh each time it opens.
            return (
              <li key={c}>
                <label for={`sc-${c}`}>
                  {t[`${c}Label`]}
                  {fixed && <span> {t.alwaysOn}</span>}
                </label>
                <input
                  id={`sc-${c}`}
                  type="checkbox"
                  // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox carries its checked state; aria-checked would go stale.
                  role="switch"
                  defaultChecked={fixed || p.allowed.includes(c)}
                  disabled={fixed}
                  aria-describedby={`sc-${c}-d`}
                />
                <p id={`sc-${c}-d`}>{t[`${c}Description`]}</p>
              </li>
            );
          })}
        </ul>
        <div class="answers">
          <button type="button" onClick={save}>
            {t.save}
          </button>
          <button type="button" onClick={() => p.onAcceptAll()}>
            {t.acceptAll}
          </button>
          <button type="button" onClick={() => p.onRejectAll()}>
            {t.rejectAll}
          </button>
        </div>
        {p.consentId && (
          // One click selects the whole id, ready to copy for support (docs/widget.md).
          <p class="id">
            {t.consentId}: <code>{p.consentId}</code>
          </p>
        )}
      </div>
    </div>
  );
}

const styled = new WeakSet<Node>();

/** The page's language for the dialog, once `ready` fetched it; English fills in the rest. */
let inLanguage: Partial<PreferencesTexts> = {};

// A variable URL, left to the browser: relative to this chunk, so `i18n/` beside it, like the boot's.
const importer = (url: string): Promise<{ default: PreferencesTexts }> => import(/* @vite-ignore */ url);

/**
 * Fetch the dialog's texts in `lang` (`i18n/<lang>-preferences.js`, beside this chunk) before it first
 * shows, so it never flashes English; a file that fails to load leaves English.
 */
export const ready = (lang: string): Promise<void> =>
  lang === 'en'
    ? Promise.resolve()
    : importer(`./i18n/${lang}-preferences.js`).then(
        (m) => {
          inLanguage = m.default;
        },
        () => {},
      );

/**
 * The chunk's entry: draw the dialog into `slot`, in the UI's shadow root, or take it away (null); it
 * mounts afresh each time. Its rules join the shadow root's the first time it shows there.
 */
export function paint(slot: HTMLElement, props: PreferencesProps | null): void {
  const shadow = slot.getRootNode();
  if (props && shadow instanceof ShadowRoot && !styled.has(shadow)) {
    styled.add(shadow);
    addStyles(shadow, css, props.p.nonce);
  }
  // The preferences' English and language texts are here, not in the module: the merchant's
  // overrides (in `t`, with the banner's texts) come last.
  render(props && <Preferences {...props} t={{ ...PREFERENCES_EN, ...inLanguage, ...props.t }} />, slot);
}
