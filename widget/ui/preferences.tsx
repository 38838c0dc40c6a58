// The preferences dialog: one switch per category the store uses, `essential` always on.
import type { TargetedMouseEvent } from 'preact';
import type { Texts } from '../i18n/en';
import type { UiProps } from './contract';
import { keepFocusInside } from './focus';

export interface PreferencesProps {
  p: UiProps;
  t: Texts;
  /** Escape and the close button: back to the banner, or closed. */
  onClose(): void;
}

interface SwitchProps {
  id: string;
  label: string;
  description: string;
  on: boolean;
  /** Set for a switch that cannot be turned off. */
  fixed?: string;
}

// Starts from `on`; `defaultChecked` keeps the shopper's clicks across re-renders, and the dialog
// mounts afresh each time it opens.
function Switch({ id, label, description, on, fixed }: SwitchProps) {
  return (
    <li>
      <label for={`sc-${id}`}>
        {label}
        {fixed && <span> {fixed}</span>}
      </label>
      <input
        id={`sc-${id}`}
        type="checkbox"
        // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox carries its checked state; aria-checked would go stale.
        role="switch"
        defaultChecked={on}
        disabled={!!fixed}
        aria-describedby={`sc-${id}-d`}
      />
      <p id={`sc-${id}-d`}>{description}</p>
    </li>
  );
}

export function Preferences({ p, t, onClose }: PreferencesProps) {
  const save = (event: TargetedMouseEvent<HTMLButtonElement>) => {
    const dialog = event.currentTarget.closest('[role=dialog]');
    p.onSave(p.categories.filter((c) => dialog?.querySelector<HTMLInputElement>(`#sc-${c}`)?.checked));
  };
  return (
    <div class="k">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="sc-pt"
        aria-describedby="sc-pd"
        tabIndex={-1}
        class="p"
        onKeyDown={(e) => keepFocusInside(e, onClose)}
      >
        <div class="h">
          <h2 id="sc-pt">{t.preferencesTitle}</h2>
          <button type="button" class="x" aria-label={t.close} onClick={() => onClose()}>
            ×
          </button>
        </div>
        <p id="sc-pd">{t.preferencesDescription}</p>
        {p.gpc && <p>{t.gpcNotice}</p>}
        <ul>
          <Switch
            id="essential"
            label={t.essentialLabel}
            description={t.essentialDescription}
            on
            fixed={t.alwaysOn}
          />
          {p.categories.map((c) => (
            <Switch
              key={c}
              id={c}
              label={t[`${c}Label`]}
              description={t[`${c}Description`]}
              on={p.allowed.includes(c)}
            />
          ))}
        </ul>
        <div class="a">
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
      </div>
    </div>
  );
}
