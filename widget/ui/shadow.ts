// The UI's home: an open shadow root on the host element, so the page's CSS cannot reach inside.
// Page rules still reach the host itself (`div { opacity: 0 }`, `* { all: unset }`), so the host
// resets itself with `!important` inline declarations, which beat any stylesheet rule. Fixed and
// zero-sized, it can never shift the page's layout.
import css from './styles.css?inline';

export const HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important';

/** Prepares `host` and returns the element the UI draws into. */
export function mountShadow(host: HTMLElement, nonce: string | null): HTMLElement {
  host.style.cssText = HOST_STYLE;
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const root = document.createElement('div');
  root.className = 'root';
  shadow.replaceChildren(root);
  if (shadow.adoptedStyleSheets) shadow.adoptedStyleSheets = [];
  addStyles(shadow, css, nonce);
  return root;
}

/**
 * Add rules after those already there (the preferences bring their own). Constructable stylesheets need
 * no CSP allowance; older browsers get a <style> with the nonce.
 */
export function addStyles(shadow: ShadowRoot, rules: string, nonce: string | null): void {
  if (shadow.adoptedStyleSheets && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = rules;
    shadow.append(style);
  }
}
