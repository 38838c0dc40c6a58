// What an embed attribute is, `{ name, default, parse }`, and the checks the attribute tables
// (embed-attributes.ts) are made of.

/** What a value's meaning may depend on: the page the widget runs on. */
export interface Page {
  /** The document's base URL, which relative URLs resolve against. */
  url: string;
  /** The page's host name; null where it is not known (the command line), so only the form is checked. */
  hostname: string | null;
  /** Whether the browser knows a CSS colour (`CSS.supports('color', v)`). */
  isColour(value: string): boolean;
}

/** A value check: the value, trimmed, as the widget applies it; undefined when it is refused. */
export type Parse<T> = (value: string, page: Page) => T | undefined;

/**
 * One attribute as the storefront carries it: `[default, parse]`, keyed in its table by the name its
 * value has in the widget's configuration (`expiryDays`); the attribute is `data-` and that name in
 * kebab case (`data-expiry-days`), as `data-text-<key>` is for the texts. Two entries, no names:
 * these tables ship in every storefront file that reads them.
 */
export type AttributeRow<T> = readonly [fallback: T, parse: Parse<T>];

export type AttributeTable = Readonly<Record<string, AttributeRow<unknown>>>;

/** The values a table gives, under the same keys. */
export type AttributeValues<A extends AttributeTable> = { -readonly [K in keyof A]: A[K][0] };

/** `expiryDays` → `expiry-days`: the attribute's name, without `data-`. */
export const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** An attribute as the command line and the docs read it. */
export interface EmbedAttribute<T = unknown> {
  /** Without `data-`. */
  name: string;
  /** Used when the attribute is absent, or its value is refused. */
  default: T;
  parse: Parse<T>;
}

/** Case-insensitive choice among `allowed`. */
export const oneOf =
  <T extends string>(...allowed: T[]) =>
  (v: string): T | undefined =>
    allowed.find((a) => a === v.toLowerCase());

/** An http(s) URL, absolute or relative to the page; `javascript:`, `data:` and the like are refused. */
export const httpUrl = (v: string, page: Page): string | undefined => {
  try {
    return v && /^https?:$/.test(new URL(v, page.url).protocol) ? v : undefined;
  } catch {
    return undefined;
  }
};

/** Entries of a comma (or space) separated list. */
export const list = (v: string): string[] => v.split(/[\s,]+/).filter(Boolean);

/**
 * A set of names out of `known` (case-insensitive, duplicates dropped), at least `min` of them. `ignored`
 * is a name that may be given and means nothing (`essential` among the categories, which is always on).
 */
export const namesOf =
  <T extends string>(known: readonly T[], min: number, ignored?: string) =>
  (v: string): T[] | undefined => {
    const given = list(v.toLowerCase()).filter((n) => n !== ignored);
    return given.length >= min && given.every((n) => known.includes(n as T))
      ? [...new Set(given as T[])]
      : undefined;
  };

/** A whole number from `min` to `max`. */
export const whole =
  (max: number, min = 0) =>
  (v: string) =>
    /^\d{1,9}$/.test(v) && +v <= max && +v >= min ? +v : undefined;

/** Chromium keeps no cookie longer than 400 days (RFC 6265bis), so a longer decision cannot be kept. */
export const MAX_EXPIRY_DAYS = 400;

/** A store's own JWT endpoint may name the client id anywhere in its URL with this. */
export const CLIENT_ID_SLOT = '{client-id}';
