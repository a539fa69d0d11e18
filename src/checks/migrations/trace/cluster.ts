import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Where a throwaway cluster listens, and how to sign in to it. */
export interface ClusterAddress {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

/** Why no cluster could be started: a value, so the trace reports it instead of crashing. */
export class ClusterUnavailable extends Error {}

/**
 * The PostgreSQL server binaries: the requested major version under /usr/lib/postgresql (the Debian
 * layout) when present, else the newest there, else initdb on PATH.
 */
export function findPostgresBin(major: number, path: string | undefined, root = '/usr/lib/postgresql'): string | undefined {
  let versions: string[] = [];
  try {
    versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb')));
  } catch { /* no Debian layout */ }
  const wanted = versions.find((v) => Number(v) === Math.floor(major));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (wanted ?? newest) return join(root, (wanted ?? newest)!, 'bin');
  return (path ?? '').split(delimiter).find((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')));
}

// Clusters still running, removed synchronously if the process exits or is interrupted first.
const live = new Set<LocalCluster>();
const onExit = () => { for (const cluster of live) cluster.destroySync(); };
const onSignal = (signal: NodeJS.Signals) => {
  // Re-raise when nobody else handles the signal, so the process still ends as it would have.
  const alone = process.listenerCount(signal) === 1;
  onExit();
  unwatchProcess();
  if (alone) process.kill(process.pid, signal);
};
function watchProcess(): void {
  if (live.size !== 1) return;
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
function unwatchProcess(): void {
  process.off('exit', onExit);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

/**
 * A PostgreSQL cluster made with initdb in a fresh temporary directory, listening on a free loopback
 * port with a random password, and removed with its directory by stop(). initdb refuses to run as
 * root, so as root every server binary runs as the `postgres` user through runuser.
 */
export class LocalCluster {
  readonly dir: string;
  private child: ChildProcess | undefined;
  private exited: Promise<void> | undefined;
  private address: ClusterAddress | undefined;
  private destroyed = false;

  private constructor(private readonly bin: string, private readonly owner: { uid: number; gid: number } | undefined, parent: string) {
    this.dir = mkdtempSync(join(parent, 'release-gate-trace-'));
  }

  /**
   * Creates and starts a cluster in a new directory under `parent` (the system's temporary directory
   * by default); on any failure nothing is left behind.
   */
  static async start(bin: string, options: { signal?: AbortSignal; parent?: string } = {}): Promise<LocalCluster> {
    const { signal, parent = tmpdir() } = options;
    const owner = process.getuid?.() === 0 ? postgresUser() : undefined;
    const cluster = new LocalCluster(bin, owner, parent);
    live.add(cluster);
    watchProcess();
    try {
      await cluster.boot(signal);
      return cluster;
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }

  get connection(): ClusterAddress {
    if (!this.address) throw new Error('the cluster is not running');
    return this.address;
  }

  private async boot(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const password = randomBytes(18).toString('base64url');
    const data = join(this.dir, 'data');
    const pwfile = join(this.dir, 'pwfile');
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (this.owner) for (const path of [this.dir, pwfile]) chownSync(path, this.owner.uid, this.owner.gid);
    const initdb = spawnSync(...this.asOwner('initdb', [
      '-D', data, '-U', 'postgres', '-A', 'scram-sha-256', `--pwfile=${pwfile}`, '--no-sync', '-E', 'UTF8', '--locale', 'C',
    ]), { encoding: 'utf8' });
    rmSync(pwfile, { force: true });
    if (initdb.status !== 0) {
      throw new ClusterUnavailable(`initdb failed: ${lastLines(initdb.stderr || initdb.stdout || String(initdb.error ?? ''))}`);
    }
    signal?.throwIfAborted();
    const port = await freePort();
    const [command, args] = this.asOwner('postgres', [
      '-D', data, '-p', String(port), '-k', this.dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off',
      '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
    ]);
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    let log = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { log = (log + chunk).slice(-4000); });
    let settled = false;
    this.exited = new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', (error) => { log += `\n${error.message}`; resolve(); });
    });
    const readyOrExited = await Promise.race([
      waitFor(() => settled || /ready to accept connections/.test(log), 30_000, signal).then(() => 'ready' as const),
      this.exited.then(() => 'exited' as const),
    ]).finally(() => { settled = true; });
    if (readyOrExited === 'exited') throw new ClusterUnavailable(`postgres stopped while starting: ${lastLines(log)}`);
    this.address = { host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' };
  }

  /** Stops the server at once (nothing in it is worth keeping) and removes its directory. */
  async stop(): Promise<void> {
    if (this.destroyed) return;
    const pid = this.postmasterPid();
    if (pid) signalProcess(pid, 'SIGQUIT');
    else if (this.child && this.child.exitCode === null) this.child.kill('SIGQUIT');
    if (this.exited) {
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
      if ((await Promise.race([this.exited, timeout])) === 'timeout') this.killHard(pid);
    }
    this.remove();
  }

  /** The same, synchronously: for process exit and signals, where nothing asynchronous runs any more. */
  destroySync(): void {
    if (this.destroyed) return;
    const pid = this.postmasterPid();
    if (pid) {
      signalProcess(pid, 'SIGQUIT');
      const until = Date.now() + 5_000;
      while (alive(pid) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      this.killHard(pid);
    } else if (this.child && this.child.exitCode === null) {
      this.child.kill('SIGKILL');
    }
    this.remove();
  }

  private killHard(pid: number | undefined): void {
    if (pid && alive(pid)) signalProcess(pid, 'SIGKILL');
    if (this.child && this.child.exitCode === null) this.child.kill('SIGKILL');
  }

  private remove(): void {
    this.destroyed = true;
    rmSync(this.dir, { recursive: true, force: true, maxRetries: 3 });
    live.delete(this);
    if (live.size === 0) unwatchProcess();
  }

  /** The postmaster's pid, from postmaster.pid (as root the child is runuser, not postgres itself). */
  private postmasterPid(): number | undefined {
    try {
      const pid = Number(readFileSync(join(this.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
      return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  }

  private asOwner(tool: string, args: string[]): [string, string[]] {
    const path = join(this.bin, tool);
    return this.owner ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
  }
}

function postgresUser(): { uid: number; gid: number } {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) {
    throw new ClusterUnavailable('initdb refuses to run as root and there is no postgres user to run it as (useradd --system postgres)');
  }
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch { /* already gone */ }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    signal?.throwIfAborted();
    if (Date.now() > until) throw new ClusterUnavailable(`postgres did not accept connections within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' ').slice(0, 500);
}
