// The merchant command line `storefront-consent` (docs/cli.md). `run` is the whole program, taking its
// outside world as arguments so tests run it in-process; `main` wires it to the real process.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { version } from '../package.json';
import type { Command } from './command';
import { consentGetCommand, consentSetCommand } from './commands/consent';
import { installCommand, uninstallCommand } from './commands/install';
import { profilesReconcileCommand } from './commands/profiles';
import { recordsExportCommand, statsCommand } from './commands/records';
import { scanCommand } from './commands/scan';
import { settingsCommand } from './commands/settings';
import { CommandError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './errors';
import { ENVIRONMENT_HELP } from './help-text';
import { type CliIo, printLine } from './io';
import { redact } from './store';

export type { CliIo } from './io';

const COMMANDS: Command[] = [
  settingsCommand,
  consentGetCommand,
  consentSetCommand,
  installCommand,
  uninstallCommand,
  profilesReconcileCommand,
  scanCommand,
  recordsExportCommand,
  statsCommand,
];

const PROGRAM = 'storefront-consent';

const overview = (): string => {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return `Usage: ${PROGRAM} <command> [options]

Manage Storefront Consent on a BigCommerce store.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Run '${PROGRAM} <command> --help' for a command's options and examples.
Add --json to settings, consent, install, uninstall, profiles reconcile, scan and stats for JSON output.

${ENVIRONMENT_HELP}
`;
};

/** Groups (`consent`, `profiles`) list their subcommands when called without one. */
const groupHelp = (group: string): string => {
  const members = COMMANDS.filter((c) => c.name.startsWith(`${group} `));
  return `Usage: ${PROGRAM} ${group} <${members.map((c) => c.name.split(' ')[1]).join('|')}> [options]

${members.map((c) => `  ${c.name.padEnd(20)}${c.summary}`).join('\n')}
`;
};

/** Finds the command named by the first one or two words. */
const resolve = (
  argv: string[],
): { command: Command; rest: string[] } | { group: string; rest: string[] } | null => {
  const [first, second] = argv;
  const two = COMMANDS.find((c) => c.name === `${first} ${second}`);
  if (two) return { command: two, rest: argv.slice(2) };
  const one = COMMANDS.find((c) => c.name === first);
  if (one) return { command: one, rest: argv.slice(1) };
  if (COMMANDS.some((c) => c.name.startsWith(`${first} `)))
    return { group: first as string, rest: argv.slice(1) };
  return null;
};

/** Runs one command line; resolves to the exit code (0 done, 1 BigCommerce failed, 2 usage). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const token = io.env.BC_ACCESS_TOKEN?.trim() ?? '';
    const line = (text: string) => printLine(io.stderr, redact(text.replace(/\s*\n\s*/g, ' '), token));
    if (error instanceof UsageError) {
      const where = error.command ? `${PROGRAM} ${error.command}` : PROGRAM;
      line(`${where}: ${error.message} (see ${where} --help)`);
      return EXIT_USAGE;
    }
    if (error instanceof CommandError) {
      line(`${PROGRAM}: ${error.message}`);
      return EXIT_FAILURE;
    }
    line(`${PROGRAM}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILURE;
  }
}

const dispatch = async (argv: string[], io: CliIo): Promise<number> => {
  const [first] = argv;
  if (first === undefined) {
    io.stderr.write(overview());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? argv.slice(1) : [];
    const found = topic.length > 0 ? resolve(topic) : null;
    if (found && 'command' in found) io.stdout.write(`${found.command.help}\n`);
    else if (found) io.stdout.write(groupHelp(found.group));
    else if (topic.length > 0) throw new UsageError(`unknown command '${topic.join(' ')}'`);
    else io.stdout.write(overview());
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    printLine(io.stdout, version);
    return EXIT_OK;
  }
  const found = resolve(argv);
  if (!found) throw new UsageError(`unknown command '${first}'`);
  if ('group' in found) {
    const [next] = found.rest;
    if (next === '--help' || next === '-h') {
      io.stdout.write(groupHelp(found.group));
      return EXIT_OK;
    }
    const names = COMMANDS.filter((c) => c.name.startsWith(`${found.group} `)).map(
      (c) => c.name.split(' ')[1],
    );
    throw new UsageError(
      next === undefined
        ? `'${found.group}' needs a subcommand: ${names.join(' or ')}`
        : `unknown subcommand '${found.group} ${next}' (expected ${names.join(' or ')})`,
    );
  }
  return found.command.run(found.rest, io);
};

/** The real process: argv, environment, terminals and exit code. */
export async function main(): Promise<void> {
  // `storefront-consent … | head` closes stdout early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await run(process.argv.slice(2), {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stderr.isTTY === true,
  });
}

// Started directly (`node dist/node/cli.js …`); the bin launcher calls main() itself.
const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(safeRealpath(invokedPath)).href) void main();

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
