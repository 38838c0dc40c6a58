// Reading one data attribute: absent → the default silently; a bad value → the default and one
// console.warn naming the attribute, the value given and the value used instead (SPEC 2).
import type { ScriptAttributes } from './types';

const show = JSON.stringify;

export const warnBad = (name: string, value: string, used: unknown): void =>
  console.warn(`storefront-consent: ignored ${name}=${show(value)}; using ${show(used)}`);

/** `parse` answers undefined for a bad value. */
export const reader =
  (el: ScriptAttributes) =>
  <T>(name: string, fallback: T, parse: (v: string) => T | undefined): T => {
    const raw = el.getAttribute(`data-${name}`);
    const parsed = raw === null ? fallback : parse(raw.trim());
    if (parsed !== undefined) return parsed;
    warnBad(`data-${name}`, raw as string, fallback);
    return fallback;
  };

/** Case-insensitive choice among `allowed`. */
export const oneOf =
  <T extends string>(...allowed: T[]) =>
  (v: string): T | undefined =>
    allowed.find((a) => a === v.toLowerCase());

/** An http(s) URL, absolute or relative to the page; `javascript:`, `data:` and the like are refused. */
export const httpUrl = (pageUrl: string) => (v: string) => {
  try {
    return v && /^https?:$/.test(new URL(v, pageUrl).protocol) ? v : undefined;
  } catch {
    return undefined;
  }
};

/** Entries of a comma (or space) separated list. */
export const list = (v: string): string[] => v.split(/[\s,]+/).filter(Boolean);
