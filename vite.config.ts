import { existsSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { LANGUAGES } from './core/languages.ts';

// The storefront files, each part built on its own:
//   boot  dist/storefront-consent.js         classic script (IIFE), the one file a merchant links
//   ui    dist/storefront-consent-ui.js      ES module: the core (deciding, saving, driving the UI) and
//                                             the banner and notice, plain DOM, CSS inlined (widget/module-entry.ts),
//         dist/storefront-consent-preferences.js  with its chunk for the preferences dialog (its CSS, Preact),
//         dist/storefront-consent-sync.js    its chunk for sending to the proxy and BigCommerce, and
//         dist/storefront-consent-clear.js   its chunk for clearing a withdrawn category's cookies
//   i18n  dist/i18n/<lang>.js                ES modules, `export default` texts, two per language: the
//         dist/i18n/<lang>-preferences.js    banner's, loaded with it, and the preferences', loaded with them
// `vite build --mode <part>` builds one part (a plain `vite build`, the boot); `npm run build` builds them all.
export const PARTS = ['boot', 'ui', 'i18n'] as const;
export type Part = (typeof PARTS)[number];

const languages = Object.fromEntries(
  LANGUAGES.filter((l) => l !== 'en').flatMap((l) => [
    [`i18n/${l}`, `widget/i18n/${l}-banner.ts`],
    [`i18n/${l}-preferences`, `widget/i18n/${l}-preferences.ts`],
  ]),
);

const inputs: Record<Part, Record<string, string>> = {
  boot: { 'storefront-consent': 'widget/boot.ts' },
  ui: { 'storefront-consent-ui': 'widget/module-entry.ts' },
  i18n: languages,
};

/**
 * Vite wraps every bundled import() in a helper that preloads the chunk's dependencies (about 600 bytes
 * gzip). The module's chunks import only from the module itself, already loaded: the helper just calls.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const noPreloadHelper: Plugin = {
  name: 'storefront-consent:no-preload-helper',
  enforce: 'pre',
  resolveId: (id) => (id === PRELOAD_HELPER ? id : null),
  load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null),
};

/** Chunk names by the module that starts them. */
const CHUNKS: Record<string, string> = {
  effects: 'sync',
  withdrawal: 'clear',
  preferences: 'preferences',
  regions: 'regions',
  notice: 'notice',
};

export function widgetBuild(part: Part, outDir = 'dist'): UserConfig {
  const input = inputs[part];
  for (const [name, file] of Object.entries(input))
    if (!existsSync(file)) throw new Error(`vite.config.ts: entry "${name}" (${file}) is missing`);
  return {
    logLevel: 'warn',
    build: {
      outDir,
      // dist/ also holds the other parts and the Node bundles.
      emptyOutDir: false,
      copyPublicDir: false,
      // No list of a chunk's dependencies to preload beside each import(): the helper that would read it is
      // gone (noPreloadHelper), yet the list still rode in the module as `__vite__mapDeps`.
      modulePreload: false,
      // Browsers from 2021 on (native dynamic import(), logical assignment): shorter output.
      target: 'es2022',
      // Terser, several passes: about 3 % smaller than the default minifier on these files, and every
      // storefront byte is counted (docs/performance.md).
      minify: 'terser',
      terserOptions: {
        ecma: 2020,
        // Arrow functions where `this` and `arguments` are unused; property reads have no side effects.
        compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
        // The ES parts' top-level names are module-local: shorter names for them too.
        mangle: { toplevel: true },
        module: part !== 'boot',
        format: { comments: false },
      },
      sourcemap: false,
      license: false,
      reportCompressedSize: false,
      // Not library mode: that leaves ES output unminified.
      rolldownOptions: {
        input,
        // Code the module shares with a chunk it loads stays in the module, not in a third file.
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: part === 'boot' ? 'iife' : 'es',
          // Chromium's explicit compile hint: the boot calls nearly every function it has on every page,
          // so V8 compiles them all up front, on a background thread while the file streams in, instead
          // of one by one on the main thread as each is first called (about 30 % of the boot's
          // main-thread time in `npm run bench`'s trace). Added after minification, which drops comments.
          ...(part === 'boot' && { postBanner: '//# allFunctionsCalledOnLoad' }),
          entryFileNames: '[name].js',
          // The module's chunks, loaded only when a page needs them (`storefront-consent-sync.js` …).
          chunkFileNames: (chunk) => `storefront-consent-${CHUNKS[chunk.name] ?? chunk.name}.js`,
        },
      },
    },
    // `development: false` always: under Vitest (NODE_ENV=test) the JSX would otherwise carry file names
    // and line numbers, and the size test would measure a bigger UI than `npm run build` ships.
    plugins: [noPreloadHelper],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    define: { 'process.env.NODE_ENV': '"production"' },
  };
}

export default defineConfig(({ mode }) =>
  widgetBuild((PARTS as readonly string[]).includes(mode) ? (mode as Part) : 'boot'),
);
