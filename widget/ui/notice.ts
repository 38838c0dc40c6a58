// The small notices, each a sentence and two buttons, never in the way: after a withdrawal (scripts that
// already ran stop only when the page reloads: Reload, Dismiss), and where the policy is opt-out
// (docs/regions.md: **Your Privacy Choices**, Dismiss). A chunk of its own (`storefront-consent-notice.js`),
// loaded by the withdrawal and by regional rules, so the module every first visit loads carries none of
// it. It has a host of its own beside the banner's, `<div id="storefront-consent-notice">`, so the banner
// and the preferences redraw without touching it. Plain DOM (dom.ts), like the banner.
import type { Theme } from '../types';
import { setAccent } from './accent';
import { button, h } from './dom';
import css from './notice.css?inline';
import { addStyles, mountShadow } from './shadow';

export const NOTICE_HOST_ID = 'storefront-consent-notice';

export interface NoticeProps {
  /** The sentence, the action's label, the dismiss label. */
  words: readonly [string, string, string];
  /** Reload, or open the preferences. */
  act(): void;
  /** After the shopper dismissed it. */
  dismissed?(): void;
  lang: string;
  theme: Theme;
  accent: string | null;
  nonce: string | null;
}

let status: HTMLElement | undefined;
let current: NoticeProps | null = null;

/** Show the notice in these words (replacing any other), or take it away (null). */
export function showNotice(p: NoticeProps | null): void {
  current = p;
  if (!status) {
    if (!p) return;
    const host = h('div', { id: NOTICE_HOST_ID });
    document.body.append(host);
    // Focus given to the host (the preferences closing, focus going back where it was) goes to its first
    // button: Your Privacy Choices, which opened them.
    host.attachShadow({ mode: 'open', delegatesFocus: true });
    const root = mountShadow(host, p.nonce);
    addStyles(host.shadowRoot as ShadowRoot, css, p.nonce);
    // The live region is in the tree before it speaks, so screen readers announce what it then says.
    status = h('p', { role: 'status' });
    root.append(h('div', {}, status));
  }
  const el = status.parentElement as HTMLElement;
  const root = el.parentElement as HTMLElement;
  status.textContent = '';
  status.nextSibling?.remove();
  el.className = '';
  if (!p) return;
  root.lang = p.lang;
  root.dataset.t = p.theme;
  setAccent(root.style, p.accent);
  const [sentence, action, dismiss] = p.words;
  // A moment later than the region itself, the first time: a region born speaking is often not heard.
  requestAnimationFrame(() => {
    if (current !== p) return;
    el.className = 'panel notice';
    (status as HTMLElement).textContent = sentence;
    el.append(
      h(
        'div',
        { class: 'answers' },
        button(action, p.act),
        button(dismiss, () => {
          showNotice(null);
          p.dismissed?.();
        }),
      ),
    );
  });
}
