import { describe, expect, it } from 'vitest';
import {
  acceptAll,
  allowedBy,
  decision,
  mustAsk,
  rejectAll,
  type Snapshot,
  sameSnapshot,
  setCategories,
  underGpc,
} from '../../../widget/consent';
import { configFrom } from './config-helper';

const NOW = Date.parse('2026-11-22T12:00:00.000Z');
const DAY = 864e5;
const config = configFrom();
const synced = configFrom({
  'data-proxy-url': 'https://p.example',
  'data-client-id': 'abc',
  'data-native-sync': 'on',
});

describe('consent model', () => {
  it('accepts every category the store uses', () => {
    expect(acceptAll(config, false, NOW)).toEqual({
      allow: ['essential', 'functional', 'analytics', 'targeting'],
      deny: [],
      revision: 1,
      updatedAt: '2026-11-22T12:00:00.000Z',
      gpc: false,
      pending: { server: false, native: false },
      id: null,
      policy: 0,
      unsent: '',
    });
  });

  it('rejects all but essential', () => {
    const r = rejectAll(config, false, NOW);
    expect(r.allow).toEqual(['essential']);
    expect(r.deny).toEqual(['functional', 'analytics', 'targeting']);
  });

  it('denies the categories the store does not use, whatever is asked', () => {
    const small = configFrom({ 'data-categories': 'analytics' });
    expect(acceptAll(small, false, NOW).allow).toEqual(['essential', 'analytics']);
    expect(acceptAll(small, false, NOW).deny).toEqual(['functional', 'targeting']);
    expect(allowedBy(acceptAll(config, false, NOW), small)).toEqual(['essential', 'analytics']);
  });

  it('marks a fresh decision pending for the server and BigCommerce when both are configured', () => {
    expect(acceptAll(synced, false, NOW).pending).toEqual({ server: true, native: true });
  });

  it('changes only the categories set() names, keeps essential, and lets deny win a contradiction', () => {
    const r = setCategories(['essential', 'analytics'], { allow: ['targeting'] }, config, false, NOW);
    expect(r.allow).toEqual(['essential', 'analytics', 'targeting']);
    const s = setCategories(r.allow, { deny: ['essential', 'analytics'] }, config, false, NOW);
    expect(s.allow).toEqual(['essential', 'targeting']);
    const t = setCategories(s.allow, { allow: ['functional'], deny: ['functional'] }, config, false, NOW);
    expect(t.allow).toEqual(['essential', 'targeting']);
  });

  it('ignores unknown names and non-lists given to set()', () => {
    const change = { allow: ['marketing', 'analytics'], deny: 'targeting' } as never;
    expect(setCategories(['essential'], change, config, false, NOW).allow).toEqual([
      'essential',
      'analytics',
    ]);
  });

  it('asks when there is no decision, the revision rose, or the decision expired', () => {
    const r = acceptAll(config, false, NOW);
    expect(mustAsk(null, config, NOW)).toBe(true);
    expect(mustAsk(r, config, NOW)).toBe(false);
    expect(mustAsk(r, configFrom({ 'data-revision': '2' }), NOW)).toBe(true);
    expect(mustAsk(r, configFrom({ 'data-revision': '0' }), NOW)).toBe(false);
    expect(mustAsk(r, config, NOW + 179 * DAY)).toBe(false);
    expect(mustAsk(r, config, NOW + 180 * DAY)).toBe(true);
    expect(mustAsk(r, configFrom({ 'data-expiry-days': '7' }), NOW + 8 * DAY)).toBe(true);
  });

  it('asks again where the page’s policy is stricter than the one the decision was made under', () => {
    // POLICIES' order: 0 opt-in, 1 opt-out, 2 none; a higher number is weaker.
    const underOptOut = { ...acceptAll(config, false, NOW), policy: 1 };
    expect(mustAsk(underOptOut, config, NOW, 0)).toBe(true);
    expect(mustAsk(underOptOut, config, NOW, 1)).toBe(false);
    expect(mustAsk(underOptOut, config, NOW, 2)).toBe(false);
    const underOptIn = acceptAll(config, false, NOW);
    expect(mustAsk(underOptIn, config, NOW, 2)).toBe(false);
  });

  it('keeps the previous decision applying while it re-asks', () => {
    const r = acceptAll(config, false, NOW);
    const raised = configFrom({ 'data-revision': '2' });
    expect(mustAsk(r, raised, NOW)).toBe(true);
    expect(allowedBy(r, raised)).toEqual(['essential', 'functional', 'analytics', 'targeting']);
    expect(acceptAll(raised, false, NOW).revision).toBe(2);
  });

  describe('under Global Privacy Control', () => {
    it('accepts all but targeting, and notes GPC on the record', () => {
      const r = acceptAll(config, true, NOW);
      expect(r.allow).toEqual(['essential', 'functional', 'analytics']);
      expect(r.deny).toEqual(['targeting']);
      expect(r.gpc).toBe(true);
    });

    it('allows targeting when the shopper switches it on by hand', () => {
      expect(decision(['targeting'], config, true, NOW).allow).toEqual(['essential', 'targeting']);
    });

    it('withdraws targeting from a decision made before the browser sent GPC, keeping its revision', () => {
      const before = acceptAll(configFrom({ 'data-revision': '0' }), false, NOW - DAY);
      const after = underGpc(before, config, true, NOW);
      expect(after.allow).toEqual(['essential', 'functional', 'analytics']);
      expect(after.gpc).toBe(true);
      expect(after.revision).toBe(0);
    });

    it('leaves alone a targeting choice made by hand under GPC, and any decision without GPC', () => {
      const byHand = decision(['targeting'], config, true, NOW);
      expect(underGpc(byHand, config, true, NOW)).toBe(byHand);
      const plain = acceptAll(config, false, NOW);
      expect(underGpc(plain, config, false, NOW)).toBe(plain);
    });
  });

  it('sees an identical answer as no change', () => {
    const a: Snapshot = {
      allow: ['essential', 'analytics'],
      deny: ['functional', 'targeting'],
      decided: true,
      revision: 1,
      updatedAt: '2026-11-22T12:00:00.000Z',
      consentId: null,
      policy: 'opt-in',
      region: null,
    };
    // Made a second later, with its id now known: the same answer for the page.
    expect(sameSnapshot(a, { ...a, updatedAt: '2026-11-22T12:00:01.000Z', consentId: 'x'.repeat(22) })).toBe(
      true,
    );
    expect(
      sameSnapshot(a, { ...a, allow: ['essential'], deny: ['functional', 'analytics', 'targeting'] }),
    ).toBe(false);
    expect(sameSnapshot(a, { ...a, decided: false })).toBe(false);
    expect(sameSnapshot(a, { ...a, revision: 2 })).toBe(false);
  });
});
