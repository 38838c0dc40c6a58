// `dist/storefront-consent-ui.js`: everything a first visit needs after the boot, in one ES module — the
// core (deciding, saving, driving the UI) and the banner and withdrawal notice, plain DOM with their CSS
// inlined — so a first visit makes one request after the boot, and the two compress as one. The
// preferences dialog, its CSS and Preact are its chunk `storefront-consent-preferences.js`, fetched on
// the way to Customize or when the preferences are asked for. A page that only sends a pending decision, or decides through the page API,
// loads the module too (the UI code then stays unused unless something must show); a returning shopper
// whose decision is stored loads nothing but the boot.
export { startCore } from './core';
export { preload, render } from './ui/index';
