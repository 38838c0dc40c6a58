// `install` and `uninstall`: the widget's one Script Manager entry, created, updated or removed.
import { parsePositiveInt, stringOption } from '../args';
import { defineCommand } from '../command';
import { UsageError } from '../errors';
import { ENVIRONMENT_HELP } from '../help-text';
import { printJson, printLine } from '../io';
import {
  createEntry,
  deleteEntry,
  desiredEntry,
  findOurEntries,
  isUpToDate,
  type ScriptEntry,
  updateEntry,
} from '../script-manager';
import { buildScriptTag, SCRIPT_NAME, TAG_OPTIONS } from '../script-tag';

const INSTALL = 'install';
const UNINSTALL = 'uninstall';
const SCOPES =
  'API scopes: Content modify and Checkout Content modify (Script Manager needs the latter for\nscripts on all pages, checkout included).';

const optionLines = TAG_OPTIONS.map(
  ({ option, hint }) => `  --${`${option} VALUE`.padEnd(22)} data-${option}: ${hint}`,
).join('\n');

const INSTALL_HELP = `Usage:
  storefront-consent install --src URL [options] [--channel ID] [--json]

Creates the Script Manager entry "${SCRIPT_NAME}" that loads the banner on every page (kind
script_tag, location head, all pages, consent category essential), or updates the one this
command created before: running it again never adds a second entry. The tag always carries
data-customer-id="{{customer.id}}" so the banner knows when a customer is logged in.

Options:
  --src URL                where the merchant hosts storefront-consent.js (required)
${optionLines}
  --channel ID             the channel to install on (default 1)
  --json                   print { action, uuid, html, removed_duplicates } as JSON
  -h, --help               show this help

${SCOPES}

Examples:
  storefront-consent install --src https://cdn.example.com/storefront-consent.js
  storefront-consent install --src https://cdn.example.com/storefront-consent.js \\
    --proxy-url https://consent.example.workers.dev --client-id abc123 --policy-url /privacy-policy/

${ENVIRONMENT_HELP}`;

const UNINSTALL_HELP = `Usage:
  storefront-consent uninstall [--channel ID] [--json]

Removes the Script Manager entry "${SCRIPT_NAME}" that install created. Does nothing if there is none.

Options:
  --channel ID   the channel it was installed on (default 1)
  --json         print { removed } (the removed entries' uuids) as JSON
  -h, --help     show this help

${SCOPES}

Example:
  storefront-consent uninstall

${ENVIRONMENT_HELP}`;

const INSTALL_OPTIONS = {
  src: { type: 'string' },
  channel: { type: 'string' },
  ...Object.fromEntries(TAG_OPTIONS.map(({ option }) => [option, { type: 'string' } as const])),
} as const;

const channelOf = (raw: string | undefined, command: string) =>
  raw === undefined ? 1 : parsePositiveInt('--channel', raw, command);

export const installCommand = defineCommand(
  {
    name: INSTALL,
    summary: 'add the banner to every page through Script Manager (or update it)',
    help: INSTALL_HELP,
    options: INSTALL_OPTIONS,
  },
  async ({ args, json, store: connect, io }) => {
    const src = stringOption(args, 'src');
    if (src === undefined)
      throw new UsageError('--src is required: the URL of storefront-consent.js', INSTALL);
    const values = Object.fromEntries(TAG_OPTIONS.map(({ option }) => [option, stringOption(args, option)]));
    const tag = buildScriptTag(src, values);
    if (!tag.ok) throw new UsageError(tag.message, INSTALL);
    const channel = channelOf(stringOption(args, 'channel'), INSTALL);
    const want = desiredEntry(tag.html, channel);

    const store = connect();
    const [existing, ...duplicates] = await findOurEntries(store, channel);
    let action: 'created' | 'updated' | 'unchanged';
    let entry: ScriptEntry;
    if (!existing) {
      entry = await createEntry(store, want);
      action = 'created';
    } else if (isUpToDate(existing, want)) {
      entry = existing;
      action = 'unchanged';
    } else {
      entry = await updateEntry(store, existing.uuid, want);
      action = 'updated';
    }
    // Entries of the same name beyond the first (made by hand, say) would load the banner twice.
    for (const extra of duplicates) await deleteEntry(store, extra.uuid);
    const removed = duplicates.map((d) => d.uuid);

    if (json) {
      printJson(io.stdout, {
        action,
        uuid: entry.uuid,
        channel_id: channel,
        html: want.html,
        removed_duplicates: removed,
      });
      return 0;
    }
    const verb = { created: 'Created', updated: 'Updated', unchanged: 'Already up to date:' }[action];
    printLine(
      io.stdout,
      `${verb} Script Manager entry "${SCRIPT_NAME}" (${entry.uuid}, channel ${channel}).`,
    );
    if (action === 'updated' && existing?.html !== want.html) {
      printLine(io.stdout, `  before: ${existing?.html ?? '(no html)'}`);
      printLine(io.stdout, `  after:  ${want.html}`);
    } else {
      printLine(io.stdout, `  ${want.html}`);
    }
    if (removed.length > 0)
      printLine(
        io.stdout,
        `Removed ${removed.length} duplicate entr${removed.length === 1 ? 'y' : 'ies'}: ${removed.join(', ')}`,
      );
    return 0;
  },
);

export const uninstallCommand = defineCommand(
  {
    name: UNINSTALL,
    summary: "remove the banner's Script Manager entry",
    help: UNINSTALL_HELP,
    options: { channel: { type: 'string' } },
  },
  async ({ args, json, store: connect, io }) => {
    const channel = channelOf(stringOption(args, 'channel'), UNINSTALL);
    const store = connect();
    const entries = await findOurEntries(store, channel);
    for (const entry of entries) await deleteEntry(store, entry.uuid);
    const removed = entries.map((e) => e.uuid);
    if (json) {
      printJson(io.stdout, { removed, channel_id: channel });
      return 0;
    }
    printLine(
      io.stdout,
      removed.length === 0
        ? `No Script Manager entry "${SCRIPT_NAME}" on channel ${channel}; nothing to remove.`
        : `Removed Script Manager entry "${SCRIPT_NAME}" (${removed.join(', ')}, channel ${channel}).`,
    );
    return 0;
  },
);
