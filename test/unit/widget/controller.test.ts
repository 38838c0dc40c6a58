// One page load played through the boot (controller.ts) and the core module (core.ts), with every
// side effect recorded in order.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Category } from '../../../core/categories';
import { acceptAll } from '../../../widget/consent';
import { startWidget } from '../../../widget/controller';
import { createCore, HOLD_BANNER_MS } from '../../../widget/core';
import type { Effects, EffectsContext } from '../../../widget/effects';
import type { ConsentRecord } from '../../../widget/types';
import type { ShownProps } from '../../../widget/ui-loader';
import { unsentRecords } from '../../../widget/unsent-decode';
import { configFrom } from './config-helper';

vi.mock('../../../widget/effects', () => ({
  createEffects: (host: EffectsContext): Effects => {
    effectsHost = host;
    return {
      decided: () => log.push(`effects.decided ${effectsHost?.record()?.allow.join('+')}`),
      noDecision: () => {
        log.push('effects.noDecision');
        return lookup;
      },
    };
  },
}));

vi.mock('../../../widget/ui/notice', () => ({
  showNotice: (p: { words: readonly string[]; act(): void } | null) => {
    notice = p;
    log.push(p ? `notice ${p.words[1]}` : 'notice hidden');
  },
}));

const NOW = Date.parse('2026-11-22T12:00:00.000Z');
/** The notice on screen (widget/ui/notice.ts, mocked): its words and its action. */
let notice: { words: readonly string[]; act(): void } | null = null;
let log: string[] = [];
/** What the server lookup of effects.noDecision() answers with. */
let lookup: Promise<void> = Promise.resolve();
let effectsHost: EffectsContext | undefined;

const settle = () => new Promise((r) => setTimeout(r, 0));

/** The page's change events (on window, as the page hears them) go to `listener` until the test ends. */
let heard: EventListener[] = [];
const hear = (listener: EventListener) => {
  heard.push(listener);
  addEventListener('storefront-consent:change', listener);
};
afterEach(() => {
  for (const listener of heard) removeEventListener('storefront-consent:change', listener);
  heard = [];
  vi.useRealTimers();
});

/** Make the server lookup hang until the returned function is called (never, if it is not). */
function hangLookup(): () => void {
  let settleLookup = () => {};
  lookup = new Promise((r) => {
    settleLookup = r;
  });
  return settleLookup;
}

/** Boot a page with these attributes and this stored decision; resolves once the core (if any) started. */
async function pageLoad(
  o: { attrs?: Record<string, string>; stored?: ConsentRecord; gpc?: boolean; saveFails?: boolean } = {},
) {
  log = [];
  effectsHost = undefined;
  const attrs = o.attrs ?? {};
  const config = configFrom(attrs);
  const saved: ConsentRecord[] = [];
  const shown: ShownProps[] = [];
  const cleared: string[][] = [];
  const changes: unknown[] = [];
  // The boot's clock is the page's: Date.now, here the test's.
  vi.setSystemTime(NOW);
  hear((e) => {
    changes.push((e as CustomEvent).detail);
    log.push('change');
  });
  const api = startWidget({
    config,
    gpc: o.gpc ?? false,
    // The cookie: what was saved last, else what the page loaded with.
    load: () => saved.at(-1) ?? o.stored ?? null,
    signal: (r) => log.push(`consent-mode update ${r.allow.join('+')}`),
    gate: (allowed: () => readonly Category[]) => {
      log.push('gate.start');
      return () => log.push(`gate.release ${allowed().join('+')}`);
    },
    loadCore: async () => {
      log.push('load core');
      return {
        startCore: (host) =>
          createCore(host, config, {
            now: () => NOW,
            save: (r) => {
              if (o.saveFails) throw new Error('cookies blocked');
              saved.push(r);
              log.push('save');
            },
            withdraw: (categories) => {
              cleared.push(categories);
            },
            show: (props) => {
              shown.push(props);
              log.push(`show ${props.view}`);
            },
            lang: 'en',
          }),
      };
    },
  });
  await settle();
  const last = () => shown[shown.length - 1] as ShownProps;
  return { api, saved, shown, cleared, changes, last };
}

const stored = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  ...acceptAll(configFrom(), false, NOW - 864e5),
  pending: { server: false, native: false },
  ...over,
});
const sync = { 'data-proxy-url': 'https://p.example', 'data-client-id': 'abc' };

describe('a page load', () => {
  afterEach(() => {
    lookup = Promise.resolve();
  });

  it('answers get() before any decision with essential only', async () => {
    const { api } = await pageLoad();
    expect(api.get()).toEqual({
      allow: ['essential'],
      deny: ['functional', 'analytics', 'targeting'],
      decided: false,
      revision: 1,
      updatedAt: null,
      consentId: null,
      policy: 'opt-in',
      region: null,
    });
  });

  it('keeps the previous decision applying while the banner asks again (a raised revision)', async () => {
    const { api } = await pageLoad({
      attrs: { 'data-revision': '2' },
      stored: stored({ id: 'i'.repeat(22) }),
    });
    expect(api.get()).toEqual({
      allow: ['essential', 'functional', 'analytics', 'targeting'],
      deny: [],
      decided: false,
      revision: 1,
      updatedAt: '2026-11-21T12:00:00.000Z',
      consentId: 'i'.repeat(22),
      policy: 'opt-in',
      region: null,
    });
    expect(log).toContain('show banner');
  });

  it('without a decision: releases nothing, loads the core and shows the banner, with nothing to send on a cookie-only store', async () => {
    const { last } = await pageLoad();
    expect(log).toEqual(['gate.start', 'gate.release essential', 'load core', 'show banner']);
    expect(last()).toEqual(
      expect.objectContaining({ view: 'banner', decided: false, allowed: ['essential'] }),
    );
  });

  it('without a decision on a store with sync: also asks the server', async () => {
    const { last } = await pageLoad({ attrs: sync });
    expect(log).toEqual([
      'gate.start',
      'gate.release essential',
      'load core',
      'show banner',
      'effects.noDecision',
    ]);
    expect(last()).toEqual(expect.objectContaining({ view: 'banner', decided: false }));
  });

  it('with a stored decision: signals it before releasing its scripts, and loads nothing more', async () => {
    await pageLoad({ stored: stored() });
    expect(log).toEqual([
      'consent-mode update essential+functional+analytics+targeting',
      'gate.start',
      'gate.release essential+functional+analytics+targeting',
    ]);
  });

  it('with a decision still pending for the server: loads the core to send it, without the UI', async () => {
    const { shown } = await pageLoad({
      attrs: sync,
      stored: stored({ pending: { server: true, native: false } }),
    });
    expect(log.slice(-2)).toEqual(['load core', 'effects.decided essential+functional+analytics+targeting']);
    expect(shown).toEqual([]);
  });

  it('leaves a guest’s pending decision alone: it goes once they log in', async () => {
    await pageLoad({
      attrs: { ...sync, 'data-customer-id': '0' },
      stored: stored({ pending: { server: true, native: false } }),
    });
    expect(log).not.toContain('load core');
  });

  it('with an older revision: re-asks while the previous decision keeps applying', async () => {
    const { last, api } = await pageLoad({ stored: stored(), attrs: { 'data-revision': '2' } });
    expect(log).toContain('gate.release essential+functional+analytics+targeting');
    expect(last()).toEqual(expect.objectContaining({ view: 'banner', decided: false }));
    expect(api.get().decided).toBe(false);
  });

  it('on Accept all: signals, releases and tells the page, then saves, sends and hides the banner', async () => {
    const { last, saved, changes, api } = await pageLoad();
    log.length = 0;
    last().onAcceptAll();
    expect(log).toEqual([
      'consent-mode update essential+functional+analytics+targeting',
      'gate.release essential+functional+analytics+targeting',
      'change',
      'save',
      'show null',
    ]);
    expect(saved[0]?.pending).toEqual({ server: false, native: false });
    expect(changes).toEqual([api.get()]);
  });

  it('on Accept all on a store with sync: sends the decision once it is saved', async () => {
    const { last } = await pageLoad({ attrs: sync });
    log.length = 0;
    last().onAcceptAll();
    await settle();
    expect(log.slice(-3)).toEqual([
      'save',
      'show null',
      'effects.decided essential+functional+analytics+targeting',
    ]);
  });

  it('marks a fresh decision pending for the server when sync is configured', async () => {
    const { last, saved } = await pageLoad({ attrs: sync });
    last().onRejectAll();
    expect(saved[0]?.pending).toEqual({ server: true, native: false });
  });

  it('decides from the page API at once while the banner shows', async () => {
    const { api } = await pageLoad();
    api.acceptAll();
    expect(api.get()).toEqual(
      expect.objectContaining({
        decided: true,
        allow: ['essential', 'functional', 'analytics', 'targeting'],
      }),
    );
  });

  it('decides from the page API, loading the core on a returning shopper’s page first', async () => {
    const { api } = await pageLoad({ stored: stored() });
    api.rejectAll();
    expect(api.has('analytics')).toBe(true);
    await settle();
    expect(api.has('analytics')).toBe(false);
    api.set({ allow: ['analytics'] });
    await settle();
    expect(api.has('analytics')).toBe(true);
  });

  it('refuses a malformed set() from the page whole, with a warning, and records no decision', async () => {
    const { api, saved } = await pageLoad({ stored: stored() });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const before = api.get();
    for (const bad of [
      null,
      undefined,
      'analytics',
      { allow: 'analytics' },
      { allow: ['nope'] },
      { deny: [1] },
    ])
      api.set(bad as never);
    await settle();
    expect(warn).toHaveBeenCalledTimes(6);
    expect(warn).toHaveBeenLastCalledWith('StorefrontConsent.set ignored', { deny: [1] });
    expect(api.get()).toEqual(before);
    expect(saved).toEqual([]);
    api.set({ deny: ['analytics'] });
    await settle();
    expect(api.has('analytics')).toBe(false);
    warn.mockRestore();
  });

  it('on a withdrawal: has that category’s cookies cleared (the chunk that does it says a reload finishes it)', async () => {
    const { api, cleared, last } = await pageLoad({ stored: stored() });
    api.set({ deny: ['analytics'] });
    await settle();
    expect(cleared).toEqual([['analytics']]);
    expect(last()).toEqual(expect.objectContaining({ view: null }));
  });

  it('opens preferences, and closing returns to the banner only while undecided', async () => {
    const undecided = await pageLoad();
    undecided.api.open();
    await settle();
    expect(undecided.last().view).toBe('preferences');
    undecided.last().onClose();
    expect(undecided.last().view).toBe('banner');

    const decided = await pageLoad({ stored: stored() });
    decided.api.open();
    await settle();
    expect(decided.last().view).toBe('preferences');
    decided.last().onClose();
    expect(decided.last().view).toBeNull();
  });

  it('saves the categories switched on in preferences', async () => {
    const { last, api } = await pageLoad();
    last().onSave(['functional']);
    expect(api.get().allow).toEqual(['essential', 'functional']);
  });

  it('applies a decision restored from the server: saved as sent, released, banner hidden, page told', async () => {
    const { saved, last, changes, api } = await pageLoad({ attrs: sync });
    effectsHost?.restore({ allow: ['essential', 'analytics'], deny: ['functional', 'targeting'] });
    expect(saved[0]).toEqual(expect.objectContaining({ allow: ['essential', 'analytics'] }));
    expect(saved[0]?.pending.server).toBe(false);
    expect(api.get().allow).toEqual(['essential', 'analytics']);
    expect(last().view).toBeNull();
    expect(changes).toHaveLength(1);
  });

  it('holds a logged-in customer’s banner until their saved decision is looked up, and never shows it if one is found', async () => {
    const settleLookup = hangLookup();
    const { shown } = await pageLoad({ attrs: { ...sync, 'data-customer-id': '7' } });
    expect(shown).toEqual([]);
    effectsHost?.restore({ allow: ['essential', 'functional'], deny: ['analytics', 'targeting'] });
    settleLookup();
    await settle();
    expect(shown.map((p) => p.view)).toEqual([null]);
  });

  it('shows a logged-in customer’s banner once the lookup finds nothing', async () => {
    const settleLookup = hangLookup();
    const { shown } = await pageLoad({ attrs: { ...sync, 'data-customer-id': '7' } });
    expect(shown).toEqual([]);
    settleLookup();
    await settle();
    expect(shown.map((p) => p.view)).toEqual(['banner']);
  });

  it('holds a logged-in customer’s banner for HOLD_BANNER_MS at most, when the lookup hangs', async () => {
    vi.useFakeTimers();
    try {
      hangLookup();
      const loading = pageLoad({ attrs: { ...sync, 'data-customer-id': '7' } });
      await vi.advanceTimersByTimeAsync(HOLD_BANNER_MS - 1);
      const { shown } = await loading;
      expect(shown).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(shown.map((p) => p.view)).toEqual(['banner']);
    } finally {
      vi.useRealTimers();
    }
  });

  // docs/signals.md, "A customer's choice on every device": the banner never waits for the network. The hold is for a shopper the page says is logged in.
  it.each([
    ['a guest (data-customer-id="0")', { ...sync, 'data-customer-id': '0' }],
    ['a guest (data-customer-id="")', { ...sync, 'data-customer-id': '' }],
    ['a page that gives no customer id', sync],
    ['a store without sync', { 'data-customer-id': '7' }],
    ['a store with only BigCommerce’s own consent', { 'data-native-sync': 'on', 'data-customer-id': '7' }],
  ])('shows the banner at once, without waiting for any lookup, for %s', async (_, attrs) => {
    hangLookup();
    const { shown } = await pageLoad({ attrs });
    expect(shown.map((p) => p.view)).toEqual(['banner']);
  });

  it('re-saves a record once a pending flag is sent', async () => {
    const { saved } = await pageLoad({
      attrs: sync,
      stored: stored({ pending: { server: true, native: true } }),
    });
    const r = effectsHost?.record() as ConsentRecord;
    effectsHost?.resave({ ...r, pending: { ...r.pending, server: false } });
    expect(saved[0]?.pending).toEqual({ server: false, native: true });
    expect(effectsHost?.record()?.pending).toEqual({ server: false, native: true });
  });

  it('under GPC: withdraws targeting from an older decision before releasing, saves it, and Accept all leaves targeting off', async () => {
    const { saved, last, api } = await pageLoad({ stored: stored(), gpc: true });
    expect(log.slice(0, 3)).toEqual([
      'consent-mode update essential+functional+analytics',
      'gate.start',
      'gate.release essential+functional+analytics',
    ]);
    expect(saved[0]).toEqual(
      expect.objectContaining({ allow: ['essential', 'functional', 'analytics'], gpc: true }),
    );
    api.open();
    await settle();
    expect(last().gpc).toBe(true);
    last().onAcceptAll();
    expect(api.has('targeting')).toBe(false);
  });

  it('gives the browser a consent id at its first decision and keeps it, with every decision unsent until the proxy has it', async () => {
    const { api, saved } = await pageLoad({ attrs: { 'data-proxy-url': 'https://p.example' } });
    expect(api.get().consentId).toBeNull();
    api.acceptAll();
    const id = api.get().consentId;
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    api.rejectAll();
    expect(api.get().consentId).toBe(id);
    expect(saved.map((r) => r.id)).toEqual([id, id]);
    // Oldest first: Accept all, then Reject all, both from the page API.
    expect(unsentRecords(saved[1]?.unsent ?? '').map((u) => [u.allow.length, u.source, u.at])).toEqual([
      [4, 'api', NOW],
      [1, 'api', NOW],
    ]);
  });

  it('records where each decision came from: the banner, the preferences, the page API, GPC, the server', async () => {
    const { last, api, saved } = await pageLoad({ attrs: { 'data-proxy-url': 'https://p.example' } });
    last().onAcceptAll();
    api.open();
    await settle();
    last().onRejectAll();
    last().onCustomize();
    last().onSave(['analytics']);
    api.set({ allow: ['targeting'] });
    const sources = unsentRecords(saved.at(-1)?.unsent ?? '').map((u) => u.source);
    expect(sources).toEqual(['banner', 'preferences', 'preferences', 'api']);
    const gpc = await pageLoad({
      attrs: { 'data-proxy-url': 'https://p.example' },
      stored: stored(),
      gpc: true,
    });
    expect(unsentRecords(gpc.saved[0]?.unsent ?? '').map((u) => u.source)).toEqual(['gpc']);
  });

  it('keeps nothing unsent without a proxy or with data-records="off", and still gives the consent id', async () => {
    for (const attrs of [{}, { 'data-proxy-url': 'https://p.example', 'data-records': 'off' }]) {
      const { api, saved } = await pageLoad({ attrs });
      api.acceptAll();
      await settle();
      expect(saved[0]?.unsent).toBe('');
      expect(saved[0]?.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
  });

  it('loads the sending chunk on a first visit only once the shopper decides, not with the banner', async () => {
    const { api } = await pageLoad({ attrs: { 'data-proxy-url': 'https://p.example' } });
    expect(effectsHost).toBeUndefined();
    api.acceptAll();
    await settle();
    expect(effectsHost).toBeDefined();
    expect(log).toContain('effects.decided essential+functional+analytics+targeting');
  });

  it('loads the core on a returning page load that has decisions unsent, to send them', async () => {
    const unsent = stored({ id: 'pWq2bLxe3T6mQJ0d7XvC4A', unsent: 'f0bmx7m2z751' });
    await pageLoad({ attrs: { 'data-proxy-url': 'https://p.example' }, stored: unsent });
    expect(log).toContain('load core');
    expect(log).toContain('effects.decided essential+functional+analytics+targeting');
    await pageLoad({ stored: unsent });
    expect(log).not.toContain('load core');
  });

  it('keeps a decision for this page when the cookie cannot be written, without throwing into the page', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { api, last } = await pageLoad({ saveFails: true });
    expect(() => last().onAcceptAll()).not.toThrow();
    expect(api.has('analytics')).toBe(true);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('reports a core module that cannot load, and keeps the page API answering', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const api = startWidget({
      config: configFrom(),
      gpc: false,
      load: () => null,
      signal: () => {},
      gate: () => () => {},
      loadCore: () => Promise.reject(new TypeError('offline')),
    });
    api.acceptAll();
    await settle();
    expect(error).toHaveBeenCalledWith('storefront-consent:', expect.any(TypeError));
    expect(api.get().decided).toBe(false);
    error.mockRestore();
  });
});

describe('a page load with regional rules (data-regions="auto")', () => {
  const auto = { 'data-regions': 'auto' };
  /** The browser's time zone, as Intl answers it, and its offset from UTC in January, as Date does. */
  function inZone(timeZone: string) {
    const real = Intl.DateTimeFormat;
    const name = new real('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date('2026-01-15T12:00:00Z'))
      .find((part) => part.type === 'timeZoneName')?.value;
    const [, sign = '+', hours = '0', minutes = '0'] = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? '') ?? [];
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(
      (sign === '+' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)),
    );
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(
      () =>
        ({ resolvedOptions: () => ({ ...new real().resolvedOptions(), timeZone }) }) as Intl.DateTimeFormat,
    );
  }
  /** Until the regions chunk has loaded and placed the shopper, and the core has started. */
  const placed = async (api: { get(): { region: string | null } }) => {
    await vi.waitFor(() => expect(api.get().region).not.toBeNull());
    await settle();
  };

  afterEach(() => {
    vi.restoreAllMocks();
    notice = null;
  });

  it('asks at once by the offset alone, without asking Intl for the zone (its data costs 20–40 ms), wherever it is European', async () => {
    for (const zone of ['Europe/Helsinki', 'Atlantic/Azores', 'Africa/Cairo']) {
      inZone(zone);
      const intl = vi.mocked(Intl.DateTimeFormat);
      intl.mockClear();
      const { last } = await pageLoad({ attrs: auto });
      expect(last().view, zone).toBe('banner');
      expect(intl, zone).not.toHaveBeenCalled();
      vi.restoreAllMocks();
    }
  });

  it('asks with the banner at once in a European zone, releasing nothing optional and loading no zone table', async () => {
    inZone('Europe/Berlin');
    const { api, last } = await pageLoad({ attrs: auto });
    expect(log).toEqual(['gate.start', 'gate.release essential', 'load core', 'show banner']);
    expect(last().view).toBe('banner');
    // The module settles Europe/* itself: opt-in, the country left unsaid.
    expect(api.get()).toEqual(expect.objectContaining({ policy: 'opt-in', region: null, decided: false }));
  });

  it('under opt-out (a US zone): grants Consent Mode, then releases everything, and shows the opt-out notice instead', async () => {
    inZone('America/Los_Angeles');
    const { api, last, changes } = await pageLoad({ attrs: auto });
    await placed(api);
    expect(log).toEqual([
      'gate.start',
      'gate.release essential',
      'load core',
      'consent-mode update essential+functional+analytics+targeting',
      'gate.release essential+functional+analytics+targeting',
      'change',
      'notice Your Privacy Choices',
    ]);
    expect(api.get()).toEqual(
      expect.objectContaining({ policy: 'opt-out', region: 'US', decided: false, deny: [] }),
    );
    expect(changes).toHaveLength(1);
    // Your Privacy Choices opens the preferences; opting out there hides the notice.
    notice?.act();
    expect(last().view).toBe('preferences');
    expect(last().optOut).toBe(true);
    last().onClose();
    expect(last().view).toBeNull();
    notice?.act();
    last().onRejectAll();
    expect(log).toContain('notice hidden');
    expect(notice).toBeNull();
    expect(api.get()).toEqual(expect.objectContaining({ decided: true, allow: ['essential'] }));
  });

  it('under opt-out with Global Privacy Control: targeting denied, everything else released', async () => {
    inZone('America/New_York');
    const { api } = await pageLoad({ attrs: auto, gpc: true });
    await placed(api);
    expect(log).toContain('gate.release essential+functional+analytics');
    expect(api.has('targeting')).toBe(false);
  });

  it('keeps the policy with the decision in the cookie', async () => {
    inZone('America/Chicago');
    const { api, saved } = await pageLoad({ attrs: auto });
    await placed(api);
    api.rejectAll();
    await settle();
    expect(saved.at(-1)?.policy).toBe(1);
  });

  it('holds a decision made under opt-out when the shopper is now where opt-in applies, and asks again', async () => {
    inZone('Europe/Paris');
    const { api, last } = await pageLoad({ attrs: auto, stored: stored({ policy: 1 }) });
    expect(log).toEqual([
      'consent-mode update essential',
      'gate.start',
      'gate.release essential',
      'load core',
      'show banner',
    ]);
    expect(last().view).toBe('banner');
    expect(api.get()).toEqual(
      expect.objectContaining({ policy: 'opt-in', decided: false, allow: ['essential'] }),
    );
  });

  it('keeps a decision made under opt-out where opt-out or none applies (travel to a weaker policy)', async () => {
    inZone('America/Denver');
    const { api } = await pageLoad({
      attrs: auto,
      stored: stored({ policy: 1, allow: ['essential', 'analytics'] }),
    });
    await vi.waitFor(() => expect(api.get().policy).toBe('opt-out'));
    expect(log).toEqual([
      'consent-mode update essential',
      'gate.start',
      'gate.release essential',
      'load core',
      'consent-mode update essential+analytics',
      'gate.release essential+analytics',
      'change',
    ]);
    expect(api.get().decided).toBe(true);
    expect(notice).toBeNull();
  });

  it('under GPC, withdraws targeting from a decision made under opt-out once it is in force, and saves that', async () => {
    inZone('America/Los_Angeles');
    const { api, saved } = await pageLoad({ attrs: auto, stored: stored({ policy: 1 }), gpc: true });
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual(
      expect.objectContaining({ allow: ['essential', 'functional', 'analytics'], gpc: true, policy: 1 }),
    );
    expect(log).not.toContain('gate.release essential+functional+analytics+targeting');
    expect(api.get()).toEqual(expect.objectContaining({ decided: true, policy: 'opt-out' }));
  });

  it('does nothing new for a decision made under opt-in: no chunk, no time zone', async () => {
    const zone = vi.spyOn(Intl, 'DateTimeFormat');
    const { api } = await pageLoad({ attrs: auto, stored: stored() });
    expect(log).toEqual([
      'consent-mode update essential+functional+analytics+targeting',
      'gate.start',
      'gate.release essential+functional+analytics+targeting',
    ]);
    expect(zone).not.toHaveBeenCalled();
    expect(api.get()).toEqual(expect.objectContaining({ policy: 'opt-in', region: null, decided: true }));
  });

  it('without regional rules, asks again for a decision made under opt-out (opt-in everywhere)', async () => {
    const { last } = await pageLoad({ stored: stored({ policy: 1 }) });
    expect(log).toContain('gate.release essential');
    expect(last().view).toBe('banner');
  });

  it('asks nothing where the policy is none (data-region-default="none"), and releases everything', async () => {
    // The Faroes in winter (UTC+0): in the zone table, with no consent law (docs/regions.md).
    inZone('Atlantic/Faroe');
    const { api, shown } = await pageLoad({ attrs: { ...auto, 'data-region-default': 'none' } });
    await vi.waitFor(() => expect(api.get().policy).toBe('none'));
    await settle();
    expect(log).toContain('gate.release essential+functional+analytics+targeting');
    expect(shown.every((p) => p.view === null)).toBe(true);
    expect(notice).toBeNull();
  });
});
