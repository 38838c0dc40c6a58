// Cloudflare Workers adapter: the handler is already a Workers fetch handler. Module state (the
// parsed configuration and the write quota) lives as long as the isolate. Consent records go to the
// D1 database bound as `RECORDS` (wrangler.toml), when there is one.
import { createHandler, type ProxyEnv } from '../handler';
import { d1RecordStore, isD1 } from '../record-store-d1';

const stores = new WeakMap<object, ReturnType<typeof d1RecordStore>>();

const handle = createHandler({
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
