import { describe, expect, it, vi } from 'vitest';
import type { Category } from '../../../core/categories';
import { acceptAll } from '../../../widget/consent';
import { startWidget } from '../../../widget/controller';
import type { EffectsHost } from '../../../widget/effects';
import type { Config, ConsentRecord } from '../../../widget/types';
import type { ShownProps } from '../../../widget/ui-loader';
import { configFrom } from './config-helper';

const NOW = Date.parse('2026-11-22T12:00:00.000Z');

/** One page load with every side effect recorded in `log`, in the order it happened. */
function pageLoad(
  o: { stored?: ConsentRecord | null; config?: Config; gpc?: boolean; saveFails?: boolean } = {},
) {
  const config = o.config ?? configFrom();
  const log: string[] = [];
  const saved: ConsentRecord[] = [];
  const shown: ShownProps[] = [];
  const cleared: string[][] = [];
  let host: EffectsHost | undefined;
  let allowedNow: () => readonly Category[] = () => [];
  const events = new EventTarget();
  const changes: unknown[] = [];
  events.addEventListener('storefront-consent:change', (e) => changes.push((e as CustomEvent).detail));
  const api = startWidget({
    config,
    gpc: o.gpc ?? false,
    lang: 'en',
    now: () => NOW,
    load: () => o.stored ?? null,
    save: (r) => {
      if (o.saveFails) throw new Error('cookies blocked');
      saved.push(r);
      log.push('save');
    },
    effects: (h) => {
      host = h;
      return {
        boot: () => log.push('effects.boot'),
        decided: (r, fresh) => log.push(`effects.decided ${r.allow.join('+')} ${fresh ? 'fresh' : 'stored'}`),
        noDecision: () => log.push('effects.noDecision'),
      };
    },
    gate: (allowed) => {
      allowedNow = allowed;
      log.push('gate.start');
      return () => log.push(`gate.release ${allowed().join('+')}`);
    },
    clear: (categories) => cleared.push(categories),
    show: (props) => {
      shown.push(props);
      log.push(`show ${props.view}${props.notice ? ` ${props.notice}` : ''}`);
    },
    reload: () => log.push('reload'),
    events,
  });
  const last = () => shown[shown.length - 1] as ShownProps;
  return {
    api,
    log,
    saved,
    shown,
    cleared,
    changes,
    last,
    host: () => host as EffectsHost,
    allowed: () => allowedNow(),
  };
}

const stored = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  ...acceptAll(configFrom(), false, NOW - 864e5),
  pending: { server: false, native: false },
  ...over,
});

describe('a page load', () => {
  it('without a decision: Consent Mode default first, asks the server, releases nothing, shows the banner', () => {
    const { log, last } = pageLoad();
    expect(log).toEqual([
      'effects.boot',
      'effects.noDecision',
      'gate.start',
      'gate.release essential',
      'show banner',
    ]);
    expect(last()).toEqual(
      expect.objectContaining({ view: 'banner', notice: null, decided: false, allowed: ['essential'] }),
    );
  });

  it('with a stored decision: signals it before releasing its scripts, and never loads the UI', () => {
    const { log, shown } = pageLoad({ stored: stored() });
    expect(log).toEqual([
      'effects.boot',
      'effects.decided essential+functional+analytics+targeting stored',
      'gate.start',
      'gate.release essential+functional+analytics+targeting',
    ]);
    expect(shown).toEqual([]);
  });

  it('with an older revision: re-asks while the previous decision keeps applying', () => {
    const { log, last, api } = pageLoad({ stored: stored(), config: configFrom({ 'data-revision': '2' }) });
    expect(log).toContain('gate.release essential+functional+analytics+targeting');
    expect(last().view).toBe('banner');
    expect(last().decided).toBe(false);
    expect(api.get().decided).toBe(false);
  });

  it('on Accept all: saves, signals, releases, hides the banner and tells the page, in that order', () => {
    const { log, last, saved, changes, api } = pageLoad();
    log.length = 0;
    last().onAcceptAll();
    expect(log).toEqual([
      'save',
      'effects.decided essential+functional+analytics+targeting fresh',
      'gate.release essential+functional+analytics+targeting',
      'show null',
    ]);
    expect(saved[0]?.pending).toEqual({ server: false, native: false });
    expect(changes).toEqual([api.get()]);
  });

  it('marks a fresh decision pending for the server when sync is configured', () => {
    const config = configFrom({ 'data-proxy-url': 'https://p.example', 'data-client-id': 'abc' });
    const { last, saved } = pageLoad({ config });
    last().onRejectAll();
    expect(saved[0]?.pending).toEqual({ server: true, native: false });
  });

  it('on a withdrawal: clears that category’s cookies and shows the reload notice', () => {
    const { api, cleared, last, log } = pageLoad({ stored: stored() });
    api.set({ deny: ['analytics'] });
    expect(cleared).toEqual([['analytics']]);
    expect(last()).toEqual(expect.objectContaining({ view: null, notice: 'withdrawn' }));
    last().onReload();
    expect(log).toContain('reload');
  });

  it('opens preferences from the API, and closing returns to the banner only while undecided', () => {
    const undecided = pageLoad();
    undecided.api.open();
    expect(undecided.last().view).toBe('preferences');
    undecided.last().onClose();
    expect(undecided.last().view).toBe('banner');

    const decided = pageLoad({ stored: stored() });
    decided.api.open();
    expect(decided.last().view).toBe('preferences');
    decided.last().onClose();
    expect(decided.last().view).toBeNull();
  });

  it('saves the categories switched on in preferences', () => {
    const { last, api } = pageLoad();
    last().onSave(['functional']);
    expect(api.get().allow).toEqual(['essential', 'functional']);
  });

  it('applies a decision restored from the server: saved as sent, scripts released, banner hidden, page told', () => {
    const { host, saved, last, changes, allowed } = pageLoad();
    host().restore({ allow: ['essential', 'analytics'], deny: ['functional', 'targeting'] });
    expect(saved[0]).toEqual(expect.objectContaining({ allow: ['essential', 'analytics'] }));
    expect(saved[0]?.pending.server).toBe(false);
    expect(allowed()).toEqual(['essential', 'analytics']);
    expect(last().view).toBeNull();
    expect(changes).toHaveLength(1);
  });

  it('re-saves a record once a pending flag is sent', () => {
    const { host, saved } = pageLoad({ stored: stored({ pending: { server: true, native: true } }) });
    host().markSent('server');
    expect(saved[0]?.pending).toEqual({ server: false, native: true });
    expect(host().record()?.pending).toEqual({ server: false, native: true });
  });

  it('under GPC: withdraws targeting from an older decision at once, and Accept all leaves targeting off', () => {
    const { log, saved, last, api } = pageLoad({ stored: stored(), gpc: true });
    expect(saved[0]?.allow).toEqual(['essential', 'functional', 'analytics']);
    expect(log).toContain('effects.decided essential+functional+analytics fresh');
    api.open();
    expect(last().gpc).toBe(true);
    last().onAcceptAll();
    expect(api.has('targeting')).toBe(false);
  });

  it('keeps a decision for this page when the cookie cannot be written, without throwing into the page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { api, last, host } = pageLoad({ saveFails: true });
    expect(() => last().onAcceptAll()).not.toThrow();
    expect(api.has('analytics')).toBe(true);
    expect(host().record()).not.toBeNull();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
