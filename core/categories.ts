// The one list of consent categories, shared by the widget, the proxy and the command line.
// Kept free of zod and of any runtime import so the storefront bundle can use it for nothing.

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

export const isCategory = (value: unknown): value is Category =>
  (CATEGORIES as readonly unknown[]).includes(value);

export const isOptionalCategory = (value: unknown): value is OptionalCategory =>
  (OPTIONAL_CATEGORIES as readonly unknown[]).includes(value);
