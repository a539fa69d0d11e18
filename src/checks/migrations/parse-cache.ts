import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { codeCacheDir, trustedDir } from '../../code-cache.js';
import { parserCode, sourceMapFor, type ParsedSql, type SqlParser, type SqlStatement, type SqlSyntaxError } from './sql-parser.js';

/**
 * Parse trees of migrations kept between runs, beside the code cache (src/code-cache.ts): a job's
 * later steps, a pre-commit hook and repeated runs parse only the files that changed. The parser's
 * WebAssembly is most of a run's per-file cost, and its first parse compiles the grammar (about 20 ms).
 *
 * One pack file per workspace and set of paths, in `<code cache>/sql-parse/` (the code cache's folder
 * rules: this user's alone, nobody else may write to it, RELEASE_GATE_CODE_CACHE=off turns it off).
 * Per migration: a line with the lengths of its text and of its parse's JSON, then both. A parse is
 * found by the whole text (a Map keyed by it), so only the very same text gets it. A pack is one or
 * more segments, each a line naming the build that made it (another build's segments are ignored) and
 * the CRC-32 and length of its migrations, then those: a torn or altered first segment makes the pack
 * ignored, a torn or altered later one ends it there. A run that lints every migration writes back
 * only what it used, in one segment, so the pack holds the workspace's migrations as they are now; a
 * run that resumed the linting after kept migrations (result-cache.ts) uses none of theirs and appends
 * a segment with the parses it made, rather than rewriting the pack for one new migration.
 */

const FORMAT = 'release-gate-sql-parse 2';
/** Larger migrations are parsed every time: their parse is rare, slow to store, and a pack is read whole. */
export const MAX_CACHED_SOURCE = 256 * 1024;
/** A pack stops growing here (20,000 files of the largest kind would be far more). */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;
/** Pack files kept per folder (one per workspace and set of paths): the least recently written go. */
export const MAX_PACKS = 16;
const STALE_TEMPORARY_MS = 60_000;

const crc32 = (zlib as { crc32?: typeof zlib.crc32 }).crc32;

interface Kept {
  statements: SqlStatement[];
  error?: SqlSyntaxError;
}

export interface ParseCache {
  /** The parse `parser` would give `source`, from the pack when it holds it. */
  parse(source: string, parser: SqlParser): ParsedSql;
  /**
   * Whether parse() of `source`, or the linting of what it gives, needs the parser: the pack does not
   * hold the text, or its statements hold a DO block (whose body only the parser reads).
   */
  needsParser(source: string): boolean;
  /** How many parses the pack held when it was opened. */
  readonly size: number;
  /**
   * Writes the pack when this run parsed a file it did not hold, or no longer needed one it held. With
   * `append` (a run that linted only the migrations after a kept linting state, result-cache.ts, and so
   * did not ask for the others' parses), the parses this run made are appended to the pack instead, and
   * the pack keeps the others; a pack that cannot take a segment (none, torn, another build's, full) is
   * written whole with what it held and what this run parsed.
   */
  save(options?: { append?: boolean }): void;
  readonly stats: { hits: number; misses: number; written: boolean };
}

/**
 * The parse cache of one workspace (`scope`: its directory and path patterns) under `dir`, for the
 * parses of the build `identity`; undefined when `dir` cannot be trusted. With `read: false` (a run
 * that resumed the linting after kept migrations, which needs none of their parses and whose new
 * migrations are new texts, as a rule), the pack is not read: every text is parsed, and save()
 * appends the parses to the pack (a pack too large for them is left as it is; without a pack, one is
 * written with them).
 */
export function openParseCache(dir: string, scope: string, identity: string, options: { read?: boolean } = {}): ParseCache | undefined {
  if (!crc32 || !trustedDir(dir)) return undefined;
  // Two workspaces whose names collide share a pack: each run then rewrites it, nothing worse.
  const file = join(dir, `${crc32(scope).toString(16).padStart(8, '0')}.pack`);
  const read = options.read ?? true;
  const { held, appendable, size } = read ? readPack(file, identity) : { held: new Map<string, string>(), appendable: false, size: 0 };
  const used = new Map<string, string>();
  /** What this run parsed and kept, for a segment appended. */
  const parsed = new Map<string, string>();
  const stats = { hits: 0, misses: 0, written: false };
  let bytes = 0;
  return {
    stats,
    size: held.size,
    needsParser(source) {
      if (source.length > MAX_CACHED_SOURCE) return true;
      const known = used.get(source) ?? held.get(source);
      return known === undefined || known.includes('"DoStmt"');
    },
    parse(source, parser) {
      if (source.length > MAX_CACHED_SOURCE) return parser.parse(source);
      const known = used.get(source) ?? held.get(source);
      if (known !== undefined) {
        const kept = JSON.parse(known) as Kept;
        stats.hits++;
        if (!used.has(source)) { used.set(source, known); bytes += source.length + known.length; }
        return { statements: kept.statements, ...(kept.error ? { error: kept.error } : {}), map: sourceMapFor(source) };
      }
      const result = parser.parse(source);
      stats.misses++;
      const json = JSON.stringify({ statements: result.statements, ...(result.error ? { error: result.error } : {}) } satisfies Kept);
      if (bytes + source.length + json.length <= MAX_PACK_BYTES) { used.set(source, json); parsed.set(source, json); bytes += source.length + json.length; }
      return result;
    },
    save(options) {
      if (!read) {
        if (!parsed.size) return;
        const appended = appendSegment(file, undefined, packSegment(identity, parsed));
        if (appended === 'appended' || (appended === 'no pack' && writePack(dir, file, identity, parsed))) stats.written = true;
        return;
      }
      if (options?.append) {
        if (!parsed.size) return;
        const segment = packSegment(identity, parsed);
        if (appendable && appendSegment(file, size, segment) === 'appended') { stats.written = true; return; }
        if (writePack(dir, file, identity, new Map([...held, ...parsed]))) stats.written = true;
        return;
      }
      if (stats.misses === 0 && used.size === held.size) return;
      if (writePack(dir, file, identity, used)) stats.written = true;
    },
  };
}

/**
 * The cache folder for `env` (a `sql-parse` folder in the code cache's), and the identity of this build's
 * parses: the source of the code that turns the parser's output into statements, and the parser's
 * WebAssembly (its size and time, where the bundle keeps it).
 */
export function parseCacheLocation(env: Readonly<Record<string, string | undefined>>): { dir: string; identity: string } | undefined {
  const root = codeCacheDir(env);
  if (!root || !crc32) return undefined;
  let wasm = 'unknown';
  // The bundle's folder, as libpg-query's loader finds its .wasm (src/dirname-shim.ts); unset when the tests run the sources.
  const bundle = (globalThis as { __dirname?: string }).__dirname;
  try {
    const stat = bundle ? statSync(join(bundle, 'libpg-query.wasm')) : undefined;
    if (stat) wasm = `${stat.size}-${Math.round(stat.mtimeMs)}`;
  } catch {
    // No .wasm there: the parses are named by the code alone.
  }
  return { dir: join(root, 'sql-parse'), identity: `${crc32(parserCode()).toString(16)}-${wasm}` };
}

function header(identity: string, body: Buffer): string {
  return `${FORMAT} ${identity} ${crc32!(body).toString(16)} ${body.length}\n`;
}

const SEGMENT_HEADER = /^(.+) (\S+) ([0-9a-f]+) (\d+)\n$/;

/**
 * The parses of the pack's segments of this build (`held`); `appendable` when every segment was read
 * whole (a segment appended would be read), `size` the file's length then.
 */
function readPack(file: string, identity: string): { held: Map<string, string>; appendable: boolean; size: number } {
  const held = new Map<string, string>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { held, appendable: false, size: 0 };
  }
  for (let at = 0; at < bytes.length;) {
    const newline = bytes.indexOf(10, at);
    const line = newline < 0 ? undefined : SEGMENT_HEADER.exec(bytes.toString('latin1', at, newline + 1));
    const end = newline + 1 + Number(line?.[4]);
    if (!line || line[1] !== FORMAT || end > bytes.length) return { held, appendable: false, size: bytes.length };
    const body = bytes.subarray(newline + 1, end);
    // A segment of another build is skipped; the first one's build is the pack's.
    if (line[2] !== identity && at === 0) return { held, appendable: false, size: bytes.length };
    if (line[0] !== header(line[2]!, body) || (line[2] === identity && !readSegment(body.toString('utf8'), held))) {
      return { held, appendable: false, size: bytes.length };
    }
    at = end;
  }
  return { held, appendable: held.size > 0, size: bytes.length };
}

/** Adds a segment's parses to `held`; false when it is not made of whole entries (nothing is added then). */
function readSegment(text: string, held: Map<string, string>): boolean {
  const entries: [string, string][] = [];
  for (let at = 0; at < text.length;) {
    // `<text length> <JSON length>\n<text><JSON>\n`, lengths in UTF-16 code units.
    const newline = text.indexOf('\n', at);
    const lengths = /^(\d+) (\d+)$/.exec(text.slice(at, newline));
    if (newline < 0 || !lengths) return false;
    const source = newline + 1;
    const json = source + Number(lengths[1]);
    const end = json + Number(lengths[2]);
    if (text.charCodeAt(end) !== 10) return false;
    entries.push([text.slice(source, json), text.slice(json, end)]);
    at = end + 1;
  }
  for (const [source, json] of entries) held.set(source, json);
  return true;
}

function packSegment(identity: string, entries: Map<string, string>): Buffer {
  const lines: string[] = [];
  for (const [source, json] of entries) lines.push(`${source.length} ${json.length}\n`, source, json, '\n');
  const body = Buffer.from(lines.join(''), 'utf8');
  return Buffer.concat([Buffer.from(header(identity, body), 'latin1'), body]);
}

function writePack(dir: string, file: string, identity: string, entries: Map<string, string>): boolean {
  return replaceCacheFile(dir, file, packSegment(identity, entries), '.pack', MAX_PACKS);
}

/**
 * Appends `segment` to the pack, in one write (O_APPEND: two runs appending at once each write whole at
 * the end), when the pack is still `size` bytes long (the length it was read at; any length when it was
 * not read) and stays within MAX_PACK_BYTES. Nothing is written otherwise: 'no pack' when there is none,
 * 'refused' when it changed, is full or cannot be written. A write cut short leaves a torn last segment,
 * which readers stop at (and the next run that saves writes the pack whole).
 */
function appendSegment(file: string, size: number | undefined, segment: Buffer): 'appended' | 'no pack' | 'refused' {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_NOFOLLOW);
    const length = fstatSync(fd).size;
    if ((size !== undefined && length !== size) || length + segment.length > MAX_PACK_BYTES) return 'refused';
    return writeSync(fd, segment) === segment.length ? 'appended' : 'refused';
  } catch (error) {
    return fd === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no pack' : 'refused';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes `bytes` to `file` through a temporary file and a rename (a reader never sees half a file),
 * then keeps the `keep` most recently written files ending in `suffix` in `dir` and removes
 * temporary files a killed run left. Shared with the kept results (result-cache.ts). False when it
 * could not be written: a slower next run, never a failed one.
 */
export function replaceCacheFile(dir: string, file: string, bytes: Buffer, suffix: string, keep: number): boolean {
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, bytes, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
  prune(dir, suffix, keep);
  return true;
}

/** Keeps the `keep` most recently written files ending in `suffix`, and removes temporary files a killed run left. */
function prune(dir: string, suffix: string, keep: number, now = Date.now()): void {
  try {
    const files: { name: string; mtime: number }[] = [];
    for (const name of readdirSync(dir)) {
      const mtime = statSync(join(dir, name)).mtimeMs;
      if (name.endsWith(suffix)) files.push({ name, mtime });
      else if (name.endsWith('.tmp') && now - mtime > STALE_TEMPORARY_MS) rmSync(join(dir, name), { force: true });
    }
    if (files.length <= keep) return;
    for (const { name } of files.sort((a, b) => b.mtime - a.mtime).slice(keep)) rmSync(join(dir, name), { force: true });
  } catch {
    // Another run pruning at the same time: the next writer tries again.
  }
}
