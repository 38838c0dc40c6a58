// The load generator of `npm run bench`, run as its own process so it does not share a CPU core's
// event loop with the proxy it measures. Reads one JSON job from argv, prints one JSON result.
// Keep-alive connections, a fixed number of requests in flight, each request's latency recorded.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

export interface LoadJob {
  url: string;
  method: 'GET' | 'PUT';
  path: string;
  /** One set of headers per simulated shopper; request i uses headers[i % length]. */
  headers: Record<string, string>[];
  /** PUT bodies, by the same index. */
  bodies?: string[];
  connections: number;
  /** Stop after this many requests, or after `seconds`, whichever comes first. */
  requests: number;
  seconds?: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** Count per status (0: no answer). */
  statuses: Record<string, number>;
  /** What each shopper (by headers index) was answered: [status, body] pairs, only when asked. */
  answers?: [number, number, string][];
}

export async function runLoad(job: LoadJob, keepAnswers = false): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
  const target = new URL(job.path, job.url);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const answers: [number, number, string][] = [];
  const started = performance.now();
  const deadline = job.seconds ? started + job.seconds * 1000 : Number.POSITIVE_INFINITY;
  let next = 0;
  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const body = job.bodies?.[i % job.bodies.length];
      const t0 = performance.now();
      const req = request(
        target,
        {
          method: job.method,
          agent,
          headers: {
            ...job.headers[i % job.headers.length],
            ...(body ? { 'Content-Type': 'application/json' } : {}),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            text += c;
          });
          res.on('end', () => {
            latencies.push(performance.now() - t0);
            const status = res.statusCode ?? 0;
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (keepAnswers) answers.push([i % job.headers.length, status, text]);
            resolve();
          });
        },
      );
      req.on('error', () => {
        statuses[0] = (statuses[0] ?? 0) + 1;
        resolve();
      });
      req.end(body);
    });
  const worker = async () => {
    while (next < job.requests && performance.now() < deadline) await one(next++);
  };
  await Promise.all(Array.from({ length: job.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
  return {
    requests: next,
    seconds,
    rps: next / seconds,
    p50: q(0.5),
    p99: q(0.99),
    statuses,
    ...(keepAnswers ? { answers } : {}),
  };
}

// As a process: `node load-generator.js <job.json> [answers]` (a file: 20,000 tokens outgrow argv).
if (process.argv[1]?.endsWith('load-generator.js')) {
  const job = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LoadJob;
  runLoad(job, process.argv[3] === 'answers').then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
