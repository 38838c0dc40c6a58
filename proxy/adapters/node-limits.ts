// What a slow or greedy client may hold on the Node server. Node's defaults (headers 60 s, request
// 300 s, no idle timeout, no connection cap) let a client that trickles bytes keep a socket for
// minutes; the proxy may face the internet directly (HOST=0.0.0.0), so these are tight.
import type { IncomingMessage, Server } from 'node:http';
import { BODY_LIMIT } from '../handler';

export interface NodeLimits {
  /** From the first byte until the headers are complete. */
  headersTimeoutMs: number;
  /** From the first byte until the whole request (body included) is in. */
  requestTimeoutMs: number;
  /** A socket with no traffic either way; longer than BigCommerce's 10 s budget, which is silent. */
  idleTimeoutMs: number;
  /** An idle keep-alive connection between requests. */
  keepAliveTimeoutMs: number;
  /** Open connections; more are closed as they arrive. */
  maxConnections: number;
  /** After the answer, how long the unread rest of a body may take to drain (up to 4 KiB). */
  drainTimeoutMs: number;
}

export const DEFAULT_LIMITS: NodeLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  idleTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
  drainTimeoutMs: 1_000,
};

/** `createServer` options for the limits Node enforces itself. */
export function serverOptions(l: NodeLimits) {
  return {
    headersTimeout: l.headersTimeoutMs,
    requestTimeout: l.requestTimeoutMs,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    // Node checks the two timeouts above only this often (default 30 s).
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, l.headersTimeoutMs / 4)),
  };
}

export function applyLimits(server: Server, l: NodeLimits): void {
  server.maxConnections = l.maxConnections;
  server.setTimeout(l.idleTimeoutMs, (socket) => socket.destroy());
}

/** Whether the request still has body bytes the handler never read. */
export const hasUnreadBody = (req: IncomingMessage) => !req.complete;

/**
 * Lets the unread rest of a body drain so the answer already sent can be read (closing a socket
 * with unread input resets it, and the client may lose the answer), but only up to BODY_LIMIT bytes
 * and `drainTimeoutMs`: then the connection is dropped. The answer carried `Connection: close`.
 */
export function discardUnread(req: IncomingMessage, l: NodeLimits): void {
  if (req.complete) return;
  req.removeAllListeners('data');
  let drained = 0;
  const drop = () => req.socket.destroy();
  const timer = setTimeout(drop, l.drainTimeoutMs);
  req.on('data', (chunk: Buffer) => {
    drained += chunk.byteLength;
    if (drained > BODY_LIMIT) drop();
  });
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
}
