// The preferences are a chunk of their own: when it cannot load (offline, blocked), the banner stays
// usable and the failure is reported once per attempt.
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../../../../widget/ui/index';
import { drivenProps } from './ui-props';

vi.mock('../../../../widget/ui/preferences', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('UI module without its preferences chunk', () => {
  it('keeps the banner and its answers working, and says once why Customize did nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = document.createElement('div');
    document.body.append(host);
    const p = drivenProps((next) => render(host, next));
    render(host, p);
    const ui = within(host.shadowRoot as unknown as HTMLElement);

    const customize = ui.getByRole('button', { name: 'Customize' });
    fireEvent.pointerEnter(customize);
    fireEvent.click(customize);
    await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0]).toBe('storefront-consent: could not load the preferences');
    expect(ui.getByRole('dialog', { name: 'We use cookies' })).toBeTruthy();

    fireEvent.click(ui.getByRole('button', { name: 'Reject all' }));
    expect(p.onRejectAll).toHaveBeenCalledTimes(1);
    fireEvent.click(ui.getByRole('button', { name: 'Accept all' }));
    expect(p.onAcceptAll).toHaveBeenCalledTimes(1);
  });

  it('tries again on the next Customize', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = document.createElement('div');
    document.body.append(host);
    render(
      host,
      drivenProps((next) => render(host, next)),
    );
    const ui = within(host.shadowRoot as unknown as HTMLElement);
    fireEvent.click(ui.getByRole('button', { name: 'Customize' }));
    await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(1));
    fireEvent.click(ui.getByRole('button', { name: 'Customize' }));
    await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(2));
    expect(ui.getAllByRole('dialog')).toHaveLength(1);
  });
});
