// The shape every command shares, and the steps they all begin with: parse the arguments strictly,
// answer --help, and connect to the store only once the arguments are known to be good.
import { type Parsed, parseCommandArgs } from './args';
import { readStoreEnvironment } from './env';
import { EXIT_OK } from './errors';
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

/** What a command's body gets: its parsed arguments, --json, and the store, connected on first use. */
export interface Prepared {
  args: Parsed;
  json: boolean;
  /** Lazy, so that argument errors are reported before missing credentials. */
  store: () => Store;
  io: CliIo;
}

export interface CommandSpec {
  name: string;
  summary: string;
  help: string;
  /** The command's own flags (--help and --json are common to all). */
  options?: Options;
  /** How many positional arguments it takes (`consent get ID`: 1). */
  positionals?: number;
}

/** A command whose body runs only for a real invocation: `--help` prints the help and exits 0. */
export const defineCommand = (spec: CommandSpec, body: (prepared: Prepared) => Promise<number>): Command => ({
  name: spec.name,
  summary: spec.summary,
  help: spec.help,
  async run(argv, io) {
    const args = parseCommandArgs(spec.name, argv, spec.options ?? {}, spec.positionals ?? 0);
    if (args.values.help === true) {
      io.stdout.write(spec.help.endsWith('\n') ? spec.help : `${spec.help}\n`);
      return EXIT_OK;
    }
    return body({
      args,
      json: args.values.json === true,
      store: () => connectStore(readStoreEnvironment(io.env), io.fetch),
      io,
    });
  },
});
