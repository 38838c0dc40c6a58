import { afterEach, describe, expect, it, vi } from 'vitest';
import { consentState, pushConsent, UPDATE_EVENT } from '../../../../widget/signals/consent-mode';
import { ALL_DENIED } from './fixtures';

type GoogleWindow = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };
const w = window as GoogleWindow;
const isArguments = (value: unknown) => Object.prototype.toString.call(value) === '[object Arguments]';

afterEach(() => {
  delete w.dataLayer;
  delete w.gtag;
});

describe('Google Consent Mode v2', () => {
  it('pushes the default as an arguments object, everything denied but security storage', () => {
    pushConsent(window);
    expect(w.dataLayer).toHaveLength(1);
    const command = w.dataLayer?.[0];
    expect(isArguments(command)).toBe(true);
    expect(Array.from(command as ArrayLike<unknown>)).toEqual([
      'consent',
      'default',
      { ...ALL_DENIED, wait_for_update: 500 },
    ]);
  });

  it('defines gtag as gtag.js does when the page has none, and keeps what was in dataLayer', () => {
    w.dataLayer = [{ event: 'earlier' }];
    pushConsent(window);
    expect(typeof w.gtag).toBe('function');
    w.gtag?.('js', 'now');
    expect(w.dataLayer).toHaveLength(3);
    expect(w.dataLayer[0]).toEqual({ event: 'earlier' });
    expect(isArguments(w.dataLayer[2])).toBe(true);
  });

  it("pushes through the page's own gtag when one was defined first", () => {
    const own = vi.fn();
    w.gtag = own;
    pushConsent(window);
    expect(w.gtag).toBe(own);
    expect(own).toHaveBeenCalledWith('consent', 'default', expect.objectContaining({ wait_for_update: 500 }));
  });

  it('reaches a dataLayer whose push gtag.js has since taken over', () => {
    pushConsent(window);
    const seen: unknown[] = [];
    (w.dataLayer as unknown[]).push = (...items: unknown[]) => seen.push(...items);
    pushConsent(window, { allow: ['essential', 'analytics'], deny: ['functional', 'targeting'] });
    expect(seen).toHaveLength(2);
    expect(isArguments(seen[0])).toBe(true);
  });

  it('maps analytics to analytics_storage only', () => {
    expect(consentState(['essential', 'analytics'])).toEqual({ ...ALL_DENIED, analytics_storage: 'granted' });
  });

  it('maps targeting to the three ad types and functional to functionality and personalization', () => {
    const state = consentState(['essential', 'targeting', 'functional']);
    expect(state).toMatchObject({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      analytics_storage: 'denied',
    });
  });

  it('denies security storage only if essential were missing', () => {
    expect(consentState([]).security_storage).toBe('denied');
  });

  it('pushes an update and then an event GTM triggers can listen for', () => {
    pushConsent(window, { allow: ['essential', 'functional'], deny: ['analytics', 'targeting'] });
    const [update, event] = w.dataLayer ?? [];
    expect(isArguments(update)).toBe(true);
    expect(Array.from(update as ArrayLike<unknown>).slice(0, 2)).toEqual(['consent', 'update']);
    expect(Array.from(update as ArrayLike<unknown>)[2]).toEqual(consentState(['essential', 'functional']));
    expect(event).toEqual({
      event: UPDATE_EVENT,
      storefront_consent: { allow: ['essential', 'functional'], deny: ['analytics', 'targeting'] },
    });
    expect(UPDATE_EVENT).toBe('storefront_consent_update');
  });
});
