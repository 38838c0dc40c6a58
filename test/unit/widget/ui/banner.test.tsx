import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../../widget/i18n/en';
import { Banner } from '../../../../widget/ui/banner';
import { uiProps } from './ui-props';

afterEach(cleanup);

describe('banner', () => {
  it('is a labelled, non-modal dialog at the page edge', () => {
    render(<Banner p={uiProps()} t={en} onCustomize={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'We use cookies' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(dialog.getAttribute('aria-describedby')).toBe('sc-d');
    expect(dialog.className).toBe('p bottom');
  });

  it('offers exactly Accept all, Reject all and Customize, each calling its own callback', () => {
    const p = uiProps();
    const onCustomize = vi.fn();
    render(<Banner p={p} t={en} onCustomize={onCustomize} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Accept all',
      'Reject all',
      'Customize',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(p.onAcceptAll).toHaveBeenCalledTimes(1);
    expect(p.onRejectAll).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(p.onRejectAll).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Customize' }));
    expect(onCustomize).toHaveBeenCalledTimes(1);
    expect(p.onAcceptAll).toHaveBeenCalledTimes(1);
  });

  it('gives the three answers the same look', () => {
    render(<Banner p={uiProps()} t={en} onCustomize={vi.fn()} />);
    const looks = screen.getAllByRole('button').map((b) => `${b.className}|${b.getAttribute('style')}`);
    expect(new Set(looks).size).toBe(1);
  });

  it('links the privacy policy only when a policy URL is set', () => {
    const { unmount } = render(<Banner p={uiProps()} t={en} onCustomize={vi.fn()} />);
    expect(screen.queryByRole('link')).toBeNull();
    unmount();

    render(<Banner p={uiProps({ policyUrl: '/privacy-policy/' })} t={en} onCustomize={vi.fn()} />);
    expect(screen.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
      '/privacy-policy/',
    );
  });

  it('never turns a javascript: policy URL into a link', () => {
    render(<Banner p={uiProps({ policyUrl: ' javascript:alert(1)' })} t={en} onCustomize={vi.fn()} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says that Global Privacy Control was honoured only when it was', () => {
    const { unmount } = render(<Banner p={uiProps()} t={en} onCustomize={vi.fn()} />);
    expect(screen.queryByText(/Global Privacy Control/)).toBeNull();
    unmount();

    render(<Banner p={uiProps({ gpc: true })} t={en} onCustomize={vi.fn()} />);
    expect(screen.getByText(en.gpcNotice)).toBeTruthy();
    expect(screen.getByRole('dialog').getAttribute('aria-describedby')).toBe('sc-d sc-g');
  });

  it('is modal over a backdrop in the centre, keeping Tab inside', () => {
    render(<Banner p={uiProps({ position: 'center' })} t={en} onCustomize={vi.fn()} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.parentElement?.className).toBe('k');

    const customize = screen.getByRole('button', { name: 'Customize' });
    customize.focus();
    fireEvent.keyDown(customize, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Accept all' }));
  });
});
