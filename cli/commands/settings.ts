// `settings`: show or set the store's privacy settings, globally or for one channel.
import { parseLinkUrl, parseOnOff, parsePositiveInt, stringOption } from '../args';
import { defineCommand } from '../command';
import { CommandError } from '../errors';
import { ENVIRONMENT_HELP } from '../help-text';
import { type CliIo, printJson, printLine } from '../io';
import {
  changedFields,
  FIELDS,
  LABELS,
  type PrivacyChange,
  type PrivacyValues,
  privacyOf,
  showValue,
  updatedPrivacy,
} from '../privacy-settings';
import type { Store } from '../store';

const NAME = 'settings';

const HELP = `Usage:
  storefront-consent settings [--channel ID] [--json]
  storefront-consent settings [--ask-consent on|off] [--policy-url URL] [--channel ID] [--json]

Shows the store's privacy settings, or sets them and shows what changed (before → after).
Without --channel the store-wide (global) settings; with it, that channel's own settings,
where "inherits global" means the channel has no value of its own.

Options:
  --ask-consent on|off   whether BigCommerce asks shoppers for tracking consent
  --policy-url URL       the privacy policy link: https://… or a path on the store (/privacy-policy/)
  --channel ID           a channel id (a positive whole number)
  --json                 print the result as JSON
  -h, --help             show this help

API scopes: Customers read-only to show, Customers modify to set.

Examples:
  storefront-consent settings
  storefront-consent settings --ask-consent off --policy-url https://shop.example.com/privacy-policy/
  storefront-consent settings --channel 2 --ask-consent on --json

${ENVIRONMENT_HELP}`;

const OPTIONS = {
  'ask-consent': { type: 'string' },
  'policy-url': { type: 'string' },
  channel: { type: 'string' },
} as const;

type Where = { channel: number | null };

const pathOf = ({ channel }: Where) =>
  channel === null ? '/v3/customers/settings' : `/v3/customers/settings/channels/${channel}`;
const nameOf = ({ channel }: Where) => (channel === null ? "the store's" : `channel ${channel}'s`);
/** The first fields of the JSON output: `{ scope: 'global' }` or `{ scope: 'channel', channel_id }`. */
const scopeOf = ({ channel }: Where) =>
  channel === null ? { scope: 'global' } : { scope: 'channel', channel_id: channel };
const labelOf = ({ channel }: Where) => (channel === null ? 'global' : `channel ${channel}`);

const readPrivacy = async (store: Store, where: Where): Promise<PrivacyValues> => {
  const { body } = await store.call(
    `read ${nameOf(where)} privacy settings`,
    'Customers read-only',
    'GET',
    pathOf(where),
  );
  return privacyOf(body);
};

const readGlobal = (store: Store) => readPrivacy(store, { channel: null });

export const settingsCommand = defineCommand(
  {
    name: NAME,
    summary: "show or set the store's privacy settings (globally or per channel)",
    help: HELP,
    options: OPTIONS,
  },
  async ({ args, json, store: connect, io }) => {
    const channelRaw = stringOption(args, 'channel');
    const where: Where = {
      channel: channelRaw === undefined ? null : parsePositiveInt('--channel', channelRaw, NAME),
    };
    const change: PrivacyChange = {};
    const ask = stringOption(args, 'ask-consent');
    if (ask !== undefined) change.ask_shopper_for_tracking_consent = parseOnOff('--ask-consent', ask, NAME);
    const policy = stringOption(args, 'policy-url');
    if (policy !== undefined) change.policy_url = parseLinkUrl('--policy-url', policy, NAME);

    const store = connect();
    if (Object.keys(change).length === 0) return show(store, where, io, json);
    return update(store, where, change, io, json);
  },
);

const show = async (store: Store, where: Where, io: CliIo, json: boolean): Promise<number> => {
  const own = await readPrivacy(store, where);
  const global = where.channel === null ? null : await readGlobal(store);
  if (json) {
    printJson(io.stdout, {
      ...scopeOf(where),
      privacy_settings: own,
      ...(global ? { global_privacy_settings: global } : {}),
    });
    return 0;
  }
  printLine(io.stdout, `Privacy settings (${labelOf(where)}):`);
  for (const field of FIELDS) {
    printLine(
      io.stdout,
      `  ${LABELS[field]}: ${showValue(field, own[field], global ? global[field] : undefined)}`,
    );
  }
  return 0;
};

const update = async (store: Store, where: Where, change: PrivacyChange, io: CliIo, json: boolean) => {
  const before = await readPrivacy(store, where);
  const wanted = updatedPrivacy(before, change);
  let after = before;
  if (changedFields(before, wanted).length > 0) {
    // The global settings take no nulls; a channel's nulls keep inheriting what they inherit.
    const privacy_settings =
      where.channel === null
        ? Object.fromEntries(Object.entries(wanted).filter(([, v]) => v !== null))
        : wanted;
    const { body } = await store.call(
      `update ${nameOf(where)} privacy settings`,
      'Customers modify',
      'PUT',
      pathOf(where),
      { body: { privacy_settings } },
    );
    after = privacyOf(body);
    const missed = changedFields(wanted, after);
    if (missed.length > 0) {
      throw new CommandError(
        `BigCommerce accepted the update of ${nameOf(where)} privacy settings but still reports ${missed.map((f) => `${LABELS[f]} ${showValue(f, after[f])}`).join(', ')}`,
      );
    }
  }
  const changed = changedFields(before, after);
  if (json) {
    printJson(io.stdout, {
      ...scopeOf(where),
      before,
      after,
      changed,
    });
    return 0;
  }
  const scope = labelOf(where);
  printLine(
    io.stdout,
    changed.length > 0 ? `Updated the privacy settings (${scope}):` : `Nothing changed (${scope}):`,
  );
  for (const field of FIELDS) {
    const line = changed.includes(field)
      ? `${showValue(field, before[field])} → ${showValue(field, after[field])}`
      : `${showValue(field, after[field])} (unchanged)`;
    printLine(io.stdout, `  ${LABELS[field]}: ${line}`);
  }
  return 0;
};
