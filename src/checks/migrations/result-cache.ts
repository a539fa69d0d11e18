import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { codeCacheDir, trustedDir } from '../../code-cache.js';
import { replaceCacheFile } from './parse-cache.js';
import type { Finding } from '../../types.js';

/**
 * The migrations check's last result, kept beside the code cache (src/code-cache.ts) with everything
 * the linting was given: a job's later steps, a pre-commit hook and repeated runs over migrations that
 * did not change read the files, find the very same inputs and give the kept findings and metrics
 * without parsing or linting again. The inputs are compared whole, not by a hash: no collision can
 * give one run another's result, and node:crypto is not loaded.
 *
 * The inputs are the build (src/build-id.ts: a hash of the whole bundle, so a new release-gate never
 * reads an old one's results), the workspace, the manifest's file and `migrations:` section (paths,
 * rules and their options, preset, postgres-version, transaction), the day (ignores expire), and each
 * migration as the linting gets it: its path and order, its text, how its runner wraps it, and why it
 * could not be read. One file per workspace and set of paths, in `<code cache>/migrations-result/`,
 * holding one result: a run whose inputs differ lints as before and replaces it.
 *
 * The file also keeps the linting's state (lint.ts's LintState) after some of the migrations, with how
 * far into the inputs they reach: a run whose inputs begin with those (the same settings and first
 * migrations, more after them: a new migration) resumes the linting there and lints only the rest.
 */

const FORMAT = 'release-gate-migrations-result 2';
/** Result files kept per folder (one per workspace and set of paths): the least recently written go. */
export const MAX_RESULTS = 16;

const crc32 = (zlib as { crc32?: typeof zlib.crc32 }).crc32;

/** The linting state (lint.ts's LintState, serialized) after the first `files` migrations, whose inputs are the first `inputs` characters of the key. */
export interface Checkpoint {
  files: number;
  inputs: number;
  state: Buffer;
  /** The state's CRC-32, when known (a checkpoint read back): not computed again when it is written. */
  crc?: number;
}

export interface KeptResult {
  findings: Finding[];
  metrics: Record<string, unknown>;
}

export interface ResultCache {
  /** How many migrations the kept result was made from (0 when there is none): a run finding another number will lint. */
  readonly files: number;
  /** The kept result, when it was made from these very inputs (RunInputs.key()). */
  lookup(inputs: string): KeptResult | undefined;
  /**
   * The linting state kept after the kept result's migrations (lint.ts's LintState, serialized), when
   * `inputs` are the kept inputs with more migrations after them: the same build, settings and day, and
   * the same first migrations (paths, order, text, runner). Only the migrations after `files` need linting.
   */
  resume(inputs: string): Checkpoint | undefined;
  /**
   * Keeps `result` as the result of `inputs`, made from `files` migrations, with the linting state after
   * some of them (checkpoints: after all, and after fewer, whose inputs begin `inputs`).
   */
  save(inputs: string, files: number, result: KeptResult, checkpoints?: readonly Checkpoint[]): void;
  readonly stats: { hit: boolean; resumed: boolean; written: boolean };
}

/** The folder in `env`'s code cache, for the build `build` (src/build-id.ts); undefined without either (the unbuilt sources have no build id). */
export function resultCacheLocation(env: Readonly<Record<string, string | undefined>>, build: string | undefined): { dir: string; build: string } | undefined {
  const root = codeCacheDir(env);
  return root && build && crc32 ? { dir: join(root, 'migrations-result'), build } : undefined;
}

/** The inputs of one run, part by part; `key()` is all of them in one string. */
export class RunInputs {
  private readonly parts: string[] = [];
  /** The key's length so far. */
  length = 0;

  constructor(build: string) {
    this.add(FORMAT).add(build);
  }

  /** Each part is preceded by its length, so no two lists of parts make one key. */
  add(part: string): this {
    this.parts.push(`${part.length}:`, part);
    this.length += `${part.length}:`.length + part.length;
    return this;
  }

  key(): string {
    return this.parts.join('');
  }
}

/** The kept result of one workspace (`scope`: its directory and path patterns) under `dir`; undefined when `dir` cannot be trusted. */
export function openResultCache(dir: string, scope: string): ResultCache | undefined {
  if (!crc32 || !trustedDir(dir)) return undefined;
  const file = join(dir, `${crc32(scope).toString(16).padStart(8, '0')}.json`);
  const kept = readKept(file);
  const stats = { hit: false, resumed: false, written: false };
  return {
    stats,
    files: kept?.files ?? 0,
    lookup(inputs) {
      if (!kept || kept.inputs !== inputs) return undefined;
      try {
        const result = JSON.parse(kept.result) as KeptResult;
        stats.hit = true;
        return result;
      } catch {
        return undefined;
      }
    },
    resume(inputs) {
      // A checkpoint's inputs end where one of the key's parts does, and parts are written with their
      // lengths (RunInputs): kept inputs that begin these are the same parts, the same first migrations.
      // The inputs' last characters first (a new migration after the kept ones differs there from the
      // state kept after all of them): a checkpoint is then compared whole only when it may match.
      const found = kept?.checkpoints.find((c) => c.inputs <= inputs.length && samePrefix(inputs, kept.inputs, c.inputs));
      // A state's CRC-32 is checked only here: a run giving the kept result never reads the states.
      if (!found || crc32!(found.state) !== found.crc) return undefined;
      stats.resumed = true;
      return { files: found.files, inputs: found.inputs, state: found.state, crc: found.crc };
    },
    save(inputs, files, result, checkpoints = []) {
      if (writeKept(dir, file, inputs, files, JSON.stringify(result), checkpoints)) stats.written = true;
    },
  };
}

/** Whether `a` and `b` begin with the same `length` characters (both are at least that long). */
function samePrefix(a: string, b: string, length: number): boolean {
  const tail = Math.max(0, length - 256);
  return a.slice(tail, length) === b.slice(tail, length) && a.startsWith(b.slice(0, length));
}

/**
 * `<FORMAT> <inputs' length> <files> <checkpoints> <CRC-32 of the text> <text's length>\n<text><states>`,
 * the text being the inputs then the result's JSON (UTF-8; the inputs' length in UTF-16 code units), then
 * each checkpoint's state; checkpoints are `-` or `files.inputs.bytes.crc` (the state's CRC-32) joined by
 * commas. A torn or altered file is not read.
 */
function header(inputs: number, files: number, checkpoints: string, text: Buffer): string {
  return `${FORMAT} ${inputs} ${files} ${checkpoints} ${crc32!(text).toString(16)} ${text.length}\n`;
}

function readKept(file: string): { inputs: string; files: number; result: string; checkpoints: (Checkpoint & { crc: number })[] } | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  const line = bytes.toString('latin1', 0, newline + 1);
  const fields = /^(.+) (\d+) (\d+) (-|\d+\.\d+\.\d+\.\d+(?:,\d+\.\d+\.\d+\.\d+)*) [0-9a-f]+ (\d+)\n$/.exec(line);
  if (!fields || fields[1] !== FORMAT) return undefined;
  const sizes = fields[4] === '-' ? [] : fields[4]!.split(',').map((c) => c.split('.').map(Number) as [number, number, number, number]);
  let at = newline + 1 + Number(fields[5]);
  if (bytes.length !== at + sizes.reduce((n, [, , length]) => n + length, 0)) return undefined;
  const text = bytes.subarray(newline + 1, at);
  if (line !== header(Number(fields[2]), Number(fields[3]), fields[4]!, text)) return undefined;
  const decoded = text.toString('utf8');
  const inputs = Number(fields[2]);
  const checkpoints = sizes.map(([files, inputs, length, crc]) => ({ files, inputs, crc, state: bytes.subarray(at, (at += length)) }));
  return { inputs: decoded.slice(0, inputs), files: Number(fields[3]), result: decoded.slice(inputs), checkpoints };
}

function writeKept(dir: string, file: string, inputs: string, files: number, json: string, checkpoints: readonly Checkpoint[]): boolean {
  const text = Buffer.from(inputs + json, 'utf8');
  const sizes = checkpoints.map((c) => `${c.files}.${c.inputs}.${c.state.length}.${c.crc ?? crc32!(c.state)}`).join(',') || '-';
  return replaceCacheFile(dir, file, Buffer.concat([Buffer.from(header(inputs.length, files, sizes, text), 'latin1'), text, ...checkpoints.map((c) => c.state)]), '.json', MAX_RESULTS);
}
