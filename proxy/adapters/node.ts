// Node adapter: node:http ↔ the Fetch-API handler. The request body is streamed, so the handler's
// 4 KiB limit holds while reading, whatever Content-Length claims.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseEnv } from '../env';
import { createHandler, type Handle, type ProxyEnv } from '../handler';
import { listen } from './node-listen';

export interface NodeServeOptions {
  /** Default: PORT from the environment (8787). */
  port?: number;
  /** Default: HOST from the environment (127.0.0.1). */
  host?: string;
  /** Where consent records go, one JSON line each. Default console.log. */
  log?: (line: string) => void;
}

/** Bytes drained from a refused body before the connection is dropped instead. */
const DRAIN_LIMIT = 1024 * 1024;

/** Starts the proxy; rejects with a ConfigError naming every bad variable. */
export async function serveNode(
  env: Record<string, string | undefined>,
  o: NodeServeOptions = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const config = parseEnv(env);
  // One frozen copy: the handler parses it once and keeps it.
  const frozen: ProxyEnv = Object.freeze({ ...env });
  const handle = createHandler(o.log ? { log: o.log } : {});
  const server = createServer((req, res) => {
    serve(handle, frozen, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end('{"error":{"code":"internal","message":"the proxy failed unexpectedly"}}');
    });
  });
  const { url, close } = await listen(server, { port: o.port ?? config.port, host: o.host ?? config.host });
  return { url, close };
}

async function serve(
  handle: Handle,
  env: ProxyEnv,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method,
    headers,
    ...(hasBody ? { body: bodyStream(req), duplex: 'half' } : {}),
  } as RequestInit);
  const response = await handle(request, env);
  const body = method === 'HEAD' ? null : Buffer.from(await response.arrayBuffer());
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  if (body) out['content-length'] = String(body.byteLength);
  res.writeHead(response.status, out);
  res.end(body);
}

/** The request body as a web stream that pulls from Node only as the reader asks. */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once('end', () => {
        if (open) controller.close();
        open = false;
      });
      req.once('error', (error) => {
        if (open) controller.error(error);
        open = false;
      });
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      open = false;
      // Refused (too large): discard the rest so the answer can be read, up to a point.
      req.removeAllListeners('data');
      let drained = 0;
      req.on('data', (chunk: Buffer) => {
        drained += chunk.byteLength;
        if (drained > DRAIN_LIMIT) req.destroy();
      });
      req.resume();
    },
  });
}
