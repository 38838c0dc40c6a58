// The demo's own files (styles, panel script, fake vendor tags), inlined into the bundle at build
// time, and the built widget, read from `dist/` on each request so a rebuild shows on reload.
import { CONTENT_TYPES, readStaticFile } from '../static-files';
import fbevents from './public/fbevents.js?raw';
import gtag from './public/gtag.js?raw';
import panel from './public/panel.js?raw';
import store from './public/store.css?raw';
import video from './public/video-embed.html?raw';

export interface Asset {
  type: string;
  body: string | Buffer;
}

export const DEMO_ASSETS: Readonly<Record<string, Asset>> = {
  '/assets/store.css': { type: CONTENT_TYPES['.css'], body: store },
  '/assets/panel.js': { type: CONTENT_TYPES['.js'], body: panel },
  '/vendor/gtag/js': { type: CONTENT_TYPES['.js'], body: gtag },
  '/vendor/fbevents.js': { type: CONTENT_TYPES['.js'], body: fbevents },
  '/vendor/embed/video': { type: CONTENT_TYPES['.html'], body: video },
};

/** Only the widget's own files: not the demo's server bundles in `dist/node/`, nor other file types. */
const WIDGET_FILE = /^\/[\w.\-/]+\.(js|mjs|css|map)$/;

/** A file of the built widget (`/storefront-consent.js`, `/storefront-consent-ui.js`, `/i18n/de.js` …). */
export async function widgetAsset(widgetDir: string, path: string): Promise<Asset | null> {
  if (!WIDGET_FILE.test(path) || path.includes('..') || path.startsWith('/node/')) return null;
  return readStaticFile(widgetDir, path);
}
