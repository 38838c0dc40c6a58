// What the scan runs inside each page, as source text (the command line is compiled without DOM types).
// PROBE is installed before any script of the page; COLLECT is evaluated once the page has settled.

/**
 * Watches for gated elements (`type="text/plain" data-consent`, `iframe[data-consent][data-src]`)
 * that run: a gated script replaced by a live one with the same src or code (what a gate does when it
 * releases it), a gated script's type switched to a runnable one, or a gated iframe given its src.
 */
export const PROBE = `(() => {
  if (window.__scScan) return;
  const scan = (window.__scScan = { gatedRuns: [] });
  const GATED = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src]';
  const keyOf = (el) => el.getAttribute('src') || el.getAttribute('data-src') || (el.textContent || '').trim().slice(0, 500);
  const gated = new Map();
  const what = (el) => el.getAttribute('src') || el.getAttribute('data-src') || 'inline: ' + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 80);
  const ran = (el, categories) => scan.gatedRuns.push({ categories, what: what(el), page: location.href });
  const note = (node) => {
    if (node.nodeType !== 1) return;
    const els = node.matches(GATED) ? [node] : Array.from(node.querySelectorAll(GATED));
    for (const el of els) gated.set(keyOf(el), el.getAttribute('data-consent') || '');
    if (node.tagName === 'SCRIPT' && !node.matches(GATED)) {
      const categories = gated.get(keyOf(node));
      if (categories !== undefined) {
        gated.delete(keyOf(node));
        ran(node, categories.split(/[\\s,]+/).filter(Boolean));
      }
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        const el = r.target;
        if (!el.hasAttribute('data-consent')) continue;
        const categories = (el.getAttribute('data-consent') || '').split(/[\\s,]+/).filter(Boolean);
        if (el.tagName === 'IFRAME' && r.attributeName === 'src' && el.getAttribute('src')) ran(el, categories);
        if (el.tagName === 'SCRIPT' && r.attributeName === 'type' && el.type !== 'text/plain') ran(el, categories);
        continue;
      }
      for (const n of r.addedNodes) note(n);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['type', 'src'] });
})();`;

/** Evaluated in the page: its links, the scripts that ran ungated, and gated elements that ran. */
export const COLLECT = `(() => {
  const scripts = Array.from(document.scripts)
    .filter((s) => !(s.type === 'text/plain' && s.hasAttribute('data-consent')))
    .filter((s) => !s.type || /(java|ecma)script|module/i.test(s.type))
    .map((s) => ({
      src: s.src || null,
      code: s.src ? null : (s.textContent || '').trim().slice(0, 4000),
      tag: s.outerHTML.slice(0, s.outerHTML.indexOf('>') + 1),
    }));
  const links = Array.from(document.querySelectorAll('a[href]')).map((a) => a.href);
  const host = document.getElementById('storefront-consent');
  return {
    links,
    scripts,
    gatedRuns: (window.__scScan && window.__scScan.gatedRuns) || [],
    widget: !!host,
    shadow: !!(host && host.shadowRoot),
  };
})()`;

/** Other consent banners, found by the element each one draws: so a report can say which one a store has. */
export const OTHER_BANNERS: ReadonlyArray<{ name: string; selector: string }> = [
  { name: 'OneTrust', selector: '#onetrust-banner-sdk, #onetrust-consent-sdk' },
  { name: 'Cookiebot', selector: '#CybotCookiebotDialog' },
  { name: 'CookieYes', selector: '.cky-consent-container' },
  { name: 'Usercentrics', selector: '#usercentrics-root, #usercentrics-cmp-ui' },
  { name: 'Osano', selector: '.osano-cm-window' },
  { name: 'Termly', selector: '#termly-code-snippet-support' },
  { name: 'iubenda', selector: '#iubenda-cs-banner' },
  { name: 'Complianz', selector: '#cmplz-cookiebanner-container, .cmplz-cookiebanner' },
  { name: 'vanilla-cookieconsent', selector: '#cc-main, #cc--main' },
  { name: "BigCommerce's own consent banner", selector: '#consent-manager' },
];
