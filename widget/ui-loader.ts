// Renders the UI into `<div id="storefront-consent">` once something must be shown, with the language
// file loaded in parallel. The UI is in the very module the core runs in (module-entry.ts), so its import()
// is answered from the browser's module map, without a download (tests pass their own importer); when
// the preferences are asked for, their chunk starts loading at once, beside the language file.
// `import()` carries the boot script's nonce under a CSP.
import { safeRun } from './safe-run';
import type { UiModule, UiProps } from './ui/contract';

export const HOST_ID = 'storefront-consent';
export const UI_FILE = 'storefront-consent-ui.js';

/** Everything but the language texts, which the loader fills in. */
export type ShownProps = Omit<UiProps, 'langTexts'>;

type Importer = (url: string) => Promise<unknown>;

// A variable URL: the bundler leaves a native dynamic import, resolved at run time beside the boot.
const nativeImport: Importer = (url) => import(/* @vite-ignore */ url);

export function createUiLoader(
  base: string,
  doc: Document,
  importer: Importer = nativeImport,
): (props: ShownProps) => void {
  let ui: Promise<UiModule> | null = null;
  let loading: Promise<[UiModule, Record<string, string> | null]> | null = null;
  let latest: ShownProps;

  const host = (): HTMLElement => {
    let el = doc.getElementById(HOST_ID);
    if (!el) {
      el = doc.createElement('div');
      el.id = HOST_ID;
      doc.body.appendChild(el);
    }
    return el;
  };

  const draw = ([ui, texts]: [UiModule, Record<string, string> | null]) => {
    const go = () =>
      safeRun(() => {
        const { lang } = latest;
        // A language file that failed to load leaves the English the UI carries.
        ui.render(host(), { ...latest, lang: texts ? lang : 'en', langTexts: texts });
      });
    if (doc.body) go();
    else doc.addEventListener('DOMContentLoaded', go, { once: true });
  };

  return (props) => {
    latest = props;
    if (!ui || !loading) {
      if (!props.view) return;
      ui = importer(base + UI_FILE) as Promise<UiModule>;
      loading = Promise.all([
        ui,
        props.lang === 'en'
          ? null
          : (importer(`${base}i18n/${props.lang}.js`) as Promise<{ default: Record<string, string> }>).then(
              (m) => m.default,
              () => null,
            ),
      ]);
      loading.catch((e) => console.error('storefront-consent: could not load the banner', e));
    }
    if (props.view === 'preferences')
      ui.then(
        (m) => safeRun(() => m.preload(props.lang)),
        () => {},
      );
    loading.then(draw, () => {});
  };
}
