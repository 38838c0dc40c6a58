// The per-customer limits on Workers, where each isolate has its own memory: one Durable Object per
// customer counts their requests for every isolate and every location, so the limits hold globally.
// https://developers.cloudflare.com/durable-objects/
import { type CustomerLimits, DEFAULT_LIMITS, type LimitKind, type Slot } from './customer-limits';

// The few Workers types used, structurally, so this file type-checks beside Node too.
interface LimitsState {
  storage: { get<T>(key: string): Promise<T | undefined>; put(key: string, value: unknown): Promise<void> };
}
interface LimitsNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): { fetch(url: string): Promise<Response> };
}

/** What wrangler.toml binds the namespace as. */
export const LIMITS_BINDING = 'CUSTOMER_LIMITS';

const isKind = (value: string | null): value is LimitKind => value === 'read' || value === 'write';

/**
 * One customer's request times per kind, kept in the object's storage (so the count survives the
 * object being evicted from memory between requests). Only `fetch` is used: the proxy needs no RPC.
 */
export class CustomerLimitsObject {
  constructor(
    private readonly state: LimitsState,
    _env: unknown,
  ) {}

  async fetch(request: Request): Promise<Response> {
    const kind = new URL(request.url).searchParams.get('kind');
    if (!isKind(kind)) return new Response('unknown kind', { status: 400 });
    const { limit, windowMs } = DEFAULT_LIMITS[kind];
    const at = Date.now();
    const times = ((await this.state.storage.get<number[]>(kind)) ?? []).filter(
      (t: number) => at - t < windowMs,
    );
    let slot: Slot;
    if (times.length >= limit) {
      const oldest = times[0] ?? at;
      slot = { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - at) / 1000)) };
    } else {
      times.push(at);
      slot = { ok: true };
    }
    await this.state.storage.put(kind, times);
    return Response.json(slot);
  }
}

/** The limits as the handler sees them, backed by the customer's Durable Object. */
export function durableLimits(namespace: LimitsNamespace): CustomerLimits {
  return {
    async take(customerId, kind) {
      const stub = namespace.get(namespace.idFromName(`customer:${customerId}`));
      const response = await stub.fetch(`https://limits.invalid/?kind=${kind}`);
      if (!response.ok) throw new Error(`the limits object answered ${response.status}`);
      return (await response.json()) as Slot;
    },
  };
}

/** The binding when the environment has one that looks like a Durable Object namespace. */
export function limitsNamespace(env: Readonly<Record<string, unknown>>): LimitsNamespace | null {
  const value = env[LIMITS_BINDING];
  return value && typeof value === 'object' && 'idFromName' in value && 'get' in value
    ? (value as LimitsNamespace)
    : null;
}
