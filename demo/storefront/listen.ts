// Listens on the port asked for, or on a free one when that port is taken, and closes with every
// open connection (browsers keep connections alive; a demo that hangs on Ctrl-C is broken).
import type { Server } from 'node:http';

export interface Listening {
  url: string;
  port: number;
  /** True when the port asked for was taken and another was chosen. */
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

export async function listen(server: Server, port: number, host: string): Promise<Listening> {
  let fellBack = false;
  try {
    await listenOn(server, port, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
    await listenOn(server, 0, host);
    fellBack = true;
  }
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('the demo storefront has no TCP address');
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    fellBack,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
