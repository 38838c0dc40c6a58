// Regional rules (docs/regions.md) in real Chromium against the built widget, the shopper's time zone faked
// per browser context: a European zone asks at once with no lookup; a US zone gets the opt-out notice with
// Your Privacy Choices, its scripts released, GPC honoured and said so; an unknown zone asks the proxy's
// GET /region (here the storefront's own /proxy), waits 300 ms at most, and asks as opt-in when it is slow.

import type { IncomingMessage, ServerResponse } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { gated, useShop } from '../support/shop';
import { storefrontHtml } from '../support/storefront';

/** What the stand-in proxy answers at GET /proxy/region, and after how long. */
let region: { body: string; delay: number } = { body: '{}', delay: 0 };
/** The consent records it was sent. */
const records: Array<Record<string, unknown>> = [];

async function proxy(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.url === '/proxy/region') {
    await new Promise((r) => setTimeout(r, region.delay));
    res.writeHead(200, { 'content-type': 'application/json' }).end(region.body);
    return true;
  }
  if (req.url === '/proxy/records' && req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    records.push(JSON.parse(body));
    res.writeHead(201, { 'content-type': 'application/json' }).end('{"created_at":"2026-12-03T00:00:00Z"}');
    return true;
  }
  return false;
}

const shop = useShop({ extra: proxy });

const GATED = [
  gated('functional', 'functional'),
  gated('analytics', 'analytics'),
  gated('targeting', 'targeting'),
].join('\n');
const page = (attrs: Record<string, string> = {}) =>
  storefrontHtml({
    attrs: { 'data-regions': 'auto', 'data-proxy-url': `${shop.server.url}/proxy`, ...attrs },
    head: GATED,
  });
/** The opt-out notice, found by its button. */
const notice = () => shop.page.getByRole('button', { name: 'Your Privacy Choices' });
const regionAsked = () => shop.requests.filter((url) => url.endsWith('/proxy/region'));
const sendGpc = () =>
  shop.context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      get: () => true,
      configurable: true,
    });
  });

describe('widget: regional rules (data-regions="auto")', () => {
  it('asks with the banner at once in Europe/Berlin, without asking GET /region', async () => {
    region = { body: '{"country":"US","region":"US-CA","policy":"opt-out"}', delay: 0 };
    await shop.reopen({ timezoneId: 'Europe/Berlin' });
    await shop.visit(page());
    await shop.banner().waitFor();
    await shop.finished();
    expect(await shop.ran()).toEqual([]);
    expect(regionAsked()).toEqual([]);
    expect(shop.requests.some((url) => url.endsWith('storefront-consent-regions.js'))).toBe(false);
    expect(await shop.consent()).toMatchObject({ policy: 'opt-in', decided: false });
  });

  it('under opt-out in America/Los_Angeles: scripts run, a notice instead of a banner, Your Privacy Choices opens the preferences', async () => {
    await shop.reopen({ timezoneId: 'America/Los_Angeles' });
    await shop.visit(page());
    await notice().waitFor();
    await expect.poll(() => shop.ran()).toEqual(['functional', 'analytics', 'targeting']);
    expect(await shop.banner().count()).toBe(0);
    expect(regionAsked()).toEqual([]);
    expect(await shop.consent()).toMatchObject({
      policy: 'opt-out',
      region: 'US',
      decided: false,
      allow: ['essential', 'functional', 'analytics', 'targeting'],
    });
    expect(await shop.page.getByRole('status').textContent()).toContain('You can opt out at any time.');

    await notice().click();
    await shop.preferences().waitFor();
    await shop
      .preferences()
      .getByRole('switch', { name: /Targeting/ })
      .uncheck();
    await shop.preferences().getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => notice().count()).toBe(0);
    expect(await shop.consent()).toMatchObject({ decided: true, policy: 'opt-out', deny: ['targeting'] });
    await expect
      .poll(() => records.at(-1))
      .toMatchObject({ policy: 'opt-out', region: 'US', deny: ['targeting'] });

    // The merchant's footer link still opens them.
    await shop.page.getByRole('link', { name: 'Cookie settings' }).click();
    await shop.preferences().waitFor();
  });

  it('keeps a dismissed opt-out notice away for the rest of the session, scripts still running', async () => {
    await shop.reopen({ timezoneId: 'America/Los_Angeles' });
    await shop.visit(page());
    await notice().waitFor();
    await shop.page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice().count()).toBe(0);
    await shop.page.reload();
    await expect.poll(() => shop.ran()).toEqual(['functional', 'analytics', 'targeting']);
    await shop.finished();
    expect(await notice().count()).toBe(0);
    expect(await shop.consent()).toMatchObject({ policy: 'opt-out', decided: false });
    // The footer link still opens the preferences.
    await shop.page.getByRole('link', { name: 'Cookie settings' }).click();
    await shop.preferences().waitFor();
  });

  it('under opt-out with Global Privacy Control: targeting denied, and the preferences say Opt-Out Request Honored', async () => {
    await shop.reopen({ timezoneId: 'America/New_York' });
    await sendGpc();
    await shop.visit(page());
    await notice().waitFor();
    await expect.poll(() => shop.ran()).toEqual(['functional', 'analytics']);
    expect(await shop.consent()).toMatchObject({ policy: 'opt-out', deny: ['targeting'] });
    await notice().click();
    await shop.preferences().getByText('Opt-Out Request Honored').waitFor();
  });

  it('asks GET /region in UTC: US-CA is opt-out', async () => {
    region = { body: '{"country":"US","region":"US-CA","policy":"opt-out"}', delay: 0 };
    await shop.reopen({ timezoneId: 'UTC' });
    await shop.visit(page());
    await notice().waitFor();
    expect(regionAsked()).toHaveLength(1);
    expect(await shop.consent()).toMatchObject({ policy: 'opt-out', region: 'US-CA' });
    // The next page of the session asks no more.
    await shop.visit(page());
    await notice().waitFor();
    expect(regionAsked()).toHaveLength(1);
  });

  it('asks as opt-in in UTC when GET /region is slower than 300 ms', async () => {
    region = { body: '{"country":"US","region":"US-CA","policy":"opt-out"}', delay: 700 };
    await shop.reopen({ timezoneId: 'UTC' });
    await shop.visit(page());
    await shop.banner().waitFor();
    expect(await shop.consent()).toMatchObject({ policy: 'opt-in', region: null });
    expect(await shop.ran()).toEqual([]);
  });

  it('asks as opt-in in UTC when GET /region answers something that is not JSON, with no page error', async () => {
    region = { body: '<html>502 Bad Gateway</html>', delay: 0 };
    await shop.reopen({ timezoneId: 'UTC' });
    await shop.visit(page());
    await shop.banner().waitFor();
    await shop.finished();
    expect(await shop.consent()).toMatchObject({ policy: 'opt-in', region: null });
    expect(await shop.ran()).toEqual([]);
  });

  it.each([
    ['none', 'nothing asked, everything runs'],
    ['opt-out', 'the opt-out notice'],
  ] as const)('gives Asia/Tokyo data-region-default="%s": %s', async (fallback, _what) => {
    region = { body: '{"country":"JP","region":"JP","policy":"none"}', delay: 0 };
    await shop.reopen({ timezoneId: 'Asia/Tokyo' });
    await shop.visit(page({ 'data-region-default': fallback }));
    await expect.poll(() => shop.ran()).toEqual(['functional', 'analytics', 'targeting']);
    expect(await shop.consent()).toMatchObject({ policy: fallback, region: 'JP', decided: false });
    if (fallback === 'opt-out') await notice().waitFor();
    else {
      await shop.finished();
      expect(await notice().count()).toBe(0);
      expect(await shop.banner().count()).toBe(0);
    }
  });

  it('asks again, running nothing optional, when a shopper who decided under opt-out comes back from Europe', async () => {
    await shop.reopen({ timezoneId: 'America/Chicago' });
    await shop.visit(page());
    await notice().click();
    await shop.preferences().getByRole('button', { name: 'Accept all' }).click();
    const decided = await shop.cookie();
    await shop.reopen({ timezoneId: 'Europe/Madrid' });
    await shop.context.addCookies([decided as NonNullable<typeof decided>]);
    await shop.visit(page());
    await shop.banner().waitFor();
    await shop.finished();
    expect(await shop.ran()).toEqual([]);
    expect(await shop.consent()).toMatchObject({ policy: 'opt-in', decided: false, allow: ['essential'] });
  });

  it.each(['light', 'dark', 'auto'])(
    'gives the opt-out notice no axe-core violation in the %s theme, and reaches it by keyboard',
    async (theme) => {
      await shop.reopen({ timezoneId: 'America/Denver', colorScheme: theme === 'auto' ? 'dark' : 'light' });
      await shop.visit(page({ 'data-theme': theme }));
      await notice().waitFor();
      const results = await new AxeBuilder({ page: shop.page })
        .include('#storefront-consent-notice')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
      // The notice takes no focus of its own; Tab reaches its buttons in page order, Enter opens the preferences.
      await notice().focus();
      await shop.page.keyboard.press('Enter');
      await shop.preferences().waitFor();
      await shop.page.keyboard.press('Escape');
      await expect.poll(() => shop.preferences().count()).toBe(0);
      // Focus is back on the button that opened them.
      await expect
        .poll(() =>
          shop.page.evaluate(
            () =>
              document.getElementById('storefront-consent-notice')?.shadowRoot?.activeElement?.textContent,
          ),
        )
        .toBe('Your Privacy Choices');
    },
  );
});
