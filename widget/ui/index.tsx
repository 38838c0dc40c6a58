// The UI module the boot script loads with `import()` when something must show. It keeps what
// the boot script need not know: where focus was, Customize pressed in the banner, a dismissed notice.
import { render as paint } from 'preact';
import { textOnAccent } from './accent';
import { Banner } from './banner';
import type { UiModule, UiProps, View } from './contract';
import { Notice } from './notice';
import { Preferences } from './preferences';
import { mountShadow } from './shadow';
import { mergeTexts } from './texts';

interface Mounted {
  root: HTMLElement;
  p: UiProps;
  /** The view on screen now. */
  shown: View | null;
  /** Where focus was before the UI opened: it goes back there when the UI closes. */
  back: Element | null;
  customizing?: boolean;
  dismissed?: boolean;
}

const mounted = new WeakMap<HTMLElement, Mounted>();

function setAccent(style: CSSStyleDeclaration, accent: string | null) {
  // An invalid colour in a custom property would blank the buttons: keep the theme's accent then.
  // (An empty value removes the property.)
  const valid = accent && globalThis.CSS?.supports('color', accent);
  style.setProperty('--sc-accent', valid ? accent : '');
  style.setProperty('--sc-on-accent', (valid && textOnAccent(accent)) || '');
}

function draw(host: HTMLElement, m: Mounted) {
  const { p, root } = m;
  if (p.view !== 'banner') m.customizing = false;
  if (!p.notice) m.dismissed = false;
  const view = m.customizing ? 'preferences' : p.view;
  if (view && !m.shown) m.back = document.activeElement;
  setAccent(root.style, p.accent);
  root.lang = p.lang;
  root.dataset.t = p.theme;
  const t = mergeTexts(p.langTexts, p.overrides);
  const redraw = (change: Partial<Mounted>) => {
    Object.assign(m, change);
    draw(host, m);
  };
  paint(
    <>
      {view === 'banner' && <Banner p={p} t={t} onCustomize={() => redraw({ customizing: true })} />}
      {view === 'preferences' && (
        <Preferences
          p={p}
          t={t}
          onClose={() => {
            redraw({ customizing: false });
            m.p.onClose();
          }}
        />
      )}
      <Notice p={p} t={t} shown={!!p.notice && !m.dismissed} onDismiss={() => redraw({ dismissed: true })} />
    </>,
    root,
  );
  if (view && view !== m.shown) {
    // Back from the preferences to the banner: onto Customize, the button that opened them.
    root
      .querySelector<HTMLElement>(m.shown === 'preferences' ? '.a button:last-child' : '[role=dialog]')
      ?.focus({ preventScroll: true });
  } else if (!view && m.shown) {
    // Back where the shopper was, unless they have since put focus somewhere else on the page.
    if ([null, document.body, host].includes(document.activeElement as HTMLElement)) {
      (m.back as HTMLElement | null)?.focus?.({ preventScroll: true });
    }
  }
  m.shown = view;
}

export const render: UiModule['render'] = (host, p) => {
  const m = mounted.get(host) ?? { root: mountShadow(host, p.nonce), p, shown: null, back: null };
  mounted.set(host, m);
  m.p = p;
  draw(host, m);
};
