// The widget's <script> tag that `install` puts into Script Manager, built from the command's
// options. Pure: validation and HTML only.
import { EMBED_ATTRIBUTES, type EmbedAttribute, MAX_EXPIRY_DAYS, type Page } from '../core/embed-attributes';
import { LANGUAGES } from '../core/languages';
import { isCssColour } from './css-colour';

/** Script Manager entries are found again by this name, so `install` updates instead of duplicating. */
export const SCRIPT_NAME = 'Storefront Consent';
export const SCRIPT_DESCRIPTION = 'Cookie-consent banner; managed by the storefront-consent command line.';

/** The command line's words for each attribute: a hint for `--help`, and what a valid value looks like. */
const WORDS: Record<string, { hint: string; expects: string }> = {
  'proxy-url': { hint: 'base URL of the consent proxy', expects: 'an http(s) URL' },
  'client-id': {
    hint: 'the BigCommerce app client id (customer sync)',
    expects: 'up to 128 letters, digits, ., - and _',
  },
  'jwt-url': { hint: 'where to get the current-customer JWT', expects: 'an http(s) URL or a path' },
  'policy-url': { hint: 'privacy policy link in the banner', expects: 'an http(s) URL or a path' },
  categories: {
    hint: 'optional categories, e.g. analytics,targeting',
    expects: 'a comma-separated list of functional, analytics, targeting',
  },
  revision: { hint: 'raise it to ask every shopper again', expects: 'a whole number' },
  'expiry-days': {
    hint: 'days a decision is kept',
    expects: `a whole number of days from 1 to ${MAX_EXPIRY_DAYS} (browsers keep no cookie longer)`,
  },
  'cookie-domain': {
    hint: 'cookie domain for stores on several subdomains',
    expects: 'a domain such as .example.com',
  },
  lang: {
    hint: 'auto or a language code',
    expects: `'auto' or one of the banner's languages (${LANGUAGES.join(', ')}), such as de, de-AT or pt-BR`,
  },
  position: { hint: 'bottom, top or center', expects: "'bottom', 'top' or 'center'" },
  theme: { hint: 'light, dark or auto', expects: "'light', 'dark' or 'auto'" },
  accent: { hint: 'accent colour (any CSS colour)', expects: 'a CSS colour such as #1d4ed8' },
  gpc: { hint: 'honor or ignore Global Privacy Control', expects: "'honor' or 'ignore'" },
  'consent-mode': { hint: 'Google Consent Mode v2: on or off', expects: "'on' or 'off'" },
  signals: {
    hint: 'vendors told of each decision: gcm, uet, clarity, meta, tiktok',
    expects: 'a comma-separated list of gcm, uet, clarity, meta, tiktok (or nothing, for none)',
  },
  'native-sync': { hint: "also tell BigCommerce's own consent feature", expects: "'on' or 'off'" },
  'native-ids': {
    hint: "category numbers for BigCommerce's own feature",
    expects: 'pairs such as analytics:1,functional:2,targeting:3, each number once',
  },
  regions: { hint: 'off, or auto: ask as the law where the shopper is does', expects: "'off' or 'auto'" },
  'region-default': {
    hint: 'policy where no consent law applies: opt-in, opt-out or none',
    expects: "'opt-in', 'opt-out' or 'none'",
  },
  records: { hint: "send each decision to the proxy's consent records: on or off", expects: "'on' or 'off'" },
};

/** Where the widget's checks run for `install`: no page, so a cookie domain is checked for its form only. */
const PAGE: Page = { url: 'https://store.invalid/', hostname: null, isColour: isCssColour };

/**
 * The install options: every data attribute of the core's table, under the same name, in the same
 * order, but `data-customer-id`, which is always Stencil's `{{customer.id}}`.
 */
export const TAG_OPTIONS: ReadonlyArray<{
  option: string;
  attribute: EmbedAttribute<unknown>;
  hint: string;
}> = EMBED_ATTRIBUTES.filter((a) => a.name !== 'customer-id').map((attribute) => ({
  option: attribute.name,
  attribute,
  hint: WORDS[attribute.name]?.hint ?? '',
}));

/** Escapes an attribute value for a double-quoted HTML attribute. */
export const escapeAttribute = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

export type TagResult = { ok: true; html: string } | { ok: false; message: string };

/**
 * The tag for `src` and the given option values (keyed by option name). `data-customer-id` is
 * always Stencil's `{{customer.id}}`, filled in by BigCommerce when it renders the page.
 */
export const buildScriptTag = (src: string, values: Record<string, string | undefined>): TagResult => {
  if (!/^https?:$/.test(URL.parse(src)?.protocol ?? ''))
    return { ok: false, message: `--src must be an absolute http(s) URL, not '${src}'` };
  const attributes: Array<[string, string]> = [['src', src]];
  for (const { option, attribute } of TAG_OPTIONS) {
    const raw = values[option];
    if (raw === undefined) continue;
    const value = raw.trim();
    // Exactly what the widget would ignore (and warn about) on the storefront is refused here.
    if (value === '' || attribute.parse(value, PAGE) === undefined) {
      const expects = value === '' ? 'a value' : (WORDS[option]?.expects ?? 'another value');
      return { ok: false, message: `--${option} must be ${expects}, not '${raw}'` };
    }
    attributes.push([`data-${option}`, value]);
    if (option === 'client-id') attributes.push(['data-customer-id', '{{customer.id}}']);
  }
  if (!attributes.some(([name]) => name === 'data-customer-id'))
    attributes.push(['data-customer-id', '{{customer.id}}']);
  const rendered = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
  return { ok: true, html: `<script ${rendered}></script>` };
};
