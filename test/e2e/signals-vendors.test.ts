// Microsoft UET, Microsoft Clarity, Meta Pixel and TikTok Pixel (docs/signals.md), in Chromium against
// the built widget, with recording stand-ins shaped like each vendor's own snippet: the default is
// queued before the vendor's first command and before any gated script, the decision's update before
// the scripts it releases, and again on every page load that has a decision.
import { describe, expect, it } from 'vitest';
import { useShop } from '../support/shop';
import { storefrontHtml } from '../support/storefront';

/** Each vendor's snippet as it ships, reduced to its queue (no network). */
const SNIPPETS = `<script>
  window.uetq = window.uetq || [];
  (function (c, a) { c[a] = c[a] || function () { (c[a].q = c[a].q || []).push(arguments); }; })(window, 'clarity');
  !function (f) { if (f.fbq) return; var n = f.fbq = function () { n.callMethod ? n.callMethod.apply(n, arguments) : n.queue.push(arguments); };
    if (!f._fbq) f._fbq = n; n.push = n; n.loaded = !0; n.version = '2.0'; n.queue = []; }(window);
  fbq('init', '1234'); fbq('track', 'PageView');
  !function (w, t) { w.TiktokAnalyticsObject = t; var ttq = w[t] = w[t] || [];
    ttq.methods = ['page', 'track', 'holdConsent', 'grantConsent', 'revokeConsent'];
    ttq.setAndDefer = function (t, e) { t[e] = function () { t.push([e].concat(Array.prototype.slice.call(arguments, 0))); }; };
    for (var i = 0; i < ttq.methods.length; i++) ttq.setAndDefer(ttq, ttq.methods[i]);
    ttq.load = function () {}; ttq.load('ID'); ttq.page(); }(window, 'ttq');
</script>`;

/** What each vendor's queue holds now, as plain arrays. */
const QUEUES = `JSON.stringify({
  uet: window.uetq || null,
  clarity: window.clarity && window.clarity.q ? Array.from(window.clarity.q, function (a) { return Array.from(a); }) : null,
  meta: window.fbq && window.fbq.queue ? Array.from(window.fbq.queue, function (a) { return Array.from(a); }) : null,
  tiktok: window.ttq ? window.ttq.filter(Array.isArray) : null
})`;

/** A gated targeting script that records the queues it found when it ran. */
const PROBE = `<script type="text/plain" data-consent="targeting">(window.__ran = window.__ran || []).push(${QUEUES});</script>`;

interface Queues {
  uet: unknown[] | null;
  clarity: unknown[][] | null;
  meta: unknown[][] | null;
  tiktok: unknown[][] | null;
}

const DEFAULTS: Queues = {
  uet: ['consent', 'default', { ad_storage: 'denied' }],
  clarity: null,
  meta: [
    ['consent', 'revoke'],
    ['init', '1234'],
    ['track', 'PageView'],
  ],
  tiktok: [['holdConsent'], ['page']],
};

describe('signals: Microsoft UET, Microsoft Clarity, Meta Pixel, TikTok Pixel', () => {
  const shop = useShop();
  const queues = async (): Promise<Queues> => JSON.parse(await shop.page.evaluate(QUEUES));
  const ranWith = async (): Promise<Queues[]> => (await shop.ran()).map((x) => JSON.parse(x));

  it('queues each default before the vendor’s first command when its tag loads after the widget', async () => {
    await shop.visit(storefrontHtml({ head: SNIPPETS + PROBE }));
    await shop.banner().waitFor();
    await shop.finished();
    expect(await queues()).toEqual(DEFAULTS);
    expect(await shop.ran()).toEqual([]);
  });

  it('sends each update on Accept all before the scripts it releases', async () => {
    await shop.visit(storefrontHtml({ head: SNIPPETS + PROBE }));
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toHaveLength(1);
    expect(await ranWith()).toEqual([
      {
        uet: [...(DEFAULTS.uet as unknown[]), 'consent', 'update', { ad_storage: 'granted' }],
        clarity: [['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]],
        meta: [...(DEFAULTS.meta as unknown[][]), ['consent', 'grant']],
        tiktok: [['holdConsent'], ['page'], ['grantConsent']],
      },
    ]);
  });

  it('sends the stored decision on a returning visit, Meta’s in place of its default, before any gated script', async () => {
    await shop.visit(storefrontHtml({ head: SNIPPETS + PROBE }));
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toHaveLength(1);
    await shop.page.reload();
    await expect.poll(() => shop.ran()).toHaveLength(1);
    expect(await ranWith()).toEqual([
      {
        uet: [...(DEFAULTS.uet as unknown[]), 'consent', 'update', { ad_storage: 'granted' }],
        clarity: [['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]],
        meta: [
          ['consent', 'grant'],
          ['init', '1234'],
          ['track', 'PageView'],
        ],
        tiktok: [['holdConsent'], ['grantConsent'], ['page']],
      },
    ]);
  });

  it('tells a vendor whose tag loaded before the widget, and Reject all revokes', async () => {
    const html = storefrontHtml({ head: PROBE }).replace(
      '<script src="/dist/',
      `${SNIPPETS}<script src="/dist/`,
    );
    await shop.visit(html);
    await shop.banner().getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(async () => (await queues()).tiktok?.at(-1)).toEqual(['revokeConsent']);
    const seen = await queues();
    expect(seen.uet).toEqual([
      'consent',
      'default',
      { ad_storage: 'denied' },
      'consent',
      'update',
      { ad_storage: 'denied' },
    ]);
    expect(seen.meta?.slice(2)).toEqual([
      ['consent', 'revoke'],
      ['consent', 'revoke'],
    ]);
    expect(seen.clarity).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
    expect(seen.tiktok).toEqual([['page'], ['holdConsent'], ['revokeConsent']]);
    expect(await shop.ran()).toEqual([]);
  });

  it('sends only what data-signals names, and throws nothing when no vendor is on the page', async () => {
    await shop.visit(storefrontHtml({ attrs: { 'data-signals': 'uet, clarity' }, head: PROBE }));
    await shop.banner().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => shop.ran()).toHaveLength(1);
    expect(await ranWith()).toEqual([
      {
        uet: ['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }],
        clarity: [['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]],
        meta: null,
        tiktok: null,
      },
    ]);
    expect(await shop.page.evaluate(() => 'dataLayer' in window)).toBe(false);
  });

  it('sends Google Consent Mode only when data-consent-mode is on and data-signals names gcm', async () => {
    await shop.visit(storefrontHtml({ attrs: { 'data-signals': 'gcm' } }));
    await shop.banner().waitFor();
    expect(await shop.page.evaluate(() => (window as { dataLayer?: unknown[] }).dataLayer?.length)).toBe(1);
    await shop.visit(storefrontHtml({ attrs: { 'data-signals': 'gcm', 'data-consent-mode': 'off' } }));
    await shop.banner().waitFor();
    expect(await shop.page.evaluate(() => 'dataLayer' in window || 'uetq' in window)).toBe(false);
  });
});
