// The returning visit without the DevTools protocol (bench/returning-shopper.ts): one navigation cut out of
// a startup trace that covers the whole browser, and the first visit's decision as each banner stores it.
import { describe, expect, it } from 'vitest';
import { decisionCookie } from '../../bench/returning-shopper';
import { TraceTooShort, visitTrace } from '../../bench/visit-trace';
import { decodeRecord } from '../../widget/cookie-store';

const PAGE = 'http://127.0.0.1:5000/measured/3/ours';
const FIRST = 'http://127.0.0.1:5000/before/3/1/ours';
const thread = (pid: number) => ({
  ph: 'M',
  name: 'thread_name',
  pid,
  tid: pid,
  args: { name: 'CrRendererMain' },
});
const navigation = (pid: number, ts: number, url: string) => ({
  ph: 'R',
  name: 'navigationStart',
  pid,
  tid: pid,
  ts,
  args: { data: { documentLoaderURL: url } },
});
const commit = (pid: number, ts: number, url: string) => ({
  ph: 'I',
  name: 'CommitLoad',
  pid,
  tid: pid,
  ts,
  args: { data: { url } },
});
const task = (pid: number, ts: number, name = 'RunTask', args = {}) => ({
  ph: 'X',
  name,
  pid,
  tid: pid,
  ts,
  dur: 100,
  tdur: 80,
  args,
});
const trace = (...events: object[]) => Buffer.from(JSON.stringify({ traceEvents: events }));
const kept = (b: Buffer) =>
  (JSON.parse(b.toString('utf8')) as { traceEvents: { ts?: number; pid?: number }[] }).traceEvents;

describe('bench: one visit out of a startup trace', () => {
  it('keeps the measured page’s renderer from its commit to the window’s end after its navigation start, and every thread name', () => {
    const { trace: cut } = visitTrace(
      trace(
        thread(10),
        thread(20),
        navigation(10, 1_000, FIRST),
        task(10, 1_500),
        navigation(20, 50_000, PAGE),
        // The new renderer starting up, before the commit.
        task(20, 52_000),
        commit(20, 60_000, PAGE),
        task(20, 60_500),
        task(10, 70_000),
        task(20, 449_999),
        task(20, 450_000),
        task(30, 900_000),
      ),
      PAGE,
      400,
    );
    expect(kept(cut).map((e) => [e.pid, e.ts])).toEqual([
      [10, undefined],
      [20, undefined],
      [20, 60_000],
      [20, 60_500],
      [20, 449_999],
    ]);
  });

  it('cuts a same-tab visit from the first visit in the same renderer by time', () => {
    const { trace: cut } = visitTrace(
      trace(
        navigation(10, 1_000, FIRST),
        commit(10, 1_200, FIRST),
        task(10, 2_000),
        navigation(10, 9_000, PAGE),
        commit(10, 9_200, PAGE),
        task(10, 9_500),
        task(10, 99_000),
      ),
      PAGE,
      10,
    );
    expect(kept(cut).map((e) => e.ts)).toEqual([9_200, 9_500]);
  });

  it('lists what the page asked for, from the HTTP cache or not', () => {
    const request = (ts: number, url: string, pid = 20) =>
      task(pid, ts, 'ResourceSendRequest', { data: { url } });
    const { requested } = visitTrace(
      trace(
        request(1_000, 'http://127.0.0.1:5000/dist/storefront-consent.js', 10),
        navigation(20, 5_000, PAGE),
        commit(20, 5_500, PAGE),
        request(6_000, 'http://127.0.0.1:5000/dist/storefront-consent.js'),
        request(7_000, 'http://127.0.0.1:5000/theme.js'),
        task(30, 900_000),
      ),
      PAGE,
      400,
    );
    expect(requested).toEqual([
      'http://127.0.0.1:5000/dist/storefront-consent.js',
      'http://127.0.0.1:5000/theme.js',
    ]);
  });

  it('fails when the page never navigated, or the trace ends before the window does', () => {
    expect(() => visitTrace(trace(navigation(10, 1_000, FIRST), task(10, 900_000)), PAGE, 400)).toThrow(
      /no navigation to http:\/\/127\.0\.0\.1:5000\/measured\/3\/ours/,
    );
    expect(() =>
      visitTrace(trace(navigation(20, 1_000, PAGE), commit(20, 2_000, PAGE), task(20, 300_000)), PAGE, 400),
    ).toThrow(TraceTooShort);
  });
});

describe('bench: the first visit’s decision, set by the server', () => {
  const NOW = Date.parse('2026-12-03T16:00:00Z');
  const value = (cookie: string | null) => cookie?.split(';')[0]?.split('=').slice(1).join('=');

  it('is ours as the widget writes Accept all: every category, a consent id, nothing pending', () => {
    const cookie = decisionCookie('ours', NOW);
    expect(cookie).toMatch(/^storefront_consent=1\.1\.f\.0\.[\da-z]+\.0\.[\w-]{22}; Path=\/;/);
    expect(decodeRecord(value(cookie), NOW)).toMatchObject({
      allow: ['essential', 'functional', 'analytics', 'targeting'],
      deny: [],
      revision: 1,
      updatedAt: '2026-12-03T16:00:00.000Z',
      pending: { server: false, native: false },
    });
  });

  it('is vanilla-cookieconsent’s cc_cookie with every category and a valid consent', () => {
    const cookie = decisionCookie('vanilla', NOW);
    const stored = JSON.parse(decodeURIComponent(value(cookie) ?? ''));
    expect(stored).toMatchObject({
      categories: ['necessary', 'functional', 'analytics', 'targeting'],
      revision: 0,
      consentTimestamp: '2026-12-03T16:00:00.000Z',
      lastConsentTimestamp: '2026-12-03T16:00:00.000Z',
    });
    expect(stored.consentId).toMatch(/^[\da-f-]{36}$/);
    expect(stored.expirationTime).toBeGreaterThan(NOW);
  });

  it('is none for the bare page', () => {
    expect(decisionCookie('none', NOW)).toBeNull();
  });
});
