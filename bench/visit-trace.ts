// One navigation out of a startup trace (bench/startup-trace.ts), which covers the whole browser from its
// start: the first visit, the browser's own pages and the measured one. What is left is what a trace
// taken over just that navigation would hold, so the CDP run's parsers (pageMainThread, attributedMs,
// bootPhases) read it unchanged.
import type { TraceEvent } from './widget';

export interface VisitTrace {
  /**
   * Metadata (thread names) and the events of the page's renderer from its commit to `untilMs` after its
   * navigation's start (the page's time origin).
   */
  trace: Buffer;
  /** The URLs the page asked for (from the HTTP cache or not), in order. */
  requested: string[];
}

/** The trace was over before the visit had settled: its duration was too short for this machine's pace. */
export class TraceTooShort extends Error {}

/** Blink's mark of a navigation's start, in the renderer that commits it (category blink.user_timing). */
const NAVIGATION_START = 'navigationStart';

/**
 * The events of the navigation to `pageUrl`: on the renderer that committed it, from the commit to
 * `untilMs` after the navigation's start (the page's time origin). Throws when the trace has no such navigation, or ends before
 * `untilMs` (its duration was too short for the visit).
 */
export function visitTrace(trace: Buffer, pageUrl: string, untilMs: number): VisitTrace {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const start = traceEvents.find(
    (e) =>
      e.name === NAVIGATION_START &&
      (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL === pageUrl,
  );
  // From the commit: before it, a new tab's renderer starts up, work no banner changes that varies by
  // a few ms from sample to sample (and the protocol run, whose renderer was there already, never saw).
  const commit = traceEvents.find(
    (e) => e.name === 'CommitLoad' && e.pid === start?.pid && e.args?.data?.url === pageUrl,
  );
  if (start?.ts === undefined || commit?.ts === undefined) {
    throw new Error(`bench: no navigation to ${pageUrl} in the startup trace`);
  }
  const from = commit.ts;
  const to = start.ts + untilMs * 1000;
  if (!traceEvents.some((e) => e.ts !== undefined && e.ts >= to)) {
    throw new TraceTooShort(`bench: the startup trace ends before ${pageUrl} settled`);
  }
  const kept = traceEvents.filter(
    (e) => e.ph === 'M' || (e.pid === start.pid && e.ts !== undefined && e.ts >= from && e.ts < to),
  );
  const requested = kept
    .filter((e) => e.name === 'ResourceSendRequest')
    .map((e) => e.args?.data?.url)
    .filter((url): url is string => typeof url === 'string');
  return { trace: Buffer.from(JSON.stringify({ traceEvents: kept })), requested };
}
