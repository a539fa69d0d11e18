import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';

/**
 * The one way a check reads a file of the workspace (migrations, env files, code, the manifest, the
 * secrets tree, logs). A workspace is hostile input: a file may be a symlink to /dev/zero, a FIFO
 * that never ends, a /proc file whose fstat says 0 bytes, or a link out of the checkout. So:
 * - the real path is resolved first, and a path inside the workspace whose target lies outside it
 *   is not read (an absolute path the manifest names on purpose is read where it is);
 * - the file is opened without blocking (a FIFO with no writer would hang the open) and only a
 *   regular file is read;
 * - reading stops at the size cap whatever fstat said.
 * Every refusal is a value with a reason the check turns into a finding or notice, never a throw.
 */

export type SkipReason = 'missing' | 'directory' | 'not-regular' | 'outside-workspace' | 'too-large' | 'unreadable';

export type BoundedRead =
  | { ok: true; bytes: Buffer }
  /** size: from fstat, when it already showed the file too large. */
  | { ok: false; reason: SkipReason; detail: string; size?: number };

export interface BoundedReadOptions {
  /** More than this many bytes and the file is refused as too large; the read stops one byte past it. */
  maxBytes: number;
  /** The workspace root: a symbolic link from inside it to a place outside it is not followed. */
  root?: string;
}

/** An opened regular file, ready to be read with readOpened or streamed; the caller closes fd. */
export type OpenedFile = { ok: true; fd: number; size: number } | { ok: false; reason: SkipReason; detail: string; size?: number };

// O_NONBLOCK: opening a FIFO without a writer returns at once instead of hanging the event loop.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
// A file whose fstat size is 0 (a /proc file, one still being written) is read in chunks from this size up.
const FIRST_CHUNK = 4 * 1024;

export function openRegularFile(path: string, options: { root?: string; maxBytes?: number } = {}): OpenedFile {
  let real: string;
  try {
    // The native realpath(3): the JavaScript one walks the path a component at a time (3-5× slower).
    real = realpathSync.native(path);
  } catch (error) {
    return fromErrno(error);
  }
  if (options.root !== undefined && leavesWorkspace(path, real, options.root)) {
    return { ok: false, reason: 'outside-workspace', detail: 'is a symbolic link to a place outside the workspace; not followed' };
  }
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    return fromErrno(error);
  }
  let info: Stats;
  try {
    info = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    return fromErrno(error);
  }
  const refused = refuse(info, options.maxBytes);
  if (refused) {
    closeSync(fd);
    return refused;
  }
  return { ok: true, fd, size: info.size };
}

/** Reads a regular file whole, up to maxBytes (see the module comment for what is refused). */
export function readBounded(path: string, options: BoundedReadOptions): BoundedRead {
  const opened = openRegularFile(path, options);
  if (!opened.ok) return opened;
  try {
    return readOpened(opened.fd, opened.size, options.maxBytes);
  } finally {
    closeSync(opened.fd);
  }
}

/** Reads an open descriptor to its end or one byte past maxBytes, whichever comes first. */
export function readOpened(fd: number, sizeHint: number, maxBytes: number): BoundedRead {
  const limit = maxBytes + 1;
  // One byte past fstat's size, so that the read that finds the end is the second and last.
  let buf = Buffer.allocUnsafe(Math.min(limit, sizeHint > 0 ? sizeHint + 1 : FIRST_CHUNK));
  let length = 0;
  try {
    for (;;) {
      if (length === buf.length) {
        if (buf.length >= limit) break;
        const grown = Buffer.allocUnsafe(Math.min(limit, buf.length * 2));
        buf.copy(grown, 0, 0, length);
        buf = grown;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
  } catch (error) {
    return fromErrno(error);
  }
  // No size: the file held more than fstat said (a /proc file, a file still growing).
  if (length > maxBytes) return { ok: false, reason: 'too-large', detail: `is over ${formatSize(maxBytes)}; skipped` };
  return { ok: true, bytes: buf.subarray(0, length) };
}

function refuse(info: Stats, maxBytes: number | undefined): Exclude<OpenedFile, { ok: true }> | undefined {
  if (info.isDirectory()) return { ok: false, reason: 'directory', detail: 'is a directory' };
  if (!info.isFile()) return { ok: false, reason: 'not-regular', detail: `is ${kindOf(info)}, not a regular file; skipped` };
  if (maxBytes !== undefined && info.size > maxBytes) {
    return { ok: false, reason: 'too-large', detail: `is ${formatSize(info.size)}, over ${formatSize(maxBytes)}; skipped`, size: info.size };
  }
  return undefined;
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

const realRoots = new Map<string, { absolute: string; real: string }>();

/** A path written inside the workspace whose real location is outside it. */
function leavesWorkspace(path: string, real: string, root: string): boolean {
  // Keyed by the absolute root: a relative root means another place once the working directory changes.
  const key = isAbsolute(root) ? root : resolve(root);
  let roots = realRoots.get(key);
  if (roots === undefined) {
    const absolute = resolve(key);
    let realRoot: string;
    try {
      realRoot = realpathSync.native(absolute);
    } catch {
      realRoot = absolute;
    }
    roots = { absolute, real: realRoot };
    realRoots.set(key, roots);
  }
  if (!within(roots.absolute, resolve(path))) return false; // named outside on purpose: read where it is
  return !within(roots.real, real);
}

/** Both paths absolute and normalized (resolve, realpath): path is root or below it. */
function within(root: string, path: string): boolean {
  if (!path.startsWith(root)) return false;
  return path.length === root.length || root.endsWith(sep) || path[root.length] === sep;
}

function fromErrno(error: unknown): Exclude<BoundedRead, { ok: true }> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', detail: 'does not exist' };
  if (code === 'ELOOP') return { ok: false, reason: 'unreadable', detail: 'is a loop of symbolic links' };
  if (code === 'EISDIR') return { ok: false, reason: 'directory', detail: 'is a directory' };
  return { ok: false, reason: 'unreadable', detail: `cannot be read (${code ?? (error as Error).message})` };
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}
