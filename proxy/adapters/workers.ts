// Cloudflare Workers adapter: the handler is already a Workers fetch handler. Module state (the
// parsed configuration and the write quota) lives as long as the isolate.
import { handle, type ProxyEnv } from '../handler';

export default {
  fetch(request: Request, env: ProxyEnv): Promise<Response> {
    return handle(request, env);
  },
};
