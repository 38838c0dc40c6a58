// Cloudflare Workers adapter: the handler is already a Workers fetch handler. Module state (the
// parsed configuration and the read cache) lives as long as the isolate; the per-customer limits
// live in a Durable Object shared by all isolates (wrangler.toml binds it as CUSTOMER_LIMITS).
import { durableLimits, limitsNamespace } from '../durable-limits';
import { createHandler, type ProxyEnv } from '../handler';

export { CustomerLimitsObject as CustomerLimits } from '../durable-limits';

const handle = createHandler({
  limits: (env) => {
    const namespace = limitsNamespace(env);
    // Without the binding (an old wrangler.toml) each isolate counts alone, as before.
    return namespace ? durableLimits(namespace) : null;
  },
});

export default {
  fetch(request: Request, env: ProxyEnv): Promise<Response> {
    return handle(request, env);
  },
};
