// Cloudflare Workers adapter: the handler is already a Workers fetch handler. Module state (the
// parsed configuration and the read cache) lives as long as the isolate; the per-customer limits
// live in a Durable Object shared by all isolates (wrangler.toml binds it as CUSTOMER_LIMITS).
// Consent records go to the D1 database bound as `RECORDS` (wrangler.toml), when there is one.
// `GET /region` reads the edge's `request.cf`, never headers a client could write.
import { durableLimits, limitsNamespace } from '../durable-limits';
import { createHandler, type ProxyEnv } from '../handler';
import { d1RecordStore, isD1 } from '../record-store-d1';

export { CustomerLimitsObject as CustomerLimits } from '../durable-limits';

const stores = new WeakMap<object, ReturnType<typeof d1RecordStore>>();

/** Cloudflare's geolocation of the client:
 * https://developers.cloudflare.com/workers/runtime-apis/request/#incomingrequestcfproperties */
type Edge = { cf?: { country?: unknown; regionCode?: unknown } };
const text = (value: unknown) => (typeof value === 'string' ? value : null);

const handle = createHandler({
  locate: (request) => {
    const { cf } = request as Edge;
    return { country: text(cf?.country), subdivision: text(cf?.regionCode) };
  },
  limits: (env) => {
    const namespace = limitsNamespace(env);
    // Without the binding (an old wrangler.toml) each isolate counts alone, as before.
    return namespace ? durableLimits(namespace) : null;
  },
  records: (env) => {
    const d1 = env.RECORDS;
    if (!isD1(d1)) return null;
    let store = stores.get(d1);
    if (!store) {
      store = d1RecordStore(d1);
      stores.set(d1, store);
    }
    return store;
  },
});

export default {
  fetch(request: Request, env: ProxyEnv): Promise<Response> {
    return handle(request, env);
  },
};
