// Every vendor's consent signal (docs/signals.md), each one switched by `data-signals`. Without a
// decision, the default sent before any gated script; with one, its update. The ad platforms follow
// `targeting`. A queue the vendor's tag has not made yet is made the way its own snippet makes it, so
// the tag adopts what waits there when it loads; none throws when its vendor is absent, none loads anything.
import type { Signal } from '../../core/boot-attributes';
import type { Decision } from '../../core/categories';
import type { BootConfig } from '../types';
import { pushConsent } from './consent-mode';

// biome-ignore lint/suspicious/noExplicitAny: the vendors' globals, each shaped by its own snippet.
type VendorWindow = any;

/** Meta's latest command, for the pixel's queue once its snippet has made it. */
let meta: string;

/** Tell each vendor `config.signals` names of the decision in force `d`; without one, its default. */
export function sendSignals(w: VendorWindow, config: BootConfig, d?: Decision): void {
  const on = d?.allow.includes('targeting');
  const state = on ? 'granted' : 'denied';
  const verb = on ? 'grant' : 'revoke';
  const send = (signal: Signal) => config.signals.includes(signal);
  // Google Consent Mode v2, also switched by `data-consent-mode`:
  // https://developers.google.com/tag-platform/security/guides/consent
  if (config.consentMode && send('gcm')) pushConsent(w, d);
  // Microsoft UET consent mode: https://help.ads.microsoft.com/#apex/ads/en/60119/1
  // biome-ignore lint/suspicious/noAssignInExpressions: the vendors' snippets' own idiom, in fewer bytes.
  if (send('uet')) (w.uetq ||= []).push('consent', d ? 'update' : 'default', { ad_storage: state });
  // Microsoft Clarity, decisions only (it waits for consent where that is the law):
  // https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2
  if (d && send('clarity'))
    // biome-ignore lint/suspicious/noAssignInExpressions: as above.
    (w.clarity ||= function clarity() {
      // biome-ignore lint/complexity/noArguments lint/suspicious/noAssignInExpressions: Clarity's snippet, as it is.
      (w.clarity.q ||= []).push(arguments);
    })('consentv2', {
      ad_Storage: state,
      analytics_Storage: d.allow.includes('analytics') ? 'granted' : 'denied',
    });
  // Meta Pixel: https://developers.facebook.com/docs/meta-pixel/implementation/gdpr
  // Its snippet does nothing when `fbq` exists, so the command waits for the snippet to make `fbq`, then
  // goes first in its queue: after the snippet's own `queue = []`, before its `init`. A second command
  // before the snippet redefines the same trap.
  if (send('meta')) {
    meta = verb;
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
  }
  // TikTok Pixel: https://business-api.tiktok.com/portal/docs?id=1739585600931842
  if (send('tiktok')) {
    const command = `${d ? verb : 'hold'}Consent`;
    // biome-ignore lint/suspicious/noAssignInExpressions: as above.
    const ttq = (w.ttq ||= []);
    ttq[command] ? ttq[command]() : ttq.push([command]);
  }
}
