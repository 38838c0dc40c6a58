// `consent get` and `consent set`: support staff look at or fix one customer's saved decision.
import type { Decision } from '../../core/categories';
import { applyChange, sameDecision, undecided } from '../../core/decision';
import { decisionOf, isDecided } from '../../core/saved-decision';
import { parseList, parsePositiveInt, stringOption } from '../args';
import { defineCommand } from '../command';
import { parseRequestedChange } from '../consent-decision';
import { CommandError, UsageError } from '../errors';
import { ENVIRONMENT_HELP } from '../help-text';
import { printJson, printLine } from '../io';
import type { Store } from '../store';

const GET = 'consent get';
const SET = 'consent set';

const GET_HELP = `Usage:
  storefront-consent consent get CUSTOMER_ID [--json]

Shows the consent decision BigCommerce holds for one customer: the categories allowed, denied
and not yet decided. (BigCommerce's updated_at is the time of the call, not of the decision, so
it is not shown.)

Options:
  --json       print { customer_id, allow, deny, decided } as JSON
  -h, --help   show this help

API scope: Customers read-only.

Example:
  storefront-consent consent get 42

${ENVIRONMENT_HELP}`;

const SET_HELP = `Usage:
  storefront-consent consent set CUSTOMER_ID [--allow LIST] [--deny LIST] [--json]

Changes one customer's saved decision. Categories named in --allow or --deny are set; the others
keep their state; essential is always allowed. Prints the decision before → after.
Categories: essential, functional, analytics, targeting (lists are comma separated).

Options:
  --allow LIST   categories to allow, e.g. functional,analytics
  --deny LIST    categories to deny, e.g. targeting (essential cannot be denied)
  --json         print { customer_id, before, after, changed } as JSON
  -h, --help     show this help

API scopes: Customers modify (it reads the decision first, then saves it).

Examples:
  storefront-consent consent set 42 --deny targeting
  storefront-consent consent set 42 --allow functional,analytics --deny targeting

${ENVIRONMENT_HELP}`;

const readDecision = async (store: Store, customer: number): Promise<Decision> => {
  const { body } = await store.call(
    `read customer ${customer}'s consent`,
    'Customers read-only',
    'GET',
    `/v3/customers/${customer}/consent`,
  );
  return decisionOf(body);
};

const describe = (d: Decision): string => {
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : '(none)');
  return `allowed: ${list(d.allow)}; denied: ${list(d.deny)}`;
};

export const consentGetCommand = defineCommand(
  { name: GET, summary: "show one customer's saved consent decision", help: GET_HELP, positionals: 1 },
  async ({ args, json, store, io }) => {
    const customer = parsePositiveInt('CUSTOMER_ID', args.positionals[0], GET);
    const decision = await readDecision(store(), customer);
    if (json) {
      printJson(io.stdout, { customer_id: customer, ...decision, decided: isDecided(decision) });
      return 0;
    }
    if (!isDecided(decision)) {
      printLine(io.stdout, `Customer ${customer} has no saved consent decision.`);
      return 0;
    }
    printLine(io.stdout, `Customer ${customer}'s saved consent:`);
    printLine(io.stdout, `  allowed:   ${decision.allow.join(', ') || '(none)'}`);
    printLine(io.stdout, `  denied:    ${decision.deny.join(', ') || '(none)'}`);
    const open = undecided(decision);
    if (open.length > 0) printLine(io.stdout, `  undecided: ${open.join(', ')}`);
    return 0;
  },
);

export const consentSetCommand = defineCommand(
  {
    name: SET,
    summary: "change one customer's saved consent decision",
    help: SET_HELP,
    options: { allow: { type: 'string' }, deny: { type: 'string' } },
    positionals: 1,
  },
  async ({ args, json, store: connect, io }) => {
    const customer = parsePositiveInt('CUSTOMER_ID', args.positionals[0], SET);
    const allowRaw = stringOption(args, 'allow');
    const denyRaw = stringOption(args, 'deny');
    if (allowRaw === undefined && denyRaw === undefined) {
      throw new UsageError('give --allow and/or --deny with the categories to change', SET);
    }
    const requested = parseRequestedChange(
      allowRaw === undefined ? [] : parseList('--allow', allowRaw, SET),
      denyRaw === undefined ? [] : parseList('--deny', denyRaw, SET),
    );
    if (!requested.ok) throw new UsageError(requested.message, SET);

    const store = connect();
    const before = await readDecision(store, customer);
    const wanted = applyChange(before, requested.value);
    let after = before;
    if (!sameDecision(before, wanted)) {
      const { body } = await store.call(
        `save customer ${customer}'s consent`,
        'Customers modify',
        'PUT',
        `/v3/customers/${customer}/consent`,
        { body: wanted },
      );
      after = decisionOf(body);
      if (!sameDecision(after, wanted)) {
        throw new CommandError(
          `BigCommerce accepted customer ${customer}'s consent but now holds ${describe(after)} instead of ${describe(wanted)}`,
        );
      }
    }
    const changed = !sameDecision(before, after);
    if (json) {
      printJson(io.stdout, { customer_id: customer, before, after, changed });
      return 0;
    }
    if (!changed) {
      printLine(io.stdout, `Customer ${customer}'s consent already was so; nothing changed.`);
      printLine(io.stdout, `  ${describe(after)}`);
      return 0;
    }
    printLine(io.stdout, `Saved customer ${customer}'s consent:`);
    printLine(io.stdout, `  before: ${describe(before)}`);
    printLine(io.stdout, `  after:  ${describe(after)}`);
    return 0;
  },
);
