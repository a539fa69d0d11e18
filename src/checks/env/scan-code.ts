import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { findUses, languageOf, type CodeUse } from './code-uses.js';
import { readTextFile } from './read-text-file.js';

/** Never scanned: dependencies, git internals and build output. */
export const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/dist/**'];
/** The most files env.scan reads in one run; the rest are reported as skipped, never dropped silently. */
export const MAX_SCANNED_FILES = 200_000;
// Files read between two yields to the event loop, so an abort is noticed while a large scan runs.
const BATCH = 500;

export interface FileUse extends CodeUse {
  /** Relative to the working directory, forward slashes. */
  file: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface CodeScan {
  uses: FileUse[];
  /** Files matched by the globs that the scanner can read (known extensions). */
  files: number;
  skipped: SkippedFile[];
}

/** Reads every file the globs match and collects their uses; files it cannot read become `skipped`. */
export async function scanCode(cwd: string, patterns: readonly string[], exclude: readonly string[] = [], signal?: AbortSignal): Promise<CodeScan> {
  const paths = (await glob([...patterns], {
    cwd, ignore: [...ALWAYS_EXCLUDED, ...exclude], dot: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false,
  })).filter((p) => languageOf(p) !== undefined).sort();
  const uses: FileUse[] = [];
  const skipped: SkippedFile[] = [];
  if (paths.length > MAX_SCANNED_FILES) {
    // A glob over a data directory: search the first files in name order and say where it stopped.
    const rest = paths.splice(MAX_SCANNED_FILES);
    skipped.push({ file: rest[0]!, reason: `and the ${(rest.length - 1).toLocaleString('en-US')} files after it were not searched: env.scan matches ${(paths.length + rest.length).toLocaleString('en-US')} files, more than the ${MAX_SCANNED_FILES.toLocaleString('en-US')} one run reads` });
  }
  for (const [index, file] of paths.entries()) {
    if (index % BATCH === 0 && index > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
    }
    const read = readTextFile(join(cwd, file), { root: cwd });
    if (!read.ok) {
      if (read.reason !== 'missing') skipped.push({ file, reason: read.detail });
      continue;
    }
    for (const use of findUses(file, read.text)) uses.push({ ...use, file });
  }
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return { uses, files: paths.length, skipped };
}
