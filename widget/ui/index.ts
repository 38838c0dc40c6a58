// The UI in the module the boot script loads with `import()` when something must show. The banner is
// plain DOM, here (the notices are a chunk of their own, notice.ts); the preferences dialog is Preact, in a chunk of its own
// (`storefront-consent-preferences.js`) fetched when the shopper heads for Customize or the page opens
// the preferences, so a first visit downloads no framework. It keeps what the boot script need not
// know: where focus was, what is on screen while the preferences load. Which view
// is asked for is the core's alone (UiProps.view).
import type { Texts } from '../i18n/en';
import { setAccent } from './accent';
import { banner } from './banner';
import type { UiModule, UiProps, View } from './contract';
import { h } from './dom';
import { mountShadow } from './shadow';
import { mergeTexts } from './texts';

type Chunk = typeof import('./preferences');

interface Mounted {
  root: HTMLElement;
  p: UiProps;
  /** The view on screen now: the one asked for, or the one before while the preferences load. */
  onScreen: View | null;
  /** Where focus was before the UI opened: it goes back there when the UI closes. */
  back: Element | null;
  /** The banner on screen, and what it was drawn from: drawn again only when that changes. */
  banner?: HTMLElement | null;
  drawn?: string;
  /** Where Preact draws the preferences, once they have shown. */
  slot?: HTMLElement;
  /** The chunk load this host waits for, so one load is followed (or reported) once. */
  wait?: Promise<Chunk>;
}

const mounted = new WeakMap<HTMLElement, Mounted>();

let chunk: Promise<Chunk> | null = null;
let loaded: Chunk | undefined;

/**
 * Fetch the preferences chunk once, with its texts in `lang`; a failed load is forgotten, so the next
 * Customize tries again.
 */
function load(lang: string): Promise<Chunk> {
  chunk ??= import('./preferences').then(
    (m) => m.ready(lang).then(() => (loaded = m)),
    (e) => {
      chunk = null;
      throw e;
    },
  );
  return chunk;
}

/** Start fetching the preferences before they are needed (intent, or asked for before the UI drew). */
export const preload: UiModule['preload'] = (lang) => void load(lang).catch(() => {});

/** The banner's element and the controls inside it, in order: where focus is comes back at the same place. */
const controls = (el: Element) => [el, ...el.querySelectorAll('[tabindex],button,a,input')];

/** Put the banner drawn from `t` and `p` on screen (or take it away), keeping focus on the same control. */
function showBanner(m: Mounted, t: Texts | null) {
  const { p } = m;
  const drawn = t ? JSON.stringify([t, p.gpc, p.policyUrl, p.position]) : '';
  if (drawn === m.drawn) return;
  m.drawn = drawn;
  const old = m.banner;
  const next = t
    ? banner(p, t, {
        onAcceptAll: () => m.p.onAcceptAll(),
        onRejectAll: () => m.p.onRejectAll(),
        onCustomize: () => m.p.onCustomize(),
        onIntent: () => preload(p.lang),
      })
    : null;
  m.banner = next;
  if (old && next) {
    const at = controls(old).indexOf((m.root.getRootNode() as ShadowRoot).activeElement as Element);
    old.replaceWith(next);
    (controls(next)[at] as HTMLElement | undefined)?.focus({ preventScroll: true });
  } else if (next) m.root.prepend(next);
  else old?.remove();
}

function draw(m: Mounted) {
  const { p, root } = m;
  let view = p.view;
  if (view === 'preferences' && !loaded) {
    // Until the chunk is here, what is on screen stays (the banner after Customize: no blank flash).
    view = m.onScreen;
    const waiting = load(p.lang);
    if (m.wait !== waiting) {
      m.wait = waiting;
      waiting.then(
        () => draw(m),
        (e) => {
          // The banner stays usable: Accept all and Reject all need no chunk; the core closes the
          // preferences it asked for, as if the shopper had.
          console.error('storefront-consent: could not load the preferences', e);
          m.p.onClose();
        },
      );
    }
  }
  if (view && !m.onScreen) m.back = document.activeElement;
  setAccent(root.style, p.accent);
  root.lang = p.lang;
  root.dataset.t = p.theme;
  const t = mergeTexts(p.langTexts, p.overrides);
  showBanner(m, view === 'banner' ? t : null);
  if (loaded) {
    m.slot ??= root.appendChild(h('div', {}));
    loaded.paint(
      m.slot,
      view === 'preferences'
        ? {
            p,
            t,
            onClose: () => m.p.onClose(),
          }
        : null,
    );
  }
  if (view && view !== m.onScreen) {
    // Back from the preferences to the banner: onto Customize, the button that opened them.
    root
      .querySelector<HTMLElement>(m.onScreen === 'preferences' ? '#sc-customize' : '[role=dialog]')
      ?.focus({ preventScroll: true });
  } else if (!view && m.onScreen) {
    // Back where the shopper was, unless they have since put focus somewhere else on the page.
    if ([null, document.body, (root.getRootNode() as ShadowRoot).host].includes(document.activeElement)) {
      (m.back as HTMLElement | null)?.focus?.({ preventScroll: true });
    }
  }
  m.onScreen = view;
}

function mount(host: HTMLElement, p: UiProps): Mounted {
  const root = mountShadow(host, p.nonce);
  const m: Mounted = { root, p, onScreen: null, back: null };
  mounted.set(host, m);
  return m;
}

export const render: UiModule['render'] = (host, p) => {
  const m = mounted.get(host) ?? mount(host, p);
  m.p = p;
  draw(m);
};
