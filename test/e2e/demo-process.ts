// Runs `npm start`'s program as a person would: `node dist/node/demo.js`, building it first when it
// is missing, and reads what it prints.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';

export const DEMO_ENTRY = 'dist/node/demo.js';
const BUILT = [DEMO_ENTRY, 'dist/storefront-consent.js'];
const LOCK = '.tmp/demo-build.lock';
const STALE_MS = 5 * 60_000;

/** `npm run build` when the demo or the widget is not built; one build at a time across test files. */
export async function ensureBuilt(): Promise<void> {
  if (BUILT.every((file) => existsSync(file))) return;
  mkdirSync('.tmp', { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a run that was killed mid-build is stale after the longest build we allow.
      const since = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (BUILT.every((file) => existsSync(file))) return;
    const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface DemoProcess {
  child: ChildProcess;
  /** Everything printed so far, standard output and error together. */
  output(): string;
  /** The URL after "Open". */
  url: string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** The environment a person without a BigCommerce account has: no BC_* variables. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(BC_|ALLOWED_ORIGINS$|DEMO_PORT$)/.test(name)) delete env[name];
  return { ...env, ...extra };
}

/** Starts the demo; resolves once it prints the URL to open, rejects (with its output) if it exits first. */
export function startDemoProcess(env: NodeJS.ProcessEnv): Promise<DemoProcess> {
  const child = spawn(process.execPath, [DEMO_ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the demo printed no URL within 30 s:\n${text}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const open = /^ {2}Open (http\S+)$/m.exec(text);
      if (open?.[1]) {
        clearTimeout(timer);
        resolve({ child, output: () => text, url: open[1], exited });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the demo exited with ${code} before printing a URL:\n${text}`));
    });
  });
}

/** The address printed on the line that starts with `label`. */
export function addressOf(output: string, label: string): string {
  const line = output.split('\n').find((l) => l.trim().startsWith(label));
  const url = line && /(http:\/\/\S+)/.exec(line)?.[1];
  if (!url) throw new Error(`no "${label}" line with an address in:\n${output}`);
  return url;
}
