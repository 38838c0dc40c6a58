// The category registry: every fact about a consent category, each written once and keyed by the
// category's name (never by its place in a list; the cookie's bits, which the boot decodes by place,
// are held to it by a test), for the widget, the proxy, the command line, the
// demo and the BigCommerce stand-in alike. Plain data, no imports: the storefront bundle takes only
// the facts it uses (the minifier drops the rest). The one fact only a withdrawal needs, each
// category's built-in cookie list, is in category-cookies.ts: a module of its own stays in the chunk
// that clears cookies instead of riding in every first visit. BigCommerce's numbers for them, which
// only sending needs, are in native-ids.ts for the same reason.

export const CATEGORIES = ['essential', 'functional', 'analytics', 'targeting'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The categories a shopper can switch; `essential` is always allowed. */
export const OPTIONAL_CATEGORIES = ['functional', 'analytics', 'targeting'] as const;
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];

/** A consent decision as BigCommerce and the proxy carry it. */
export interface Decision {
  allow: Category[];
  deny: Category[];
}

/**
 * Each category's bit in the `storefront_consent` cookie (docs/widget.md, "Where the decision is
 * kept"). Stored in shoppers' browsers: a bit, once given, never changes meaning. The boot decodes a
 * bit by the category's place in CATEGORIES (no table in every page's script): a test holds them equal.
 */
export const COOKIE_BIT: Readonly<Record<Category, number>> = {
  essential: 1,
  functional: 2,
  analytics: 4,
  targeting: 8,
};

/**
 * The Google Consent Mode v2 types each category grants:
 * https://developers.google.com/tag-platform/security/guides/consent
 */
export const CONSENT_MODE_TYPES: Readonly<Record<Category, readonly string[]>> = {
  essential: ['security_storage'],
  functional: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  targeting: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export const isCategory = (value: unknown): value is Category =>
  (CATEGORIES as readonly unknown[]).includes(value);

export const isOptionalCategory = (value: unknown): value is OptionalCategory =>
  (OPTIONAL_CATEGORIES as readonly unknown[]).includes(value);
