// The Node adapter at the socket level: what a client can do that fetch never would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyEnvFor } from '../../demo/bigcommerce/proxy-env';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { serveNode } from '../../proxy/adapters/node';
import { openRaw, type RawConnection, rawRequest, sleep } from './support/raw-http';

let bc: BigCommerceStandIn;
let proxy: { url: string; close(): Promise<void> };

beforeAll(async () => {
  bc = await startBigCommerce();
  proxy = await serveNode(
    {
      ...proxyEnvFor(bc),
    },
    { port: 0, host: '127.0.0.1', log: () => undefined },
  );
});

afterAll(async () => {
  await proxy?.close();
  await bc?.close();
});

describe('Node adapter routing', () => {
  it('routes by the request target alone, whatever Host says', async () => {
    const answer = await rawRequest(proxy.url, 'GET /health HTTP/1.1\r\nHost: x/consent?');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true });
  });

  it('serves a request whose Host is not a host at all', async () => {
    const answer = await rawRequest(proxy.url, 'GET /health HTTP/1.1\r\nHost: [::');
    expect(answer.status).toBe(200);
  });

  it('answers TRACE with 405 and Allow, not 500', async () => {
    const answer = await rawRequest(proxy.url, 'TRACE /health HTTP/1.1\r\nHost: proxy');
    expect(answer.status).toBe(405);
    expect(JSON.parse(answer.body).error.code).toBe('method_not_allowed');
    const unknown = await rawRequest(proxy.url, 'TRACE /nowhere HTTP/1.1\r\nHost: proxy');
    expect(unknown.status).toBe(404);
  });

  it('routes an absolute-form target by its path, and refuses a target that is not a path with 400', async () => {
    const absolute = await rawRequest(proxy.url, 'GET http://elsewhere/health HTTP/1.1\r\nHost: proxy');
    expect(absolute.status).toBe(200);
    const star = await rawRequest(proxy.url, 'GET * HTTP/1.1\r\nHost: proxy');
    expect(star.status).toBe(400);
    expect(JSON.parse(star.body).error.code).toBe('bad_request');
  });
});

describe('Node adapter against slow clients', () => {
  const limits = {
    headersTimeoutMs: 1_000,
    requestTimeoutMs: 2_000,
    idleTimeoutMs: 2_000,
    keepAliveTimeoutMs: 500,
    maxConnections: 4,
    drainTimeoutMs: 300,
  };
  let tight: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    tight = await serveNode(
      {
        ...proxyEnvFor(bc),
      },
      { port: 0, host: '127.0.0.1', log: () => undefined, limits },
    );
  });

  afterAll(() => tight?.close());

  /** Writes `piece` every `everyMs` until the server closes the connection or `forMs` pass. */
  const trickle = async (raw: RawConnection, piece: string, everyMs: number, forMs: number) => {
    let open = true;
    void raw.closed.then(() => {
      open = false;
    });
    const until = Date.now() + forMs;
    while (open && Date.now() < until) {
      await raw.write(piece);
      await sleep(everyMs);
    }
  };

  it('closes a connection whose headers trickle in, at the headers timeout', async () => {
    const raw = await openRaw(tight.url);
    await raw.write('GET /health HTTP/1.1\r\nHost: proxy\r\n');
    await trickle(raw, 'X-Slow: 1\r\n', 100, 5_000);
    expect(await raw.closed).toBeLessThan(2_500);
  });

  it('answers an unauthenticated chunked PUT that trickles, then closes instead of waiting for its body', async () => {
    const raw = await openRaw(tight.url);
    await raw.write(
      'PUT /consent HTTP/1.1\r\nHost: proxy\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    await trickle(raw, '1\r\n{\r\n', 100, 5_000);
    expect(raw.received()).toMatch(/^HTTP\/1\.1 401 /);
    expect(raw.received().toLowerCase()).toContain('connection: close');
    expect(await raw.closed).toBeLessThan(1_500);
  });

  it('drops a body the handler refused once more than 4 KiB of it has drained', async () => {
    const raw = await openRaw(tight.url);
    await raw.write(
      'PUT /consent HTTP/1.1\r\nHost: proxy\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    const chunk = `400\r\n${'x'.repeat(1024)}\r\n`;
    await trickle(raw, chunk.repeat(8), 20, 5_000);
    expect(raw.received()).toMatch(/^HTTP\/1\.1 401 /);
    expect(await raw.closed).toBeLessThan(1_000);
  });

  it('closes a connection that sends nothing', async () => {
    const raw = await openRaw(tight.url);
    expect(await raw.closed).toBeLessThan(2_500);
  });

  it('caps open connections, closing those beyond the cap at once', async () => {
    const held = await Promise.all(Array.from({ length: limits.maxConnections }, () => openRaw(tight.url)));
    await sleep(100);
    const extra = await openRaw(tight.url);
    const closedAt = await Promise.race([extra.closed, sleep(800).then(() => Number.POSITIVE_INFINITY)]);
    expect(closedAt).toBeLessThan(800);
    for (const raw of held) raw.socket.destroy();
  });
});
