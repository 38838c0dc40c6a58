// The record store failing under a running Node proxy (docs/proxy.md, "Consent records"): a SQLite
// file locked, read-only or damaged, a PostgreSQL that goes away, goes silent or freezes. Each time
// the proxy answers a clear 503 quickly, keeps answering the consent routes, logs records_write_failed
// (never the address or the user agent), and loses nothing already recorded. Real HTTP, the
// BigCommerce stand-in.
import {
  chmodSync,
  closeSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCustomerJwt } from '../../demo/bigcommerce/customer-jwt';
import { proxyEnvFor } from '../../demo/bigcommerce/proxy-env';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { serveNode } from '../../proxy/adapters/node';
import { type Postgres, startPostgres } from '../../scripts/postgres';

const ORIGIN = 'https://shop.example.com';
const ADMIN_TOKEN = 'admin-token-0123456789abcdef0123456789';
const USER_AGENT = 'Mozilla/5.0 FaultTest';
const ADDRESS = '203.0.113.77';
/** How long a failing write may hold its answer. */
const PROMPT_MS = 1500;
/** The same, when PostgreSQL stops answering on an open connection: the statement bound, 5 s, and a margin. */
const FROZEN_MS = 6500;
/** Longer than any answer a test expects, well short of a test's timeout. */
const ANSWER_MS = 20_000;

let ids = 0;
/** A consent id no other test has used: 22 base64url characters. */
const consentId = () => `fault${String(ids++).padStart(6, '0')}_${'y'.repeat(10)}`;

interface Running {
  url: string;
  logs: string[];
  close(): Promise<void>;
}

describe('the record store failing under the Node proxy', () => {
  let bc: BigCommerceStandIn;
  let dir: string;

  beforeAll(async () => {
    bc = await startBigCommerce({
      seed: { customers: Array.from({ length: 5 }, (_, i) => ({ id: i + 1 })) },
    });
    dir = mkdtempSync(join(tmpdir(), 'sc-record-faults-'));
  });

  afterAll(async () => {
    await bc?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(recordsDb: string): Promise<Running> {
    const logs: string[] = [];
    const server = await serveNode(
      { ...proxyEnvFor(bc, ORIGIN), ADMIN_TOKEN, RECORDS_DB: recordsDb },
      { port: 0, host: '127.0.0.1', log: (line) => logs.push(line) },
    );
    return { url: server.url, logs, close: server.close };
  }

  /** The answer's status and body, and how long it took. */
  async function call(proxy: Running, path: string, init: RequestInit = {}) {
    const began = performance.now();
    const response = await fetch(`${proxy.url}${path}`, {
      // An answer that never comes fails the test here, before its timeout: so the outage it is under
      // still ends (postgresFault), and no frozen cluster outlives the run.
      signal: AbortSignal.timeout(ANSWER_MS),
      ...init,
      headers: { Origin: ORIGIN, 'User-Agent': USER_AGENT, 'CF-Connecting-IP': ADDRESS, ...init.headers },
    });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: JSON read in assertions
    const body: any = text ? JSON.parse(text) : null;
    return { status: response.status, body, ms: Math.round(performance.now() - began) };
  }

  const post = (proxy: Running, id: string) =>
    call(proxy, '/records', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ consent_id: id, allow: ['analytics'], deny: [], source: 'banner' }),
    });

  const recorded = async (proxy: Running) => {
    const response = await fetch(`${proxy.url}/admin/records`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).consent_id as string);
  };

  /** Writes `n` records that must survive the fault. */
  async function recordSome(proxy: Running, n = 3): Promise<string[]> {
    const written = Array.from({ length: n }, consentId);
    for (const id of written) expect((await post(proxy, id)).status).toBe(201);
    return written;
  }

  /**
   * While the store fails: POST /records is a prompt 503 records_unavailable, logged as
   * records_write_failed without the address or user agent; a customer's PUT /consent still saves to
   * BigCommerce; GET /consent and GET /health answer. Answers the POST's time, for the report.
   */
  async function expectFailingButServing(
    proxy: Running,
    customerId: number,
    fault: string,
    promptMs = PROMPT_MS,
  ): Promise<number> {
    const failed = await post(proxy, consentId());
    expect(failed.status).toBe(503);
    expect(failed.body.error).toEqual({
      code: 'records_unavailable',
      message: 'the record could not be stored; send it again later',
    });
    expect(failed.ms).toBeLessThan(promptMs);

    const jwt = await signCustomerJwt(bc, customerId);
    const put = await call(proxy, '/consent', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
      body: JSON.stringify({
        allow: ['functional'],
        deny: ['analytics', 'targeting'],
        consent_id: consentId(),
      }),
    });
    expect(put.status).toBe(200);
    expect(put.ms).toBeLessThan(promptMs);
    expect(bc.state.consent.has(customerId)).toBe(true);
    const get = await call(proxy, '/consent', { headers: { Authorization: `Bearer ${jwt}` } });
    expect(get.status).toBe(200);
    expect(get.body.allow).toContain('functional');
    expect((await call(proxy, '/health')).status).toBe(200);

    const failures = proxy.logs.filter((line) => line.includes('records_write_failed'));
    // One for the POST, one for the PUT's record.
    expect(failures.length).toBeGreaterThanOrEqual(2);
    for (const line of failures)
      expect(JSON.parse(line)).toEqual({ event: 'records_write_failed', error: expect.any(String) });
    for (const line of proxy.logs) {
      expect(line).not.toContain(ADDRESS);
      expect(line).not.toContain(USER_AGENT);
    }
    console.info(
      `${fault}: POST /records 503 in ${failed.ms} ms, PUT /consent 200 in ${put.ms} ms (${JSON.parse(failures[0] ?? '{}').error})`,
    );
    return failed.ms;
  }

  it('a SQLite file another connection holds locked: a prompt 503, and every record again once it is free', async () => {
    const file = join(dir, 'locked.db');
    const proxy = await start(file);
    try {
      const before = await recordSome(proxy);
      const other = new Database(file);
      other.exec('BEGIN EXCLUSIVE');
      try {
        // The lock wait must not hold the other routes: a health check sent alongside answers promptly.
        const [, health] = await Promise.all([post(proxy, consentId()), call(proxy, '/health')]);
        expect(health.status).toBe(200);
        expect(health.ms).toBeLessThan(PROMPT_MS);
        await expectFailingButServing(proxy, 1, 'SQLite locked');
      } finally {
        other.exec('COMMIT');
        other.close();
      }
      const after = await recordSome(proxy, 1);
      expect(await recorded(proxy)).toEqual(expect.arrayContaining([...before, ...after]));
    } finally {
      await proxy.close();
    }
  });

  it('a SQLite file the proxy may not write: refuses to start, naming RECORDS_DB', async (context) => {
    // Root ignores file modes, and CI runs as root: there a read-only file is writable.
    if (process.getuid?.() === 0) {
      console.info('SQLite read-only: skipped, running as root (root writes a file whatever its mode)');
      context.skip();
    }
    const sub = mkdtempSync(join(dir, 'readonly-'));
    const file = join(sub, 'records.db');
    await (await start(file)).close();
    chmodSync(file, 0o444);
    chmodSync(sub, 0o555);
    try {
      await expect(start(file)).rejects.toThrow(/^RECORDS_DB: the record store could not be opened/);
    } finally {
      chmodSync(sub, 0o755);
    }
  });

  it('a file of garbage as RECORDS_DB: refuses to start with one line naming RECORDS_DB', async () => {
    const file = join(dir, 'garbage.db');
    writeFileSync(file, Buffer.alloc(64 * 1024, 'not a database, '));
    const refused = start(file);
    await expect(refused).rejects.toThrow(/^RECORDS_DB: the record store could not be opened \(.+\)$/);
    await expect(refused).rejects.not.toThrow(/\n/);
  });

  it('a SQLite file damaged while the proxy runs: a prompt 503, the consent routes unharmed, the next start refused', async () => {
    const file = join(dir, 'damaged.db');
    const proxy = await start(file);
    try {
      await recordSome(proxy);
      // Into the file first: a damaged file whose pages are all still in the WAL is healed by the
      // checkpoint at close.
      const other = new Database(file);
      other.pragma('wal_checkpoint(TRUNCATE)');
      other.close();
      // Everything overwritten: the header, the schema, the records.
      const fd = openSync(file, 'r+');
      const garbage = Buffer.alloc(statSync(file).size, 0xa5);
      writeSync(fd, garbage, 0, garbage.length, 0);
      closeSync(fd);
      await expectFailingButServing(proxy, 2, 'SQLite damaged');
    } finally {
      await proxy.close();
    }
    await expect(start(file)).rejects.toThrow(/^RECORDS_DB: the record store could not be opened \(.+\)$/);
  });

  /** How a PostgreSQL cluster is taken out, and brought back. */
  interface Outage {
    down(postgres: Postgres): Promise<void>;
    up(postgres: Postgres): Promise<void>;
  }
  /** Halted, its data kept: its connections close. */
  const HALTED: Outage = { down: (p) => p.halt(), up: (p) => p.resume() };
  /** Every process stopped: its connections stay open, and nothing on them is answered. */
  const FROZEN: Outage = { down: (p) => p.freeze(), up: (p) => p.thaw() };

  /**
   * A proxy on a fresh PostgreSQL cluster that records (several at once, so the pool holds several
   * connections), then `fault` while the cluster is out; once it is back, every record from before and
   * after is there. The outage always ends, so a failing test leaves no frozen cluster behind.
   */
  async function postgresFault(
    fault: (postgres: Postgres, proxy: Running) => Promise<unknown>,
    outage = HALTED,
  ): Promise<void> {
    const postgres = await startPostgres();
    const proxy = await start(postgres.url);
    try {
      const before = (await Promise.all([recordSome(proxy, 2), recordSome(proxy, 2)])).flat();
      await outage.down(postgres);
      try {
        await fault(postgres, proxy);
      } finally {
        await outage.up(postgres);
      }
      const after = await recordSome(proxy, 1);
      expect(await recorded(proxy)).toEqual(expect.arrayContaining([...before, ...after]));
    } finally {
      await proxy.close();
      await postgres.stop();
    }
  }

  it(
    'a PostgreSQL that goes away mid-run: a prompt 503, and every record again once it is back',
    () => postgresFault((_, proxy) => expectFailingButServing(proxy, 3, 'PostgreSQL gone')),
    60_000,
  );

  it(
    'a PostgreSQL that stops answering mid-run (its address silent): a prompt 503, and every record again once it is back',
    () =>
      postgresFault(async (postgres, proxy) => {
        // A host that is there but says nothing (frozen, or a firewall dropping): connections hang.
        const held: Socket[] = [];
        const silent = createServer((socket) => held.push(socket));
        await new Promise<void>((resolve) =>
          silent.listen(Number(new URL(postgres.url).port), '127.0.0.1', resolve),
        );
        try {
          // The pool gives up connecting after 2 s (record-store-postgres.ts).
          await expectFailingButServing(proxy, 4, 'PostgreSQL silent', 3000);
          const waited = await post(proxy, consentId());
          console.info(
            `PostgreSQL silent, a new connection: POST /records ${waited.status} in ${waited.ms} ms`,
          );
          expect(waited.status).toBe(503);
          expect(waited.ms).toBeLessThan(3000);
        } finally {
          for (const socket of held) socket.destroy();
          await new Promise((resolve) => silent.close(resolve));
        }
      }),
    60_000,
  );

  it(
    'a PostgreSQL frozen mid-run, its connections open (a host frozen, a network dropping packets): a 503 within the statement bound, and every record again once it answers',
    () =>
      postgresFault(async (_, proxy) => {
        // A pooled connection's statement goes unanswered: given up after 5 s (record-store-postgres.ts).
        // PUT /consent waits for its record as long.
        const ms = await expectFailingButServing(proxy, 5, 'PostgreSQL frozen', FROZEN_MS);
        // The bound it met, not the connection timeout: the pool handed it an open connection.
        expect(ms).toBeGreaterThanOrEqual(4500);
        // GET /health does not wait on the store at all.
        const health = await call(proxy, '/health');
        expect(health.status).toBe(200);
        expect(health.ms).toBeLessThan(PROMPT_MS);
        const again = await post(proxy, consentId());
        console.info(`PostgreSQL frozen, again: POST /records ${again.status} in ${again.ms} ms`);
        expect(again.status).toBe(503);
        expect(again.ms).toBeLessThan(FROZEN_MS);
      }, FROZEN),
    60_000,
  );
});
