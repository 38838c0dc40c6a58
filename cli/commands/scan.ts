// `scan URL`: opens the store in headless Chromium as a new shopper, three times (no choice, Reject
// all, Accept all), and reports what each time set and called, the violations and their fixes.
import { writeFile } from 'node:fs/promises';
import { parseHttpUrl, parsePositiveInt, stringOption } from '../args';
import { defineCommand } from '../command';
import { readStoreEnvironment } from '../env';
import { CommandError, UsageError } from '../errors';
import { type CliIo, printJson, printLine } from '../io';
import { chromiumPath } from '../scan/chromium';
import { TABLE_SIZE } from '../scan/classify';
import { htmlReport } from '../scan/html-report';
import { buildReport } from '../scan/report';
import { ScanError } from '../scan/scan-error';
import { runScan } from '../scan/scanner';
import { auditScripts, type ScriptManagerAudit } from '../scan/script-audit';
import { textReport } from '../scan/text-report';
import { listScripts } from '../script-manager';
import { connectStore, redact } from '../store';
import { terminalText } from '../terminal-text';

const NAME = 'scan';
const MAX_PAGES = 100;
const EXIT_CLEAN = 0;
const EXIT_VIOLATIONS = 1;
const EXIT_COULD_NOT_RUN = 2;

const HELP = `Usage:
  storefront-consent scan URL [--pages N] [--json] [--html FILE] [--chromium PATH]

Opens the store in headless Chromium as a new shopper and visits up to N pages of the same
origin (URL first, then links found on the pages), three times, each in a fresh profile:
  before        no choice made yet
  after-reject  after clicking the banner's "Reject all"
  after-accept  after clicking the banner's "Accept all"
It lists every cookie and third-party host with its vendor and category from a built-in table of
${TABLE_SIZE.vendors} vendors (anything else is listed as unknown), and reports as violations: a non-essential
cookie or a known tracker's request before any choice or after Reject all, and a gated element that
ran although its category was denied. For each tracker script that runs ungated it prints the
data-consent markup that gates it. A store without the banner is scanned too: then only the
before pass runs, and everything it finds is what installing the banner fixes.

Options:
  --pages N        pages to visit in all, URL first (default 5, at most ${MAX_PAGES})
  --json           print the whole report as one JSON document
  --html FILE      also write a self-contained HTML report with the passes side by side
  --chromium PATH  the Chromium to use (default: CHROMIUM_PATH, else /usr/bin/chromium)
  -h, --help       show this help

With BC_STORE_HASH and BC_ACCESS_TOKEN set (and BC_API_URL), it also lists the store's Script
Manager entries and flags those whose consent category is essential or unknown while they load a
known tracker (API scope: Content read-only or modify).

Examples:
  storefront-consent scan https://shop.example.com/
  storefront-consent scan https://shop.example.com/ --pages 10 --html scan.html
  storefront-consent scan https://shop.example.com/ --json > scan.json

Exit codes: 0 no violation, 1 violations found, 2 the scan could not run (bad arguments, no
Chromium, the store unreachable, BigCommerce refused the Script Manager listing).`;

const OPTIONS = {
  pages: { type: 'string' },
  html: { type: 'string' },
  chromium: { type: 'string' },
} as const;

/** The Script Manager audit when the store's credentials are set; null when they are not. */
const auditStore = async (io: CliIo): Promise<ScriptManagerAudit | null> => {
  if (!io.env.BC_STORE_HASH?.trim() && !io.env.BC_ACCESS_TOKEN?.trim()) return null;
  const store = connectStore(readStoreEnvironment(io.env), io.fetch);
  return auditScripts(await listScripts(store));
};

export const scanCommand = defineCommand(
  {
    name: NAME,
    summary: 'audit a store in Chromium: cookies and trackers before and after a choice',
    help: HELP,
    options: OPTIONS,
    positionals: 1,
  },
  async ({ args, json, io }) => {
    const raw = args.positionals[0];
    if (raw === undefined) throw new UsageError('URL is missing: the store page to start from', NAME);
    const url = parseHttpUrl('URL', raw, NAME);
    const pagesRaw = stringOption(args, 'pages');
    const pages = pagesRaw === undefined ? 5 : parsePositiveInt('--pages', pagesRaw, NAME);
    if (pages > MAX_PAGES) throw new UsageError(`--pages ${pages} is more than ${MAX_PAGES}`, NAME);
    const htmlFile = stringOption(args, 'html');
    if (htmlFile === '') throw new UsageError('--html needs a file name', NAME);
    const chromium = chromiumPath(stringOption(args, 'chromium'), io.env);

    const fail = (message: string) => {
      printLine(io.stderr, redact(`storefront-consent: ${message}`, io.env.BC_ACCESS_TOKEN?.trim() ?? ''));
      return EXIT_COULD_NOT_RUN;
    };
    try {
      const audit = await auditStore(io);
      const observations = await runScan({
        url,
        pages,
        chromium,
        progress: (line) => printLine(io.stderr, `scan: ${line}`),
      });
      const report = buildReport(observations, audit);
      if (htmlFile !== undefined) {
        await writeFile(htmlFile, htmlReport(report)).catch((error: unknown) => {
          throw new ScanError(
            `could not write ${htmlFile}: ${error instanceof Error ? error.message : String(error)}`,
          );
        });
        printLine(io.stderr, `scan: HTML report written to ${htmlFile}`);
      }
      if (json) printJson(io.stdout, report);
      else io.stdout.write(terminalText(textReport(report)));
      return report.violations.length > 0 ? EXIT_VIOLATIONS : EXIT_CLEAN;
    } catch (error) {
      // Exit code 1 means "violations" here, so every failure to run is 2, BigCommerce's included.
      if (error instanceof ScanError || error instanceof CommandError) return fail(error.message);
      throw error;
    }
  },
);
