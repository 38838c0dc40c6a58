// The core, loaded by the boot (inside `dist/storefront-consent-ui.js`, see module-entry.ts) only when there
// is something to show, save or send: decisions, the cookie write, driving the UI, and — chunks of their
// own, loaded only when needed — the sends to the proxy and BigCommerce (effects.ts) and clearing a
// withdrawn category's cookies (cookie-clear.ts).
import type { OptionalCategory } from '../core/categories';
import type { RecordSource } from '../core/record-sources';
import { announce } from './announce';
import { acceptAll, decision, isChange, rejectAll, setCategories, underGpc } from './consent';
import type { Boot, Core } from './controller';
import { encodeRecord } from './cookie-store';
import { saveRecord } from './cookie-write';
import type { Effects } from './effects';
import { resolveLang } from './lang';
import { completeConfig } from './module-config';
import { logError, safeRun } from './safe-run';
import type { ConsentRecord, ModuleConfig } from './types';
import type { View } from './ui/contract';
import { createUiLoader, type ShownProps } from './ui-loader';
import { newConsentId, withUnsent } from './unsent-records';

/** How long a logged-in customer's banner waits for their saved decision. */
export const HOLD_BANNER_MS = 1500;

/** The browser around the core: cookies, the UI files beside the boot. */
export interface CoreEnv {
  now(): number;
  save(r: ConsentRecord): void;
  /**
   * Delete a withdrawn category's cookies, then say that a reload finishes the withdrawal (the code
   * that does it, notice included, loads on demand).
   */
  withdraw(categories: OptionalCategory[]): void;
  show(props: ShownProps): void;
  lang: string;
}

export function createCore(boot: Boot, config: ModuleConfig, env: CoreEnv): Core {
  const { gpc, now } = { ...boot, ...env };
  let view: View | null = null;
  const save = (r: ConsentRecord) => safeRun(() => env.save(r));

  /** The preferences, from Customize, a `data-consent-open` link or the page API. */
  function open(): void {
    view = 'preferences';
    render();
  }

  /** Which of the UI's views a decision came from. */
  const from = (): RecordSource => (view === 'preferences' ? 'preferences' : 'banner');

  const render = () =>
    env.show({
      view,
      optOut: boot.policy() === 1,
      categories: config.categories,
      allowed: boot.allowed(),
      decided: !boot.asking(),
      consentId: boot.record()?.id ?? null,
      gpc,
      lang: env.lang,
      overrides: config.texts,
      policyUrl: config.policyUrl,
      position: config.position,
      theme: config.theme,
      accent: config.accent,
      nonce: config.nonce,
      onAcceptAll: () => decide(acceptAll(config, gpc, now()), from()),
      onRejectAll: () => decide(rejectAll(config, gpc, now()), from()),
      onCustomize: open,
      onSave: (allow) => decide(decision(allow, config, gpc, now()), 'preferences'),
      onClose: () => {
        view = boot.asking() && !boot.policy() ? 'banner' : null;
        render();
      },
    });

  // Sending (to the proxy, its consent records, BigCommerce's own consent feature) is a chunk of its own,
  // loaded the first time there is something to send or a customer's decision to look up: a first visit
  // loads it only once the shopper decides, and a cookie-only store never. The boot pushes Consent Mode
  // itself, before any script it releases: effects only send here.
  let effects: Promise<Effects> | undefined;
  const sending = () => {
    if (config.jwtUrl || config.nativeSync || config.records)
      effects ??= import('./effects').then((m) =>
        m.createEffects({
          config,
          record: boot.record,
          // A send done: the record without that flag or unsent decision, not a new decision.
          resave(r) {
            // A send answered after the shopper cleared the browser, or decided anew in another tab,
            // must not write this page's older decision back: only while the cookie holds this page's.
            const held = boot.record();
            const stored = safeRun(boot.stored, null);
            if (!held || !stored || encodeRecord(stored) !== encodeRecord(held)) return;
            boot.replace(r);
            save(r);
          },
          restore(saved) {
            // Already on the server; GPC here may still withdraw targeting.
            const r = decision(saved.allow, config, false, now());
            decide(
              underGpc({ ...r, pending: { ...r.pending, server: false } }, config, gpc, now()),
              'server',
            );
          },
          lang: env.lang,
          where: boot.get,
        }),
      );
    return effects;
  };
  /** Send what is pending (the record in force), once the sending chunk is there. */
  const send = () => void sending()?.then((e) => safeRun(() => e.decided()), logError);

  /**
   * A new decision: in force at once (the vendors' updates, then the scripts it releases, then the page
   * told), then saved, sent, withdrawn cookies cleared, the UI updated.
   */
  function decide(fresh: ConsentRecord, source: RecordSource): void {
    const before = boot.get();
    // The browser's id and unsent records are the cookie's: a tab that still shows the banner after
    // another tab decided must not give the browser a second id, nor drop that tab's unsent records.
    const prior = safeRun(boot.stored, null) ?? boot.record();
    // The browser's consent id is made at its first decision and kept; the proxy records every decision.
    const next = {
      ...fresh,
      id: prior?.id || newConsentId(),
      unsent: config.records ? withUnsent(prior?.unsent ?? '', fresh, source, now()) : '',
      // Kept with the decision: asked again only where a stricter policy applies (docs/regions.md).
      policy: boot.policy(),
    };
    // Withdrawn: allowed before, not now (a record always allows essential).
    const gone = boot.allowed().filter((c) => !next.allow.includes(c)) as OptionalCategory[];
    boot.replace(next);
    boot.enforce();
    announce(before, boot);
    save(next);
    send();
    if (gone.length) safeRun(() => env.withdraw(gone));
    view = null;
    render();
  }

  /**
   * With `data-regions="auto"` on a page that must ask: where the shopper is, from a chunk of its own
   * (regions.ts), then the record or the policy's default in force (docs/regions.md). Until then, and if
   * the chunk cannot load, the page is opt-in.
   */
  const placed =
    config.regions === 'auto' && boot.asking() && !inEurope()
      ? import('./regions').then((m) => m.placeShopper(boot, config, env.lang, announce, open), logError)
      : Promise.resolve();

  return {
    start(fresh) {
      void placed.then((withdrawn) => go(fresh || !!withdrawn));
    },
    acceptAll: () => decide(acceptAll(config, gpc, now()), 'api'),
    rejectAll: () => decide(rejectAll(config, gpc, now()), 'api'),
    // A malformed change is refused whole, with a warning: guessing would record a decision nobody made.
    set: (change) =>
      isChange(change)
        ? decide(setCategories(boot.allowed(), change, config, gpc, now()), 'api')
        : console.warn('StorefrontConsent.set ignored', change),
    open,
  };

  /** `start`, once the page's policy is known. */
  function go(fresh: boolean): void {
    const r = boot.record();
    // GPC withdrew targeting at once (the boot): make it a whole decision, recorded and sent where it must go.
    if (r && fresh) decide(decision(boot.allowed(), config, true, now(), r.revision), 'gpc');
    else if (r) send();
    // Opt-in asks with the banner; opt-out has its notice (regions.ts); none asks nothing.
    const banner = () => {
      if (boot.asking() && !view && !boot.policy()) {
        view = 'banner';
        render();
      }
    };
    // Only a store with sync can have a customer's decision saved on the server (effects.ts asks).
    const lookup = r || !config.jwtUrl ? undefined : sending()?.then((e) => e.noDecision(), logError);
    // A logged-in customer's choice may be on the server (a new device): hold the banner until that
    // lookup settles, for a short while at most, so it does not flash before being restored.
    if (lookup && config.jwtUrl && config.customerHint === 'customer') {
      lookup.then(banner);
      setTimeout(banner, HOLD_BANNER_MS);
    } else banner();
  }
}

/**
 * A European offset from UTC: opt-in at once, without the zone table's chunk, any wait, or asking Intl for the
 * time zone, whose data costs 20–40 ms of the main thread the first time a page loads it (docs/regions.md).
 * Every offset a zone of the EU, the EEA, the UK or Switzerland has, from UTC−1 (the Azores) to UTC+3
 * (Finland's summer), but UTC itself, which privacy modes report for everyone: that one is placed by the
 * table and GET /region. Africa and the Middle East share these offsets and are asked with the banner
 * too, whatever `data-region-default` says (opt-in is never unlawful).
 */
const inEurope = (): boolean => {
  const east = -new Date().getTimezoneOffset();
  return east >= -60 && east <= 180 && east !== 0;
};

/** The module's entry: the boot calls this once, with itself as boot. */
export function startCore(boot: Boot): Core {
  const config = completeConfig(boot.config, document.baseURI, (v) => CSS.supports('color', v));
  const lang = resolveLang(
    config.lang,
    document.documentElement.lang,
    navigator.languages || [navigator.language],
  );
  return createCore(boot, config, {
    now: Date.now,
    save: (r) => saveRecord(r, config, location.protocol),
    // Only a withdrawal clears cookies, which no first visit has: a chunk of its own, with js-cookie and
    // the notice.
    withdraw: (categories) =>
      import('./withdrawal').then((m) => m.withdraw(categories, config, lang, config.script), logError),
    show: createUiLoader(config.base, document),
    lang,
  });
}
