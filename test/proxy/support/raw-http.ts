// Raw HTTP/1.1 over a TCP socket, for what fetch will not send (a made-up Host, TRACE, a body that
// trickles in) and for watching when the server closes the connection.
import { connect, type Socket } from 'node:net';

export interface RawConnection {
  socket: Socket;
  /** Everything the server sent so far. */
  received(): string;
  /** Resolves with the time (ms since connecting) the server closed the connection. */
  closed: Promise<number>;
  write(text: string): Promise<void>;
}

export function openRaw(url: string): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect({ host: hostname, port: Number(port) });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    // A reset after the answer is a close too: what matters is that the server let go.
    socket.on('error', () => undefined);
    const closed = new Promise<number>((done) => socket.once('close', () => done(Date.now() - started)));
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => text,
        closed,
        write: (chunk) =>
          new Promise<void>((done) => {
            if (socket.destroyed || !socket.writable) return done();
            socket.write(chunk, 'latin1', () => done());
          }),
      }),
    );
    socket.once('error', reject);
  });
}

/** Sends one request with `Connection: close` and returns the status and body of the answer. */
export async function rawRequest(url: string, head: string): Promise<{ status: number; body: string }> {
  const raw = await openRaw(url);
  await raw.write(`${head}\r\nConnection: close\r\n\r\n`);
  await raw.closed;
  const text = raw.received();
  const status = Number(text.match(/^HTTP\/1\.1 (\d{3})/)?.[1]);
  return { status, body: text.slice(text.indexOf('\r\n\r\n') + 4) };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
