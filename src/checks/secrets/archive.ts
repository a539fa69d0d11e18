import { gunzipSync, inflateRawSync } from 'node:zlib';

/**
 * Reads the files inside .zip, .tar, .tar.gz/.tgz and .gz archives, for `secrets.archives: true`.
 * Bounded: an entry over `maxEntryBytes` or past `maxTotalBytes` of decompressed data is skipped,
 * so a zip bomb costs no more than the limits. Encrypted zip entries and nested archives are not
 * opened. Nothing here throws on bad input: a damaged archive yields what could be read, plus a reason.
 */

export interface ArchiveEntry { path: string; data: Buffer }
export interface ArchiveContents { entries: ArchiveEntry[]; skipped: string[]; problem?: string }
export interface ArchiveLimits { maxEntryBytes: number; maxTotalBytes: number }

/** Extensions the scanner can open; other archive types (7z, rar, xz, bz2, zst) get a notice only. */
export const READABLE_ARCHIVE = /\.(?:zip|tar|tgz|tar\.gz|gz)$/i;
export const ARCHIVE_EXTENSIONS = new Set(['zip', 'tar', 'tgz', 'gz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tbz2', 'txz']);

export function readArchive(name: string, bytes: Buffer, limits: ArchiveLimits): ArchiveContents {
  const out: ArchiveContents = { entries: [], skipped: [] };
  try {
    if (/\.zip$/i.test(name)) readZip(bytes, limits, out);
    else if (/\.tar$/i.test(name)) readTar(bytes, limits, out);
    else if (/\.(?:tgz|tar\.gz)$/i.test(name)) readTar(gunzip(bytes, limits), limits, out);
    else if (/\.gz$/i.test(name)) {
      const inner = name.replace(/^.*\//, '').replace(/\.gz$/i, '');
      const data = gunzip(bytes, limits);
      if (isTar(data)) readTar(data, limits, out);
      else out.entries.push({ path: inner, data });
    } else out.problem = 'not a readable archive type';
  } catch (error) {
    out.problem = (error as Error).message || 'damaged archive';
  }
  return out;
}

function gunzip(bytes: Buffer, limits: ArchiveLimits): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: limits.maxTotalBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new Error(`it decompresses to more than ${limits.maxTotalBytes} bytes`, { cause: error });
    throw new Error('it is not valid gzip data', { cause: error });
  }
}

function isTar(data: Buffer): boolean {
  return data.length >= 512 && data.subarray(257, 262).toString('latin1') === 'ustar';
}

function add(out: ArchiveContents, limits: ArchiveLimits, path: string, size: number, read: () => Buffer): void {
  const total = out.entries.reduce((n, e) => n + e.data.length, 0);
  if (size > limits.maxEntryBytes || total + size > limits.maxTotalBytes) { out.skipped.push(path); return; }
  out.entries.push({ path, data: read() });
}

function readTar(data: Buffer, limits: ArchiveLimits, out: ArchiveContents): void {
  let at = 0;
  let longName: string | undefined;
  while (at + 512 <= data.length) {
    const header = data.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) throw new Error('a tar header is damaged');
    const type = String.fromCharCode(header[156]!);
    const body = at + 512;
    if (body + size > data.length) throw new Error('the tar data ends early');
    if (type === 'L' || type === 'x') {
      const text = data.subarray(body, body + size).toString('utf8');
      longName = type === 'L' ? text.replace(/\0.*$/s, '') : /(?:^|\n)\d+ path=([^\n]*)\n/.exec(text)?.[1] ?? longName;
    } else {
      const prefix = field(345, 155);
      const path = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
      longName = undefined;
      if (type === '0' || type === '\0' || type === '7') add(out, limits, path, size, () => Buffer.from(data.subarray(body, body + size)));
    }
    at = body + Math.ceil(size / 512) * 512;
  }
}

function readZip(bytes: Buffer, limits: ArchiveLimits, out: ArchiveContents): void {
  // End of central directory: the last record signed PK\5\6, within the last 64 KB (the comment's maximum).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) throw new Error('it has no zip central directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('the zip central directory is damaged');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const path = bytes.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    at += 46 + nameLength + extraLength + commentLength;
    if (path.endsWith('/')) continue;
    if (flags & 1 || (method !== 0 && method !== 8) || local + 30 > bytes.length) { out.skipped.push(path); continue; }
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(dataStart, dataStart + compressed);
    add(out, limits, path, size, () => (method === 0 ? Buffer.from(raw) : inflateRawSync(raw, { maxOutputLength: Math.max(1, size) })));
  }
}
