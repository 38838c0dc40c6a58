// The entry (`dist/storefront-consent.js`): one classic <script> in <head>, synchronous, no Preact.
// It reads its own tag, pushes Consent Mode's default, applies the stored decision, gates the page's
// scripts and defines the page API. Everything else (saving, sending, the UI) is in the module beside it
// (module-entry.ts), loaded with import() only when needed: a nonced classic script's import() carries its nonce.
import type { StorefrontConsentApi } from './api';
import { parseConfig } from './boot-config';
import type { CoreModule } from './controller';
import { startWidget } from './controller';
import { readRecord } from './cookie-store';
import { safeRun } from './safe-run';
import { createGate } from './script-gate';
import { gpcActive } from './signals/gpc';
import { hideNativeBanner } from './signals/native-sync';
import { sendSignals } from './signals/vendors';
import type { Config } from './types';
import { UI_FILE } from './ui-loader';

type WidgetWindow = Window & { StorefrontConsent?: StorefrontConsentApi };

safeRun(() => {
  const w = window as WidgetWindow;
  // Pasted twice (theme and Script Manager): the first copy is the widget.
  if (w.StorefrontConsent) return;
  const doc = document;
  // A classic script always has currentScript while it runs.
  const el = doc.currentScript as HTMLScriptElement;
  const config = parseConfig(el, doc.baseURI);
  // Every vendor's default, before any gated script can run (docs/signals.md).
  sendSignals(w, config);
  if (config.nativeSync) hideNativeBanner(doc, config.nonce);

  const api = startWidget({
    config,
    // gpcActive reads only `gpc`, which the boot's part of the config has.
    gpc: gpcActive(config as Config, navigator),
    load: () => readRecord(doc.cookie, Date.now()),
    signal: (d) => sendSignals(w, config, d),
    gate: (allowed) => createGate(doc, allowed, config.nonce).release,
    // The core and the UI are one module (module-entry.ts); the core's UI loader imports the same URL, which
    // the browser fetches and runs once.
    loadCore: () => import(/* @vite-ignore */ config.base + UI_FILE) as Promise<CoreModule>,
  });
  w.StorefrontConsent = api;

  // The merchant's "Cookie settings" link, wherever and whenever it appears on the page.
  doc.addEventListener('click', (e) => {
    // A click's target is an element, or the document itself (which has no closest()).
    if ((e.target as Element).closest?.('[data-consent-open]')) {
      e.preventDefault();
      api.open();
    }
  });
});
