// The report for people: grouped by pass, violations first, then what to change.
import { shortPage } from './pages';
import type { ReportPass, ScanReport } from './report';

const PASS_TITLES: Record<string, string> = {
  before: 'before: a new shopper, no choice made yet',
  'after-reject': 'after-reject: the shopper clicked "Reject all"',
  'after-accept': 'after-accept: the shopper clicked "Accept all"',
};

const mark = (violation: boolean) => (violation ? 'VIOLATION ' : '          ');

const passLines = (p: ReportPass, origin: string): string[] => {
  const at = (page: string) => shortPage(page, origin);
  const lines = [PASS_TITLES[p.name] ?? p.name];
  if (p.skipped) return [...lines, `  not run: ${p.skipped}`];
  const troubled = p.pages.filter((v) => v.outcome !== 'loaded' || v.detail);
  for (const v of troubled)
    lines.push(`  page ${at(v.url)}: ${v.outcome}${v.detail ? ` (${v.detail})` : ''}`);
  lines.push(`  cookies (${p.cookies.length}):`);
  if (p.cookies.length === 0) lines.push('            (none)');
  for (const c of p.cookies)
    lines.push(`  ${mark(c.violation)}${c.name}  ${c.domain}  ${c.vendor} (${c.category})  on ${at(c.page)}`);
  lines.push(`  third-party hosts and tracker tags (${p.requests.length}):`);
  if (p.requests.length === 0) lines.push('            (none)');
  for (const r of p.requests)
    lines.push(
      `  ${mark(r.violation)}${shortPage(r.target, origin)}  ${r.vendor} (${r.category})  ${r.count}× from ${at(r.page)}`,
    );
  if (p.gated_ran.length > 0) {
    lines.push(`  gated elements that ran (${p.gated_ran.length}):`);
    for (const g of p.gated_ran)
      lines.push(
        `  ${mark(g.violation)}${g.what}  data-consent="${g.categories.join(' ')}"  on ${at(g.page)}`,
      );
  }
  return lines;
};

export function textReport(r: ScanReport): string {
  const out: string[] = [];
  const banner =
    r.widget === 'found'
      ? 'Storefront Consent banner found'
      : r.other_banner
        ? `no Storefront Consent banner (the store shows ${r.other_banner})`
        : 'no Storefront Consent banner, and no other consent banner found';
  out.push(
    `Scan of ${r.url}: ${r.pages.length} page${r.pages.length === 1 ? '' : 's'}, ${banner}, ${(r.duration_ms / 1000).toFixed(1)} s`,
  );
  out.push(
    `Tracker table: ${r.table.vendors} vendors, ${r.table.cookies} cookie names, ${r.table.hosts} hosts; "unknown" is listed, never a violation.`,
  );
  out.push('Pages:', ...r.pages.map((p) => `  ${p}`), '');
  for (const p of r.passes) out.push(...passLines(p, r.origin), '');

  if (r.violations.length === 0) out.push('No violations.');
  else {
    const byPass = (name: string) => r.violations.filter((v) => v.pass === name).length;
    out.push(
      `${r.violations.length} violation${r.violations.length === 1 ? '' : 's'} (${byPass('before')} before a choice, ${byPass('after-reject')} after Reject all):`,
    );
    for (const v of r.violations) {
      const what =
        v.kind === 'cookie'
          ? `cookie ${v.subject}`
          : v.kind === 'request'
            ? `request to ${shortPage(v.subject, r.origin)}`
            : `gated element ran: ${v.subject}`;
      out.push(`  [${v.pass}] ${what} (${v.vendor}, ${v.category}) on ${shortPage(v.page, r.origin)}`);
    }
  }

  if (r.fixes.length > 0) {
    out.push('', 'Fix: tracker scripts that run without waiting for consent');
    for (const f of r.fixes) {
      out.push(`  ${f.vendor} on ${shortPage(f.page, r.origin)}: ${f.script}`);
      out.push(`    ${f.how}`);
      if (f.markup) out.push(`    ${f.markup}`);
    }
  }

  if (r.script_manager) {
    const sm = r.script_manager;
    out.push(
      '',
      `Script Manager: ${sm.checked} entr${sm.checked === 1 ? 'y' : 'ies'} checked, ${sm.entries.length} load a known tracker, ${sm.flagged} flagged`,
    );
    for (const e of sm.entries) {
      const vendors = e.trackers.map((t) => `${t.vendor} (${t.category})`).join(', ');
      out.push(
        `  ${e.flagged ? 'FLAGGED ' : ''}"${e.name}" (${e.uuid}): category ${e.consent_category}, loads ${vendors}`,
      );
      if (e.flagged) out.push(`    set its Script Manager category to ${e.needs}`);
    }
  }
  return `${out.join('\n')}\n`;
}
