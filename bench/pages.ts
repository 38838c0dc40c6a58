// The pages the benchmark loads: one storefront, three ways. The same markup, the same theme script,
// the same gated analytics script; only the consent banner differs (none, ours, vanilla-cookieconsent).

export type Candidate = 'none' | 'ours' | 'vanilla';

// What both banners gate: records when it ran, relative to navigation start.
const GATED_ANALYTICS = 'window.__analyticsAt = performance.now();';

const PRODUCTS = Array.from(
  { length: 24 },
  (_, i) => `<li class="card"><div class="img" style="background:hsl(${i * 30} 40% 85%)"></div>
  <h3>Product ${i + 1}</h3><p>$${(19 + i * 7).toFixed(2)}</p><button>Add to cart</button></li>`,
).join('');

const STORE_CSS = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#222}
header,footer{padding:16px 32px;background:#f4f4f4;display:flex;gap:24px;align-items:center}
main{padding:32px}ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(4,1fr);gap:24px}
.img{height:160px;border-radius:8px}.card button{padding:8px 16px}.menu{display:none}
nav>ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}.slide{display:inline-block;width:120px}`;

// A storefront's navigation: the categories' drop-down menus, in the page though hidden.
const MENU = Array.from(
  { length: 8 },
  (_, i) =>
    `<li>Category ${i + 1}<ul class="menu">${Array.from({ length: 10 }, (_, j) => `<li><a href="/c${i}/s${j}">Subcategory ${j + 1}</a></li>`).join('')}</ul></li>`,
).join('');

/**
 * The theme's script, as a Stencil theme's bundle at the end of the body: once the DOM is ready it builds
 * a carousel in one go, then adds reviews one at a time, as theme code and apps do after the parser is
 * done (what the widget's gate watches for gated elements added late).
 */
export const THEME_SCRIPT = `document.addEventListener('DOMContentLoaded', () => {
  const main = document.querySelector('main');
  const carousel = document.createElement('section');
  carousel.innerHTML = '<h2>Recently viewed</h2>' + Array.from({ length: 12 }, (_, i) =>
    '<div class="slide"><div class="img"></div><p>Item ' + (i + 1) + '</p></div>').join('');
  main.append(carousel);
  const reviews = document.createElement('ol');
  main.append(reviews);
  for (let i = 0; i < 40; i++) {
    const li = document.createElement('li');
    li.textContent = 'Review ' + (i + 1) + ': five stars';
    reviews.append(li);
  }
});`;

// vanilla-cookieconsent configured as its documentation shows, with the same four categories.
export const VANILLA_CONFIG = `CookieConsent.run({
  categories: {
    necessary: { enabled: true, readOnly: true },
    functional: {},
    analytics: {},
    targeting: {}
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'We use cookies to run this store, to understand how it is used and to show relevant ads. Choose what you allow.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customize'
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Essential', description: 'Needed for the store to work.', linkedCategory: 'necessary' },
            { title: 'Functional', description: 'Remember choices such as language.', linkedCategory: 'functional' },
            { title: 'Analytics', description: 'Help us understand how the store is used.', linkedCategory: 'analytics' },
            { title: 'Targeting', description: 'Show ads that match your interests.', linkedCategory: 'targeting' }
          ]
        }
      }
    }
  }
});`;

/**
 * How our boot is on the page. `src` is the embed snippet a merchant pastes into Script Manager's head
 * (a classic, render-blocking `<script src>`); the others are what it would be as an inline script
 * (no fetch on the critical path), or with `async` or `defer` (docs/performance.md, "Loading modes").
 */
export type BootMode = 'src' | 'inline' | 'async' | 'defer';

export interface PageOptions {
  mode?: BootMode;
  /** Where our boot is served from (`/dist/`, or a variant's folder). */
  base?: string;
  /** The boot's source, for `inline`. */
  bootSource?: string;
  /** More attributes for our tag (`data-regions="auto" data-proxy-url=…`: bench/regions.ts). */
  attrs?: string;
}

const tagAttributes = (o: PageOptions) => `data-policy-url="/privacy-policy/"${o.attrs ? ` ${o.attrs}` : ''}`;

function ourTag(o: PageOptions): string {
  const src = `${o.base ?? '/dist/'}storefront-consent.js`;
  const attrs = tagAttributes(o);
  switch (o.mode ?? 'src') {
    case 'inline':
      return `<script ${attrs}>${o.bootSource ?? ''}</script>`;
    case 'async':
      return `<script async src="${src}" ${attrs}></script>`;
    case 'defer':
      return `<script defer src="${src}" ${attrs}></script>`;
    default:
      return `<script src="${src}" ${attrs}></script>`;
  }
}

export function benchPage(candidate: Candidate, o: PageOptions = {}): string {
  const head =
    candidate === 'ours'
      ? ourTag(o)
      : candidate === 'vanilla'
        ? '<link rel="stylesheet" href="/vcc/cookieconsent.css">'
        : '';
  // Without a banner the tag runs as it would on a store without one, so that what is added over that
  // page is the gate's work, not the tag's.
  const gated =
    candidate === 'none'
      ? `<script>${GATED_ANALYTICS}</script>`
      : candidate === 'vanilla'
        ? `<script type="text/plain" data-category="analytics">${GATED_ANALYTICS}</script>`
        : `<script type="text/plain" data-consent="analytics">${GATED_ANALYTICS}</script>`;
  const tail =
    candidate === 'vanilla'
      ? // Deferred at the end of the body, as its documentation's HTML setup has it (a module script, which is
        // deferred); the configuration as a file of its own, so the trace can attribute its work to it.
        '<script defer src="/vcc/cookieconsent.umd.js"></script><script defer src="/vcc-config.js"></script>'
      : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
${head}<title>Bench Store</title><style>${STORE_CSS}</style></head><body>
<header><strong>Bench Store</strong><nav><ul>${MENU}</ul></nav><a href="/login">Log in</a></header>
<main><h1>New arrivals</h1><ul>${PRODUCTS}</ul></main>
<footer><a href="#" data-consent-open>Cookie settings</a> · © Bench Store</footer>
${gated}<script src="/theme.js"></script>${tail}</body></html>`;
}

/**
 * The floor under any banner that reads its decision before the page paints: a render-blocking script
 * in <head> that does nothing, from the HTTP cache, and one that only reads `document.cookie` (its first
 * visit writes one like ours). They carry no banner (candidate 'none'): nothing to accept.
 */
export const FLOOR_SCRIPTS: Record<string, string> = {
  '/floor/script.js': '',
  // With a decision's cookie stored by the first visit, as ours is.
  '/floor/cookie.js':
    "if (!document.cookie) document.cookie = 'storefront_consent=1.1.f.0.tph3dc.0; path=/; max-age=3600';",
};

export const floorPage = (src: string): string =>
  benchPage('none').replace('<title>', `<script src="${src}"></script><title>`);

/**
 * Page-side probes, installed before any page script: banner visibility time (or, under regional rules'
 * opt-out, the notice's: docs/regions.md) and layout shift.
 */
export const PROBE_SCRIPT = `(() => {
  const b = (window.__bench = { bannerAt: null, noticeAt: null, cls: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  // Accept all: the banner's first answer, in every language.
  const acceptButton = () => {
    const host = document.getElementById('storefront-consent');
    const inShadow = host && host.shadowRoot
      ? host.shadowRoot.querySelector('.answers button')
      : null;
    return inShadow || document.querySelector('#cc-main .cm [data-role="all"]');
  };
  window.__acceptButton = acceptButton;
  const visible = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const noticeButton = () => {
    const host = document.getElementById('storefront-consent-notice');
    return host && host.shadowRoot ? host.shadowRoot.querySelector('button') : null;
  };
  const poll = () => {
    if (visible(acceptButton())) b.bannerAt = performance.now();
    else if (visible(noticeButton())) b.noticeAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;
