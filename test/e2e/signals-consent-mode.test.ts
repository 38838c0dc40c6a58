// Google Consent Mode v2 (docs/signals.md, "Google Consent Mode v2"), in Chromium against the built widget: the denied default is in
// `dataLayer` before gtag.js or any gated script, and each decision's update comes before the scripts
// it releases. The gtag.js stand-in reads `dataLayer` as the real one does: `arguments` objects only.
import { describe, expect, it } from 'vitest';
import { useShop } from '../support/shop';
import { storefrontHtml } from '../support/storefront';
import { ALL_DENIED } from '../unit/widget/signals/fixtures';

/**
 * What gtag.js does with consent commands, reduced to the part under test: it processes what is
 * already queued, then takes over `dataLayer.push`, and ignores anything that is not an `arguments` object.
 */
const GTAG_STANDIN = `(function () {
  var isArgs = function (x) { return Object.prototype.toString.call(x) === '[object Arguments]'; };
  var dl = (window.dataLayer = window.dataLayer || []);
  var state = (window.__gtagConsent = {});
  window.__gtagCommands = [];
  window.__gtagQueuedAtLoad = dl.map(function (x) { return isArgs(x) ? x[0] + ' ' + x[1] : 'event ' + x.event; });
  var process = function (x) {
    if (!isArgs(x) || x[0] !== 'consent') return;
    window.__gtagCommands.push(x[1]);
    for (var k in x[2]) if (k !== 'wait_for_update') state[k] = x[2][k];
  };
  dl.forEach(process);
  var push = dl.push;
  dl.push = function () {
    for (var i = 0; i < arguments.length; i++) process(arguments[i]);
    return push.apply(dl, arguments);
  };
})();`;

/** A gated script that records the Consent Mode state it found when it ran, in `__ran` and `dataLayer`. */
const probe = (category: string, type: string) =>
  `<script type="text/plain" data-consent="${category}">
    (window.__ran = window.__ran || []).push('${category}: ${type} ' + (window.__gtagConsent || {}).${type});
    (window.dataLayer = window.dataLayer || []).push({ event: 'ran ${category}' });
  </script>`;

const HEAD = [
  '<script src="/gtag-standin.js"></script>',
  probe('analytics', 'analytics_storage'),
  probe('targeting', 'ad_storage'),
  probe('functional', 'functionality_storage'),
].join('\n');

type GoogleWindow = Window & {
  dataLayer?: unknown[];
  __gtagConsent?: Record<string, string>;
  __gtagCommands?: string[];
  __gtagQueuedAtLoad?: string[];
};

describe('signals: Google Consent Mode v2', () => {
  const shop = useShop();

  const open = async (attrs: Record<string, string> = {}) => {
    shop.server.page('/gtag-standin.js', GTAG_STANDIN, { 'content-type': 'text/javascript' });
    await shop.visit(storefrontHtml({ attrs, head: HEAD }));
    await shop.banner().waitFor();
  };
  const google = () =>
    shop.page.evaluate(() => {
      const w = window as GoogleWindow;
      const isArgs = (x: unknown) => Object.prototype.toString.call(x) === '[object Arguments]';
      return {
        state: w.__gtagConsent,
        commands: w.__gtagCommands,
        queuedAtLoad: w.__gtagQueuedAtLoad,
        // Every dataLayer entry, in order: commands as arrays, events by name.
        layer: (w.dataLayer ?? []).map((x) =>
          isArgs(x) ? Array.from(x as ArrayLike<unknown>) : (x as { event: string }).event,
        ),
        events: (w.dataLayer ?? []).filter((x) => !isArgs(x)),
      };
    });

  it('queues the denied default before gtag.js loads and before any gated script runs', async () => {
    await open();
    const seen = await google();
    expect(seen.queuedAtLoad).toEqual(['consent default']);
    expect(seen.layer[0]).toEqual(['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]);
    expect(seen.state).toEqual(ALL_DENIED);
    expect(await shop.ran()).toEqual([]);
  });

  it('Accept all grants every type before the released scripts run, and tells GTM', async () => {
    await open();
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toHaveLength(3);
    expect(await shop.ran()).toEqual([
      'analytics: analytics_storage granted',
      'targeting: ad_storage granted',
      'functional: functionality_storage granted',
    ]);
    const seen = await google();
    expect(seen.commands).toEqual(['default', 'update']);
    expect(seen.state).toEqual({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      analytics_storage: 'granted',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'granted',
    });
    expect(seen.events).toEqual([
      {
        event: 'storefront_consent_update',
        storefront_consent: { allow: ['essential', 'functional', 'analytics', 'targeting'], deny: [] },
      },
      { event: 'ran analytics' },
      { event: 'ran targeting' },
      { event: 'ran functional' },
    ]);
  });

  it('Reject all updates every type to denied but security storage', async () => {
    await open();
    await shop.banner().getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(async () => (await google()).commands).toEqual(['default', 'update']);
    const seen = await google();
    expect(seen.state).toEqual(ALL_DENIED);
    expect(seen.events).toEqual([
      {
        event: 'storefront_consent_update',
        storefront_consent: { allow: ['essential'], deny: ['functional', 'analytics', 'targeting'] },
      },
    ]);
    expect(await shop.ran()).toEqual([]);
  });

  it('Save choices with analytics alone grants analytics storage alone', async () => {
    await open();
    await shop.banner().getByRole('button', { name: 'Customize' }).click();
    await shop.preferences().getByRole('switch', { name: 'Analytics' }).click();
    await shop.preferences().getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics: analytics_storage granted']);
    const seen = await google();
    expect(seen.state).toEqual({ ...ALL_DENIED, analytics_storage: 'granted' });
    expect(seen.events[0]).toEqual({
      event: 'storefront_consent_update',
      storefront_consent: { allow: ['essential', 'analytics'], deny: ['functional', 'targeting'] },
    });
  });

  it('on a returning visit pushes the stored decision before any gated script runs', async () => {
    await open();
    await shop.banner().getByRole('button', { name: 'Customize' }).click();
    await shop.preferences().getByRole('switch', { name: 'Targeting' }).click();
    await shop.preferences().getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => shop.ran()).toEqual(['targeting: ad_storage granted']);

    await shop.page.reload();
    await expect.poll(() => shop.ran()).toEqual(['targeting: ad_storage granted']);
    const seen = await google();
    expect(seen.layer).toEqual([
      ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
      [
        'consent',
        'update',
        { ...ALL_DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
      ],
      'storefront_consent_update',
      'ran targeting',
    ]);
    // gtag.js loaded after both: it found the default and the update already queued.
    expect(seen.queuedAtLoad).toEqual([
      'consent default',
      'consent update',
      'event storefront_consent_update',
    ]);
    expect(await shop.banner().count()).toBe(0);
  });

  it('with data-consent-mode="off" leaves dataLayer alone', async () => {
    await shop.visit(
      storefrontHtml({
        attrs: { 'data-consent-mode': 'off' },
        head: probe('analytics', 'analytics_storage'),
      }),
    );
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toEqual(['analytics: analytics_storage undefined']);
    expect(await shop.page.evaluate(() => (window as GoogleWindow).dataLayer)).toEqual([
      { event: 'ran analytics' },
    ]);
    expect(await shop.page.evaluate(() => typeof (window as { gtag?: unknown }).gtag)).toBe('undefined');
  });
});
