import { createRequire } from 'node:module';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { constants as vmConstants, Script } from 'node:vm';
import zlib from 'node:zlib';

/**
 * The bundle's chunks (dist/bundle/<id>.index.js) are loaded through this module rather than import():
 * each chunk is a script compiled with V8's code cache, kept between processes, so a start does not
 * parse and compile the same JavaScript again (Node 20 caches no ES module code). `npm run build`
 * turns each chunk into `(function (chunkUrl, require) { ...; return { id, ids, modules }; })` and points the
 * bundle's chunk loading at the function installed here. A cache V8 rejects (another Node, other
 * flags, another build) is compiled from source and written again; RELEASE_GATE_CODE_CACHE=off
 * turns the cache off, RELEASE_GATE_CODE_CACHE=/abs/dir puts it elsewhere.
 */

/** What a chunk script returns: webpack's chunk (its id, the chunk ids it holds, its module factories). */
export interface Chunk {
  id: unknown;
  ids: unknown[];
  modules: Record<string, unknown>;
}

/** The global the bundle's chunk loading calls (scripts/build.mjs writes the call). */
export const LOAD_CHUNK = Symbol.for('release-gate.load-chunk');

const OFF = /^(0|off|false|no)$/i;

/**
 * Where cached code lives: RELEASE_GATE_CODE_CACHE when it names an absolute directory, nowhere when it
 * says off; otherwise under RUNNER_TEMP (a job's steps share it, and the runner empties it after the
 * job), else in the user's cache folder (XDG_CACHE_HOME, or ~/.cache). Never in the temporary folder,
 * which a run leaves as it found it.
 */
export function codeCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const setting = env.RELEASE_GATE_CODE_CACHE?.trim();
  if (setting && OFF.test(setting)) return undefined;
  if (setting && isAbsolute(setting)) return setting;
  if (env.RUNNER_TEMP && isAbsolute(env.RUNNER_TEMP)) return join(env.RUNNER_TEMP, 'release-gate-code-cache');
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'release-gate', 'code-cache');
  if (env.HOME && isAbsolute(env.HOME)) return join(env.HOME, '.cache', 'release-gate', 'code-cache');
  return undefined;
}

/**
 * Creates `dir` for this user alone and says whether it may be trusted: a directory (not a link),
 * owned by this user, that nobody else can write to. Cached code is run, so a folder another user
 * could have planted files in is not used at all.
 */
export function trustedDir(dir: string, uid = process.getuid?.()): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    return stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** A script compiled without usable cached data: its code is serialized when the process ends. */
interface Pending {
  script: Script;
  cacheFile: string;
  /** The chunk's source's CRC-32 and length in bytes, the cache file's first 8 bytes. */
  header: Buffer;
  /** V8's version tag (its version and flags) when the script compiled: cached data must be made under the same. */
  tag: number;
}

const HEADER_BYTES = 8;
/**
 * Each copy of the bundle (each checkout, each rebuild elsewhere) has files of its own: past this
 * many the least recently written go, so the user's cache folder does not grow without end.
 */
export const MAX_FILES = 300;
// zlib.crc32 (Node 20.15 and later) is native and loads far less than node:crypto, which --help never needs.
const crc32 = (zlib as { crc32?: typeof zlib.crc32 }).crc32;

/**
 * Loads chunk scripts with cached code from `dir` (none when undefined), and writes the code of those
 * that had none when save() is called. A cache file is the CRC-32 and length of the chunk's source, then
 * V8's data; it is named after the chunk's path and V8's tag, so rebuilding the bundle overwrites it.
 */
export class ChunkLoader {
  readonly stats = { cached: 0, compiled: 0, rejected: 0, written: 0 };
  private readonly pending: Pending[] = [];
  private usable: boolean | undefined;

  constructor(private readonly dir: string | undefined, private readonly flags: V8FlagLog = new V8FlagLog()) {}

  /** Compiles and runs the chunk script at `url`, returning its chunk. */
  load(url: URL): Chunk {
    const file = fileURLToPath(url);
    const bytes = readFileSync(file);
    const source = bytes.toString('utf8');
    const dir = this.cacheDir();
    let script: Script;
    if (dir) {
      const tag = v8.cachedDataVersionTag();
      const header = Buffer.alloc(HEADER_BYTES);
      header.writeUInt32LE(crc32!(bytes), 0);
      header.writeUInt32LE(bytes.length, 4);
      const cacheFile = join(dir, `${basename(file, '.js')}-${crc32!(file).toString(16)}-${tag}.bin`);
      const cached = readCache(cacheFile, header);
      script = compile(source, url, cached);
      if (cached && !script.cachedDataRejected) this.stats.cached++;
      else {
        if (cached) this.stats.rejected++;
        else this.stats.compiled++;
        this.pending.push({ script, cacheFile, header, tag });
      }
    } else {
      script = compile(source, url);
      this.stats.compiled++;
    }
    let require: NodeRequire | undefined;
    const lazyRequire = (id: string): unknown => (require ??= createRequire(url))(id);
    return (script.runInThisContext() as (chunkUrl: string, require: (id: string) => unknown) => Chunk)(url.href, lazyRequire);
  }

  /**
   * Writes the cached code of every script compiled from source, as it is now (with the functions
   * this run compiled). Data must be made under the flags the script compiled with: flags set since
   * (the migrations check's WebAssembly flags) are undone for the writing, then set again.
   */
  save(): void {
    if (!this.pending.length) return;
    const writeMatching = () => {
      const tag = v8.cachedDataVersionTag();
      for (const entry of this.pending.filter((p) => p.tag === tag)) this.write(entry);
      this.pending.splice(0, this.pending.length, ...this.pending.filter((p) => p.tag !== tag));
    };
    writeMatching();
    this.flags.whileUndone(() => writeMatching());
    this.pending.length = 0;
    if (this.stats.written) prune(this.dir!, MAX_FILES);
  }

  private write(entry: Pending): void {
    try {
      const data = entry.script.createCachedData();
      const temporary = `${entry.cacheFile}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(temporary, Buffer.concat([entry.header, data]), { mode: 0o600 });
      try {
        renameSync(temporary, entry.cacheFile);
      } catch {
        rmSync(temporary, { force: true });
        return;
      }
      this.stats.written++;
    } catch {
      // A cache that cannot be written is a slower next start, never a failed run.
    }
  }

  private cacheDir(): string | undefined {
    if (!this.dir || !crc32) return undefined;
    this.usable ??= trustedDir(this.dir);
    return this.usable ? this.dir : undefined;
  }
}

/** A half-written file older than this was left by a process killed while it wrote; younger ones may still be in progress. */
const STALE_TEMPORARY_MS = 60_000;

/**
 * Keeps the `keep` most recently written cache files of `dir` (only runs that wrote one get here), and
 * deletes the temporary files of writes that never finished (a job cancelled while a run was ending).
 */
export function prune(dir: string, keep: number, now = Date.now()): void {
  try {
    const names = readdirSync(dir);
    for (const name of names.filter((n) => n.endsWith('.tmp'))) {
      try {
        if (now - statSync(join(dir, name)).mtimeMs > STALE_TEMPORARY_MS) rmSync(join(dir, name), { force: true });
      } catch {
        // Renamed or removed by its writer meanwhile.
      }
    }
    const files = names.filter((name) => name.endsWith('.bin'));
    if (files.length <= keep) return;
    const byAge = files.map((name) => ({ name, mtime: statSync(join(dir, name)).mtimeMs })).sort((a, b) => b.mtime - a.mtime);
    for (const { name } of byAge.slice(keep)) rmSync(join(dir, name), { force: true });
  } catch {
    // Another process pruning at the same time, or a file gone: the next writer tries again.
  }
}

function compile(source: string, url: URL, cachedData?: Buffer): Script {
  return new Script(source, { filename: url.href, cachedData, importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
}

function readCache(cacheFile: string, header: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER_BYTES || !bytes.subarray(0, HEADER_BYTES).equals(header)) return undefined;
  return bytes.subarray(HEADER_BYTES);
}

type SetFlags = (flags: string) => void;

/**
 * The V8 flags set while the process runs (v8.setFlagsFromString), so that cached code can be written
 * under the flags it was compiled with. Only on/off flags (`--x`, `--no-x`) can be undone.
 */
export class V8FlagLog {
  private readonly changes: string[] = [];

  constructor(private readonly setFlags: SetFlags = (flags) => v8.setFlagsFromString(flags)) {}

  /** Records every later v8.setFlagsFromString call of this process. */
  static track(): V8FlagLog {
    const module = v8 as unknown as { setFlagsFromString: SetFlags };
    const original = module.setFlagsFromString.bind(v8);
    const log = new V8FlagLog(original);
    module.setFlagsFromString = (flags: string) => {
      log.changes.push(flags);
      original(flags);
    };
    return log;
  }

  record(flags: string): void {
    this.changes.push(flags);
  }

  /** Runs `fn` with the recorded changes undone, last first, then sets them again; not at all when one cannot be undone. */
  whileUndone(fn: () => void): void {
    if (!this.changes.length) return;
    const undo = this.changes.map(inverse);
    if (undo.some((flags) => flags === undefined)) return;
    for (const flags of [...undo].reverse()) this.setFlags(flags!);
    try {
      fn();
    } finally {
      for (const flags of this.changes) this.setFlags(flags);
    }
  }
}

/** `--no-wasm-tier-up --x` → `--wasm-tier-up --no-x`; undefined for a flag with a value. */
export function inverse(flags: string): string | undefined {
  const out: string[] = [];
  for (const flag of flags.trim().split(/\s+/)) {
    const match = /^--(no-)?([a-z][a-z0-9_-]*)$/i.exec(flag);
    if (!match) return undefined;
    out.push(match[1] ? `--${match[2]}` : `--no-${match[2]}`);
  }
  return out.length ? out.join(' ') : undefined;
}

/**
 * Installs the bundle's chunk loading (see the top of this file) for the bundle whose entry is at
 * `entryUrl`, and writes the cache when the process (or the worker thread) exits.
 */
export function installChunkLoader(entryUrl: string, env: Readonly<Record<string, string | undefined>>): void {
  const flags = V8FlagLog.track();
  const loader = new ChunkLoader(codeCacheDir(env), flags);
  const base = new URL('.', entryUrl);
  (globalThis as Record<symbol, unknown>)[LOAD_CHUNK] = (relative: string): Promise<Chunk> => {
    try {
      return Promise.resolve(loader.load(new URL(relative, base)));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  process.on('exit', () => loader.save());
}
