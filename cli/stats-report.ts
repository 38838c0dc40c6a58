// `stats` shown two ways: a table for the terminal, and one self-contained HTML page (inline SVG,
// no external assets) with the daily decisions and each category's allow rate.
import { OPTIONAL_CATEGORIES, type OptionalCategory } from '../core/categories';

export interface Stats {
  days: { day: string; decisions: number; allow_rate: Record<OptionalCategory, number> }[];
  totals: { decisions: number; allow_rate: Record<OptionalCategory, number> };
}

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

export function statsTable(stats: Stats): string {
  const head = ['day', 'decisions', ...OPTIONAL_CATEGORIES];
  const rows = [
    ...stats.days.map((d) => [
      d.day,
      String(d.decisions),
      ...OPTIONAL_CATEGORIES.map((c) => percent(d.allow_rate[c])),
    ]),
    [
      'total',
      String(stats.totals.decisions),
      ...OPTIONAL_CATEGORIES.map((c) => percent(stats.totals.allow_rate[c])),
    ],
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}

const COLOURS: Record<OptionalCategory, string> = {
  functional: '#2b6cb0',
  analytics: '#2f855a',
  targeting: '#c05621',
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const W = 720;
const H = 220;
const PAD = 36;

function decisionsChart(stats: Stats): string {
  const max = Math.max(1, ...stats.days.map((d) => d.decisions));
  const step = (W - 2 * PAD) / Math.max(1, stats.days.length);
  const bars = stats.days
    .map((d, i) => {
      const h = ((H - 2 * PAD) * d.decisions) / max;
      return `<rect x="${(PAD + i * step + step * 0.1).toFixed(1)}" y="${(H - PAD - h).toFixed(1)}" width="${(step * 0.8).toFixed(1)}" height="${h.toFixed(1)}" fill="#4a5568"><title>${d.day}: ${d.decisions}</title></rect>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="Decisions per day"><text x="${PAD}" y="20">Decisions per day (max ${max})</text><line x1="${PAD}" y1="${H - PAD}" x2="${W - PAD}" y2="${H - PAD}" stroke="#999"/>${bars}${axisLabels(stats)}</svg>`;
}

function ratesChart(stats: Stats): string {
  const step = (W - 2 * PAD) / Math.max(1, stats.days.length - 1);
  const y = (rate: number) => (H - PAD - (H - 2 * PAD) * rate).toFixed(1);
  const lines = OPTIONAL_CATEGORIES.map((c) => {
    const points = stats.days.map((d, i) => `${(PAD + i * step).toFixed(1)},${y(d.allow_rate[c])}`).join(' ');
    return `<polyline points="${points}" fill="none" stroke="${COLOURS[c]}" stroke-width="2"><title>${c}</title></polyline>`;
  }).join('');
  const legend = OPTIONAL_CATEGORIES.map(
    (c, i) =>
      `<text x="${PAD + 160 + i * 120}" y="20" fill="${COLOURS[c]}">${c} ${percent(stats.totals.allow_rate[c])}</text>`,
  ).join('');
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="Allow rate per category"><text x="${PAD}" y="20">Allow rate</text>${legend}<line x1="${PAD}" y1="${y(0)}" x2="${W - PAD}" y2="${y(0)}" stroke="#999"/><line x1="${PAD}" y1="${y(1)}" x2="${W - PAD}" y2="${y(1)}" stroke="#ddd"/><text x="4" y="${y(1)}">100%</text><text x="12" y="${y(0)}">0%</text>${lines}${axisLabels(stats)}</svg>`;
}

function axisLabels(stats: Stats): string {
  const first = stats.days[0]?.day;
  const last = stats.days.at(-1)?.day;
  if (!first || !last) return '';
  return `<text x="${PAD}" y="${H - 10}">${first}</text><text x="${W - PAD}" y="${H - 10}" text-anchor="end">${last}</text>`;
}

/** The page's title for statistics from `since` (ISO 8601) on. */
export const statsTitle = (since: string) => `Consent decisions since ${since.slice(0, 10)}`;

/** The whole page; `note`, a line of plain text under the totals (the demo says where its records come from). */
export function statsPage(stats: Stats, title: string, note?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:2em auto;padding:0 1em;color:#1a202c}svg{width:100%;height:auto;font-size:12px;margin:1em 0}pre{background:#f7fafc;padding:1em;overflow:auto}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p>${stats.totals.decisions} decisions over ${stats.days.length} days.</p>${note ? `\n<p>${escapeHtml(note)}</p>` : ''}
${decisionsChart(stats)}
${ratesChart(stats)}
<pre>${escapeHtml(statsTable(stats))}</pre>
</body></html>
`;
}
