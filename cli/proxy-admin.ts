// The proxy's admin routes as the command line reaches them (docs/cli.md, "Consent records"):
// `PROXY_URL` and `ADMIN_TOKEN` from the environment, the token sent only as a bearer header.
import { CommandError, UsageError } from './errors';

export interface ProxyAdmin {
  /** GETs an admin route; a refusal becomes one CommandError line naming what to fix. */
  get(path: string, query: Record<string, string | undefined>): Promise<Response>;
}

export function connectProxyAdmin(
  env: Record<string, string | undefined>,
  command: string,
  fetchImpl: typeof fetch = fetch,
): ProxyAdmin {
  const base = env.PROXY_URL?.trim() ?? '';
  const token = env.ADMIN_TOKEN?.trim() ?? '';
  const unset = [base ? null : 'PROXY_URL', token ? null : 'ADMIN_TOKEN'].filter(Boolean);
  if (unset.length > 0) {
    throw new UsageError(
      `${unset.join(' and ')} ${unset.length > 1 ? 'are' : 'is'} not set: export the proxy's URL and its ADMIN_TOKEN`,
      command,
    );
  }
  let root: URL;
  try {
    root = new URL(base);
    if (root.protocol !== 'http:' && root.protocol !== 'https:') throw new Error();
  } catch {
    throw new UsageError(`PROXY_URL must be an http(s) URL, not '${base}'`, command);
  }
  return {
    async get(path, query) {
      const url = new URL(path, root);
      for (const [name, value] of Object.entries(query))
        if (value !== undefined) url.searchParams.set(name, value);
      let response: Response;
      try {
        response = await fetchImpl(url, { headers: { Authorization: `Bearer ${token}` } });
      } catch (error) {
        throw new CommandError(
          `the proxy at ${root.origin} could not be reached (${(error as Error).message})`,
        );
      }
      if (response.ok) return response;
      const message = await response
        .json()
        .then((body) => (body as { error?: { message?: string } }).error?.message)
        .catch(() => undefined);
      if (response.status === 401) throw new CommandError('the proxy refused ADMIN_TOKEN', 401);
      if (response.status === 404 && path.startsWith('/admin/') && !message?.includes('record store')) {
        throw new CommandError(
          `the proxy at ${root.origin} has no admin routes: set ADMIN_TOKEN on the proxy`,
          404,
        );
      }
      throw new CommandError(
        `the proxy answered ${response.status}${message ? `: ${message}` : ''}`,
        response.status,
      );
    },
  };
}

/** `30d` (the last 30 days), an ISO date (`2026-01-31`) or date-time, as the admin routes take it. */
export function parseSince(option: string, raw: string, command: string, now = new Date()): string {
  const days = /^(\d{1,5})d$/.exec(raw);
  if (days) return new Date(now.getTime() - Number(days[1]) * 86_400_000).toISOString();
  return parseDate(option, raw, command);
}

export function parseDate(option: string, raw: string, command: string): string {
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(raw) && !Number.isNaN(Date.parse(raw)))
    return raw;
  throw new UsageError(
    `${option} must be a date (2026-01-31), a date-time or a number of days (30d), not '${raw}'`,
    command,
  );
}
