// The report as one self-contained HTML page (no external assets) for a merchant to read or forward:
// the three passes side by side, violations marked, then the fixes and the Script Manager audit.
import { shortPage } from './pages';
import type { ReportPass, ScanReport } from './report';

const esc = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const TITLES: Record<string, [string, string]> = {
  before: ['Before a choice', 'a new shopper, nothing answered'],
  'after-reject': ['After “Reject all”', 'only essential may run'],
  'after-accept': ['After “Accept all”', 'everything may run'],
};

const STYLE = `
:root{color-scheme:light;--bad:#b3261e;--bad-bg:#fdecea;--ok:#1e6b3a;--muted:#5f6368;--line:#dadce0}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#202124;background:#f8f9fa}
header{padding:20px 28px;background:#fff;border-bottom:1px solid var(--line)}h1{margin:0 0 4px;font-size:20px}
.sum{display:flex;gap:12px;flex-wrap:wrap;margin-top:12px}.pill{padding:4px 10px;border-radius:999px;background:#eef1f4;font-weight:600}
.pill.bad{background:var(--bad-bg);color:var(--bad)}.pill.ok{background:#e6f4ea;color:var(--ok)}
main{padding:20px 28px}.passes{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px;align-items:start}
section.pass{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px}
section.pass h2{margin:0;font-size:16px}.sub{color:var(--muted);margin:0 0 10px}
h3{font-size:13px;margin:14px 0 6px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
table{width:100%;border-collapse:collapse;font-size:13px}td{padding:4px 6px;border-top:1px solid #eef0f2;vertical-align:top;word-break:break-word}
tr.v td{background:var(--bad-bg)}tr.v td:first-child{box-shadow:inset 3px 0 var(--bad)}.cat{color:var(--muted);white-space:nowrap}
.none{color:var(--muted);font-style:italic}.skip{padding:10px;border-radius:8px;background:#fff8e1}
.wide{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px;margin-top:16px}
code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}pre{white-space:pre-wrap;background:#f1f3f4;padding:8px;border-radius:6px;margin:4px 0 10px}
.note{color:var(--muted);font-size:12px;margin-top:16px}
@media (max-width:900px){.passes{grid-template-columns:1fr}}`;

const rows = <T>(items: T[], cells: (item: T) => string[], violation: (item: T) => boolean): string =>
  items.length === 0
    ? '<p class="none">none</p>'
    : `<table>${items
        .map(
          (item) =>
            `<tr${violation(item) ? ' class="v"' : ''}>${cells(item)
              .map((c) => `<td>${c}</td>`)
              .join('')}</tr>`,
        )
        .join('')}</table>`;

const passSection = (p: ReportPass, origin: string): string => {
  const [title, sub] = TITLES[p.name] ?? [p.name, ''];
  const at = (page: string) => esc(shortPage(page, origin));
  const count = [...p.cookies, ...p.requests, ...p.gated_ran].filter((x) => x.violation).length;
  const head = `<h2>${esc(title)}</h2><p class="sub">${esc(sub)}${count ? ` · <strong style="color:var(--bad)">${count} violation${count === 1 ? '' : 's'}</strong>` : ''}</p>`;
  if (p.skipped)
    return `<section class="pass">${head}<p class="skip">Not run: ${esc(p.skipped)}</p></section>`;
  const troubled = p.pages.filter((v) => v.outcome !== 'loaded' || v.detail);
  return `<section class="pass">${head}
${troubled.map((v) => `<p class="skip">${at(v.url)}: ${esc(v.outcome)}${v.detail ? ` (${esc(v.detail)})` : ''}</p>`).join('')}
<h3>Cookies (${p.cookies.length})</h3>${rows(
    p.cookies,
    (c) => [
      `<code>${esc(c.name)}</code><br><span class="cat">${esc(c.domain)}</span>`,
      `${esc(c.vendor)}<br><span class="cat">${esc(c.category)}</span>`,
      at(c.page),
    ],
    (c) => c.violation,
  )}
<h3>Third-party hosts and tracker tags (${p.requests.length})</h3>${rows(
    p.requests,
    (r) => [
      `<code>${esc(shortPage(r.target, origin))}</code>`,
      `${esc(r.vendor)}<br><span class="cat">${esc(r.category)}</span>`,
      `${r.count}× · ${at(r.page)}`,
    ],
    (r) => r.violation,
  )}
${
  p.gated_ran.length
    ? `<h3>Gated elements that ran (${p.gated_ran.length})</h3>${rows(
        p.gated_ran,
        (g) => [
          `<code>${esc(g.what)}</code>`,
          `<span class="cat">${esc(g.categories.join(' '))}</span>`,
          at(g.page),
        ],
        (g) => g.violation,
      )}`
    : ''
}</section>`;
};

export function htmlReport(r: ScanReport): string {
  const violations = r.violations.length;
  const banner =
    r.widget === 'found'
      ? 'Storefront Consent banner found'
      : r.other_banner
        ? `No Storefront Consent banner (another banner: ${r.other_banner})`
        : 'No consent banner found';
  const fixes = r.fixes.length
    ? `<div class="wide"><h2>Fix</h2>${r.fixes
        .map(
          (f) =>
            `<p><strong>${esc(f.vendor)}</strong> on ${esc(shortPage(f.page, r.origin))}: <code>${esc(f.script)}</code><br>${esc(f.how)}</p>${f.markup ? `<pre>${esc(f.markup)}</pre>` : ''}`,
        )
        .join('')}</div>`
    : '';
  const sm = r.script_manager;
  const audit = sm
    ? `<div class="wide"><h2>Script Manager</h2><p>${sm.checked} entries checked, ${sm.entries.length} load a known tracker, ${sm.flagged} flagged.</p>${rows(
        sm.entries,
        (e) => [
          `${e.flagged ? '<strong style="color:var(--bad)">flagged</strong> ' : ''}${esc(e.name)}<br><span class="cat">${esc(e.uuid)}</span>`,
          `category ${esc(e.consent_category)}${e.flagged ? ` → set it to <strong>${esc(e.needs)}</strong>` : ''}`,
          esc(e.trackers.map((t) => `${t.vendor} (${t.category})`).join(', ')),
        ],
        (e) => e.flagged,
      )}</div>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent scan of ${esc(r.url)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Consent scan of ${esc(r.url)}</h1>
<div>${r.pages.length} page${r.pages.length === 1 ? '' : 's'}: ${r.pages.map((p) => `<code>${esc(shortPage(p, r.origin))}</code>`).join(' · ')}</div>
<div class="sum"><span class="pill ${violations ? 'bad' : 'ok'}">${violations ? `${violations} violation${violations === 1 ? '' : 's'}` : 'No violations'}</span>
<span class="pill">${esc(banner)}</span><span class="pill">${(r.duration_ms / 1000).toFixed(1)} s</span></div>
</header>
<main>
<div class="passes">${r.passes.map((p) => passSection(p, r.origin)).join('\n')}</div>
${fixes}
${audit}
<p class="note">Cookies and hosts are named from a table of ${r.table.vendors} vendors (${r.table.cookies} cookie names, ${r.table.hosts} hosts; facts from the Open Cookie Database and vendors' own pages). Anything it does not know is listed as “unknown” and never counted as a violation. A violation is a non-essential cookie or a known tracker's request before any choice or after “Reject all”, or a gated element that ran although its category was denied.</p>
</main>
</body>
</html>
`;
}
