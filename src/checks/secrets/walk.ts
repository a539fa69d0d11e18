import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { isIgnored, parseGitignore, type IgnoreRule } from './gitignore.js';

/** Never scanned: version control internals, dependencies, and release-gate's own output. */
export const ALWAYS_EXCLUDED = ['**/.git/**', '**/node_modules/**', '.release-gate/**'];

/** Files whose bytes are not text; skipped silently (a notice for each image would bury the findings). */
export const BINARY_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'icns', 'webp', 'avif', 'tif', 'tiff', 'psd', 'heic',
  'woff', 'woff2', 'ttf', 'otf', 'eot',
  'jar', 'war', 'ear', 'whl', 'nupkg', 'apk', 'aab', 'ipa', 'deb', 'rpm', 'dmg', 'iso', 'msi', 'gem', 'crx', 'xpi', 'vsix',
  'mp3', 'mp4', 'm4a', 'mov', 'avi', 'mkv', 'webm', 'wav', 'flac', 'ogg',
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods',
  'exe', 'dll', 'so', 'dylib', 'o', 'a', 'lib', 'class', 'pyc', 'pyo', 'pyd', 'wasm', 'node', 'bin', 'beam', 'elc',
  'sqlite', 'sqlite3', 'db', 'parquet', 'avro', 'pb', 'mo', 'gmo', 'lockb', 'pkl', 'pickle', 'npy', 'npz', 'onnx', 'pt', 'h5', 'safetensors', 'tflite',
  'swf', 'fla', 'xcf', 'sketch', 'fig', 'blend', 'glb', 'fbx', 'ttc', 'pfb', 'pfm', 'afm', 'svgz', 'jxl', 'cur', 'ani',
]);

/** Key stores: binary, and a secret as a whole file. */
export const KEYSTORE_EXTENSIONS = new Set(['p12', 'pfx', 'jks', 'keystore', 'bks', 'jceks']);

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export interface WalkOptions {
  root: string;
  include: readonly string[];
  exclude: readonly string[];
  /** Honour .gitignore files (and .git/info/exclude) found along the way. */
  gitignore: boolean;
  signal?: AbortSignal;
  /** A directory that cannot be listed, or an entry that is not a regular file (a FIFO, a socket, a device): never silently left out. */
  onSkip?: (path: string, why: string) => void;
  /** Stop after this many files; onCapped is told. */
  maxFiles?: number;
  onCapped?: (yielded: number) => void;
}

/**
 * Yields the files under root (relative paths, forward slashes) that `include` matches and neither
 * `exclude` nor a .gitignore excludes. Directories that are excluded are not entered; symbolic links
 * are not followed.
 */
export async function* walkFiles(options: WalkOptions): AsyncGenerator<string> {
  const patterns = options.include.length ? [...options.include] : ['**/*'];
  const include = picomatch(patterns, { dot: true });
  const mayHold = directoriesToVisit(patterns);
  const exclude = picomatch([...ALWAYS_EXCLUDED, ...options.exclude], { dot: true });
  const rootRules: IgnoreRule[] = [];
  if (options.gitignore) {
    const info = await readFile(join(options.root, '.git', 'info', 'exclude'), 'utf8').catch(() => '');
    rootRules.push(...parseGitignore(info, ''));
  }
  const stack: { dir: string; rules: IgnoreRule[] }[] = [{ dir: '', rules: rootRules }];
  const maxFiles = options.maxFiles ?? Number.POSITIVE_INFINITY;
  let yielded = 0;
  while (stack.length) {
    if (options.signal?.aborted) return;
    const { dir, rules: inherited } = stack.pop()!;
    let entries;
    try {
      entries = await readdir(join(options.root, dir), { withFileTypes: true });
    } catch (error) {
      options.onSkip?.(dir || '.', `the directory cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing in it was scanned`);
      continue;
    }
    let rules = inherited;
    if (options.gitignore && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      const source = await readFile(join(options.root, dir, '.gitignore'), 'utf8').catch(() => '');
      rules = [...inherited, ...parseGitignore(source, dir)];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const entry of entries) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!mayHold(path) || exclude(path) || exclude(`${path}/`) || isIgnored(rules, path, true)) continue;
        subdirs.push(path);
      } else if (entry.isFile()) {
        if (!include(path) || exclude(path) || isIgnored(rules, path, false)) continue;
        if (yielded >= maxFiles) {
          options.onCapped?.(yielded);
          return;
        }
        yielded++;
        yield path;
      } else if (!entry.isSymbolicLink()) {
        // A FIFO would block a read and a device never ends; symbolic links are not followed at all.
        if (!include(path) || exclude(path) || isIgnored(rules, path, false)) continue;
        options.onSkip?.(path, `${describeSpecial(entry)}, not a regular file; not scanned`);
      }
    }
    // Depth-first in name order, so files come out sorted the same way on every machine.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push({ dir: subdirs[i]!, rules });
  }
}

/**
 * Which directories can hold a file the include patterns match: those on the way to, or inside, the
 * fixed folder each pattern starts with (`src/**` → src, `logs/*.log` → logs). A pattern that starts
 * with a glob (`*.ts`, `{a,b}/**`) or is negated lets every directory be visited. Paths ["src/**"] in a
 * repository of a thousand other folders no longer lists them all (the secrets bench: 5,500 files
 * listed, about 50 ms, before the scan of a log could start).
 */
export function directoriesToVisit(patterns: readonly string[]): (dir: string) => boolean {
  const bases: string[] = [];
  for (const pattern of patterns) {
    const scan = picomatch.scan(pattern);
    if (scan.negated) return () => true;
    // A pattern without glob characters names a file: the folder it is in.
    let base = scan.base.replace(/\/+$/, '');
    if (!scan.isGlob) base = base.includes('/') ? base.slice(0, base.lastIndexOf('/')) : '';
    if (!base) return () => true;
    bases.push(base);
  }
  return (dir) => bases.some((base) => dir === base || dir.startsWith(`${base}/`) || base.startsWith(`${dir}/`));
}

function describeSpecial(entry: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return 'not a file';
}
