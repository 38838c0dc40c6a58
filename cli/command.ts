// The shape every command shares, and the steps they all begin with.
import { type Parsed, parseCommandArgs } from './args';
import { readStoreEnvironment } from './env';
import type { CliIo } from './io';
import { connectStore, type Store } from './store';

type Options = Parameters<typeof parseCommandArgs>[2];

export interface Command {
  /** As typed: `settings`, `consent get`. */
  name: string;
  /** One line for the overview. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

export interface Prepared {
  args: Parsed;
  json: boolean;
  store: () => Store;
}

/**
 * Parses the arguments; prints the help and returns null for `--help`. The store is connected
 * lazily so that argument errors are reported before missing credentials.
 */
export const prepare = (
  command: Pick<Command, 'name' | 'help'>,
  argv: string[],
  io: CliIo,
  options: Options,
  maxPositionals = 0,
): Prepared | null => {
  const args = parseCommandArgs(command.name, argv, options, maxPositionals);
  if (args.values.help === true) {
    io.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return null;
  }
  return {
    args,
    json: args.values.json === true,
    store: () => connectStore(readStoreEnvironment(io.env), io.fetch),
  };
};
