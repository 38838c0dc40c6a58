// docs/widget.md: scripts and iframes the merchant marked with the categories they need run once, in document
// order, when every one of those categories is allowed, an external script loading before the next
// gated script runs, as the HTML parser would. What the parser brings is released in one pass when it
// is done; elements added after that (theme JS, a single-page storefront) are watched for and gated too.

import { list } from '../core/attribute';
import { type Category, isCategory } from '../core/categories';
import { safeRun } from './safe-run';

export const GATED = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src]';

/** The categories an element names (`data-consent="analytics targeting"`); unknown names never allow. */
export const namedCategories = (el: Element): string[] => list(el.getAttribute('data-consent') || '');

/** Runs only when it names at least one category and every one of them is allowed. */
export const isReleased = (names: readonly string[], allowed: readonly Category[]): boolean =>
  names.length > 0 && names.every((n) => isCategory(n) && allowed.includes(n));

/** Attributes that describe the gate, not the script. */
const GATE_ATTRIBUTE = /^(type|data-(consent|type|src))$/;

/** The live script for a gated one: every other attribute carried over, the nonce from the IDL property. */
export function activeScript(doc: Document, gated: HTMLScriptElement): HTMLScriptElement {
  const s = doc.createElement('script');
  for (const { name, value } of Array.from(gated.attributes))
    if (!GATE_ATTRIBUTE.test(name)) s.setAttribute(name, value);
  if (gated.getAttribute('data-type') === 'module') s.type = 'module';
  // Browsers hide a nonce's content attribute; only the property still holds it. The widget's own nonce is
  // never lent to a gated script: markup injected into the page must not gain the right to run.
  if (gated.nonce) s.nonce = gated.nonce;
  // A created script is async by default; the parser's order is what the merchant wrote for.
  s.async = gated.hasAttribute('async');
  // Ignored by the browser when there is a src, as in the parser.
  s.text = gated.text;
  return s;
}

/** Does the parser still owe content after `el`? Then its text may be incomplete. */
const mayBeParsing = (doc: Document, el: Element): boolean => {
  if (doc.readyState !== 'loading') return false;
  for (let n: Node | null = el; n; n = n.parentNode) if (n.nextSibling) return false;
  return true;
};

const mayHoldGated = (n: Node): boolean =>
  n.nodeType === 1 && !!((n as Element).matches(GATED) || (n as Element).querySelector(GATED));

export interface Gate {
  /** Run whatever the allowed categories now release. */
  release(): void;
  /** Stop watching for new elements. */
  stop(): void;
}

export function createGate(doc: Document, allowed: () => readonly Category[]): Gate {
  const done = new WeakSet<Element>();
  const queue: Element[] = [];
  let busy = false;

  /** Run queued elements in order; an external classic script holds the queue until it loads or fails. */
  const pump = (): void => {
    while (!busy && queue.length) {
      const el = queue.shift() as Element;
      safeRun(() => {
        if (el.tagName === 'IFRAME') {
          el.setAttribute('src', el.getAttribute('data-src') as string);
          return;
        }
        const s = activeScript(doc, el as HTMLScriptElement);
        if (s.src && !s.async) {
          busy = true;
          const next = () => {
            busy = false;
            pump();
          };
          s.addEventListener('load', next, { once: true });
          s.addEventListener('error', next, { once: true });
        }
        // In place, so the script sees the document around it as it would have.
        el.replaceWith(s);
        if (!s.isConnected) busy = false;
      });
    }
  };

  const release = (): void =>
    safeRun(() => {
      const now = allowed();
      for (const el of Array.from(doc.querySelectorAll(GATED))) {
        if (done.has(el) || !isReleased(namedCategories(el), now)) continue;
        // Stop at an element the parser is still filling: nothing after it may run first, and the pass
        // at readyState "interactive" picks it up.
        if (mayBeParsing(doc, el)) break;
        done.add(el);
        queue.push(el);
      }
      pump();
    });

  const observer = new MutationObserver((records) => {
    if (records.some((r) => Array.from(r.addedNodes).some(mayHoldGated))) release();
  });
  // Watching the parser insert every node of a storefront page costs milliseconds on every page view:
  // what it parsed is released in one pass once it is done (readyState "interactive", just before
  // DOMContentLoaded, so an inline script released then still hears that event), and only what is
  // added after that is watched.
  const watch = () => {
    release();
    safeRun(() => observer.observe(doc.documentElement, { childList: true, subtree: true }));
  };
  if (doc.readyState === 'loading') doc.addEventListener('readystatechange', watch, { once: true });
  else watch();

  return {
    release,
    stop: () => observer.disconnect(),
  };
}
