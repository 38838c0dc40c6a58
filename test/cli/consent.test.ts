import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BigCommerceStandIn, startBigCommerce } from '../../demo/bigcommerce/server';
import { errorLine, runCli, storeEnv } from './run-cli';

let bc: BigCommerceStandIn;
beforeEach(async () => {
  bc = await startBigCommerce({
    seed: { consent: { 1: { allow: ['essential', 'analytics'], deny: ['targeting'] } } },
  });
});
afterEach(() => bc.close());

const saved = (id: number) => {
  const c = bc.state.consent.get(id);
  return c ? { allow: c.allow, deny: c.deny } : undefined;
};

describe('consent get', () => {
  it("shows a customer's allowed, denied and undecided categories", async () => {
    const r = await runCli(['consent', 'get', '1'], { env: storeEnv(bc) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "Customer 1's saved consent:\n" +
        '  allowed:   essential, analytics\n' +
        '  denied:    targeting\n' +
        '  undecided: functional\n',
    );
  });

  it('says when a customer has no saved decision', async () => {
    const r = await runCli(['consent', 'get', '2'], { env: storeEnv(bc) });
    expect(r.stdout).toBe('Customer 2 has no saved consent decision.\n');
  });

  it('prints JSON without BigCommerce’s misleading updated_at', async () => {
    const r = await runCli(['consent', 'get', '1', '--json'], { env: storeEnv(bc) });
    expect(JSON.parse(r.stdout)).toEqual({
      customer_id: 1,
      allow: ['essential', 'analytics'],
      deny: ['targeting'],
      decided: true,
    });
  });

  it('names the customer BigCommerce does not know', async () => {
    const r = await runCli(['consent', 'get', '404'], { env: storeEnv(bc) });
    expect(r.code).toBe(1);
    expect(errorLine(r, bc.accessToken)).toBe(
      "storefront-consent: Could not read customer 404's consent: BigCommerce rejected GET /v3/customers/404/consent (404): Customer not found",
    );
  });

  it('names the scope a token without Customers access lacks', async () => {
    const r = await runCli(['consent', 'get', '1'], { env: storeEnv(bc, bc.tokens.noCustomers) });
    expect(r.code).toBe(1);
    expect(errorLine(r, bc.tokens.noCustomers)).toMatch(
      /^storefront-consent: Could not read customer 1's consent: .*\(403\).*needs the scope: Customers read-only$/,
    );
  });
});

describe('consent set', () => {
  it('changes the categories named and keeps the others, showing before → after', async () => {
    const r = await runCli(['consent', 'set', '1', '--allow', 'targeting,functional'], { env: storeEnv(bc) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "Saved customer 1's consent:\n" +
        '  before: allowed: essential, analytics; denied: targeting\n' +
        '  after:  allowed: essential, functional, analytics, targeting; denied: (none)\n',
    );
    expect(saved(1)).toEqual({ allow: ['essential', 'functional', 'analytics', 'targeting'], deny: [] });
  });

  it('saves a first decision for a customer who had none, essential always allowed', async () => {
    const r = await runCli(
      ['consent', 'set', '2', '--allow', 'analytics', '--deny', 'targeting,functional', '--json'],
      {
        env: storeEnv(bc),
      },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      customer_id: 2,
      before: { allow: ['essential'], deny: [] },
      after: { allow: ['essential', 'analytics'], deny: ['functional', 'targeting'] },
      changed: true,
    });
    expect(saved(2)).toEqual({ allow: ['essential', 'analytics'], deny: ['functional', 'targeting'] });
    expect(bc.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /stores/teststore/v3/customers/2/consent',
      'PUT /stores/teststore/v3/customers/2/consent',
    ]);
  });

  it('writes nothing when the decision already is as asked', async () => {
    const r = await runCli(['consent', 'set', '1', '--deny', 'targeting'], { env: storeEnv(bc) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nothing changed');
    expect(bc.calls.map((c) => c.method)).toEqual(['GET']);
  });

  it('refuses a bad list before calling BigCommerce, leaving the decision as it was', async () => {
    const r = await runCli(['consent', 'set', '1', '--allow', 'targeting', '--deny', 'targeting'], {
      env: storeEnv(bc),
    });
    expect(r.code).toBe(2);
    expect(errorLine(r)).toMatch(/targeting is both allowed and denied/);
    expect(bc.calls).toHaveLength(0);
    expect(saved(1)).toEqual({ allow: ['essential', 'analytics'], deny: ['targeting'] });
  });

  it('names the scope a read-only token lacks, leaving the decision as it was', async () => {
    const r = await runCli(['consent', 'set', '1', '--allow', 'targeting'], {
      env: storeEnv(bc, bc.tokens.readOnly),
    });
    expect(r.code).toBe(1);
    expect(errorLine(r, bc.tokens.readOnly)).toMatch(
      /^storefront-consent: Could not save customer 1's consent: .*\(403\).*needs the scope: Customers modify$/,
    );
    expect(saved(1)).toEqual({ allow: ['essential', 'analytics'], deny: ['targeting'] });
  });

  it('retries through a 503 and a 429 and still saves once', async () => {
    bc.faults.next(1, { status: 503 });
    bc.faults.next(1, { rateLimit: 50 });
    const r = await runCli(['consent', 'set', '3', '--deny', 'analytics'], { env: storeEnv(bc) });
    expect(r.code).toBe(0);
    expect(saved(3)).toEqual({ allow: ['essential'], deny: ['analytics'] });
    expect(bc.calls.map((c) => `${c.method} ${c.status}`)).toEqual([
      'GET 503',
      'GET 429',
      'GET 200',
      'PUT 200',
    ]);
  });
});
