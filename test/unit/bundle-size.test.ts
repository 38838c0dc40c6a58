// @vitest-environment node
// What shoppers download, measured on a fresh build (into a temporary folder: the browser tests read
// dist/ meanwhile). docs/performance.md: a returning shopper loads the boot alone, ≤ 3 KB gzip; a first visit
// loads the boot and the module with the core and the banner, ≤ 10 KB gzip, JS and CSS (the spec counts
// Preact in: the first visit meets it by loading none, as Preact and the preferences dialog are a chunk
// loaded when the preferences show). KB = 1000 bytes, as the spec's 15.5 KB for vanilla-cookieconsent
// counts them. Bytes are deterministic, so these are ordinary tests.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES as ALL_LANGUAGES } from '../../core/languages';
import { PARTS, widgetBuild } from '../../vite.config';

const BOOT = 'storefront-consent.js';
/** The core, the banner and the notice, one module (widget/module-entry.ts). */
const UI = 'storefront-consent-ui.js';
/** Preact and the preferences dialog: loaded when a shopper heads for Customize, or the page opens them. */
const PREFERENCES = 'storefront-consent-preferences.js';
/** Sending to the proxy and to BigCommerce: loaded only by stores that configure sync or native sync. */
const SYNC = 'storefront-consent-sync.js';
/** Clearing a withdrawn category's cookies (with js-cookie): loaded only on a withdrawal. */
const CLEAR = 'storefront-consent-clear.js';
/**
 * Regional rules (docs/regions.md): the zone table, the jurisdictions, `GET /region` and the opt-out
 * notice's English. Loaded only with `data-regions="auto"` on a page that must ask, outside a `Europe/*`
 * zone (which the module settles as opt-in itself).
 */
const REGIONS = 'storefront-consent-regions.js';
/** The withdrawal's and the opt-out notice: loaded with either. */
const NOTICE = 'storefront-consent-notice.js';
/** Every language but English, which the module and the preferences chunk carry. */
const LANGUAGES = ALL_LANGUAGES.filter((l) => l !== 'en');
/** A language's two files: the banner's, loaded with it, and the preferences', loaded with them. */
const LANGUAGE_FILES = LANGUAGES.flatMap((l) => [`i18n/${l}.js`, `i18n/${l}-preferences.js`]);
/** Must never reach a storefront: anything that smells of the server's credentials. */
const FORBIDDEN = ['X-Auth-Token', 'api.bigcommerce.com', 'BC_ACCESS_TOKEN', 'client_secret'];
/** zod, the server's validation, by name or by its classes (Dutch "zodat" is a word, not zod). */
const ZOD = /\bzod\b|\$?Zod[A-Z]\w*/;

/**
 * Then the vendors' consent signals (docs/signals.md: Microsoft UET and Clarity, Meta Pixel, TikTok
 * Pixel), all in the boot, since each default must precede any gated script and each update every script
 * a decision releases, on every page: about 300 B, 2 904 → 3 208 as first written. Paid for in the boot
 * itself: the attributes' warnings printed by the module (the boot hands it what it refused), attributes
 * read through `dataset`, one Consent Mode push, the cookie's bits by place, the page's clock and window
 * used directly, `get()` built where it is asked, and smaller pieces. 3 208 → 2 986. Then 2 991: the
 * gate's pass at readyState "complete" dropped (0.13 ms of every returning visit, for 5 B). Then 2 996:
 * the cookie as it is now (`stored()`), for a decision made in a tab that still showed the banner after
 * another tab decided: one consent id for the browser, and the other tab's unsent records kept.
 *
 * Before: regional rules (docs/regions.md) added the policy a decision was made under (two bits of the
 * cookie's flags) and the page's policy and region to the boot, 2 813 → 2 904; a first visit 9 342 → 9 426,
 * paid for by moving the withdrawal notice into a chunk of its own (with the opt-out notice) and checking
 * text overrides against one pattern. Greek, the heaviest, 9 901 → 9 985.
 *
 * Before: the boot and a first visit (in English) as measured once consent records came (docs/proxy.md): the
 * boot reads the consent id and the unsent records from the cookie, the module makes the id and keeps
 * each decision unsent until the proxy has it. To pay for that, Terser minifies (3 % smaller than the
 * default), the page is told of changes by the module (the only code that decides), the gate queries
 * once per batch of added nodes, and the withdrawal notice's words load with the withdrawal. Boot 2 997
 * → 2 813, first visit 9 189 → 9 342 (the module 6 192 → 6 529, a third of it the change callbacks
 * moved from the boot). The boot never above 3 000.
 */
const BOOT_CEILING = 2996;
/**
 * Then 9 438: the sending chunk loads once there is something to send (a decision, a customer to look
 * up), not at the start of every first visit of a store with a proxy (12 B in the module; Greek 9 997).
 * Then 9 379: `data-native-ids` is read by the sending chunk, its only user (the module 6 531 → 6 475;
 * Greek 9 994 → 9 938). Then 9 278: `data-clear-*` is read by the withdrawal's chunk, its only user,
 * with the cookie-name check it alone uses (the module 6 475 → 6 374; Greek 9 938 → 9 837). Then
 * 9 192: no list of the chunks' dependencies for a preload nothing does (6 374 → 6 288; Greek 9 751).
 * Then 9 175: BigCommerce's default numbers go with data-native-ids (6 288 → 6 271; Greek 9 734).
 * Then 9 275: the vendors' signals in the boot (2 904 → 2 986, above) and the boot's refused attributes
 * warned of by the module (6 271 → 6 289; Greek 9 834). Then 9 280: the gate's one pass (above).
 * Then 9 318: a send's answer writes the cookie only where it still holds this page's decision, not
 * over a cleared browser or another tab's newer one (6 289 → 6 327; Greek 9 877). Then 9 336: the
 * policies' names in the module (core/policies.ts), which `data-region-default` reads, so that the
 * sending chunk names the policy a record was made under without a chunk of its own (6 345; Greek 9 895).
 * Then 9 350: a decision takes the browser's id and unsent records from the cookie, not from the page
 * (the boot 2 996, the module 6 354; Greek 9 909). Then 9 320: the widget's tag read from the config
 * alone, and a re-save checking the cookie through the boot's stored() (the module 6 324; Greek 9 879).
 */
const FIRST_VISIT_CEILING = 9320;
/** The budget (docs/performance.md) for a first visit: all bytes loaded, JS and CSS, gzip. */
const FIRST_VISIT_BUDGET = 10_000;
/**
 * What the preferences chunk weighs (5 952 bytes, Preact ~4.3 KB of it, the dialog's English since it left
 * the first visit's module, and the consent id's line), plus 1 %: it cannot grow unnoticed.
 */
const PREFERENCES_CEILING = 6010;

let dir: string;
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const gzip = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storefront-consent-size-'));
  for (const part of PARTS) await build({ ...widgetBuild(part, dir), configFile: false });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundle size', () => {
  it('builds exactly the storefront files: boot, UI module, preferences, sync, clear, regions, notice and two files per other language', () => {
    expect(readdirSync(dir).sort()).toEqual(
      [BOOT, UI, PREFERENCES, SYNC, CLEAR, REGIONS, NOTICE, 'i18n'].sort(),
    );
    expect(
      readdirSync(join(dir, 'i18n'))
        .map((f) => `i18n/${f}`)
        .sort(),
    ).toEqual([...LANGUAGE_FILES].sort());
  });

  it('keeps the boot, all a returning shopper loads, within 3 KB gzip', () => {
    const bytes = gzip(BOOT);
    console.log(`boot ${BOOT}: ${bytes} bytes gzip`);
    expect(bytes, `the boot is ${bytes} bytes gzip`).toBeLessThanOrEqual(3000);
    // Today's size: what the next change adds to every returning visit is a decision, not a drift.
    expect(bytes, `the boot is ${bytes} bytes gzip, over its ceiling`).toBeLessThanOrEqual(BOOT_CEILING);
  });

  it('opens the boot with Chromium’s compile hint, so its functions compile off the main thread', () => {
    expect(read(BOOT).startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    expect(read(UI)).not.toContain('allFunctionsCalledOnLoad');
  });

  it('keeps a first visit (boot, and the core with the banner and its CSS, in English) within 10 KB gzip', () => {
    const [boot, ui] = [gzip(BOOT), gzip(UI)];
    const total = boot + ui;
    console.log(
      `first visit: boot ${boot} + core and banner ${ui} = ${total} bytes gzip ` +
        `(${Math.abs(FIRST_VISIT_BUDGET - total)} ${total > FIRST_VISIT_BUDGET ? 'over' : 'under'} the spec's ${FIRST_VISIT_BUDGET})`,
    );
    expect(
      total,
      `a first visit loads ${total} bytes gzip (boot ${boot}, core and banner ${ui})`,
    ).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
    expect(total, `a first visit loads ${total} bytes gzip, over its ceiling`).toBeLessThanOrEqual(
      FIRST_VISIT_CEILING,
    );
  });

  it('reports what opening the preferences loads on top (Preact and the dialog)', () => {
    const bytes = gzip(PREFERENCES);
    console.log(`preferences ${PREFERENCES}: ${bytes} bytes gzip, loaded when the preferences show`);
    expect(bytes, `${PREFERENCES} is ${bytes} bytes gzip`).toBeLessThanOrEqual(PREFERENCES_CEILING);
  });

  it('reports what a store with sync (proxy or BigCommerce native) loads on top', () => {
    const bytes = gzip(SYNC);
    console.log(
      `sync ${SYNC}: ${bytes} bytes gzip, loaded only with data-proxy-url/data-client-id or data-native-sync`,
    );
    // Consent records' sending came in at 1 551; reading data-native-ids here, its only user, instead of
    // in every first visit's module took it from 1 578 to 1 746, and BigCommerce's default numbers to 1 762;
    // warning of a refused data-native-ids by the attribute's key, as every attribute is now, 1 769; the
    // customer's save sending its decision's time, so that a save sent again is one record, 1 800 (1 801
    // once the module's own minified names moved with its check of the cookie before a re-save); a
    // record's policy as the cookie keeps it, not the sending page's, 1 808; the tag read from the config
    // alone, 1 804.
    expect(bytes, `${SYNC} is ${bytes} bytes gzip`).toBeLessThanOrEqual(1804);
  });

  it('reports what a withdrawal loads on top', () => {
    const bytes = gzip(CLEAR);
    console.log(`clear ${CLEAR}: ${bytes} bytes gzip, loaded only when a category is withdrawn`);
    // Reading data-clear-* here, its only user, instead of in every first visit's module: 1 449 → 1 590,
    // then 1 614 with the cookie-name check it alone uses.
    expect(bytes, `${CLEAR} is ${bytes} bytes gzip`).toBeLessThanOrEqual(1614);
  });

  it('reports what regional rules load on top, and keeps the zone table out of the first visit’s module', () => {
    const [regions, notice] = [gzip(REGIONS), gzip(NOTICE)];
    const optOut = gzip(BOOT) + gzip(UI) + regions + notice;
    console.log(
      `regions ${REGIONS}: ${regions} bytes gzip, loaded with data-regions="auto" away from a European offset on a page that must ask; ` +
        `notice ${NOTICE}: ${notice}; a first visit under opt-out in English (boot, module, regions, notice): ${optOut}`,
    );
    // The full zone table (954 B of it) came in at 2 335, the notice at 464; the opt-out notice's dismissal
    // kept for the session took the chunk to 2 403.
    expect(regions, `${REGIONS} is ${regions} bytes gzip`).toBeLessThanOrEqual(2410);
    expect(notice, `${NOTICE} is ${notice} bytes gzip`).toBeLessThanOrEqual(480);
    // A European first visit with data-regions="auto" loads what one without does: the module settles
    // European offsets itself, and neither the zone table nor GET /region is in it.
    expect(read(UI)).not.toContain('America/Los_Angeles');
    expect(read(UI)).not.toContain('/region');
    expect(read(UI)).toMatch(new RegExp(`import\\(["'\`]\\./${REGIONS}["'\`]\\)`));
  });

  it.each(LANGUAGES)(
    'keeps a first visit in %s (boot, module and the banner’s language file) within 10 KB gzip',
    (lang) => {
      const bytes = gzip(`i18n/${lang}.js`);
      const preferences = gzip(`i18n/${lang}-preferences.js`);
      const total = gzip(BOOT) + gzip(UI) + bytes;
      console.log(
        `i18n/${lang}.js: ${bytes} bytes gzip; a first visit in it: ${total}; ` +
          `its preferences, loaded with them: ${preferences}`,
      );
      expect(total, `a first visit in ${lang} loads ${total} bytes gzip`).toBeLessThanOrEqual(
        FIRST_VISIT_BUDGET,
      );
      expect(preferences, `i18n/${lang}-preferences.js is ${preferences} bytes gzip`).toBeLessThanOrEqual(
        1000,
      );
    },
  );

  it('ships the boot as a classic script and the rest as ES modules, with Preact only in the preferences', () => {
    const boot = read(BOOT);
    expect(boot.replace('//# allFunctionsCalledOnLoad\n', '')).toMatch(/^\((\(\)=>|function\()\{/);
    expect(boot).not.toMatch(/^\s*(import|export)\b/m);
    // Preact's signature: the symbol marking its virtual nodes.
    const preact = /Symbol\.for\(["'`]pv["'`]\)/;
    for (const file of [BOOT, UI, SYNC, CLEAR, REGIONS, NOTICE]) expect(read(file), file).not.toMatch(preact);
    expect(read(PREFERENCES)).toMatch(preact);
    expect(read(UI)).toMatch(/export\s*\{[^}]*\brender\b[^}]*\}/);
    expect(read(UI)).toMatch(/export\s*\{[^}]*\bpreload\b[^}]*\}/);
    expect(read(UI)).toMatch(/export\s*\{[^}]*\bstartCore\b[^}]*\}/);
    // The sync and clear chunks are the module's own, loaded relative to it; js-cookie lives in the latter.
    const imports = (file: string) => new RegExp(`import\\(["'\`]\\./${file}["'\`]\\)`);
    expect(read(UI)).toMatch(imports(SYNC));
    expect(read(UI)).toMatch(imports(CLEAR));
    expect(read(UI)).not.toContain('withConverter');
    expect(read(CLEAR)).toContain('withConverter');
    expect(read(SYNC)).toMatch(/^import\s*\{[^}]*\}\s*from\s*"\.\/storefront-consent-ui\.js"/);
    // The preferences, imported only by the module's import() when they must show.
    expect(read(UI)).toMatch(imports(PREFERENCES));
    expect(read(UI)).not.toMatch(new RegExp(`^import[^(]*${PREFERENCES}`, 'm'));
    expect(read(PREFERENCES)).toMatch(/^import\s*\{[^}]*\}\s*from\s*"\.\/storefront-consent-ui\.js"/);
  });

  it.each([BOOT, UI, PREFERENCES, SYNC, CLEAR, REGIONS, NOTICE, ...LANGUAGE_FILES])(
    'keeps %s free of server secrets, zod, source maps and development diagnostics',
    (file) => {
      const text = read(file);
      for (const word of FORBIDDEN) expect(text, `${file} contains ${word}`).not.toContain(word);
      expect(text, `${file} contains zod`).not.toMatch(ZOD);
      expect(text).not.toContain('sourceMappingURL');
      expect(text).not.toContain('preact/debug');
    },
  );
});
