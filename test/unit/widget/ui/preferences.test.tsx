import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Category } from '../../../../core/categories';
import en from '../../../../widget/i18n/en';
import type { UiProps } from '../../../../widget/ui/contract';
import { Preferences } from '../../../../widget/ui/preferences';
import { uiProps } from './ui-props';

afterEach(cleanup);

const show = (p: Partial<UiProps> = {}, onClose = vi.fn()) => {
  const props = uiProps({ view: 'preferences', ...p });
  render(<Preferences p={props} t={en} onClose={onClose} />);
  return { props, onClose };
};

const switches = () =>
  Object.fromEntries(
    screen.getAllByRole('switch').map((s) => [s.id.slice(3), (s as HTMLInputElement).checked] as const),
  );

const toggle = (name: string) =>
  fireEvent.click(screen.getByRole('switch', { name: new RegExp(`^${name}`) }));

describe('preferences dialog', () => {
  it('is a labelled modal dialog', () => {
    show();
    const dialog = screen.getByRole('dialog', { name: 'Cookie preferences' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
  });

  it('has one switch per category the store uses, each with its explanation', () => {
    show({ categories: ['analytics', 'targeting'] });
    expect(screen.getAllByRole('switch').map((s) => s.id)).toEqual([
      'sc-essential',
      'sc-analytics',
      'sc-targeting',
    ]);
    const analytics = screen.getByRole('switch', { name: 'Analytics' });
    expect(document.getElementById(analytics.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      en.analyticsDescription,
    );
  });

  it('starts with nothing ticked for an undecided shopper', () => {
    show();
    expect(switches()).toEqual({ essential: true, functional: false, analytics: false, targeting: false });
  });

  it('starts from what is allowed now for a shopper who decided', () => {
    show({ decided: true, allowed: ['essential', 'analytics', 'targeting'] });
    expect(switches()).toEqual({ essential: true, functional: false, analytics: true, targeting: true });
  });

  it('shows essential as always on and unswitchable', () => {
    show();
    const essential = screen.getByRole('switch', { name: /^Essential/ }) as HTMLInputElement;
    expect(essential.checked).toBe(true);
    expect(essential.disabled).toBe(true);
    expect(essential.labels?.[0]?.textContent).toBe('Essential Always on');
  });

  it('saves exactly the categories switched on, in the store order', () => {
    const { props } = show({ decided: true, allowed: ['essential', 'functional'] as Category[] });
    toggle('Targeting');
    toggle('Functional');
    toggle('Analytics');
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(props.onSave).toHaveBeenCalledWith(['analytics', 'targeting']);
  });

  it('saves nothing but essential when nothing is switched on', () => {
    const { props } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(props.onSave).toHaveBeenCalledWith([]);
  });

  it('keeps the shopper’s clicks when the page re-renders it', () => {
    const props = uiProps({ view: 'preferences' });
    const { rerender } = render(<Preferences p={props} t={en} onClose={vi.fn()} />);
    toggle('Analytics');
    rerender(<Preferences p={{ ...props }} t={en} onClose={vi.fn()} />);
    expect(switches().analytics).toBe(true);
  });

  it('also offers Accept all and Reject all', () => {
    const { props } = show();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      '×',
      'Save choices',
      'Accept all',
      'Reject all',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(props.onAcceptAll).toHaveBeenCalledTimes(1);
    expect(props.onRejectAll).toHaveBeenCalledTimes(1);
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('closes with the close button and with Escape', () => {
    const { onClose } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('switch', { name: 'Analytics' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps Tab inside: from the last control to the first, and back with Shift+Tab', () => {
    show();
    const close = screen.getByRole('button', { name: 'Close' });
    const last = screen.getByRole('button', { name: 'Reject all' });
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('lets Tab move on normally between inner controls', () => {
    show();
    const close = screen.getByRole('button', { name: 'Close' });
    close.focus();
    const tab = fireEvent.keyDown(close, { key: 'Tab' });
    expect(tab).toBe(true); // not prevented: the browser moves focus itself
    expect(document.activeElement).toBe(close);
  });

  it('mentions Global Privacy Control only when it was honoured', () => {
    show({ gpc: true, allowed: ['essential'] });
    expect(screen.getByText(en.gpcNotice)).toBeTruthy();
    expect(switches().targeting).toBe(false);
  });
});
