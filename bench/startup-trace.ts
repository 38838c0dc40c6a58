// Chromium started on a URL with its own startup tracing and no DevTools protocol attached: the page runs
// as a merchant's page does (docs/performance.md, "The returning visit"), and the trace is Chromium's
// file, written once its duration is over. One process and one temporary folder (profile, trace) per
// call, both gone when it returns, whatever happened.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

export interface StartupTraceOptions<T> {
  url: string;
  categories: readonly string[];
  /** From the browser's start: the trace covers this much, and its file is written after it. */
  seconds: number;
  /** Flags beside the project's (CHROMIUM_ARGS). */
  args?: readonly string[];
  /** What the page reports when it is done (its beacon, at the caller's server). */
  report: Promise<T>;
  /** The whole call, start to trace read. */
  timeoutMs: number;
}

/** The page did not report, or the trace was not written, in time. */
export class StartupTraceTimeout extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The trace file once Chromium has finished writing it: its size settled and the JSON whole. */
async function finishedTrace(file: string, over: AbortSignal): Promise<Buffer> {
  let size = -1;
  while (!over.aborted) {
    await sleep(250);
    const now = await stat(file).then(
      (s) => s.size,
      () => 0,
    );
    if (now > 0 && now === size) {
      const text = await readFile(file);
      try {
        JSON.parse(text.toString('utf8'));
        return text;
      } catch {
        // Still being written.
      }
    }
    size = now;
  }
  throw new Error('bench: stopped waiting for the trace');
}

/**
 * SIGTERM to the browser's process group (it was started detached, as its leader), SIGKILL if it
 * lingers, and SIGKILL to whatever of the group is left (renderers, helpers), even when the browser
 * itself had exited.
 */
async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  const group = -child.pid;
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(group, s);
    } catch {
      // Already gone.
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    signal('SIGTERM');
    if ((await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) === false) {
      signal('SIGKILL');
      await exited;
    }
  }
  signal('SIGKILL');
}

/** Starts Chromium on `url`, waits for the page's report and the trace, and cleans up. */
export async function traceStartup<T>(o: StartupTraceOptions<T>): Promise<{ report: T; trace: Buffer }> {
  const dir = await mkdtemp(join(tmpdir(), 'storefront-consent-bench-'));
  const file = join(dir, 'trace.json');
  let child: ChildProcess | undefined;
  let timer: NodeJS.Timeout | undefined;
  const over = new AbortController();
  try {
    child = spawn(
      CHROMIUM_PATH,
      [
        ...CHROMIUM_ARGS,
        ...(o.args ?? []),
        `--user-data-dir=${join(dir, 'profile')}`,
        `--trace-startup=${o.categories.join(',')}`,
        `--trace-startup-file=${file}`,
        '--trace-startup-format=json',
        `--trace-startup-duration=${o.seconds}`,
        o.url,
      ],
      { stdio: 'ignore', detached: true },
    );
    const failed = new Promise<never>((_, reject) => {
      child?.once('error', reject);
      child?.once('exit', (code, signal) =>
        reject(new Error(`bench: Chromium exited (${signal ?? code}) before its trace was read`)),
      );
    });
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new StartupTraceTimeout(`bench: no report and trace from ${o.url} in ${o.timeoutMs} ms`)),
        o.timeoutMs,
      );
    });
    const done = (async () => ({ report: await o.report, trace: await finishedTrace(file, over.signal) }))();
    // The losers of the race still settle later: nothing may be left to reject unhandled.
    failed.catch(() => {});
    done.catch(() => {});
    return await Promise.race([done, failed, timedOut]);
  } finally {
    over.abort();
    clearTimeout(timer);
    if (child) await stop(child);
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
