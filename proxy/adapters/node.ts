// Node adapter: node:http ↔ the Fetch-API handler. The request body is streamed, so the handler's
// 4 KiB limit holds while reading, whatever Content-Length claims.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseEnv } from '../env';
import { createHandler, type Handle, type ProxyEnv } from '../handler';
import { listen } from './node-listen';
import { openRecordStore } from './record-store-node';

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
  // Consent records: RECORDS_DB, migrated before the first request (docs/proxy.md).
  const records = await openRecordStore(env.RECORDS_DB);
  const handle = createHandler({ ...(o.log ? { log: o.log } : {}), records: () => records });
  const server = createServer((req, res) => {
    serve(handle, frozen, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end('{"error":{"code":"internal","message":"the proxy failed unexpectedly"}}');
    });
  });
  const listening = await listen(server, { port: o.port ?? config.port, host: o.host ?? config.host }).catch(
    async (error: unknown) => {
      await records.close();
      throw error;
    },
  );
  return { url: listening.url, close: () => listening.close().finally(() => records.close()) };
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
  // The client's address, for the records' per-address limit only; what a client claims is dropped.
  headers.set('CF-Connecting-IP', req.socket.remoteAddress ?? 'unknown');
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method,
    headers,
    ...(hasBody ? { body: bodyStream(req), duplex: 'half' } : {}),
  } as RequestInit);
  const response = await handle(request, env);
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  // JSON answers are small and get a Content-Length; anything else (a records export) is streamed.
  if (response.body && method !== 'HEAD' && !out['content-type']?.startsWith('application/json')) {
    res.writeHead(response.status, out);
    await pipeBody(response.body, res);
    return;
  }
  const body = method === 'HEAD' ? null : Buffer.from(await response.arrayBuffer());
  if (body) out['content-length'] = String(body.byteLength);
  res.writeHead(response.status, out);
  res.end(body);
}

/** Writes as fast as the client reads, and stops reading when the client goes away. */
async function pipeBody(body: ReadableStream<Uint8Array>, res: ServerResponse): Promise<void> {
  const reader = body.getReader();
  const gone = () => void reader.cancel().catch(() => undefined);
  res.once('close', gone);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value))
        await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
      if (res.destroyed) return;
    }
    res.end();
  } finally {
    res.off('close', gone);
  }
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
