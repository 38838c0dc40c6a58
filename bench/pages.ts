// The pages the benchmark loads: one storefront, three ways. The same markup, the same gated
// analytics script; only the consent banner differs (none, ours, vanilla-cookieconsent).

export type Candidate = 'none' | 'ours' | 'vanilla';

// What both banners gate: records when it ran, relative to navigation start.
const GATED_ANALYTICS = 'window.__analyticsAt = performance.now();';

const PRODUCTS = Array.from(
  { length: 12 },
  (_, i) => `<li class="card"><div class="img" style="background:hsl(${i * 30} 40% 85%)"></div>
  <h3>Product ${i + 1}</h3><p>$${(19 + i * 7).toFixed(2)}</p><button>Add to cart</button></li>`,
).join('');

const STORE_CSS = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#222}
header,footer{padding:16px 32px;background:#f4f4f4;display:flex;gap:24px;align-items:center}
main{padding:32px}ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(4,1fr);gap:24px}
.img{height:160px;border-radius:8px}.card button{padding:8px 16px}`;

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

export function benchPage(candidate: Candidate): string {
  const head =
    candidate === 'ours'
      ? '<script src="/dist/storefront-consent.js" data-policy-url="/privacy-policy/"></script>'
      : candidate === 'vanilla'
        ? '<link rel="stylesheet" href="/vcc/cookieconsent.css">'
        : '';
  const gated =
    candidate === 'vanilla'
      ? `<script type="text/plain" data-category="analytics">${GATED_ANALYTICS}</script>`
      : `<script type="text/plain" data-consent="analytics">${GATED_ANALYTICS}</script>`;
  const tail =
    candidate === 'vanilla'
      ? // The configuration as a file of its own, so the trace can attribute its work to vanilla-cookieconsent.
        '<script src="/vcc/cookieconsent.umd.js"></script><script src="/vcc-config.js"></script>'
      : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
${head}<title>Bench Store</title><style>${STORE_CSS}</style></head><body>
<header><strong>Bench Store</strong><nav>Shop · Sale · About</nav><a href="/login">Log in</a></header>
<main><h1>New arrivals</h1><ul>${PRODUCTS}</ul></main>
<footer><a href="#" data-consent-open>Cookie settings</a> · © Bench Store</footer>
${gated}${tail}</body></html>`;
}

/** Page-side probes, installed before any page script: banner visibility time and layout shift. */
export const PROBE_SCRIPT = `(() => {
  const b = (window.__bench = { bannerAt: null, cls: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  const acceptButton = () => {
    const host = document.getElementById('storefront-consent');
    const inShadow = host && host.shadowRoot
      ? [...host.shadowRoot.querySelectorAll('button')].find((x) => x.textContent.trim() === 'Accept all')
      : null;
    return inShadow || document.querySelector('#cc-main .cm [data-role="all"]');
  };
  window.__acceptButton = acceptButton;
  const visible = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const poll = () => {
    if (visible(acceptButton())) b.bannerAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;
