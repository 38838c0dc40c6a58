// The two ways a command fails. main.ts turns either into one line on stderr and an exit code.

/** The command line or its environment is wrong; nothing was sent to BigCommerce. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command whose `--help` explains the right usage, e.g. `consent set`. */
  readonly command: string | null;
  constructor(message: string, command: string | null = null) {
    super(message);
    this.command = command;
  }
}

/** BigCommerce refused, failed or could not be reached. Exit code 1. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  /** BigCommerce's HTTP status when it answered, e.g. 404 for a customer that does not exist. */
  readonly status: number | null;
  constructor(message: string, status: number | null = null) {
    super(message);
    this.status = status;
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
