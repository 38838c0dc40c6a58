// Argument parsing on node:util's parseArgs, with errors worded for merchants and pointing at --help.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Flags every command understands. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
} as const satisfies Options;

/** Parses one command's arguments strictly: unknown flags and stray values are usage errors. */
export const parseCommandArgs = (
  command: string,
  argv: string[],
  options: Options,
  maxPositionals: number,
): Parsed => {
  let parsed: Parsed;
  try {
    const result = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...options },
      strict: true,
      allowPositionals: true,
    });
    parsed = { values: result.values as Parsed['values'], positionals: result.positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error), command);
  }
  if (!parsed.values.help && parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals[maxPositionals];
    throw new UsageError(`unexpected argument '${extra}'`, command);
  }
  return parsed;
};

// Node's messages go on to explain `--` for positionals; the first sentence is the useful part.
const describeParseError = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /^Option '(-\S+)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `option ${missing[1]} needs a value`;
  const ambiguous = /^Option '(-\S+)' argument is ambiguous/.exec(message);
  if (ambiguous) return `option ${ambiguous[1]} needs a value`;
  const first = message.split(/\.\s/)[0] ?? message;
  return first.replace(/\.$/, '');
};

export const stringOption = (parsed: Parsed, name: string): string | undefined => {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
};

export const flag = (parsed: Parsed, name: string): boolean => parsed.values[name] === true;

/** A comma-separated list as docs/cli.md has them: `functional,analytics`. Empty items are an error. */
export const parseList = (option: string, raw: string, command: string): string[] => {
  if (raw.trim() === '') return [];
  const items = raw.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) {
    throw new UsageError(
      `${option} '${raw}' has an empty item; give names separated by single commas`,
      command,
    );
  }
  return items;
};

/** A positive whole number such as a customer or channel id. */
export const parsePositiveInt = (what: string, raw: string | undefined, command: string): number => {
  if (raw === undefined) throw new UsageError(`${what} is missing`, command);
  if (!/^[0-9]+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
    throw new UsageError(`${what} must be a positive whole number, not '${raw}'`, command);
  }
  return Number(raw);
};

export const parseOnOff = (option: string, raw: string, command: string): boolean => {
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new UsageError(`${option} must be 'on' or 'off', not '${raw}'`, command);
};

/** An absolute http(s) URL. */
export const parseHttpUrl = (option: string, raw: string, command: string): string => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${option} must be an absolute http(s) URL, not '${raw}'`, command);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${option} must be an http or https URL, not '${raw}'`, command);
  }
  return raw;
};

/** An absolute http(s) URL or a path on the store (`/privacy-policy/`), as docs/widget.md accepts for links. */
export const parseLinkUrl = (option: string, raw: string, command: string): string => {
  if (raw.startsWith('/') && !raw.startsWith('//')) return raw;
  return parseHttpUrl(option, raw, command);
};
