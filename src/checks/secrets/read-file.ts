import { closeSync, createReadStream } from 'node:fs';
import { openRegularFile, readOpened } from '../../files/read-bounded.js';
import type { ScanSession } from './scanner.js';

/** Files up to this size are read in one call; larger ones are streamed in chunks of the same size. */
export const WHOLE_READ_BYTES = 1024 * 1024;
/** How far into a file NUL bytes are looked for, as git does to call a file binary. */
const BINARY_SNIFF_BYTES = 8000;

export type ReadOutcome =
  | { status: 'scanned'; bytes: number }
  | { status: 'binary' }
  | { status: 'too-large'; size: number }
  | { status: 'unreadable'; reason: string };

/** NUL bytes near the start, as git decides a file is binary. */
export function looksBinary(buf: Uint8Array): boolean {
  const end = Math.min(buf.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (buf[i] === 0) return true;
  return false;
}

/**
 * Feeds a file to a scan session: small files in one synchronous read (no thread-pool round trips,
 * which dominate when a tree has thousands of small files), large ones streamed in chunks so memory
 * stays flat however big the file is. Binary files and files over `maxBytes` are not scanned.
 */
export async function feedFile(path: string, maxBytes: number, start: () => ScanSession, signal?: AbortSignal, root?: string): Promise<ReadOutcome> {
  // The bounded reader's checks: only a regular file, never through a link out of the workspace.
  const opened = openRegularFile(path, { maxBytes, ...(root !== undefined ? { root } : {}) });
  if (!opened.ok) {
    if (opened.reason === 'too-large') return { status: 'too-large', size: opened.size ?? maxBytes + 1 };
    const reason = opened.reason === 'missing' ? 'ENOENT' : opened.detail.replace(/^cannot be read \((.*)\)$/, '$1').replace(/; skipped$/, '');
    return { status: 'unreadable', reason };
  }
  const fd = opened.fd;
  let streaming = false;
  try {
    if (opened.size <= WHOLE_READ_BYTES) {
      // fstat may say 0 for a file that is not (a /proc file): read at most the one-call size, then stream.
      const read = readOpened(fd, opened.size, Math.min(maxBytes, WHOLE_READ_BYTES));
      if (read.ok) {
        const buf = read.bytes;
        if (looksBinary(buf)) return { status: 'binary' };
        const session = start();
        session.push(buf);
        session.end();
        return { status: 'scanned', bytes: buf.length };
      }
      if (read.reason !== 'too-large') return { status: 'unreadable', reason: read.detail };
      if (maxBytes <= WHOLE_READ_BYTES) return { status: 'too-large', size: maxBytes + 1 };
    }
    streaming = true;
    return await stream(fd, maxBytes, start, signal);
  } catch (error) {
    return { status: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  } finally {
    if (!streaming) closeSync(fd);
  }
}

async function stream(fd: number, maxBytes: number, start: () => ScanSession, signal?: AbortSignal): Promise<ReadOutcome> {
  let session: ScanSession | undefined;
  let bytes = 0;
  // The stream owns the descriptor and closes it, also when we stop reading early.
  const chunks = createReadStream('', { fd, start: 0, highWaterMark: WHOLE_READ_BYTES, autoClose: true, signal });
  try {
    for await (const chunk of chunks) {
      const buf = chunk as Buffer;
      if (!session) {
        if (looksBinary(buf)) return { status: 'binary' };
        session = start();
      }
      bytes += buf.length;
      // A file that grows while it is read is cut at the limit rather than read forever.
      if (bytes > maxBytes) return { status: 'too-large', size: bytes };
      session.push(buf);
    }
  } finally {
    chunks.destroy();
  }
  session?.end();
  return { status: 'scanned', bytes };
}
