import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../../widget/i18n/en';
import { type BannerActions, banner } from '../../../../widget/ui/banner';
import type { UiProps } from '../../../../widget/ui/contract';
import { uiProps } from './ui-props';

afterEach(() => document.body.replaceChildren());

const actions = (): BannerActions => ({
  onAcceptAll: vi.fn(),
  onRejectAll: vi.fn(),
  onCustomize: vi.fn(),
  onIntent: vi.fn(),
});

/** The banner as the shopper gets it, in the page. */
function show(p: Partial<UiProps> = {}, on = actions(), t = en) {
  document.body.append(banner(uiProps(p), t, on));
  return on;
}

describe('banner', () => {
  it('is a labelled, non-modal dialog at the page edge', () => {
    show();
    const dialog = screen.getByRole('dialog', { name: 'We use cookies' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(dialog.getAttribute('aria-describedby')).toBe('sc-d');
    expect(screen.getByText(en.description).id).toBe('sc-d');
    expect(dialog.tabIndex).toBe(-1);
    expect(dialog.className).toBe('panel bottom');
  });

  it('offers exactly Accept all, Reject all and Customize, each calling its own callback', () => {
    const on = show();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Accept all',
      'Reject all',
      'Customize',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(on.onAcceptAll).toHaveBeenCalledTimes(1);
    expect(on.onRejectAll).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(on.onRejectAll).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Customize' }));
    expect(on.onCustomize).toHaveBeenCalledTimes(1);
    expect(on.onAcceptAll).toHaveBeenCalledTimes(1);
  });

  it('gives the three answers the same look', () => {
    show();
    const looks = screen
      .getAllByRole('button')
      .map((b) => `${b.className}|${b.getAttribute('style')}|${b.getAttribute('type')}`);
    expect(new Set(looks).size).toBe(1);
  });

  it.each([
    ['pointing at', 'pointerEnter'],
    ['pressing', 'pointerDown'],
    ['focusing', 'focus'],
  ] as const)('signals the intent to customize on %s Customize, and only there', (_, event) => {
    const on = show();
    fireEvent[event](screen.getByRole('button', { name: 'Accept all' }));
    expect(on.onIntent).not.toHaveBeenCalled();
    fireEvent[event](screen.getByRole('button', { name: 'Customize' }));
    expect(on.onIntent).toHaveBeenCalledTimes(1);
    expect(on.onCustomize).not.toHaveBeenCalled();
  });

  it('links the privacy policy only when a policy URL is set', () => {
    show();
    expect(screen.queryByRole('link')).toBeNull();
    document.body.replaceChildren();

    show({ policyUrl: '/privacy-policy/' });
    expect(screen.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
      '/privacy-policy/',
    );
    expect(screen.getByRole('dialog').querySelector('#sc-d')?.textContent).toBe(
      `${en.description} ${en.policyLink}`,
    );
  });

  it('never turns a javascript: policy URL into a link', () => {
    show({ policyUrl: ' javascript:alert(1)' });
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows texts as text, never as markup', () => {
    show({}, actions(), { ...en, title: '<img src=x onerror=alert(1)>', acceptAll: '<b>Yes</b>' });
    expect(screen.getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(screen.getByRole('button', { name: '<b>Yes</b>' })).toBeTruthy();
    expect(document.querySelector('img, b')).toBeNull();
  });

  it('says that Global Privacy Control was honoured only when it was', () => {
    show();
    expect(screen.queryByText(/Global Privacy Control/)).toBeNull();
    document.body.replaceChildren();

    show({ gpc: true });
    expect(screen.getByText(en.gpcNotice).id).toBe('sc-g');
    expect(screen.getByRole('dialog').getAttribute('aria-describedby')).toBe('sc-d sc-g');
  });

  it('is modal over a backdrop in the centre, keeping Tab inside', () => {
    show({ position: 'center' });
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.parentElement?.className).toBe('backdrop');

    const customize = screen.getByRole('button', { name: 'Customize' });
    const accept = screen.getByRole('button', { name: 'Accept all' });
    customize.focus();
    expect(fireEvent.keyDown(customize, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(accept);
    expect(fireEvent.keyDown(accept, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(customize);
  });

  it('lets Tab leave the banner at the page edge, where the page stays usable', () => {
    show();
    const customize = screen.getByRole('button', { name: 'Customize' });
    customize.focus();
    expect(fireEvent.keyDown(customize, { key: 'Tab' })).toBe(true);
  });
});
