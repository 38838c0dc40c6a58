// docs/widget.md: scripts and iframes the merchant marked with the categories they need run once, in document
// order, when every one of those categories is allowed, an external script loading before the next
// gated script runs, as the HTML parser would. What the parser brings is released in one pass when it
// is done; elements added after that (theme JS, a single-page storefront) are watched for and gated too.

import { list } from '../core/attribute';
import type { Category } from '../core/categories';
import { safeRun } from './safe-run';

export const GATED = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src]';

/** The categories an element names (`data-consent="analytics targeting"`); unknown names never allow. */
export const namedCategories = (el: Element): string[] => list(el.getAttribute('data-consent') || '');

/** Runs only when it names at least one category and every one of them is allowed. */
export const isReleased = (names: readonly string[], allowed: readonly Category[]): boolean =>
  names.length > 0 && names.every((n) => allowed.includes(n as Category));

/** Attributes that describe the gate, not the script. */
const GATE_ATTRIBUTE = /^(type|data-(consent|type|src))$/;

/** The live script for a gated one: every other attribute carried over, the nonce from the IDL property. */
export function activeScript(doc: Document, gated: HTMLScriptElement): HTMLScriptElement {
  const s = doc.createElement('script');
  for (const { name, value } of gated.attributes) if (!GATE_ATTRIBUTE.test(name)) s.setAttribute(name, value);
  if (gated.getAttribute('data-type') === 'module') s.type = 'module';
  // Browsers hide a nonce's content attribute; only the property still holds it. The widget's own nonce is
  // never lent to a gated script: markup injected into the page must not gain the right to run.
  s.nonce = gated.nonce;
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

export interface Gate {
  /** Run whatever the allowed categories now release. */
  release(): void;
  /** What watches for new elements (tests disconnect it). */
  observer: MutationObserver;
}

/** An iframe's data-src may be http(s) or relative, never javascript: or data: (a colon before any
 * / ? # is a scheme). A regular expression, unlike new URL, never throws. */
export const FRAME_SRC = /^(https?:|[^:]*([/?#]|$))/i;

export function createGate(doc: Document, allowed: () => readonly Category[], nonce: string | null): Gate {
  const done = new WeakSet<Element>();
  const queue: Element[] = [];
  let busy = false;

  /** Run queued elements in order; an external classic script holds the queue until it loads or fails. */
  const pump = (): void => {
    while (!busy && queue.length) {
      const el = queue.shift() as Element;
      safeRun(() => {
        const src = el.getAttribute('data-src') as string;
        if (el.tagName === 'IFRAME') {
          if (FRAME_SRC.test(src)) el.setAttribute('src', src);
          return;
        }
        // With a nonce on the widget's tag the page runs under a CSP, and under 'strict-dynamic' what the
        // widget inserts is trusted: a gated script injected into the page (a review, a search term) must
        // not gain that right, so only the merchant's, carrying the widget's nonce, run.
        if (nonce && (el as HTMLScriptElement).nonce !== nonce) return;
        const s = activeScript(doc, el as HTMLScriptElement);
        if (s.src && !s.async) {
          busy = true;
          const next = () => {
            busy = false;
            pump();
          };
          // A script fires one of the two, once: no `once` option needed (the boot's bytes are counted).
          s.addEventListener('load', next);
          s.addEventListener('error', next);
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
      for (const el of doc.querySelectorAll(GATED)) {
        if (done.has(el) || !isReleased(namedCategories(el), now)) continue;
        // Stop at an element the parser is still filling: nothing after it may run first, and the pass
        // at readyState "interactive" picks it up.
        if (mayBeParsing(doc, el)) break;
        done.add(el);
        queue.push(el);
      }
      pump();
    });

  // One pass per batch of changes: a query for the gated elements, few on any page, costs less than
  // looking through every added node for them.
  const observer = new MutationObserver(release);
  // Watching the parser insert every node of a storefront page costs milliseconds on every page view:
  // what it parsed is released in one pass once it is done (readyState "interactive", just before
  // DOMContentLoaded, so an inline script released then still hears that event), and only what is
  // added after that is watched.
  const watch = () => {
    release();
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  };
  // Once, at "interactive": by "complete" the observer has seen everything added since (a second pass
  // cost a returning visit 0.13 ms for nothing).
  if (doc.readyState === 'loading') doc.addEventListener('readystatechange', watch, { once: true });
  else watch();

  return { release, observer };
}
