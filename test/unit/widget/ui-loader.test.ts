import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UiProps } from '../../../widget/ui/contract';
import { createUiLoader, type ShownProps } from '../../../widget/ui-loader';

const BASE = 'https://cdn.example.com/sc/';

const props = (over: Partial<ShownProps> = {}): ShownProps =>
  ({ view: 'banner', notice: null, lang: 'en', ...over }) as ShownProps;

function loader(languages: Record<string, Record<string, string>> = {}) {
  const requested: string[] = [];
  const rendered: Array<{ host: HTMLElement; props: UiProps }> = [];
  const importer = async (url: string) => {
    requested.push(url);
    if (url === `${BASE}storefront-consent-ui.js`)
      return {
        render: (host: HTMLElement, p: UiProps) => rendered.push({ host, props: p }),
        preload: vi.fn(),
      };
    const lang = /i18n\/(\w+)\.js$/.exec(url)?.[1] ?? '';
    if (languages[lang]) return { default: languages[lang] };
    throw new TypeError('Failed to fetch dynamically imported module');
  };
  return { show: createUiLoader(BASE, document, importer), requested, rendered };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('UI loader', () => {
  it('downloads nothing while there is nothing to show', async () => {
    const { show, requested } = loader();
    show(props({ view: null }));
    await settle();
    expect(requested).toEqual([]);
  });

  it('loads the UI once and renders into a new #storefront-consent host at the end of body', async () => {
    const { show, requested, rendered } = loader();
    show(props());
    show(props({ view: 'preferences' }));
    await settle();
    expect(requested).toEqual([`${BASE}storefront-consent-ui.js`]);
    const host = document.body.lastElementChild as HTMLElement;
    expect(host.id).toBe('storefront-consent');
    expect(rendered.at(-1)?.host).toBe(host);
    expect(rendered.at(-1)?.props).toEqual(expect.objectContaining({ view: 'preferences', langTexts: null }));
  });

  it('reuses a host element the theme already placed', async () => {
    document.body.innerHTML = '<main></main><div id="storefront-consent"></div><footer></footer>';
    const { show, rendered } = loader();
    show(props());
    await settle();
    expect(rendered[0]?.host).toBe(document.getElementById('storefront-consent'));
    expect(document.querySelectorAll('#storefront-consent')).toHaveLength(1);
  });

  it('loads a language file in parallel and hands its texts to the UI', async () => {
    const { show, requested, rendered } = loader({ de: { acceptAll: 'Alle akzeptieren' } });
    show(props({ lang: 'de' }));
    expect(requested).toEqual([`${BASE}storefront-consent-ui.js`, `${BASE}i18n/de.js`]);
    await settle();
    expect(rendered[0]?.props).toEqual(
      expect.objectContaining({ lang: 'de', langTexts: { acceptAll: 'Alle akzeptieren' } }),
    );
  });

  it('starts the preferences chunk as soon as they are asked for, while the language file is on its way', async () => {
    const preload = vi.fn();
    const render = vi.fn();
    const show = createUiLoader(BASE, document, async (url) =>
      url.endsWith('/de.js') ? new Promise(() => {}) : { render, preload },
    );
    show(props({ lang: 'de' }));
    await settle();
    // The banner alone needs no chunk.
    expect(preload).not.toHaveBeenCalled();
    show(props({ lang: 'de', view: 'preferences' }));
    await settle();
    expect(preload).toHaveBeenCalledTimes(1);
    expect(render).not.toHaveBeenCalled();
  });

  it('falls back to English when the language file cannot load', async () => {
    const { show, rendered } = loader();
    show(props({ lang: 'fr' }));
    await settle();
    expect(rendered[0]?.props).toEqual(expect.objectContaining({ lang: 'en', langTexts: null }));
  });

  it('reports a UI that cannot load once, without throwing into the page', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const show = createUiLoader(BASE, document, () => Promise.reject(new TypeError('offline')));
    expect(() => show(props())).not.toThrow();
    await settle();
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
