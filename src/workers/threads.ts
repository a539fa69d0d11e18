import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';

/**
 * Worker threads for checks with enough CPU work to share (the secrets scan of a large tree). A worker runs the bundle's own entry file again: the entry sees it is a worker
 * and serves one task instead of starting the CLI. So workers survive bundling, and where there is no
 * bundle (tests from src/, the demo loaded through ts-jest) checks run serially in-process.
 */

/**
 * What a worker is told to serve. A worker started before its pool (Threads.prestart) has no init
 * yet: it loads its task's code at once and gets the init as its first message.
 */
interface WorkerBrief {
  releaseGateWorker: { task: TaskName; init?: unknown; initLater?: boolean };
}

/** The messages a worker receives: its init (a prestarted worker's first), then jobs. */
type ToWorker = { init: unknown } | { id: number; job: unknown };

/** A task module: builds a handler once per worker (scanners, the parser), then handles jobs. */
export interface WorkerTask<Init, Job, Result> {
  createHandler(init: Init): Promise<(job: Job) => Result | Promise<Result>>;
}

// Loaded on demand in the worker, so a worker compiles only what its task needs.
const TASKS = {
  'secrets-scan': () => import('../checks/secrets/scan-worker.js'),
} as const;
export type TaskName = keyof typeof TASKS;

let entry: URL | undefined;

// A worker is started with this argument, so the main thread knows it is none without loading
// node:worker_threads, which only runs that start threads need (2-3 ms of every start otherwise).
const WORKER_ARG = '--release-gate-worker';
let workerThreads: typeof import('node:worker_threads') | undefined;
const threadsModule = () => (workerThreads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'));

/** Called by a bundle's entry module with its own import.meta.url: workers run that file. */
export function setWorkerEntry(url: string): void {
  entry = new URL(url);
}

/** Whether this thread was started as a release-gate worker (the entry then calls serveWorker). */
export function isReleaseGateWorker(): boolean {
  if (!process.argv.includes(WORKER_ARG)) return false;
  const { isMainThread, workerData } = threadsModule();
  return !isMainThread && !!(workerData as Partial<WorkerBrief> | null)?.releaseGateWorker;
}

/**
 * The worker side: loads the task's code at once, builds the handler from the init (in the brief, or
 * the first message), then answers each job message with its result or its error.
 */
export async function serveWorker(): Promise<void> {
  const { workerData, parentPort } = threadsModule();
  const { task, init, initLater } = (workerData as WorkerBrief).releaseGateWorker;
  const port = parentPort!;
  const loading = (TASKS[task]() as Promise<unknown>) as Promise<WorkerTask<unknown, unknown, unknown>>;
  loading.catch(() => {}); // reported when the handler is built from it
  let handler: Promise<(job: unknown) => unknown> | undefined;
  let failed = false;
  const build = (value: unknown) => {
    handler = loading.then((module) => module.createHandler(value));
    handler.catch((error: unknown) => {
      failed = true;
      port.postMessage({ id: -1, error: errorText(error) });
    });
  };
  if (!initLater) build(init);
  // Jobs are done one after another, in the order they came (the pool may send the next before this one is done).
  let done: Promise<void> = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    if ('init' in message) return build(message.init);
    if (failed || !handler) return;
    const handling = handler;
    done = done
      .then(() => handling)
      .then((handle) => handle(message.job))
      .then((result) => port.postMessage({ id: message.id, result }), (error: unknown) => port.postMessage({ id: message.id, error: errorText(error) }));
  });
}

/** The threads a run may use: handed to checks through their context. */
export interface Threads {
  /** How many workers a pool gets. */
  readonly size: number;
  /**
   * Whether work of `units` (files, bytes: the caller's measure) is worth threads, against the
   * caller's `threshold`. RELEASE_GATE_THREADS=N forces threads whatever the size (tests, benches).
   */
  worthIt(units: number, threshold: number): boolean;
  /**
   * A pool of `size` workers (all of them by default; a caller whose main thread works too asks for
   * one fewer). Workers prestarted for the task are taken first.
   */
  pool<Job, Result>(task: TaskName, init: unknown, size?: number, depth?: number): WorkerPool<Job, Result>;
  /**
   * Starts `workers` workers for `task` now, before their init is known, so that they start up (Node's
   * worker start, the task's code) while this thread still loads the program and reads the manifest;
   * the task's next pool() takes them over. They never keep the process alive; release() stops them.
   */
  prestart(task: TaskName, workers: number): void;
  /** Stops the workers prestarted for `task` that no pool took (the work turned out too small for them). */
  release(task: TaskName): void;
}

/**
 * The threads of this process: none outside a bundle, or with one core, or RELEASE_GATE_THREADS=1
 * (or 0); otherwise one worker per core, or RELEASE_GATE_THREADS of them.
 */
export function processThreads(env: Readonly<Record<string, string | undefined>>): Threads | undefined {
  if (!entry) return undefined;
  const forced = env.RELEASE_GATE_THREADS ? Number.parseInt(env.RELEASE_GATE_THREADS, 10) : undefined;
  const size = forced !== undefined && Number.isFinite(forced) ? Math.min(Math.max(forced, 0), 64) : availableParallelism();
  if (size < 2) return undefined;
  const file = entry;
  return {
    size,
    worthIt: (units, threshold) => forced !== undefined || units >= threshold,
    pool: <Job, Result>(task: TaskName, init: unknown, workers = size, depth = 1) => new WorkerPool<Job, Result>(file, task, init, Math.max(1, Math.min(workers, size)), Math.max(1, depth)),
    prestart: (task, workers) => {
      const waiting = prestarted.get(task) ?? [];
      prestarted.set(task, waiting);
      for (let i = waiting.length; i < Math.min(workers, size); i++) {
        const worker = startWorker(file, { task, initLater: true });
        // Until a pool takes it: gone from the list if it fails or exits, and never what keeps the process alive.
        const drop = () => { const at = waiting.indexOf(worker); if (at >= 0) waiting.splice(at, 1); };
        worker.on('error', drop);
        worker.on('exit', drop);
        worker.unref();
        waiting.push(worker);
      }
    },
    release: (task) => {
      for (const worker of prestarted.get(task)?.splice(0) ?? []) void worker.terminate();
    },
  };
}

/** Workers started by Threads.prestart and not yet taken by a pool, by task. */
const prestarted = new Map<TaskName, Worker[]>();

function startWorker(file: URL, brief: WorkerBrief['releaseGateWorker']): Worker {
  return new (threadsModule().Worker)(file, { workerData: { releaseGateWorker: brief } satisfies WorkerBrief, argv: [WORKER_ARG] });
}

interface Pending<Result> {
  id: number;
  job: unknown;
  resolve(result: Result): void;
  reject(error: Error): void;
}

/**
 * A fixed set of workers serving one task; jobs queue and go to the worker with the fewest in hand,
 * up to `depth` each (a worker with a job queued behind the one it is on never waits for this thread
 * to send it the next: with this thread busy scanning, that wait was up to a file's scan per job). A
 * worker that fails to start or dies fails its jobs and the jobs still queued when no worker is left;
 * the caller then runs them in-process, so a broken worker never loses findings.
 */
export class WorkerPool<Job, Result> {
  /** The live workers and the jobs each has in hand, in the order it does them. */
  private readonly workers = new Map<Worker, Pending<Result>[]>();
  private readonly queue: Pending<Result>[] = [];
  private nextId = 0;
  private closed = false;
  /** How many of the workers were prestarted (Threads.prestart) and taken over. */
  readonly adopted: number;

  constructor(file: URL, task: TaskName, init: unknown, readonly size: number, private readonly depth = 1) {
    // Prestarted workers first (their init goes before any job), then new ones; those left over are stopped.
    const waiting = prestarted.get(task)?.splice(0) ?? [];
    for (const worker of waiting.slice(size)) void worker.terminate();
    const taken = waiting.slice(0, size);
    this.adopted = taken.length;
    for (const worker of taken) {
      worker.removeAllListeners('error');
      worker.removeAllListeners('exit');
      worker.ref();
      worker.postMessage({ init } satisfies ToWorker);
    }
    for (let i = 0; i < size; i++) {
      const worker = taken[i] ?? startWorker(file, { task, init });
      worker.on('message', (message: { id: number; result?: Result; error?: string }) => this.settle(worker, message));
      worker.on('error', (error) => this.lose(worker, error));
      worker.on('exit', () => this.lose(worker, new Error('the worker thread exited')));
      this.workers.set(worker, []);
    }
  }

  run(job: Job): Promise<Result> {
    if (this.closed || this.workers.size === 0) return Promise.reject(new Error('no worker thread is running'));
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still queued are rejected, and so are those in hand when their worker stops. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('the worker pool was closed'));
    await Promise.all([...this.workers.keys()].map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      let least: [Worker, Pending<Result>[]] | undefined;
      for (const entry of this.workers) if (entry[1].length < this.depth && (!least || entry[1].length < least[1].length)) least = entry;
      if (!least) return;
      const pending = this.queue.shift()!;
      least[1].push(pending);
      least[0].postMessage({ id: pending.id, job: pending.job } satisfies ToWorker);
    }
  }

  private settle(worker: Worker, message: { id: number; result?: Result; error?: string }): void {
    if (message.id === -1) { this.lose(worker, new Error(message.error ?? 'the worker could not start')); void worker.terminate(); return; }
    const inHand = this.workers.get(worker);
    if (!inHand || inHand[0]?.id !== message.id) return;
    const pending = inHand.shift()!;
    if (message.error !== undefined) pending.reject(new Error(message.error));
    else pending.resolve(message.result as Result);
    this.dispatch();
  }

  private lose(worker: Worker, error: Error): void {
    const inHand = this.workers.get(worker);
    if (!inHand) return; // already lost
    this.workers.delete(worker);
    for (const p of inHand) p.reject(error);
    if (this.workers.size === 0) for (const p of this.queue.splice(0)) p.reject(error);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
