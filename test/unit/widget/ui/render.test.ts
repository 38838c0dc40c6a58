import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../../widget/i18n/en';
import type { UiProps } from '../../../../widget/ui/contract';
import { render } from '../../../../widget/ui/index';
import { HOST_STYLE } from '../../../../widget/ui/shadow';
import css from '../../../../widget/ui/styles.css?inline';
import { drivenProps, uiProps } from './ui-props';

let host: HTMLElement;

function mount(p: Partial<UiProps> = {}) {
  host = document.createElement('div');
  host.id = 'storefront-consent';
  document.body.append(host);
  const props = drivenProps((next) => render(host, next), p);
  render(host, props);
  return props;
}

const shadow = () => host.shadowRoot as ShadowRoot;
const ui = () => within(shadow() as unknown as HTMLElement);
const focused = () => shadow().activeElement;

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('UI module render', () => {
  it('renders into an open shadow root on the host, with its CSS adopted there', () => {
    mount();
    expect(shadow().mode).toBe('open');
    expect(ui().getByRole('dialog', { name: 'We use cookies' })).toBeTruthy();
    expect(document.body.querySelector('[role=dialog]')).toBeNull();
    expect(shadow().adoptedStyleSheets).toHaveLength(1);
    expect(shadow().querySelector('style')).toBeNull();
  });

  it('makes the host immune to page CSS and out of the page flow', () => {
    mount();
    for (const [property, value] of [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['display', 'block'],
      ['width', '0px'],
      ['height', '0px'],
    ] as const) {
      expect(host.style.getPropertyValue(property), property).toBe(value);
      expect(host.style.getPropertyPriority(property), property).toBe('important');
    }
    expect(HOST_STYLE.split(';').every((d) => d.endsWith('!important'))).toBe(true);
  });

  it('falls back to a <style> carrying the nonce where constructable stylesheets are missing', () => {
    host = document.createElement('div');
    document.body.append(host);
    // An older browser: a shadow root without adoptedStyleSheets.
    Object.defineProperty(host.attachShadow({ mode: 'open' }), 'adoptedStyleSheets', { value: undefined });
    render(host, uiProps({ nonce: 'n0nce' }));
    const style = shadow().querySelector('style');
    expect(style?.nonce).toBe('n0nce');
    expect(style?.textContent).toBe(css);
    expect(ui().getByRole('dialog')).toBeTruthy();
  });

  it('adds the preferences’ own rules once, when they first show', async () => {
    const p = mount({ view: 'preferences', decided: true });
    await ui().findByRole('dialog', { name: 'Cookie preferences' });
    expect(shadow().adoptedStyleSheets).toHaveLength(2);
    render(host, { ...p, view: null });
    render(host, { ...p });
    await ui().findByRole('dialog', { name: 'Cookie preferences' });
    expect(shadow().adoptedStyleSheets).toHaveLength(2);
  });

  it('adds them as a second <style> carrying the nonce where constructable stylesheets are missing', async () => {
    host = document.createElement('div');
    document.body.append(host);
    Object.defineProperty(host.attachShadow({ mode: 'open' }), 'adoptedStyleSheets', { value: undefined });
    render(host, uiProps({ nonce: 'n0nce', view: 'preferences', decided: true }));
    await ui().findByRole('dialog', { name: 'Cookie preferences' });
    const styles = [...shadow().querySelectorAll('style')];
    expect(styles.map((style) => style.nonce)).toEqual(['n0nce', 'n0nce']);
    expect(styles[0]?.textContent).toBe(css);
  });

  it('moves focus into the banner when it appears', () => {
    mount();
    expect(focused()).toBe(ui().getByRole('dialog'));
  });

  it('hides everything when the view is null', () => {
    const p = mount();
    render(host, { ...p, view: null });
    expect(ui().queryByRole('dialog')).toBeNull();
  });

  it('opens the preferences from Customize, and Escape goes back to the banner, onto Customize', async () => {
    const p = mount();
    fireEvent.click(ui().getByRole('button', { name: 'Customize' }));
    const dialog = await ui().findByRole('dialog', { name: 'Cookie preferences' });
    expect(ui().queryByRole('dialog', { name: 'We use cookies' })).toBeNull();
    expect(focused()).toBe(dialog);

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(p.onClose).toHaveBeenCalledTimes(1);
    expect(ui().getByRole('dialog', { name: 'We use cookies' })).toBeTruthy();
    expect(focused()).toBe(ui().getByRole('button', { name: 'Customize' }));
  });

  it('returns focus to the element that opened the preferences when they close', async () => {
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = 'Cookie settings';
    document.body.append(link);
    link.focus();
    const p = mount({ view: 'preferences', decided: true });
    expect(focused()).toBe(await ui().findByRole('dialog'));

    fireEvent.click(ui().getByRole('button', { name: 'Close' }));
    expect(p.onClose).toHaveBeenCalledTimes(1);
    render(host, { ...p, view: null });
    expect(document.activeElement).toBe(link);
  });

  it('keeps the banner on screen while the preferences are on their way, so nothing blinks', async () => {
    // A fresh UI module, whose preferences chunk has not been fetched yet.
    vi.resetModules();
    const fresh = await import('../../../../widget/ui/index');
    host = document.createElement('div');
    document.body.append(host);
    fresh.render(
      host,
      drivenProps((next) => fresh.render(host, next)),
    );
    fireEvent.click(ui().getByRole('button', { name: 'Customize' }));
    // The preferences are a chunk of their own: until it is here, the banner stays.
    expect(ui().getByRole('dialog', { name: 'We use cookies' })).toBeTruthy();
    await ui().findByRole('dialog', { name: 'Cookie preferences' });
    expect(ui().getAllByRole('dialog')).toHaveLength(1);
  });

  it('updates the banner drawn again with new props in place: one banner, focus where it was', () => {
    const p = mount();
    const customize = ui().getByRole('button', { name: 'Customize' });
    customize.focus();
    render(host, { ...p });
    expect(ui().getByRole('button', { name: 'Customize' })).toBe(customize);

    render(host, { ...p, lang: 'de', langTexts: { customize: 'Anpassen' }, gpc: true });
    expect(ui().getAllByRole('dialog')).toHaveLength(1);
    expect(focused()).toBe(ui().getByRole('button', { name: 'Anpassen' }));
    expect(ui().getByText(en.gpcNotice)).toBeTruthy();
  });

  it('keeps focus on the banner itself when it is drawn again', () => {
    const p = mount({ position: 'center' });
    render(host, { ...p, policyUrl: '/privacy/' });
    expect(focused()).toBe(ui().getByRole('dialog'));
    expect(ui().getByRole('link', { name: 'Privacy policy' })).toBeTruthy();
  });

  it('shows texts in the page language, with the merchant’s overrides on top, as plain text', () => {
    mount({
      lang: 'de',
      langTexts: { title: 'Wir verwenden Cookies', acceptAll: 'Alle akzeptieren' },
      overrides: { title: '<b>Cookies</b> & you' },
    });
    expect(ui().getByRole('heading').textContent).toBe('<b>Cookies</b> & you');
    expect(shadow().querySelector('h2 b')).toBeNull();
    expect(ui().getByRole('button', { name: 'Alle akzeptieren' })).toBeTruthy();
    expect(ui().getByRole('button', { name: 'Reject all' })).toBeTruthy();
    expect(shadow().querySelector('.root')?.getAttribute('lang')).toBe('de');
  });

  it('applies the theme and a valid accent colour, ignoring an invalid one', () => {
    const p = mount({ theme: 'dark', accent: '#ffcc00' });
    const root = shadow().querySelector<HTMLElement>('.root');
    expect(root?.dataset.t).toBe('dark');
    expect(root?.style.getPropertyValue('--sc-accent')).toBe('#ffcc00');

    vi.stubGlobal('CSS', { supports: () => false });
    render(host, { ...p, accent: 'not a colour;}' });
    expect(root?.style.getPropertyValue('--sc-accent')).toBe('');
  });

  it('warns once about an unknown text override, naming its attribute', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const p = mount({ overrides: { acceptAll: 'Yes please', bannerTitel: 'Oops' } });
    render(host, { ...p });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe(
      'storefront-consent: ignored data-text-banner-titel="Oops"; using null',
    );
    expect(ui().getByRole('button', { name: 'Yes please' })).toBeTruthy();
  });
});
