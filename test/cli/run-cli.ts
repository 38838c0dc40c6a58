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

export async function runCli(
  argv: string[],
  o: { env?: Record<string, string | undefined>; isTTY?: boolean } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    env: o.env ?? {},
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    isTTY: o.isTTY ?? false,
  });
  return { code, stdout, stderr };
}
