// The core, loaded by the boot (inside `dist/storefront-consent-ui.js`, see module-entry.ts) only when there
// is something to show, save or send: decisions, the cookie write, driving the UI, and — chunks of their
// own, loaded only when needed — the sends to the proxy and BigCommerce (effects.ts) and clearing a
// withdrawn category's cookies (cookie-clear.ts).
import type { OPTIONAL_CATEGORIES } from '../core/categories';
import { acceptAll, decision, isChange, rejectAll, setCategories, underGpc } from './consent';
import type { Boot, Core } from './controller';
import { saveRecord } from './cookie-write';
import type { Effects } from './effects';
import { resolveLang } from './lang';
import { completeConfig } from './module-config';
import { safeRun } from './safe-run';
import type { Config, ConsentRecord } from './types';
import type { View } from './ui/contract';
import { createUiLoader, type ShownProps } from './ui-loader';

/** How long a logged-in customer's banner waits for their saved decision. */
export const HOLD_BANNER_MS = 1500;

/** The browser around the core: cookies, the UI files beside the boot. */
export interface CoreEnv {
  now(): number;
  save(r: ConsentRecord): void;
  /** Delete a withdrawn category's cookies; may finish later (the code that does it loads on demand). */
  clear(categories: (typeof OPTIONAL_CATEGORIES)[number][]): Promise<void> | void;
  show(props: ShownProps): void;
  lang: string;
  reload(): void;
}

export function createCore(boot: Boot, config: Config, env: CoreEnv): Core {
  const { gpc, now } = { ...boot, ...env };
  let view: View | null = null;
  let notice: 'withdrawn' | null = null;
  const save = (r: ConsentRecord) => safeRun(() => env.save(r));

  /** The preferences, from Customize, a `data-consent-open` link or the page API. */
  function open(): void {
    view = 'preferences';
    render();
  }

  const render = () =>
    env.show({
      view,
      notice,
      categories: config.categories,
      allowed: boot.allowed(),
      decided: !boot.asking(),
      gpc,
      lang: env.lang,
      overrides: config.texts,
      policyUrl: config.policyUrl,
      position: config.position,
      theme: config.theme,
      accent: config.accent,
      nonce: config.nonce,
      onAcceptAll: () => decide(acceptAll(config, gpc, now())),
      onRejectAll: () => decide(rejectAll(config, gpc, now())),
      onCustomize: open,
      onSave: (allow) => decide(decision(allow, config, gpc, now())),
      onClose: () => {
        view = boot.asking() ? 'banner' : null;
        render();
      },
      onReload: env.reload,
    });

  // Sending (to the proxy, to BigCommerce's own consent feature) is a chunk of its own, loaded only by a
  // store that configures it: a cookie-only store never downloads it. The boot pushes Consent Mode
  // itself, before any script it releases: effects only send here.
  const effects: Promise<Effects> | null =
    config.jwtUrl || config.nativeSync
      ? import('./effects').then((m) =>
          m.createEffects({
            config,
            record: boot.record,
            markSent(target) {
              const r = boot.record();
              if (!r?.pending[target]) return;
              const sent = { ...r, pending: { ...r.pending, [target]: false } };
              boot.replace(sent);
              save(sent);
            },
            restore(saved) {
              // Already on the server; GPC here may still withdraw targeting.
              const r = decision(saved.allow, config, false, now());
              decide(underGpc({ ...r, pending: { ...r.pending, server: false } }, config, gpc, now()));
            },
          }),
        )
      : null;
  effects?.catch((e) => console.error('storefront-consent:', e));
  /** Send what is pending (the record in force), once the sending chunk is there. */
  const send = () =>
    void effects?.then(
      (e) => safeRun(() => e.decided()),
      () => {},
    );

  /** A new decision: in force at once (boot), then saved, sent, withdrawn cookies cleared, the UI updated. */
  function decide(next: ConsentRecord): void {
    const gone = boot.apply(next);
    save(next);
    send();
    if (gone.length) {
      // The notice says a reload finishes the withdrawal: true once the cookies are gone, so it waits for them.
      void Promise.resolve(safeRun(() => env.clear(gone))).then(() => {
        notice = 'withdrawn';
        render();
      });
    }
    view = null;
    render();
  }

  return {
    start(fresh) {
      let r = boot.record();
      if (r && fresh) {
        // The boot withdrew targeting for GPC; make it a whole decision, pending where it must go.
        r = decision(r.allow, config, true, now(), r.revision);
        boot.replace(r);
        save(r);
      }
      const banner = () => {
        if (boot.asking() && !view) {
          view = 'banner';
          render();
        }
      };
      if (r) send();
      const lookup = r
        ? undefined
        : effects?.then(
            (e) => e.noDecision(),
            () => {},
          );
      // A logged-in customer's choice may be on the server (a new device): hold the banner until that
      // lookup settles, for a short while at most, so it does not flash before being restored.
      if (lookup && config.jwtUrl && config.customerHint === 'customer') {
        lookup.then(banner);
        setTimeout(banner, HOLD_BANNER_MS);
      } else banner();
    },
    acceptAll: () => decide(acceptAll(config, gpc, now())),
    rejectAll: () => decide(rejectAll(config, gpc, now())),
    // A malformed change is refused whole, with a warning: guessing would record a decision nobody made.
    set: (change) =>
      isChange(change)
        ? decide(setCategories(boot.allowed(), change, config, gpc, now()))
        : console.warn('StorefrontConsent.set ignored', change),
    open,
  };
}

/** The module's entry: the boot calls this once, with itself as boot. */
export function startCore(boot: Boot): Core {
  const config = completeConfig(boot.config, boot.script, document.baseURI, (v) => CSS.supports('color', v));
  return createCore(boot, config, {
    now: Date.now,
    save: (r) => saveRecord(r, config, location.protocol),
    // Only a withdrawal clears cookies, which no first visit has: a chunk of its own, with js-cookie.
    clear: (categories) =>
      import('./cookie-clear')
        .then((m) => void m.clearCategories(categories, config.clear, location))
        .catch((e) => console.error('storefront-consent:', e)),
    show: createUiLoader(config.base, document),
    lang: resolveLang(
      config.lang,
      document.documentElement.lang,
      navigator.languages || [navigator.language],
    ),
    reload: () => location.reload(),
  });
}
