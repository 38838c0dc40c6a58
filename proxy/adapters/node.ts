// Node adapter: node:http ↔ the Fetch-API handler. The request body is streamed, so the handler's
// 4 KiB limit holds while reading, whatever Content-Length claims.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseEnv } from '../env';
import { toResponse } from '../error-response';
import { badRequest } from '../errors';
import { createHandler, type Handle, type ProxyEnv, refuseUnrepresentable } from '../handler';
import {
  applyLimits,
  DEFAULT_LIMITS,
  discardUnread,
  hasUnreadBody,
  type NodeLimits,
  serverOptions,
} from './node-limits';
import { listen } from './node-listen';
import { openRecordStore } from './record-store-node';

export interface NodeServeOptions {
  /** Default: PORT from the environment (8787). */
  port?: number;
  /** Default: HOST from the environment (127.0.0.1). */
  host?: string;
  /** Where consent records go, one JSON line each. Default console.log. */
  log?: (line: string) => void;
  /** Timeouts and the connection cap (node-limits.ts); tests shorten them. */
  limits?: Partial<NodeLimits>;
}

/** Starts the proxy; rejects with a ConfigError naming every bad variable. */
export async function serveNode(
  env: Record<string, string | undefined>,
  o: NodeServeOptions = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const config = parseEnv(env);
  // One frozen copy, the env object the handler keeps its setup for (records, limits) on every request.
  const frozen: ProxyEnv = Object.freeze({ ...env });
  // Consent records: RECORDS_DB, migrated before the first request (docs/proxy.md).
  const records = await openRecordStore(env.RECORDS_DB);
  // Parsed once, here: the handler takes this configuration rather than parse the same variables again.
  const handle = createHandler({ ...(o.log ? { log: o.log } : {}), records: () => records, config });
  const limits = { ...DEFAULT_LIMITS, ...o.limits };
  const server = createServer(serverOptions(limits), (req, res) => {
    // Whatever the handler did with the body, what it left unread is drained a little, then dropped.
    res.once('finish', () => discardUnread(req, limits));
    serve(handle, frozen, req, res, config.clientAddressHeader).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end('{"error":{"code":"internal","message":"the proxy failed unexpectedly"}}');
    });
  });
  applyLimits(server, limits);
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
  addressHeader: string | null,
): Promise<void> {
  const method = req.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  // The client's address, for the records' per-address limit only; what a client claims is dropped.
  headers.set('CF-Connecting-IP', clientAddress(req, addressHeader));
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // Routed by the request target alone: `Host` is the client's to write (`Host: x/consent?` once
  // turned /health into /consent), so the URL's authority is a fixed placeholder.
  const target = requestTarget(req.url ?? '/');
  let response: Response;
  if (target === null) {
    response = toResponse(badRequest('the request target must be a path such as /consent'));
  } else {
    let request: Request | null = null;
    try {
      request = new Request(`${PLACEHOLDER_ORIGIN}${target}`, {
        method,
        headers,
        ...(hasBody ? { body: bodyStream(req), duplex: 'half' } : {}),
      } as RequestInit);
    } catch {
      // Fetch forbids TRACE, CONNECT and TRACK: route them here, to a 404 or 405, not a 500.
    }
    response = request
      ? await handle(request, env)
      : refuseUnrepresentable(method, new URL(`${PLACEHOLDER_ORIGIN}${target}`).pathname);
  }
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
  // The client is still sending a body nobody will read: this connection ends with the answer.
  if (hasUnreadBody(req)) out.connection = 'close';
  res.writeHead(response.status, out);
  res.end(body);
}

/**
 * The shopper's address. Behind a reverse proxy every shopper arrives from the proxy's own address, so
 * they would all share one per-address limit: CLIENT_ADDRESS_HEADER names the header that proxy sets.
 * Its last entry is read, the one the nearest proxy added (X-Forwarded-For grows by appending, and
 * what a client sent itself comes before). Without the setting, or without the header, the connection's.
 */
function clientAddress(req: IncomingMessage, header: string | null): string {
  const given = header ? req.headers[header.toLowerCase()] : undefined;
  const last = (Array.isArray(given) ? given.at(-1) : given)?.split(',').at(-1)?.trim();
  return last || req.socket.remoteAddress || 'unknown';
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
      if (!res.write(value)) await drainedOrClosed(res);
      if (res.destroyed) return;
    }
    res.end();
  } finally {
    res.off('close', gone);
  }
}

/** Whichever comes first; the other listener goes too, or one per wait would pile up on `res`. */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.once('drain', done).once('close', done);
  });
}

const PLACEHOLDER_ORIGIN = 'http://proxy.invalid';

/** The path and query of an origin-form (`/consent?x`) or absolute-form target; null otherwise. */
function requestTarget(raw: string): string | null {
  try {
    const url = raw.startsWith('/') ? new URL(`${PLACEHOLDER_ORIGIN}${raw}`) : new URL(raw);
    if (!raw.startsWith('/') && url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}

/** The request body as a web stream that pulls from Node only as the reader asks. */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (!open) return;
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
      // Refused (too large): the server drops the rest once the answer is out (discardUnread).
      open = false;
    },
  });
}
