// Every vendor's consent signal (docs/signals.md), one table of one shape. `send(w, d, state, verb)`: `d`
// is the decision in force, or undefined for the default sent before any gated script; `state` is
// targeting's `granted` or `denied` and `verb` its `grant` or `revoke`, as the ad platforms (which all
// follow targeting) name them. A queue the vendor's tag has not made yet is made the way its own
// snippet makes it, so the tag adopts what waits there when it loads; none throws when its vendor is
// absent, and none loads anything.
import type { Signal } from '../../core/boot-attributes';
import type { Decision } from '../../core/categories';
import { pushDefault, pushUpdate } from './consent-mode';

// biome-ignore lint/suspicious/noExplicitAny: the vendors' globals, each shaped by its own snippet.
type VendorWindow = any;
type Send = (w: VendorWindow, d: Decision | undefined, state: string, verb: string) => void;

/** Meta's latest command, for the pixel's queue once its snippet has made it. */
let meta: string;

const VENDORS: Record<Signal, Send> = {
  // Google Consent Mode v2: https://developers.google.com/tag-platform/security/guides/consent
  gcm: (w, d) => (d ? pushUpdate(w, d.allow, d.deny) : pushDefault(w)),
  // Microsoft UET consent mode: https://help.ads.microsoft.com/#apex/ads/en/60119/1
  uet: (w, d, state) => (w.uetq ||= []).push('consent', d ? 'update' : 'default', { ad_storage: state }),
  // Microsoft Clarity, decisions only (it waits for consent where that is the law):
  // https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2
  clarity: (w, d, state) =>
    d &&
    (w.clarity ||= function clarity() {
      // biome-ignore lint/complexity/noArguments: Clarity's snippet queues `arguments` objects.
      (w.clarity.q ||= []).push(arguments);
    })('consentv2', {
      ad_Storage: state,
      analytics_Storage: d.allow.includes('analytics') ? 'granted' : 'denied',
    }),
  // Meta Pixel: https://developers.facebook.com/docs/meta-pixel/implementation/gdpr
  // Its snippet does nothing when `fbq` exists, so the command waits for the snippet to make `fbq`, then
  // goes first in its queue: after the snippet's own `queue = []` and before its `init`.
  meta(w, _d, _state, verb) {
    meta = verb;
    // A second command before the snippet only redefines the same trap.
    if (w.fbq) w.fbq('consent', verb);
    else
      Object.defineProperty(w, 'fbq', {
        configurable: true,
        set(fbq: VendorWindow) {
          delete w.fbq;
          w.fbq = fbq;
          queueMicrotask(() => fbq.queue?.unshift(['consent', meta]));
        },
      });
  },
  // TikTok Pixel: https://business-api.tiktok.com/portal/docs?id=1739585600931842
  tiktok(w, d, _state, verb) {
    const command = `${d ? verb : 'hold'}Consent`;
    const ttq = (w.ttq ||= []);
    ttq[command] ? ttq[command]() : ttq.push([command]);
  },
};

/** Tell each vendor in `signals` of the decision in force `d`; without one, its default. */
export const sendSignals = (w: Window, signals: readonly Signal[], d?: Decision): void => {
  const on = d?.allow.includes('targeting');
  for (const s of signals) VENDORS[s](w, d, on ? 'granted' : 'denied', on ? 'grant' : 'revoke');
};
