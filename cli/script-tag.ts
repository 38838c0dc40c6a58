// The widget's <script> tag that `install` puts into Script Manager, built from the command's
// options. Pure: validation and HTML only.
import { isOptionalCategory } from '../core/categories';

/** Script Manager entries are found again by this name, so `install` updates instead of duplicating. */
export const SCRIPT_NAME = 'Storefront Consent';
export const SCRIPT_DESCRIPTION = 'Cookie-consent banner; managed by the storefront-consent command line.';

type Check = (raw: string) => string | null; // null when fine, else what a valid value looks like

const httpUrl: Check = (raw) => {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'an http(s) URL';
  } catch {
    return 'an absolute http(s) URL';
  }
};
const link: Check = (raw) =>
  raw.startsWith('/') && !raw.startsWith('//')
    ? null
    : httpUrl(raw) && 'an http(s) URL or a path starting with /';
const oneOf =
  (...values: string[]): Check =>
  (raw) =>
    values.includes(raw)
      ? null
      : values
          .map((v) => `'${v}'`)
          .join(', ')
          .replace(/, ([^,]*)$/, ' or $1');
const wholeNumber: Check = (raw) => (/^[1-9][0-9]{0,8}$/.test(raw) ? null : 'a whole number of at least 1');
const pattern =
  (re: RegExp, description: string): Check =>
  (raw) =>
    re.test(raw) ? null : description;
const categories: Check = (raw) =>
  raw.split(',').every((c) => isOptionalCategory(c.trim()))
    ? null
    : 'a comma-separated list of functional, analytics, targeting';
const nativeIds: Check = (raw) =>
  raw.split(',').every((pair) => /^\s*(functional|analytics|targeting):[0-9]+\s*$/.test(pair))
    ? null
    : 'pairs such as analytics:1,functional:2,targeting:3';

/** The install options, each the data attribute of the same name (SPEC 2), in tag order. */
export const TAG_OPTIONS: ReadonlyArray<{ option: string; attribute: string; check: Check; hint: string }> = [
  { option: 'proxy-url', attribute: 'data-proxy-url', check: httpUrl, hint: 'base URL of the consent proxy' },
  {
    option: 'client-id',
    attribute: 'data-client-id',
    check: pattern(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _'),
    hint: 'the BigCommerce app client id (customer sync)',
  },
  {
    option: 'jwt-url',
    attribute: 'data-jwt-url',
    check: link,
    hint: 'where to get the current-customer JWT',
  },
  {
    option: 'policy-url',
    attribute: 'data-policy-url',
    check: link,
    hint: 'privacy policy link in the banner',
  },
  {
    option: 'categories',
    attribute: 'data-categories',
    check: categories,
    hint: 'optional categories, e.g. analytics,targeting',
  },
  {
    option: 'revision',
    attribute: 'data-revision',
    check: wholeNumber,
    hint: 'raise it to ask every shopper again',
  },
  {
    option: 'expiry-days',
    attribute: 'data-expiry-days',
    check: wholeNumber,
    hint: 'days a decision is kept',
  },
  {
    option: 'cookie-domain',
    attribute: 'data-cookie-domain',
    check: pattern(/^\.?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'a domain such as .example.com'),
    hint: 'cookie domain for stores on several subdomains',
  },
  {
    option: 'lang',
    attribute: 'data-lang',
    check: pattern(
      /^(auto|[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/,
      "'auto' or a language code such as de or pt-BR",
    ),
    hint: 'auto or a language code',
  },
  {
    option: 'position',
    attribute: 'data-position',
    check: oneOf('bottom', 'top', 'center'),
    hint: 'bottom, top or center',
  },
  {
    option: 'theme',
    attribute: 'data-theme',
    check: oneOf('light', 'dark', 'auto'),
    hint: 'light, dark or auto',
  },
  {
    option: 'accent',
    attribute: 'data-accent',
    check: pattern(/^[^<>"'`]{1,64}$/, 'a CSS colour such as #1d4ed8'),
    hint: 'accent colour (any CSS colour)',
  },
  {
    option: 'gpc',
    attribute: 'data-gpc',
    check: oneOf('honor', 'ignore'),
    hint: 'honor or ignore Global Privacy Control',
  },
  {
    option: 'consent-mode',
    attribute: 'data-consent-mode',
    check: oneOf('on', 'off'),
    hint: 'Google Consent Mode v2: on or off',
  },
  {
    option: 'native-sync',
    attribute: 'data-native-sync',
    check: oneOf('on', 'off'),
    hint: "also tell BigCommerce's own consent feature",
  },
  {
    option: 'native-ids',
    attribute: 'data-native-ids',
    check: nativeIds,
    hint: "category numbers for BigCommerce's own feature",
  },
];

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
  const srcProblem = httpUrl(src);
  if (srcProblem) return { ok: false, message: `--src must be ${srcProblem}, not '${src}'` };
  const attributes: Array<[string, string]> = [['src', src]];
  for (const { option, attribute, check } of TAG_OPTIONS) {
    const raw = values[option];
    if (raw === undefined) continue;
    const value = raw.trim();
    const problem = value === '' ? 'a value' : check(value);
    if (problem) return { ok: false, message: `--${option} must be ${problem}, not '${raw}'` };
    attributes.push([attribute, value]);
    if (attribute === 'data-client-id') attributes.push(['data-customer-id', '{{customer.id}}']);
  }
  if (!attributes.some(([name]) => name === 'data-customer-id'))
    attributes.push(['data-customer-id', '{{customer.id}}']);
  const rendered = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
  return { ok: true, html: `<script ${rendered}></script>` };
};
