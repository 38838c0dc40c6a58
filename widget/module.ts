// `dist/storefront-consent-ui.js`: everything the boot loads with import(), in one ES module — the core
// (deciding, saving, driving the UI) and the Preact UI — so a first visit makes one request after the
// boot, and the two compress as one. A page that only sends a pending decision, or decides through the
// page API, loads it too (the UI code then stays unused unless something must show); a returning
// shopper whose decision is stored loads nothing but the boot.
export { startCore } from './core';
export { render } from './ui/index';
