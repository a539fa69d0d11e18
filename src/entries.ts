import './dirname-shim.js';
import { installChunkLoader } from './code-cache.js';
import { isReleaseGateWorker, serveWorker, setWorkerEntry } from './workers/threads.js';

/**
 * Every program of the one bundle (dist/bundle/), by name. `npm run build` bundles this file once and
 * writes dist/<name>/index.js, a two-line file that runs one program, so the CLI and every action load
 * the same chunks. Each program's module is imported only when it runs, so ncc gives it chunks of its
 * own and starting one never compiles another.
 *
 * Adding a program (a new action, say) is one line here: its name and the module whose `main` runs it.
 */
export const ENTRIES = {
  cli: () => import('./cli/index.js'),
  action: () => import('./action/index.js'),
  'post-deploy': () => import('./action/post-deploy.js'),
} satisfies Record<string, () => Promise<{ main(...args: string[]): Promise<void> }>>;

export type EntryName = keyof typeof ENTRIES;

// The bundle's chunks load as scripts with V8's code cache (src/code-cache.ts); scripts/build.mjs makes them so.
installChunkLoader(import.meta.url, process.env);

// Worker threads (src/workers/threads.ts) run this file, the bundle's entry: a worker serves its task
// and never starts a program; on the main thread, the programs are imported only by run(). No
// top-level await: the build makes the bundle's entry a CommonJS file (scripts/build.mjs), and
// serveWorker only sets up the worker's message handling (it never awaits before returning).
setWorkerEntry(import.meta.url);
if (isReleaseGateWorker()) void serveWorker();

/** Runs one program: `run('cli')`, `run('action', 'env')` from a per-check action's stub. */
export async function run(name: EntryName, ...args: string[]): Promise<void> {
  const entry = ENTRIES[name] as () => Promise<{ main(...args: string[]): Promise<void> }>;
  await (await entry()).main(...args);
}
