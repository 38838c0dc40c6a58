// The demo's own files (styles, panel script, fake vendor tags), inlined into the bundle at build
// time, and the built widget, read from `dist/` on each request so a rebuild shows on reload.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import fbevents from './public/fbevents.js?raw';
import gtag from './public/gtag.js?raw';
import panel from './public/panel.js?raw';
import store from './public/store.css?raw';
import video from './public/video-embed.html?raw';

export interface Asset {
  type: string;
  body: string | Buffer;
}

const JS = 'text/javascript; charset=utf-8';

export const DEMO_ASSETS: Readonly<Record<string, Asset>> = {
  '/assets/store.css': { type: 'text/css; charset=utf-8', body: store },
  '/assets/panel.js': { type: JS, body: panel },
  '/vendor/gtag/js': { type: JS, body: gtag },
  '/vendor/fbevents.js': { type: JS, body: fbevents },
  '/vendor/embed/video': { type: 'text/html; charset=utf-8', body: video },
};

const WIDGET_TYPES: Record<string, string> = {
  '.js': JS,
  '.mjs': JS,
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A file of the built widget (`/storefront-consent.js`, `/storefront-consent-ui.js`, `/i18n/de.js` …). */
export async function widgetAsset(widgetDir: string, path: string): Promise<Asset | null> {
  const type = WIDGET_TYPES[extname(path)];
  if (!type || !/^\/[\w.\-/]+$/.test(path) || path.includes('..') || path.startsWith('/node/')) return null;
  const file = normalize(join(widgetDir, path));
  if (!file.startsWith(normalize(widgetDir) + sep)) return null;
  try {
    return { type, body: await readFile(file) };
  } catch {
    return null;
  }
}
