// `records export` and `stats`: the proof-of-consent records the proxy keeps, read through its admin
// routes (docs/cli.md, "Consent records").
import { createWriteStream, writeFileSync } from 'node:fs';
import { parsePositiveInt, stringOption } from '../args';
import { defineCommand } from '../command';
import { CommandError, EXIT_OK, UsageError } from '../errors';
import { printJson, printLine, type TextSink } from '../io';
import { connectProxyAdmin, parseDate, parseSince } from '../proxy-admin';
import { type Stats, statsPage, statsTable, statsTitle } from '../stats-report';

const EXPORT = 'records export';
const STATS = 'stats';

const ENVIRONMENT = `Environment:
  PROXY_URL     the proxy's URL, e.g. https://consent.example.com
  ADMIN_TOKEN   the proxy's ADMIN_TOKEN (sent only in the Authorization header)

Exit codes: 0 done, 1 the proxy refused or failed, 2 wrong arguments or environment.`;

const EXPORT_HELP = `Usage:
  storefront-consent records export [--since DATE|30d] [--until DATE] [--consent-id ID]
                                    [--customer ID] [--format csv|ndjson] [--out FILE]

Streams the consent records the proxy keeps, oldest first: every decision a browser reported
(POST /records) and every customer's saved decision, with the time the proxy received it.

Options:
  --since DATE|30d   from this date or date-time (UTC), or the last N days
  --until DATE       through this date (the whole day) or up to this date-time
  --consent-id ID    one browser's records (the id the preferences dialog shows)
  --customer ID      one customer's records
  --format FORMAT    ndjson (default, one JSON record a line) or csv
  --out FILE         write to FILE instead of standard output; progress goes to stderr
  -h, --help         show this help

Examples:
  storefront-consent records export --since 30d --format csv --out consent.csv
  storefront-consent records export --consent-id 3q2-7wQ1zX9kPq0aBcDeFg

${ENVIRONMENT}`;

const STATS_HELP = `Usage:
  storefront-consent stats [--since DATE|30d] [--until DATE] [--html FILE] [--json]

Per day: how many decisions were recorded and the share that allowed each optional category,
plus totals. --html writes one self-contained page (inline SVG charts, no external files).

Options:
  --since DATE|30d   from this date or date-time, or the last N days (default 30d)
  --until DATE       through this date
  --html FILE        also write the report as an HTML page
  --json             print the statistics as JSON
  -h, --help         show this help

Examples:
  storefront-consent stats
  storefront-consent stats --since 90d --html consent-stats.html

${ENVIRONMENT}`;

const PROGRESS_EVERY = 100_000;

export const recordsExportCommand = defineCommand(
  {
    name: EXPORT,
    summary: 'export the consent records the proxy keeps (CSV or NDJSON)',
    help: EXPORT_HELP,
    options: {
      since: { type: 'string' },
      until: { type: 'string' },
      'consent-id': { type: 'string' },
      customer: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  },
  async ({ args, io }) => {
    const since = stringOption(args, 'since');
    const until = stringOption(args, 'until');
    const customer = stringOption(args, 'customer');
    const format = stringOption(args, 'format') ?? 'ndjson';
    if (format !== 'csv' && format !== 'ndjson') {
      throw new UsageError(`--format must be csv or ndjson, not '${format}'`, EXPORT);
    }
    const query = {
      since: since === undefined ? undefined : parseSince('--since', since, EXPORT),
      until: until === undefined ? undefined : parseDate('--until', until, EXPORT),
      consent_id: stringOption(args, 'consent-id'),
      customer_id:
        customer === undefined ? undefined : String(parsePositiveInt('--customer', customer, EXPORT)),
      format,
    };
    const out = stringOption(args, 'out');
    const admin = connectProxyAdmin(io.env, EXPORT, io.fetch);
    const response = await admin.get('/admin/records', query);
    const records = await copy(response, out, io.stdout, (count) => {
      if (out) printLine(io.stderr, `exported ${count} records…`);
    });
    if (out) printLine(io.stderr, `Exported ${records} records to ${out}`);
    return EXIT_OK;
  },
);

/** Copies the body chunk by chunk (memory stays flat); answers the number of records (lines). */
async function copy(
  response: Response,
  file: string | undefined,
  stdout: TextSink,
  progress: (count: number) => void,
): Promise<number> {
  const sink = file ? createWriteStream(file) : null;
  const failed = new Promise<never>((_, reject) => sink?.once('error', reject));
  failed.catch(() => undefined);
  const decoder = new TextDecoder();
  let lines = 0;
  let header = response.headers.get('Content-Type')?.startsWith('text/csv') ? 1 : 0;
  const reader = response.body?.getReader();
  try {
    for (;;) {
      const next = await (reader
        ? reader.read()
        : Promise.resolve({ done: true as const, value: undefined }));
      if (next.done) break;
      const before = lines;
      for (const byte of next.value) if (byte === 10) lines++;
      if (Math.floor(lines / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY)) progress(lines - header);
      if (sink) {
        if (!sink.write(next.value)) await Promise.race([new Promise((r) => sink.once('drain', r)), failed]);
      } else {
        stdout.write(decoder.decode(next.value, { stream: true }));
      }
    }
  } catch (error) {
    throw new CommandError(`the export stopped part-way: ${(error as Error).message}`);
  } finally {
    if (sink) await Promise.race([new Promise((r) => sink.end(r)), failed]);
  }
  if (lines === 0) header = 0;
  return lines - header;
}

export const statsCommand = defineCommand(
  {
    name: STATS,
    summary: 'daily consent decisions and allow rates, as a table or an HTML page',
    help: STATS_HELP,
    options: { since: { type: 'string' }, until: { type: 'string' }, html: { type: 'string' } },
  },
  async ({ args, io, json }) => {
    const until = stringOption(args, 'until');
    const query = {
      since: parseSince('--since', stringOption(args, 'since') ?? '30d', STATS),
      until: until === undefined ? undefined : parseDate('--until', until, STATS),
    };
    const admin = connectProxyAdmin(io.env, STATS, io.fetch);
    const stats = (await (await admin.get('/admin/stats', query)).json()) as Stats;
    const html = stringOption(args, 'html');
    if (html) {
      writeFileSync(html, statsPage(stats, statsTitle(query.since)));
    }
    if (json) printJson(io.stdout, stats);
    else io.stdout.write(statsTable(stats));
    if (html) printLine(io.stderr, `Wrote ${html}`);
    return EXIT_OK;
  },
);
