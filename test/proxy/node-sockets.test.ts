// The Node adapter at the socket level: what a client can do that fetch never would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { serveNode } from '../../proxy/adapters/node';
import { rawRequest } from './support/raw-http';

let bc: BigCommerceStandIn;
let proxy: { url: string; close(): Promise<void> };

beforeAll(async () => {
  bc = await startBigCommerce();
  proxy = await serveNode(
    {
      BC_STORE_HASH: bc.storeHash,
      BC_ACCESS_TOKEN: bc.accessToken,
      BC_CLIENT_ID: bc.clientId,
      BC_CLIENT_SECRET: bc.clientSecret,
      ALLOWED_ORIGINS: 'https://shop.example.com',
      BC_API_URL: bc.url,
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
