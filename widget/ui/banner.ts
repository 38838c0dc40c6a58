// The first-visit banner: what is asked, and three answers of equal weight. Plain DOM (dom.ts): the
// banner is a message with buttons, and a first visit should not download a framework to draw it.
import type { Texts } from '../i18n/en';
import type { UiProps } from './contract';
import { button, h } from './dom';
import { keepFocusInside } from './focus';
import { safeHref } from './safe-href';

export interface BannerActions {
  onAcceptAll(): void;
  onRejectAll(): void;
  onCustomize(): void;
  /** The shopper points at or focuses Customize: a moment to start fetching the preferences. */
  onIntent(): void;
}

export function banner(p: UiProps, t: Texts, on: BannerActions): HTMLElement {
  const href = safeHref(p.policyUrl);
  // At the edges the page stays usable; in the centre a backdrop covers it, so the banner is modal.
  const modal = p.position === 'center';
  const dialog = h(
    'div',
    {
      role: 'dialog',
      'aria-modal': `${modal}`,
      'aria-labelledby': 'sc-t',
      'aria-describedby': p.gpc ? 'sc-d sc-g' : 'sc-d',
      tabindex: -1,
      class: `panel ${p.position}`,
      onkeydown: modal && ((e) => keepFocusInside(e as KeyboardEvent, dialog)),
    },
    h('h2', { id: 'sc-t' }, t.title),
    h('p', { id: 'sc-d' }, t.description, href && ' ', href && h('a', { href }, t.policyLink)),
    p.gpc && h('p', { id: 'sc-g' }, t.gpcNotice),
    h(
      'div',
      { class: 'answers' },
      button(t.acceptAll, on.onAcceptAll),
      button(t.rejectAll, on.onRejectAll),
      // Its id is where focus returns when the preferences it opened close.
      button(t.customize, on.onCustomize, {
        id: 'sc-customize',
        onpointerenter: on.onIntent,
        onpointerdown: on.onIntent,
        onfocus: on.onIntent,
      }),
    ),
  );
  return modal ? h('div', { class: 'backdrop' }, dialog) : dialog;
}
