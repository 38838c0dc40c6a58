// Puts a node:http server on a port and takes it down again, for the proxy's Node adapter and every
// local server beside it (the demo, the BigCommerce stand-in, test storefronts, the bench).
// `close` ends every open connection too: browsers and fetch keep connections alive, and a server
// that waits for them to time out hangs Ctrl-C and test teardown.
import type { Server } from 'node:http';

export interface ListenOptions {
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** When `port` is taken, listen on a free one instead of failing (the demo does). */
  fallBack?: boolean;
}

export interface Listening {
  /** `http://host:port`, no trailing slash; a wildcard host shows as 127.0.0.1. */
  url: string;
  port: number;
  /** True when `port` was taken and another was chosen. */
  fellBack: boolean;
  close(): Promise<void>;
}

const listenOn = (server: Server, port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });

const shownHost = (host: string) =>
  host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;

export async function listen(server: Server, o: ListenOptions): Promise<Listening> {
  let fellBack = false;
  try {
    await listenOn(server, o.port, o.host);
  } catch (error) {
    if (!o.fallBack || o.port === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    await listenOn(server, 0, o.host);
    fellBack = true;
  }
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`no TCP address on ${o.host}`);
  return {
    url: `http://${shownHost(o.host)}:${address.port}`,
    port: address.port,
    fellBack,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
