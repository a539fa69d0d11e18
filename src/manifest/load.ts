import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import type { Manifest } from './types.js';
import { readBounded } from '../files/read-bounded.js';
import { ManifestError, type ManifestProblem } from './errors.js';
import { acceptSingleStrings, validateAgainstSchema } from './validate.js';
import { checkReferences } from './references.js';
import type { ManifestPath, Position } from './position.js';
import { DEFAULT_MANIFEST } from './default-manifest.js';

export { DEFAULT_MANIFEST };
export const SUPPORTED_VERSION = 1;
const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Problems listed at most; the rest are counted. */
const MAX_PROBLEMS = 100;

// Declared apart so references.ts can name them without importing this file back (no import cycles).
export type { ManifestPath, Position } from './position.js';

/** A valid manifest, and a way back from any of its values to the line and column it came from. */
export interface LoadedManifest {
  data: Manifest;
  /** As given, relative to the working directory with forward slashes: what findings print. */
  file: string;
  source: string;
  /** Where a value (or, with "key", its key) stands in the file. */
  locate(path: ManifestPath, part?: 'key' | 'value'): Position | undefined;
}

/**
 * Where the default manifest is, seen from a subdirectory: walks up to the repository root (the
 * directory holding .git), so `release-gate` works from anywhere in the repository. The directory
 * found becomes the working directory, since the manifest's paths are relative to it.
 */
export function findManifest(cwd: string): { path: string; cwd: string } {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, DEFAULT_MANIFEST))) return { path: DEFAULT_MANIFEST, cwd: dir };
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return { path: DEFAULT_MANIFEST, cwd };
  }
}

/** Reads, parses and validates a manifest; throws ManifestError with every problem found. */
export async function loadManifest(path: string, cwd: string = process.cwd()): Promise<LoadedManifest> {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  const file = toDisplayPath(absolute, cwd);
  // The bounded reader: a FIFO, a device or a huge file is refused, whatever fstat says.
  const read = readBounded(absolute, { maxBytes: MAX_MANIFEST_BYTES, root: cwd });
  if (!read.ok) {
    const why = read.reason === 'missing'
      ? `not found. Create it (see docs/manifest.md), or pass --manifest PATH (the action's \`manifest\` input)`
      : read.reason === 'directory'
        ? 'is a directory; give the path of the YAML manifest'
        : read.reason === 'too-large'
          ? `is ${read.size !== undefined ? `${read.size} bytes` : 'over 1 MiB'}; a manifest may be at most 1 MiB`
          : read.detail.replace(/; skipped$/, '');
    throw new ManifestError(file, [{ message: why }]);
  }
  const source = read.bytes.toString('utf8');
  return parseManifest(source, file);
}

/** Parses manifest text; pure, so tests and property tests can call it with any string. */
export function parseManifest(source: string, file: string): LoadedManifest {
  const lineCounter = new LineCounter();
  // Duplicate keys are found below with one set per map: yaml's uniqueKeys compares each key with
  // every earlier one, and 20,000 keys took seconds.
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: false });
  const problems: ManifestProblem[] = doc.errors.map((e) => ({
    line: e.linePos?.[0].line ?? 1,
    column: e.linePos?.[0].col ?? 1,
    message: `YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
  }));
  if (!problems.length) {
    visit(doc, {
      Map(_, map) {
        const seen = new Set<string>();
        for (const pair of map.items) {
          if (!isScalar(pair.key)) continue;
          const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
          if (!seen.has(key)) { seen.add(key); continue; }
          const at = lineCounter.linePos(pair.key.range?.[0] ?? 0);
          problems.push({ line: at.line, column: at.col, message: 'YAML: Map keys must be unique' });
        }
      },
    });
  }
  if (problems.length) throw new ManifestError(file, problems);

  const locate = (path: ManifestPath, part: 'key' | 'value' = 'value'): Position | undefined => {
    const found = findNode(doc, path);
    if (!found) return undefined;
    const node = part === 'key' && found.pair ? (found.pair.key as Node) : (found.node ?? (found.pair?.key as Node | undefined));
    const range = node?.range ?? (found.pair?.key as Node | undefined)?.range;
    if (!range) return undefined;
    const start = lineCounter.linePos(range[0]);
    const end = lineCounter.linePos(Math.max(range[0], range[1]));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  const at = (path: ManifestPath, part: 'key' | 'value' = 'value') => {
    const p = locate(path, part) ?? locate(path.slice(0, -1), 'key') ?? { line: 1, column: 1 };
    return { line: p.line, column: p.column };
  };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ManifestError(file, [{ line: 1, column: 1, message: `YAML: ${(error as Error).message}` }]);
  }
  if (data === null || data === undefined) {
    throw new ManifestError(file, [{ line: 1, column: 1, message: 'is empty; start it with `version: 1` (see docs/manifest.md)' }]);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ManifestError(file, [{ ...at([]), message: `must be a map of sections (version, environments, env, ...), got ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}` }]);
  }

  const record = data as Record<string, unknown>;
  if (!('version' in record)) {
    problems.push({ line: 1, column: 1, message: `has no \`version\`; add \`version: ${SUPPORTED_VERSION}\` as its first key` });
  } else if (record.version !== SUPPORTED_VERSION) {
    problems.push({ ...at(['version']), message: `version ${JSON.stringify(record.version)} is not supported; this release-gate reads version ${SUPPORTED_VERSION}` });
  }
  acceptSingleStrings(record);
  problems.push(...validateAgainstSchema(record, at).filter((p) => !p.message.startsWith('version ') && !/^the manifest is missing "version"/.test(p.message)));
  if (!problems.length) problems.push(...checkReferences(record as unknown as Manifest, at, locate));
  if (problems.length) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    // Twenty thousand unknown keys are one mistake: the first ones say what it is.
    if (problems.length > MAX_PROBLEMS) {
      const more = problems.length - MAX_PROBLEMS;
      problems.splice(MAX_PROBLEMS, more, { message: `and ${more.toLocaleString('en-US')} more problems like these` });
    }
    throw new ManifestError(file, problems);
  }
  return { data: record as unknown as Manifest, file, source, locate };
}

// Keys by map, built once per map: a search of the items for every lookup made a manifest of 20,000
// unknown keys quadratic (16 s), since each of their errors is located.
const keyIndexes = new WeakMap<object, Map<string, Pair>>();

function pairOf(map: { items: unknown[] }, key: string): Pair | undefined {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (!isPair(p)) continue;
      const text = keyText(p.key);
      if (text !== undefined && !index.has(text)) index.set(text, p);
    }
    keyIndexes.set(map, index);
  }
  return index.get(key);
}

function findNode(doc: Document, path: ManifestPath): { node?: Node; pair?: Pair } | undefined {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      pair = pairOf(node, String(segment));
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
      pair = undefined;
      if (node === undefined) return undefined;
    } else {
      return undefined;
    }
  }
  return { node: (node ?? undefined) as Node | undefined, pair };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

export function toDisplayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute).split('\\').join('/');
}
