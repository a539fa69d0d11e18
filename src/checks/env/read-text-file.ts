import { readBounded } from '../../files/read-bounded.js';

/** Files larger than this are skipped with a notice: no env file or source file needs more. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export type TextFile =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing' | 'too-large' | 'binary' | 'unreadable'; detail: string };

/**
 * Reads a file as UTF-8 text, refusing (as a value, never a throw) what is missing, over 2 MiB, a
 * directory, not a regular file (a FIFO, a device), a symbolic link out of the workspace `root`, or
 * binary. `allowBinary` hands binary content back so a dotenv file can be reported as such at its
 * line. Synchronous on purpose: for thousands of small files it is about five times faster than
 * fs.promises, whose every open, stat and read is a round trip through the thread pool.
 */
export function readTextFile(path: string, options: { allowBinary?: boolean; root?: string } = {}): TextFile {
  const read = readBounded(path, { maxBytes: MAX_TEXT_BYTES, ...(options.root !== undefined ? { root: options.root } : {}) });
  if (!read.ok) {
    if (read.reason === 'missing' || read.reason === 'too-large') {
      const size = read.size !== undefined ? `${(read.size / 1024 / 1024).toFixed(1)} MiB` : 'over 2 MiB';
      const detail = read.reason === 'too-large' ? `is ${size}; files over 2 MiB are skipped` : read.detail;
      return { ok: false, reason: read.reason, detail };
    }
    return { ok: false, reason: 'unreadable', detail: read.detail };
  }
  const bytes = read.bytes;
  if (!options.allowBinary && bytes.subarray(0, 8192).includes(0)) {
    return { ok: false, reason: 'binary', detail: 'is binary (it holds NUL bytes); skipped' };
  }
  return { ok: true, text: bytes.toString('utf8') };
}
