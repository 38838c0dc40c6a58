// Judges what a scan saw: every cookie and third-party host named from the tracker table (or
// `unknown`), the violations, and the fix for each ungated tracker script. Pure: observations in,
// report out; the text, JSON and HTML forms are all made from this one report.
import type { Category } from '../../core/categories';
import { classifyCookie, classifyUrl, TABLE_SIZE, trackersInText, type Verdict } from './classify';
import type { PassName, PassObservation, ScanObservations, SeenScript } from './observations';
import type { ScriptManagerAudit } from './script-audit';

export type Named = { vendor: string; category: Category | 'unknown' };

export interface ReportCookie extends Named {
  name: string;
  domain: string;
  page: string;
  violation: boolean;
}

export interface ReportRequest extends Named {
  /** A third-party host, or the URL of a vendor's tag served from the store itself. */
  target: string;
  url: string;
  page: string;
  count: number;
  violation: boolean;
}

export interface ReportPass {
  name: PassName;
  skipped: string | null;
  pages: PassObservation['pages'];
  cookies: ReportCookie[];
  requests: ReportRequest[];
  gated_ran: Array<{ categories: string[]; what: string; page: string; violation: boolean }>;
}

export interface Violation {
  pass: PassName;
  kind: 'cookie' | 'request' | 'gated-element';
  /** The cookie's name, the host or URL, or the gated element's src or code. */
  subject: string;
  vendor: string;
  category: string;
  page: string;
}

export interface Fix {
  vendor: string;
  category: Category;
  page: string;
  /** The script as the page has it: its src, or `inline: <start of its code>`. */
  script: string;
  /** How to fix it: the gated markup, or the Script Manager category to set. */
  how: string;
  markup: string | null;
}

export interface ScanReport {
  url: string;
  origin: string;
  pages: string[];
  widget: 'found' | 'missing';
  other_banner: string | null;
  duration_ms: number;
  table: typeof TABLE_SIZE;
  passes: ReportPass[];
  violations: Violation[];
  fixes: Fix[];
  script_manager: ScriptManagerAudit | null;
}

const named = (v: Verdict): Named =>
  v.known ? { vendor: v.vendor, category: v.category } : { vendor: 'unknown', category: 'unknown' };

/** Before a choice and after Reject all, only essential may run; unknown is listed, never judged. */
const judged = (pass: PassName) => pass === 'before' || pass === 'after-reject';
const tracks = (n: Named) => n.category !== 'unknown' && n.category !== 'essential';

const passReport = (p: PassObservation): ReportPass => ({
  name: p.pass,
  skipped: p.skipped,
  pages: p.pages,
  cookies: p.cookies
    .map((c) => {
      const n = named(classifyCookie(c.name, c.domain));
      return { name: c.name, domain: c.domain, ...n, page: c.page, violation: judged(p.pass) && tracks(n) };
    })
    .sort(byViolationThen((c) => c.name)),
  requests: p.requests
    .map((r) => {
      const n = named(classifyUrl(r.url));
      return {
        target: r.key,
        url: r.url,
        ...n,
        page: r.page,
        count: r.count,
        violation: judged(p.pass) && tracks(n),
      };
    })
    .sort(byViolationThen((r) => r.target)),
  gated_ran: p.gatedRuns.map((g) => ({
    ...g,
    violation: judged(p.pass) && g.categories.some((c) => c !== 'essential'),
  })),
});

function byViolationThen<T extends { violation: boolean }>(key: (x: T) => string) {
  return (a: T, b: T) => Number(b.violation) - Number(a.violation) || key(a).localeCompare(key(b));
}

const violationsOf = (pass: ReportPass): Violation[] => [
  ...pass.cookies
    .filter((c) => c.violation)
    .map((c) => ({
      pass: pass.name,
      kind: 'cookie' as const,
      subject: c.name,
      vendor: c.vendor,
      category: c.category,
      page: c.page,
    })),
  ...pass.requests
    .filter((r) => r.violation)
    .map((r) => ({
      pass: pass.name,
      kind: 'request' as const,
      subject: r.target,
      vendor: r.vendor,
      category: r.category,
      page: r.page,
    })),
  ...pass.gated_ran
    .filter((g) => g.violation)
    .map((g) => ({
      pass: pass.name,
      kind: 'gated-element' as const,
      subject: g.what,
      vendor: 'gated element',
      category: g.categories.join(' '),
      page: g.page,
    })),
];

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The tracker a script is: by its src, or by the hosts and tag names its inline code mentions. */
const trackerOf = (s: SeenScript): Verdict | null => {
  const verdict = s.src ? classifyUrl(s.src) : (trackersInText(s.code ?? '').find((v) => v.known) ?? null);
  return verdict?.known && verdict.category !== 'essential' ? verdict : null;
};

/** `<script async src="…">` → `<script type="text/plain" data-consent="targeting" async src="…">`. */
export const gatedMarkup = (s: SeenScript, category: Category): string => {
  // outerHTML writes boolean attributes as `async=""`; a merchant writes `async`.
  const open = s.tag.replace(/\s+type\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '').replace(/(\s[\w-]+)=""/g, '$1');
  const gated = open.replace(
    /^<script/i,
    `<script type="text/plain" data-consent="${escapeAttribute(category)}"`,
  );
  if (s.src) return `${gated}</script>`;
  const code = (s.code ?? '').replace(/\s+/g, ' ');
  return `${gated}${code.length > 120 ? `${code.slice(0, 120)} …` : code}</script>`;
};

const fixesOf = (before: PassObservation | undefined, audit: ScriptManagerAudit | null): Fix[] => {
  if (!before) return [];
  const fixes: Fix[] = [];
  const scripts = before.scripts;
  for (const s of scripts) {
    const verdict = trackerOf(s);
    if (!verdict?.known) continue;
    // A tag an inline loader inserted is fixed by gating the loader, which names its host.
    if (s.src) {
      const host = new URL(s.src).hostname;
      if (scripts.some((o) => o.code?.includes(host))) continue;
    }
    const script = s.src ?? `inline: ${(s.code ?? '').replace(/\s+/g, ' ').slice(0, 80)}`;
    const entry = audit?.entries.find(
      (e) =>
        e.flagged &&
        ((s.src && e.loads.includes(s.src)) || (s.code && e.loads.includes(s.code.slice(0, 60)))),
    );
    fixes.push(
      entry
        ? {
            vendor: verdict.vendor,
            category: verdict.category,
            page: s.page,
            script,
            how: `set its Script Manager category to ${verdict.category} (entry "${entry.name}", ${entry.uuid}, now ${entry.consent_category})`,
            markup: null,
          }
        : {
            vendor: verdict.vendor,
            category: verdict.category,
            page: s.page,
            script,
            how: `gate it: replace the tag with this markup (${verdict.category})`,
            markup: gatedMarkup(s, verdict.category),
          },
    );
  }
  return fixes;
};

export function buildReport(o: ScanObservations, audit: ScriptManagerAudit | null): ScanReport {
  const passes = o.passes.map(passReport);
  return {
    url: o.url,
    origin: o.origin,
    pages: o.pages,
    widget: o.widget ? 'found' : 'missing',
    other_banner: o.otherBanner,
    duration_ms: o.durationMs,
    table: TABLE_SIZE,
    passes,
    violations: passes.flatMap(violationsOf),
    fixes: fixesOf(
      o.passes.find((p) => p.pass === 'before'),
      audit,
    ),
    script_manager: audit,
  };
}
