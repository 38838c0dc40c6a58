// A throwaway PostgreSQL cluster for the tests and the bench: initdb and pg_ctl under a temp dir, on a free port,
// stopped and deleted afterwards. Debian's server binaries refuse to run as root, so as root they
// run as the `postgres` user that Debian's package creates (.ci/run installs it).
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Postgres {
  url: string;
  /** Stops the server and deletes its data. */
  stop(): Promise<void>;
  /** Stops the server at once (a crash, as clients see it), keeping its data for `resume`. */
  halt(): Promise<void>;
  /** Starts the halted server again, on the same port with the same data. */
  resume(): Promise<void>;
  /**
   * Stops every process of the server (SIGSTOP), as a frozen host or a network that drops packets
   * looks to its clients: connections stay open, and nothing on them is answered.
   */
  freeze(): Promise<void>;
  /** Lets the frozen server go on (SIGCONT). `stop` thaws it first. */
  thaw(): Promise<void>;
}

function serverBin(): string {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))[0]
    : undefined;
  if (!version)
    throw new Error("PostgreSQL's server is not installed: apt-get install postgresql (.ci/run does)");
  return join(root, version, 'bin');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });

/** The processes whose parent is `parent`, from /proc. */
function childrenOf(parent: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        // The parent is the 2nd field after the command, which is in parentheses and may hold spaces.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

export async function startPostgres(): Promise<Postgres> {
  const bin = serverBin();
  const dir = mkdtempSync(join(tmpdir(), 'sc-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const start = () =>
    run('pg_ctl', [
      '-D',
      data,
      '-w',
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
  const halt = () => run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
  start();
  let running = true;
  let frozen: number[] = [];
  const thaw = () => {
    for (const pid of frozen) process.kill(pid, 'SIGCONT');
    frozen = [];
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        // A frozen server would not act on pg_ctl's signal until thawed.
        thaw();
        if (running) halt();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    async halt() {
      halt();
      running = false;
    },
    async resume() {
      start();
      running = true;
    },
    async freeze() {
      // The postmaster (the first line of its postmaster.pid) first, so it forks no backend that the
      // list of its children would miss.
      const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      for (const pid of [postmaster, ...childrenOf(postmaster)]) {
        process.kill(pid, 'SIGSTOP');
        frozen.push(pid);
      }
    },
    async thaw() {
      thaw();
    },
  };
}
