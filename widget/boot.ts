// The entry: one classic <script> in <head>, synchronous, no Preact. It reads its own tag, signals
// Consent Mode's default, reads the stored decision, gates the page's scripts, and loads the UI only
// when something must be shown.
import type { StorefrontConsentApi } from './api';
import { parseConfig } from './config';
import { startWidget } from './controller';
import { clearCategories } from './cookie-clear';
import { loadRecord, saveRecord } from './cookie-store';
import { createEffects } from './effects';
import { resolveLang } from './lang';
import { safeRun } from './safe-run';
import { createGate } from './script-gate';
import { gpcActive } from './signals/gpc';
import { createUiLoader } from './ui-loader';

type WidgetWindow = Window & { StorefrontConsent?: StorefrontConsentApi };

safeRun(() => {
  const w = window as WidgetWindow;
  // Pasted twice (theme and Script Manager): the first copy is the widget.
  if (w.StorefrontConsent) return;
  const doc = document;
  const el = (doc.currentScript ||
    doc.querySelector('script[src*="storefront-consent"]') ||
    doc.createElement('script')) as HTMLScriptElement;
  const config = parseConfig(el, doc.baseURI, (v) => CSS.supports('color', v));
  const nav = navigator;
  const { hostname, pathname, protocol } = location;

  w.StorefrontConsent = startWidget({
    config,
    gpc: gpcActive(config, nav),
    lang: resolveLang(config.lang, doc.documentElement.lang, nav.languages || [nav.language]),
    now: Date.now,
    load: () => loadRecord(),
    save: (r) => saveRecord(r, config, protocol === 'https:'),
    effects: createEffects,
    gate: (allowed) => createGate(doc, allowed).release,
    clear: (categories) => clearCategories(categories, config.clear, { hostname, pathname }),
    show: createUiLoader(config.base, doc),
    reload: () => location.reload(),
    events: w,
  });

  // The merchant's "Cookie settings" link, wherever and whenever it appears on the page.
  doc.addEventListener('click', (e) => {
    const t = e.target as Element | null;
    if (t?.closest?.('[data-consent-open]')) {
      e.preventDefault();
      w.StorefrontConsent?.open();
    }
  });
}, undefined);
