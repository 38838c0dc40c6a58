// The two ways a command fails. main.ts turns either into one line on stderr and an exit code.

/** The command line or its environment is wrong; nothing was sent to BigCommerce. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** The command whose `--help` explains the right usage, e.g. `consent set`. */
    readonly command: string | null = null,
  ) {
    super(message);
  }
}

/** BigCommerce refused, failed or could not be reached. Exit code 1. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    message: string,
    /** BigCommerce's HTTP status when it answered, e.g. 404 for a customer that does not exist. */
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
