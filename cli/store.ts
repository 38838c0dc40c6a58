// The command line's connection to BigCommerce: the proxy's client (timeouts, retries, 429 waits)
// with a budget fit for a merchant at a terminal, and every failure turned into one line.
import { BigCommerceError, createBigCommerceClient } from '../core/bigcommerce-client';
import type { StoreEnvironment } from './env';
import { CommandError } from './errors';
import { createQuotaGate } from './quota-gate';

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';
type Init = { query?: Record<string, string>; body?: unknown };

/** What a call needs, named in its error when the token lacks it (BigCommerce's scope names). */
export type Scope = 'Customers read-only' | 'Customers modify' | 'Content modify and Checkout Content modify';

export interface Store {
  /**
   * Calls BigCommerce. `action` says what was being done, e.g. "read customer 7's consent":
   * it starts the error line if the call fails.
   */
  call<T>(
    action: string,
    scope: Scope,
    method: Method,
    path: string,
    init?: Init,
  ): Promise<{ status: number; body: T }>;
  readonly storeHash: string;
}

// A person waits at the terminal, and BigCommerce's rate-limit window is 30 s: a 429 that asks
// for the rest of the window must still be waited out rather than failing the whole command.
const CLI_TIMEOUT_MS = 15_000;
const CLI_BUDGET_MS = 90_000;
const CLI_MAX_ATTEMPTS = 8;

export const connectStore = (env: StoreEnvironment, fetchImpl?: typeof fetch): Store => {
  const client = createBigCommerceClient({
    apiUrl: env.apiUrl,
    storeHash: env.storeHash,
    accessToken: env.accessToken,
    timeoutMs: CLI_TIMEOUT_MS,
    budgetMs: CLI_BUDGET_MS,
    maxAttempts: CLI_MAX_ATTEMPTS,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  // Shared by every request of this command, so concurrent workers all hold back together.
  const gate = createQuotaGate();
  return {
    storeHash: env.storeHash,
    async call<T>(action: string, scope: Scope, method: Method, path: string, init?: Init) {
      await gate.acquire();
      try {
        const { status, body, headers } = await client.request<T>(method, path, init);
        gate.release(headers);
        return { status, body };
      } catch (error) {
        gate.release(null);
        const status = error instanceof BigCommerceError ? error.status : null;
        throw new CommandError(redact(describeFailure(action, scope, error, env), env.accessToken), status);
      }
    },
  };
};

/**
 * One line: what failed, then the client's account of it (method, path, status and BigCommerce's
 * title/detail; it never carries the token), then what to check.
 */
export const describeFailure = (
  action: string,
  scope: Scope,
  error: unknown,
  env: StoreEnvironment,
): string => {
  const prefix = `Could not ${action}`;
  const said = (error instanceof Error ? error.message : String(error)).trim().replace(/\.+$/, '');
  if (!(error instanceof BigCommerceError)) return `${prefix}: ${said}`;
  switch (error.kind) {
    case 'credentials':
      return error.status === 403
        ? `${prefix}: ${said}. The API account needs the scope: ${scope}`
        : `${prefix}: ${said}. Check BC_ACCESS_TOKEN and BC_STORE_HASH ('${env.storeHash}')`;
    case 'rejected':
      return `${prefix}: ${said}`;
    case 'unavailable':
    case 'timeout':
      return `${prefix}: ${said} (at ${env.apiUrl}, after retries)`;
  }
};

/** Belt and braces: no line the command line prints may contain the token. */
export const redact = (line: string, token: string): string =>
  token.length >= 4 ? line.split(token).join('[BC_ACCESS_TOKEN]') : line;
