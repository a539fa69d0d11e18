import { readFile, stat } from 'node:fs/promises';
import { closeSync } from 'node:fs';
import { openRegularFile, readBounded } from '../../files/read-bounded.js';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { isLineAdded, type ChangedFile } from '../../git/git.js';
import { GATE_RULES } from '../../rules/registry.js';
import { compareFindings, type Finding } from '../../types.js';
import type { CheckContext, CheckOutput } from '../check.js';
import { ARCHIVE_EXTENSIONS, READABLE_ARCHIVE, readArchive } from './archive.js';
import { fingerprint, parseBaseline, renderBaseline, type BaselineEntry } from './baseline.js';
import { readConfig, type SecretsConfig, type SecretsSection } from './config.js';
import { hitToFinding } from './findings.js';
import { looksBinary, type ReadOutcome } from './read-file.js';
import type { TextKind } from './rule.js';
import { NOTICE_RULES } from './rules/scan-notices.js';
import type { ScanHit } from './scanner.js';
import { cutsAfter, fromWire, joinRanges, logRuleCount, RANGE_MIN_BYTES, rangeShare, scanTextFile, secretScanners, type TextFileJob, type TextFileScan } from './scan-file.js';
import type { ScanWorkerInit, ScanWorkerResult } from './scan-worker.js';
import { contextOf, textKindOf } from './text-kind.js';
import { ALWAYS_EXCLUDED, BINARY_EXTENSIONS, extensionOf, KEYSTORE_EXTENSIONS, walkFiles } from './walk.js';
import { INPUTS } from './meta.js';
import type { WorkerPool } from '../../workers/threads.js';

type ScanPool = WorkerPool<TextFileJob[], ScanWorkerResult[]>;

/** The file name findings use for a log read from standard input. */
export const STDIN_FILE = '<stdin>';
/** Files read at once; scanning itself is synchronous, so more would only queue. */
const READ_CONCURRENCY = 8;
/**
 * Text (estimated) each thread must have for a worker to repay what it costs: a worker's start, its
 * scanner and its own warm-up (V8 compiles the rules' code again in every thread) cost 0.3-0.45 s of
 * CPU. Measured on 2 idle cores (issue 21): a 23 MB tree took 0.33-0.37 s on one thread and
 * 0.40-0.53 s on two; 50 MB of files 0.92 s and 0.89 s; a 100 MB log 1.73 s and 1.47 s.
 */
const BYTES_PER_THREAD = 48 * 1024 * 1024;
/**
 * Tree files are estimated at the mean size of one in SIZE_SAMPLE_EVERY of them (at most
 * MAX_SIZE_SAMPLES looked up), so that deciding on threads costs no stat per file; at this size each
 * until a few are known. (Estimated at 8 KB each, 500 files of 100 KB were taken for 4 MB.)
 */
const TYPICAL_FILE_BYTES = 8 * 1024;
const SIZE_SAMPLE_EVERY = 16;
const MAX_SIZE_SAMPLES = 1024;
/** Tree files per job sent to a worker: enough to amortise a message, few enough to balance. */
const FILES_PER_JOB = 24;
/** Jobs a worker holds at once: the one it scans and the next, so it never waits for the main thread to send one. */
const WORKER_DEPTH = 2;

// The input names are declared with the check's metadata.
export { INPUTS } from './meta.js';

interface Tally {
  files: number;
  bytes: number;
  lines: number;
  binary: number;
  tooLarge: number;
  unreadable: number;
  /** Archives given a notice, archives opened, and text files scanned inside them. */
  archives: { notScanned: number; opened: number; entries: number };
}

const emptyTally = (): Tally => ({ files: 0, bytes: 0, lines: 0, binary: 0, tooLarge: 0, unreadable: 0, archives: { notScanned: 0, opened: 0, entries: 0 } });

/** The most files one tree scan reads; a larger tree is scanned up to it, in name order, with a warning. */
export const MAX_TREE_FILES = 200_000;

/** One scan: the tree or the pull request's added lines, then the logs and stdin, then allow comments and the baseline. */
export async function runSecrets(ctx: CheckContext, section: SecretsSection): Promise<CheckOutput> {
  const config = readConfig(section, ctx.input(INPUTS.baseline));
  // Built on first use: with worker threads, the workers build their own and these may never be needed.
  let built: ReturnType<typeof secretScanners> | undefined;
  const scanners = () => (built ??= secretScanners(config.includePersonalData));
  const now = ctx.now();
  const notices: Finding[] = [];
  /** Hits by file; `inner` names the file inside an archive that a hit was found in. */
  const located: { hit: ScanHit; file: string; inner?: string }[] = [];
  const code = emptyTally();
  const logs = emptyTally();

  const logFiles = await expandLogs(ctx.cwd, config);
  const logSet = new Set(logFiles);

  /** Key stores, binary files and archives are handled here, never in a worker; true when the file was one. */
  const scanSpecial = async (file: string, kind: TextKind, tally: Tally): Promise<boolean> => {
    const ext = extensionOf(file);
    if (KEYSTORE_EXTENSIONS.has(ext)) {
      notices.push(notice(NOTICE_RULES.keystoreFile.meta, file, `${file} is a key store, which usually holds a private key`));
      return true;
    }
    if (BINARY_EXTENSIONS.has(ext)) { tally.binary++; return true; }
    if (kind !== 'log' && ARCHIVE_EXTENSIONS.has(ext)) { await scanArchive(file, tally); return true; }
    return false;
  };
  // Logs are streamed whatever their size, so the size limit is for the tree only.
  const textJob = (file: string, kind: TextKind): TextFileJob =>
    ({ file, path: resolve(ctx.cwd, file), root: ctx.cwd, kind, maxBytes: kind === 'log' ? Number.MAX_SAFE_INTEGER : config.maxFileSize });
  const recordScan = (file: string, scan: TextFileScan, tally: Tally, keep: (hit: ScanHit) => boolean = () => true) => {
    record(scan.outcome, file, tally, config, notices);
    if (scan.outcome.status === 'scanned') tally.lines += scan.lines;
    for (const hit of scan.hits) if (keep(hit)) located.push({ hit, file });
  };
  const scanOne = async (file: string, kind: TextKind, tally: Tally, keep?: (hit: ScanHit) => boolean) => {
    if (ctx.signal.aborted || (await scanSpecial(file, kind, tally))) return;
    recordScan(file, await scanTextFile(scanners(), textJob(file, kind), config.contexts, now, ctx.signal), tally, keep);
  };

  /** An archive: a notice, or (with `archives: true`) each text file inside scanned, bounded by max-file-size. */
  const scanArchive = async (file: string, tally: Tally) => {
    if (!config.archives && contextOf(file) === 'vendored') { tally.binary++; return; } // a vendored package (a Helm dependency .tgz): not a place secrets get forgotten
    if (!config.archives || !READABLE_ARCHIVE.test(file)) {
      tally.archives.notScanned++;
      const why = config.archives ? 'the scanner cannot open this archive type' : 'archives are not opened unless secrets.archives is true';
      notices.push(notice(NOTICE_RULES.archiveNotScanned.meta, file, `not scanned: ${file} is an archive (${why})`));
      return;
    }
    const read = readBounded(resolve(ctx.cwd, file), { maxBytes: config.maxFileSize, root: ctx.cwd });
    if (!read.ok) {
      record(read.reason === 'too-large' ? { status: 'too-large', size: read.size ?? config.maxFileSize + 1 } : { status: 'unreadable', reason: read.detail }, file, tally, config, notices);
      return;
    }
    const bytes = read.bytes;
    tally.archives.opened++;
    tally.bytes += bytes.length;
    const contents = readArchive(file, bytes, { maxEntryBytes: config.maxFileSize, maxTotalBytes: 4 * config.maxFileSize });
    if (contents.problem || contents.skipped.length) {
      const parts = [contents.problem, contents.skipped.length ? `${contents.skipped.length} entr${contents.skipped.length === 1 ? 'y' : 'ies'} over the size limits or encrypted (${contents.skipped.slice(0, 3).join(', ')}${contents.skipped.length > 3 ? ', …' : ''})` : ''].filter(Boolean);
      notices.push(notice(NOTICE_RULES.archiveNotScanned.meta, file, `partly scanned: ${file}: ${parts.join('; ')}`));
    }
    for (const entry of contents.entries) {
      const ext = extensionOf(entry.path);
      if (BINARY_EXTENSIONS.has(ext) || KEYSTORE_EXTENSIONS.has(ext) || ARCHIVE_EXTENSIONS.has(ext) || looksBinary(entry.data)) continue;
      const target = { file: entry.path, kind: textKindOf(entry.path), context: contextOf(entry.path), policy: config.contexts, now };
      const session = scanners().code.session(target, (hit) => located.push({ hit, file, inner: entry.path }));
      session.push(entry.data);
      session.end();
      tally.archives.entries++;
      tally.lines += session.lines;
    }
  };

  let mode: 'tree' | 'diff';
  let logsScanned = false;
  if (ctx.base) {
    mode = 'diff';
    ctx.threads?.release('secrets-scan'); // the added lines are read on this thread
    const changes = await ctx.git.changes(ctx.base);
    const include = picomatch(config.paths, { dot: true });
    const exclude = picomatch([...ALWAYS_EXCLUDED, ...config.exclude], { dot: true });
    const selected = changes.filter((c) => c.added.length > 0 && include(c.path) && !exclude(c.path) && !logSet.has(c.path));
    await inPool(selected, READ_CONCURRENCY, (change: ChangedFile) =>
      scanOne(change.path, textKindOf(change.path), code, (hit) => isLineAdded(change, hit.line)));
  } else {
    mode = 'tree';
    const files: string[] = [];
    const onSkip = (path: string, why: string) => {
      code.unreadable++;
      const special = !why.startsWith('the directory');
      notices.push({ ...notice(NOTICE_RULES.unreadable.meta, path, `could not read ${path}: ${why}`), ...(special ? { severity: 'notice' as const } : {}) });
    };
    const onCapped = (count: number) => {
      notices.push(notice(NOTICE_RULES.scanCapped.meta, undefined, `the scan stopped after ${count.toLocaleString('en-US')} files, the most one scan reads; the rest of the tree was not scanned`));
    };
    const walk = { root: ctx.cwd, include: config.paths, exclude: config.exclude, gitignore: true, signal: ctx.signal, onSkip, onCapped, maxFiles: MAX_TREE_FILES };
    const logBytes = await totalSize(ctx.cwd, logFiles);
    const sizes = { count: 0, bytes: 0, pending: [] as Promise<void>[] };
    const sampleSize = (file: string) => sizes.pending.push(stat(resolve(ctx.cwd, file)).then((s) => { sizes.count++; sizes.bytes += s.size; }, () => {}));
    const estimate = () => files.length * (sizes.count >= 8 ? sizes.bytes / sizes.count : TYPICAL_FILE_BYTES) + logBytes;
    const worthThreads = () => !!ctx.threads?.worthIt(estimate(), 2 * BYTES_PER_THREAD);
    // A thread per BYTES_PER_THREAD, up to one per core; RELEASE_GATE_THREADS (worth it even for no work) sets the number.
    const threadCount = () => (ctx.threads!.worthIt(0, 1) ? ctx.threads!.size : Math.min(ctx.threads!.size, Math.floor(estimate() / BYTES_PER_THREAD)));
    // The workers start as soon as the work is known to be worth them (at once when the logs are, or
    // threads are asked for), and build the scanner of their first jobs (logs go first) while the tree
    // is walked; the other scanner is built by a worker's first job that needs it (a log-only run's
    // code scanner cost each worker 15-40 ms of CPU for nothing).
    const init: ScanWorkerInit = { includePersonalData: config.includePersonalData, policy: config.contexts, nowMs: now.getTime(), build: logFiles.length ? ['log'] : ['code'] };
    let pool: ScanPool | undefined;
    const startPool = () => (pool ??= ctx.threads!.pool<TextFileJob[], ScanWorkerResult[]>('secrets-scan', init, threadCount() - 1, WORKER_DEPTH));
    try {
      if (worthThreads()) startPool();
      for await (const file of walkFiles(walk)) {
        if (logSet.has(file)) continue;
        files.push(file);
        if (files.length % SIZE_SAMPLE_EVERY === 1 && sizes.pending.length < MAX_SIZE_SAMPLES) sampleSize(file);
        if (!pool && files.length % 256 === 0 && worthThreads()) startPool();
      }
      await Promise.all(sizes.pending);
      if (worthThreads()) {
        // Every core: text files go to the threads in batches, in the order they were found.
        const jobs: { file: string; tally: Tally; job: TextFileJob }[] = [];
        for (const file of files) {
          const kind = textKindOf(file);
          if (!(await scanSpecial(file, kind, code))) jobs.push({ file, tally: code, job: textJob(file, kind) });
        }
        for (const file of logFiles) if (!(await scanSpecial(file, 'log', logs))) jobs.push({ file, tally: logs, job: textJob(file, 'log') });
        const scans = await scanInThreads(ctx, startPool(), jobs.map((j) => j.job), (job) => scanTextFile(scanners(), job, config.contexts, now, ctx.signal));
        scans.forEach((scan, i) => { if (scan) recordScan(jobs[i]!.file, scan, jobs[i]!.tally); });
        logsScanned = true;
      } else {
        ctx.threads?.release('secrets-scan');
        await inPool(files, READ_CONCURRENCY, (file) => scanOne(file, textKindOf(file), code));
      }
    } finally {
      // Also when the walk failed or was interrupted: idle workers would keep the process alive.
      await (pool as ScanPool | undefined)?.close();
      ctx.threads?.release('secrets-scan');
    }
  }

  if (!logsScanned) await inPool(logFiles, READ_CONCURRENCY, (file) => scanOne(file, 'log', logs));

  let stdinBytes: number | undefined;
  if (ctx.stdin) {
    const session = scanners().log.session({ file: STDIN_FILE, kind: 'log', now }, (hit) => located.push({ hit, file: STDIN_FILE }));
    for await (const chunk of ctx.stdin()) {
      if (ctx.signal.aborted) break;
      session.push(chunk);
    }
    session.end();
    stdinBytes = session.bytes;
  }
  if (ctx.signal.aborted) throw new Error('the secrets scan was interrupted before it finished');

  // Baseline: accepted findings by fingerprint; a broken or missing baseline fails the gate loudly.
  const writeBaseline = ctx.input(INPUTS.writeBaseline);
  let accepted = new Set<string>();
  if (config.baseline) {
    const loaded = await loadBaseline(ctx.cwd, config.baseline, !!writeBaseline);
    if ('finding' in loaded) notices.push(loaded.finding);
    else accepted = loaded.fingerprints;
  }

  const findings: Finding[] = [];
  const newBaseline: BaselineEntry[] = [];
  const suppressed = { allowComment: 0, baseline: 0 };
  const byRule: Record<string, number> = {};
  const today = now.toISOString().slice(0, 10);
  const allows = new Map<string, { rules: string[]; reason: string | null; until: string | null; file: string; line: number; column: number; hidden: number }>();
  for (const { hit, file, inner } of located) {
    ctx.masker.add(hit.secret);
    let expired = '';
    if (hit.allowed) {
      const a = hit.allowed;
      // Like every ignore, an allow comment with `(until DATE)` stops hiding the finding on that day.
      if (a.until && a.until <= today) {
        expired = ` (the release-gate:allow at line ${a.line} expired on ${a.until}${a.reason ? `; its reason was: ${a.reason}` : ''})`;
      } else {
        suppressed.allowComment++;
        if (inner === undefined) {
          const key = `${file}:${a.line}:${a.column}`;
          const known = allows.get(key);
          if (!known) allows.set(key, { rules: [hit.rule.meta.id], reason: a.reason ?? null, until: a.until ?? null, file, line: a.line, column: a.column, hidden: 1 });
          else { known.hidden++; if (!known.rules.includes(hit.rule.meta.id)) known.rules.push(hit.rule.meta.id); }
        }
        continue;
      }
    }
    const print = fingerprint(hit.rule.meta.id, hit.secret);
    if (writeBaseline) newBaseline.push({ fingerprint: print, ruleId: hit.rule.meta.id, file, line: hit.line });
    if (accepted.has(print)) { suppressed.baseline++; continue; }
    if (writeBaseline) continue;
    const finding = inner === undefined ? hitToFinding(hit, file) : archiveFinding(hitToFinding(hit, file), inner);
    findings.push(expired ? { ...finding, message: finding.message + expired } : finding);
    byRule[hit.rule.meta.id] = (byRule[hit.rule.meta.id] ?? 0) + 1;
  }

  // An allow comment hides a finding for good unless it says why; the reason is what a reviewer can check later.
  for (const a of allows.values()) {
    if (a.reason) continue;
    findings.push({
      ruleId: GATE_RULES.suppressionWithoutReason.id, severity: GATE_RULES.suppressionWithoutReason.severity,
      message: `this release-gate:allow of ${a.rules.join(', ')} gives no reason, so nobody can tell later whether it still holds`,
      file: a.file, line: a.line, column: a.column,
      hint: `Add the reason after a colon, and a date to look again: \`release-gate:allow ${a.rules[0]}: a revoked test key (until 2027-03-01)\`.`,
    });
  }

  // The baseline goes exactly where the user said (the entry point writes it), never a second copy elsewhere.
  const files: Record<string, string> = {};
  let baselineMetric: Record<string, unknown> | undefined;
  if (writeBaseline) {
    files[writeBaseline] = renderBaseline(newBaseline);
    const count = new Set(newBaseline.map((e) => e.fingerprint)).size;
    baselineMetric = { written: writeBaseline, entries: count };
    notices.push(notice(NOTICE_RULES.baselineWritten.meta, undefined, `recorded ${count} accepted finding${count === 1 ? '' : 's'} in ${writeBaseline}; review every entry before committing it`));
  }

  return {
    findings: [...findings, ...notices].sort(compareFindings),
    metrics: {
      mode,
      rules: logRuleCount(config.includePersonalData),
      files: { scanned: code.files, bytes: code.bytes, lines: code.lines, skippedBinary: code.binary, skippedTooLarge: code.tooLarge, unreadable: code.unreadable },
      archives: code.archives,
      logs: { scanned: logs.files, bytes: logs.bytes, lines: logs.lines, unreadable: logs.unreadable },
      ...(stdinBytes !== undefined ? { stdin: { bytes: stdinBytes } } : {}),
      findingsByRule: byRule,
      suppressed,
      ...(config.baseline ? { baseline: { file: config.baseline, accepted: accepted.size } } : {}),
      ...(baselineMetric ? { baselineWritten: baselineMetric } : {}),
      ...(allows.size ? { suppressions: [...allows.values()].map(({ column: _column, ...s }) => s) } : {}),
    },
    files,
  };
}

/** A finding inside an archive names the archive as its file; the entry and its line go in the message. */
function archiveFinding(f: Finding, inner: string): Finding {
  const { line, column: _column, endLine: _endLine, endColumn: _endColumn, ...rest } = f;
  return { ...rest, message: `${f.message} (inside the archive: ${inner}, line ${line})` };
}

function notice(meta: { id: string; severity: Finding['severity']; help: string }, file: string | undefined, message: string, line?: number, column?: number): Finding {
  const f: Finding = { ruleId: meta.id, severity: meta.severity, message, hint: meta.help };
  if (file !== undefined) f.file = file;
  if (line !== undefined) f.line = line;
  if (column !== undefined) f.column = column;
  return f;
}

function record(outcome: ReadOutcome, file: string, tally: Tally, config: SecretsConfig, notices: Finding[]): void {
  switch (outcome.status) {
    case 'scanned':
      tally.files++;
      tally.bytes += outcome.bytes;
      return;
    case 'binary':
      tally.binary++;
      notices.push(notice(NOTICE_RULES.binarySkipped.meta, file, `not scanned: ${file} looks binary (NUL bytes in its first 8 KB)`));
      return;
    case 'too-large':
      tally.tooLarge++;
      notices.push(notice(NOTICE_RULES.fileTooLarge.meta, file, `not scanned: ${file} is ${formatBytes(outcome.size)}, over secrets.max-file-size (${formatBytes(config.maxFileSize)})`));
      return;
    case 'unreadable':
      tally.unreadable++;
      notices.push(notice(NOTICE_RULES.unreadable.meta, file, `could not read ${file} (${outcome.reason})`));
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

async function expandLogs(cwd: string, config: SecretsConfig): Promise<string[]> {
  if (!config.logs.length) return [];
  const files = await glob([...config.logs], {
    cwd, dot: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false,
    ignore: [...ALWAYS_EXCLUDED, ...config.exclude],
  });
  return files.map((f) => f.replace(/\\/g, '/')).sort();
}

async function loadBaseline(cwd: string, file: string, writing: boolean): Promise<{ fingerprints: Set<string> } | { finding: Finding }> {
  let source: string;
  try {
    source = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && writing) return { fingerprints: new Set() };
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
    return { finding: notice(NOTICE_RULES.baselineInvalid.meta, file, `the secrets baseline ${file} ${why}`) };
  }
  const parsed = parseBaseline(source);
  if ('problem' in parsed) {
    const { message, line, column } = parsed.problem;
    return { finding: notice(NOTICE_RULES.baselineInvalid.meta, file, `the secrets baseline ${file} ${message}`, line, column) };
  }
  return parsed;
}

/**
 * Scans text files in worker threads and on the main thread, and returns the scans in the files'
 * order. A job whose worker fails is scanned here instead, with the same code.
 *
 * Every thread takes its next job from one queue, cut when it is taken (guided self-scheduling): a
 * large log goes out in ranges of whole lines of 1/(2 × threads) of what is left of it (at least
 * RANGE_MIN_BYTES), then tree files in batches sized the same way (at most FILES_PER_JOB). The
 * first jobs are large, the last small, so no thread sits idle at the end while another finishes a
 * large range (with eight equal ranges on two threads, up to 150-300 ms).
 */
export async function scanInThreads(
  ctx: Pick<CheckContext, 'signal' | 'progress'>, pool: ScanPool, jobs: TextFileJob[], inProcess: (job: TextFileJob) => Promise<TextFileScan>,
): Promise<(TextFileScan | undefined)[]> {
  const threads = pool.size + 1;
  // Logs are the largest jobs: they go first, so no thread is left with one at the end.
  const logs = jobs.filter((job) => job.kind === 'log');
  const files = jobs.filter((job) => job.kind !== 'log');
  // A large log's ranges, in file order, as they are cut; the scans are joined after.
  const ranges = new Map<TextFileJob, TextFileJob[]>();
  let log: { job: TextFileJob; size: number; at: number } | undefined;
  let nextLog = 0;
  let nextFile = 0;
  // The last jobs (a log's ranges of the least size, the batches that shrink below FILES_PER_JOB) are
  // not taken ahead: one waiting in a worker behind another could leave the main thread idle at the end.
  const tail = (): boolean => {
    if (log) return rangeShare(log.size - log.at, threads) <= RANGE_MIN_BYTES;
    if (nextLog < logs.length) return false;
    return Math.ceil((files.length - nextFile) / (2 * threads)) < FILES_PER_JOB;
  };
  const take = (ahead = false): TextFileJob[] | undefined => {
    if (ctx.signal.aborted || (ahead && tail())) return undefined;
    while (!log && nextLog < logs.length) {
      const job = logs[nextLog++]!;
      // Only a file the bounded reader accepts (regular, inside the workspace) is split; any other is
      // left to feedFile, which reports why it is not read.
      const opened = openRegularFile(job.path, job.root !== undefined ? { root: job.root } : {});
      if (opened.ok) closeSync(opened.fd);
      if (!opened.ok || opened.size < 2 * RANGE_MIN_BYTES) return [job];
      log = { job, size: opened.size, at: 0 };
      ranges.set(job, []);
    }
    if (log) {
      const { job, size, at } = log;
      const share = rangeShare(size - at, threads);
      // The rest goes whole when what would be left is too small to be worth a range of its own.
      const end = size - (at + share) < RANGE_MIN_BYTES ? undefined : nextLineStart(job, at + share, size);
      log = end === undefined ? undefined : { job, size, at: end };
      if (at === 0 && end === undefined) { ranges.delete(job); return [job]; } // no line to cut at: scanned whole
      const part: TextFileJob = { ...job, range: end === undefined ? { start: at } : { start: at, end } };
      ranges.get(job)!.push(part);
      return [part];
    }
    if (nextFile >= files.length) return undefined;
    const count = Math.min(FILES_PER_JOB, Math.max(1, Math.ceil((files.length - nextFile) / (2 * threads))));
    const batch = files.slice(nextFile, nextFile + count);
    nextFile += count;
    return batch;
  };
  const scans = new Map<TextFileJob, TextFileScan>();
  let failure: string | undefined;
  // A worker's first job is sent at once, before the worker has started: it is waiting in its queue
  // when the worker is ready. (Sent only once the worker said it was ready, it waited 50-130 ms for
  // the main thread's event loop, busy with its own first range.) Its second (the pool holds up to
  // WORKER_DEPTH) goes out once the first is back: queued behind the first while the worker was
  // still starting, it would have held work the main thread could have done meanwhile.
  const viaWorker = async (after?: Promise<void>, firstBack = () => {}) => {
    // Not `await after` when there is none: that waited for a microtask, after the main thread's
    // synchronous scan of its whole first file (read and scanned before its first await), so the
    // worker's first job went out 20-40 ms late.
    if (after) await after;
    const ahead = after !== undefined;
    for (let b = take(ahead); b; b = take(ahead)) {
      let results: TextFileScan[];
      try {
        results = (await pool.run(b)).map((r: ScanWorkerResult) => ({ ...r, hits: r.hits.map(fromWire) }));
      } catch (error) {
        failure ??= (error as Error).message;
        results = [];
        for (const job of b) results.push(await inProcess(job));
      }
      b.forEach((job, i) => scans.set(job, results[i]!));
      firstBack();
    }
    firstBack();
  };
  // The main thread scans too, from the first moment: the pool has one worker fewer than there are
  // cores, so no thread waits idle and one fewer loads the scanner.
  const here = async () => {
    for (let b = take(); b; b = take()) {
      for (const job of b) {
        scans.set(job, await inProcess(job));
        // Between files, the workers' finished jobs are answered with new ones.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  };
  try {
    const loops = Array.from({ length: pool.size }, () => {
      let back!: () => void;
      const first = new Promise<void>((resolve) => (back = resolve));
      return [viaWorker(undefined, back), ...Array.from({ length: WORKER_DEPTH - 1 }, () => viaWorker(first))];
    });
    // The workers' first jobs go out (above) before the main thread takes its own.
    await Promise.all([...loops.flat(), here()]);
  } finally {
    await pool.close();
  }
  // The findings are complete either way; only the time was lost, and it should not go unnoticed.
  if (failure !== undefined) ctx.progress?.(`secrets: a worker thread failed (${failure}); its files were scanned on the main thread`);
  for (const [job, parts] of ranges) {
    // Interrupted before the last range was cut or scanned: no scan of the file.
    if (parts.length === 0 || parts[parts.length - 1]!.range!.end !== undefined || parts.some((part) => !scans.has(part))) continue;
    scans.set(job, joinRanges(parts.map((part) => scans.get(part)!)) ?? (await inProcess(job)));
  }
  // Undefined only where the run was interrupted before the job started.
  return jobs.map((job) => scans.get(job));
}

/**
 * Where the line after byte `target` of the log starts (a newline within 1 MB of it), or undefined
 * when there is none or the file cannot be read: the log's last range then runs to its end.
 */
function nextLineStart(job: TextFileJob, target: number, size: number): number | undefined {
  const cut = cutsAfter(job.path, size, [target], job.root)[1];
  return cut !== undefined && cut < size ? cut : undefined;
}

async function totalSize(cwd: string, files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += await stat(resolve(cwd, file)).then((s) => s.size, () => 0);
  return total;
}

/** Runs fn over items with at most `limit` in flight. */
async function inPool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
