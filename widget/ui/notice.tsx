// After a withdrawal: scripts that already ran stop only when the page reloads, so say so politely.
import type { Texts } from '../i18n/en';
import type { UiProps } from './contract';

export interface NoticeProps {
  p: UiProps;
  t: Texts;
  shown: boolean;
  onDismiss(): void;
}

// The live region is always in the tree, so screen readers announce the message when it appears.
export function Notice({ p, t, shown, onDismiss }: NoticeProps) {
  return (
    <div class={shown ? 'p n' : undefined}>
      <p role="status">{shown && t.withdrawnNotice}</p>
      {shown && (
        <div class="a">
          <button type="button" onClick={() => p.onReload()}>
            {t.reload}
          </button>
          <button type="button" onClick={onDismiss}>
            {t.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
