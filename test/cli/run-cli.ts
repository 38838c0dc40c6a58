// Runs the command line in-process against a BigCommerce stand-in, capturing what a merchant sees.

import { run } from '../../cli/main';
import type { BigCommerceStandIn } from '../../demo/bigcommerce/server';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const storeEnv = (
  standIn: BigCommerceStandIn,
  token = standIn.accessToken,
): Record<string, string> => ({
  BC_API_URL: standIn.url,
  BC_STORE_HASH: standIn.storeHash,
  BC_ACCESS_TOKEN: token,
});

/** The one line a failed command prints: exactly one, and never the token. */
export const errorLine = (r: CliResult, token?: string): string => {
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  if (lines.length !== 1) throw new Error(`expected one error line, got:\n${r.stderr}`);
  if (token && r.stderr.includes(token)) throw new Error('the token leaked into stderr');
  return lines[0] as string;
};

export async function runCli(
  argv: string[],
  o: { env?: Record<string, string | undefined>; isTTY?: boolean; fetch?: typeof fetch } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    env: o.env ?? {},
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    isTTY: o.isTTY ?? false,
    ...(o.fetch ? { fetch: o.fetch } : {}),
  });
  return { code, stdout, stderr };
}
