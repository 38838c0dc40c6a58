// After a withdrawal: scripts that already ran stop only when the page reloads, so say so politely.
// Plain DOM (dom.ts), like the banner.
import type { NoticeTexts } from '../i18n/en';
import { button, h } from './dom';

export interface NoticeActions {
  onReload(): void;
  onDismiss(): void;
}

export interface Notice {
  el: HTMLElement;
  /** Show the notice in these words, or empty it. */
  update(t: NoticeTexts, shown: boolean): void;
}

// The live region is always in the tree, so screen readers announce the message when it appears.
export function createNotice(on: NoticeActions): Notice {
  const status = h('p', { role: 'status' });
  const el = h('div', {}, status);
  let drawn = '';
  return {
    el,
    update(t, shown) {
      const words = shown ? [t.withdrawnNotice, t.reload, t.dismiss] : [];
      // Unchanged: leave the buttons alone, and focus with them.
      if (`${words}` === drawn) return;
      drawn = `${words}`;
      el.className = shown ? 'panel notice' : '';
      status.textContent = words[0] ?? '';
      status.nextSibling?.remove();
      if (shown)
        el.append(
          h('div', { class: 'answers' }, button(t.reload, on.onReload), button(t.dismiss, on.onDismiss)),
        );
    },
  };
}
