// Looks cookies, hosts and script URLs up in the tracker table. Pure: no browser, no I/O.
import type { Category } from '../../core/categories';
import { TRACKERS, type TrackerEntry } from './tracker-table';

/** What the table says about one cookie, host or script; `unknown` when it says nothing. */
export type Verdict =
  | { known: true; vendor: string; category: Category; sources: readonly string[] }
  | { known: false };

export const UNKNOWN: Verdict = { known: false };

const verdictOf = (entry: TrackerEntry): Verdict => ({
  known: true,
  vendor: entry.vendor,
  category: entry.category,
  sources: entry.sources,
});

// Built once: exact names and hosts in maps, prefixes longest first so `_ga_*` wins over `_g*`.
const exactCookies = new Map<string, TrackerEntry>();
const cookiePrefixes: Array<{ prefix: string; entry: TrackerEntry }> = [];
const hosts = new Map<string, TrackerEntry>();
const scripts: Array<{ pattern: string; entry: TrackerEntry }> = [];
for (const entry of TRACKERS) {
  for (const name of entry.cookies ?? []) {
    if (name.endsWith('*')) cookiePrefixes.push({ prefix: name.slice(0, -1), entry });
    else if (!exactCookies.has(name)) exactCookies.set(name, entry);
  }
  for (const host of entry.hosts ?? []) if (!hosts.has(host)) hosts.set(host, entry);
  for (const pattern of entry.scripts ?? []) scripts.push({ pattern, entry });
}
cookiePrefixes.sort((a, b) => b.prefix.length - a.prefix.length);

/** The table entry for a host: the host itself, else its nearest listed parent (`a.b.example.com` → `example.com`). */
export const classifyHost = (host: string): Verdict => {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const entry = hosts.get(labels.slice(i).join('.'));
    if (entry) return verdictOf(entry);
  }
  return UNKNOWN;
};

/** A cookie by its name, else by the domain that set it (`fr` on `.facebook.com` is Meta's). */
export const classifyCookie = (name: string, domain: string): Verdict => {
  const exact = exactCookies.get(name);
  if (exact) return verdictOf(exact);
  const prefixed = cookiePrefixes.find((p) => name.startsWith(p.prefix));
  if (prefixed) return verdictOf(prefixed.entry);
  return classifyHost(domain.replace(/^\./, ''));
};

const pathMatches = (path: string, pattern: string): boolean =>
  pattern.endsWith('/') ? path.includes(pattern) : path.endsWith(pattern);

/** A request or script URL: its host first, then the file name of a vendor's tag anywhere. */
export const classifyUrl = (url: string): Verdict => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return UNKNOWN;
  }
  const byHost = classifyHost(parsed.hostname);
  if (byHost.known) return byHost;
  const script = scripts.find((s) => pathMatches(parsed.pathname, s.pattern));
  return script ? verdictOf(script.entry) : UNKNOWN;
};

/** Tracker hosts and tag file names named in a piece of markup or code (a Script Manager entry, an inline loader). */
export const trackersInText = (text: string): Verdict[] => {
  const found = new Map<string, Verdict>();
  for (const [host, entry] of hosts) {
    if (text.includes(host) && hostAppears(text, host)) found.set(entry.vendor, verdictOf(entry));
  }
  for (const { pattern, entry } of scripts) {
    if (text.includes(pattern)) found.set(entry.vendor, verdictOf(entry));
  }
  return [...found.values()];
};

// `t.co` must not match inside `cdn.t.com`: the host stands on its own, after a dot, slash or quote.
const hostAppears = (text: string, host: string): boolean =>
  new RegExp(`(^|[^a-z0-9-])${host.replace(/[.]/g, '\\.')}(?![a-z0-9-])`, 'i').test(text);

export const TABLE_SIZE = {
  vendors: TRACKERS.length,
  cookies: TRACKERS.reduce((n, e) => n + (e.cookies?.length ?? 0), 0),
  hosts: TRACKERS.reduce((n, e) => n + (e.hosts?.length ?? 0), 0),
};
