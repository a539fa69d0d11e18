import { closeSync, createReadStream, readSync } from 'node:fs';
import { openRegularFile } from '../../files/read-bounded.js';
import type { Severity } from '../../types.js';
import type { ContextPolicy } from './context-policy.js';
import { feedFile, looksBinary, WHOLE_READ_BYTES, type ReadOutcome } from './read-file.js';
import type { SecretRule, TextKind } from './rule.js';
import { SECRET_RULES } from './rules/index.js';
import { SecretScanner, type ScanHit, type ScanSession } from './scanner.js';
import { contextOf } from './text-kind.js';

/** A text file (or log) to scan: the same description whether it is scanned here or in a worker thread. */
export interface TextFileJob {
  /** Relative to the working directory, forward slashes: findings name it. */
  file: string;
  /** Absolute path to read. */
  path: string;
  /** The workspace: a link from inside it to a place outside it is not followed. */
  root?: string;
  kind: TextKind;
  maxBytes: number;
  /** Only bytes [start, end) of the file, whole lines (a large log split between workers); no end: to the end of the file. */
  range?: { start: number; end?: number };
}

export interface TextFileScan {
  outcome: ReadOutcome;
  lines: number;
  hits: ScanHit[];
  /** For a range: nothing carries over into the next range (see ScanSession.endRange). */
  clean?: boolean;
}

const codeRules = () => SECRET_RULES.filter((r) => r.scope !== 'logs');
const logRules = (includePersonalData: boolean) => SECRET_RULES.filter((r) => includePersonalData || r.family !== 'personal-data');

/**
 * The scanners of one run: logs get the log-only rules (and personal data unless turned off). Each is
 * built on first use: a run (or a worker) with no log never builds the log scanner's automaton.
 */
export function secretScanners(includePersonalData: boolean): { readonly code: SecretScanner; readonly log: SecretScanner } {
  let code: SecretScanner | undefined;
  let log: SecretScanner | undefined;
  return {
    get code() { return (code ??= new SecretScanner(codeRules())); },
    get log() { return (log ??= new SecretScanner(logRules(includePersonalData))); },
  };
}

/** How many rules a log is scanned with (a metric), without building a scanner. */
export function logRuleCount(includePersonalData: boolean): number {
  return logRules(includePersonalData).length;
}

/** Reads and scans one text file; logs are streamed whatever their size, tree files up to maxBytes. */
export async function scanTextFile(
  scanners: { code: SecretScanner; log: SecretScanner }, job: TextFileJob, policy: Partial<ContextPolicy>, now: Date, signal?: AbortSignal,
): Promise<TextFileScan> {
  const log = job.kind === 'log';
  const scanner = log ? scanners.log : scanners.code;
  const hits: ScanHit[] = [];
  let lines = 0;
  const where = log ? {} : { context: contextOf(job.file), policy };
  if (job.range) return scanRange(scanner, job, job.range, { file: job.file, kind: job.kind, ...where, now }, signal);
  let session: ReturnType<SecretScanner['session']> | undefined;
  const outcome = await feedFile(job.path, job.maxBytes, () => (session = scanner.session({ file: job.file, kind: job.kind, ...where, now }, (h) => hits.push(h))), signal, job.root);
  if (outcome.status === 'scanned') lines = session?.lines ?? 0;
  return { outcome, lines, hits };
}

/** Scans one range of a file; a range that starts at 0 is sniffed for binary content as a whole file is. */
async function scanRange(
  scanner: SecretScanner, job: TextFileJob, range: { start: number; end?: number }, target: Parameters<SecretScanner['session']>[0], signal?: AbortSignal,
): Promise<TextFileScan> {
  const hits: ScanHit[] = [];
  let session: ScanSession | undefined;
  let bytes = 0;
  // The bounded reader's checks, as for a whole file; a refusal fails the range, and the file is then
  // read whole by feedFile, which reports why.
  const opened = openRegularFile(job.path, job.root !== undefined ? { root: job.root } : {});
  if (!opened.ok) return { outcome: { status: 'unreadable', reason: opened.detail }, lines: 0, hits: [] };
  const stream = createReadStream('', { fd: opened.fd, autoClose: true, start: range.start, end: range.end === undefined ? undefined : range.end - 1, highWaterMark: WHOLE_READ_BYTES, signal });
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      if (!session) {
        if (range.start === 0 && looksBinary(buf)) return { outcome: { status: 'binary' }, lines: 0, hits: [] };
        session = scanner.session({ ...target, continues: range.start > 0 }, (h) => hits.push(h));
      }
      bytes += buf.length;
      session.push(buf);
    }
  } catch (error) {
    return { outcome: { status: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }, lines: 0, hits: [] };
  } finally {
    stream.destroy();
  }
  let clean = true;
  if (session && range.end === undefined) session.end();
  else if (session) clean = session.endRange();
  return { outcome: { status: 'scanned', bytes }, lines: session?.lines ?? 0, hits, clean };
}

/** A log is split between threads in ranges of whole lines, none smaller than this. */
export const RANGE_MIN_BYTES = 4 * 1024 * 1024;

/**
 * The size of a log's next range when `left` bytes of it are not yet handed out: 1/(2 × threads) of
 * them, at least RANGE_MIN_BYTES. The ranges shrink towards the end, so the threads finish together.
 */
export function rangeShare(left: number, threads: number): number {
  return Math.max(RANGE_MIN_BYTES, Math.ceil(left / (2 * threads)));
}

/**
 * Where to cut a file of `size` bytes into about `parts` ranges of whole lines: offsets just after a
 * newline near each even share (0 first, the last range open-ended). Fewer cuts where no newline is near.
 */
export function lineCuts(path: string, size: number, parts: number, root?: string): number[] {
  const targets: number[] = [];
  for (let k = 1; k < parts; k++) targets.push(Math.floor((size * k) / parts));
  return cutsAfter(path, size, targets, root);
}

/**
 * Offsets just after the first newline at or after each target (ascending), 0 first: where ranges of
 * whole lines start. A target with no newline within 1 MB after it (a longer line is not cut), or
 * whose cut would not move forward, gives no cut.
 */
export function cutsAfter(path: string, size: number, targets: readonly number[], root?: string): number[] {
  const cuts = [0];
  const opened = openRegularFile(path, root !== undefined ? { root } : {});
  if (!opened.ok) return cuts;
  const fd = opened.fd;
  const buf = Buffer.alloc(64 * 1024);
  try {
    for (const target of targets) {
      let at = target;
      for (let read = 0; read < 16 && at < size; read++) {
        const n = readSync(fd, buf, 0, buf.length, at);
        if (n <= 0) break;
        const nl = buf.subarray(0, n).indexOf(10);
        if (nl < 0) { at += n; continue; }
        const cut = at + nl + 1;
        if (cut < size && cut > cuts[cuts.length - 1]!) cuts.push(cut);
        break;
      }
    }
  } finally {
    closeSync(fd);
  }
  return cuts;
}

/**
 * The scans of a file's ranges as one scan of the file: lines counted on, hits moved to their line in
 * the file. Undefined when a range failed or state carried over a cut: the file is then scanned whole.
 */
export function joinRanges(parts: TextFileScan[]): TextFileScan | undefined {
  if (parts[0]?.outcome.status === 'binary') return parts[0];
  let lines = 0;
  let bytes = 0;
  const hits: ScanHit[] = [];
  for (const [i, part] of parts.entries()) {
    if (part.outcome.status !== 'scanned' || (i < parts.length - 1 && !part.clean)) return undefined;
    for (const hit of part.hits) hits.push({ ...hit, line: hit.line + lines, endLine: hit.endLine + lines });
    lines += part.lines;
    bytes += part.outcome.bytes;
  }
  return { outcome: { status: 'scanned', bytes }, lines, hits };
}

/** A hit as it crosses between threads: the rule by id (the receiving side has the same rules). */
export interface WireHit extends Omit<ScanHit, 'rule'> {
  ruleId: string;
}

export function toWire(hit: ScanHit): WireHit {
  const { rule, ...rest } = hit;
  return { ...rest, ruleId: rule.meta.id };
}

const RULES_BY_ID = new Map<string, SecretRule>(SECRET_RULES.map((r) => [r.meta.id, r]));

export function fromWire(hit: WireHit): ScanHit {
  const { ruleId, ...rest } = hit;
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) throw new Error(`a worker reported the unknown rule ${ruleId}`);
  return { ...rest, rule, severity: rest.severity as Severity };
}
