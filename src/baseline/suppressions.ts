import { closeSync, readSync } from 'node:fs';
import { openRegularFile } from '../files/read-bounded.js';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import type { Finding } from '../types.js';

/** A reason to hide a finding: an inline `release-gate-ignore` comment or a manifest `ignore:` entry. */
export interface Suppression {
  rules: string[];
  reason?: string;
  /** YYYY-MM-DD: from that day on the finding is reported again. */
  until?: string;
  /** Where the suppression is written, for the summary and the no-reason warning. */
  file: string;
  line: number;
  column: number;
  source: 'inline' | 'manifest';
}

export interface ManifestIgnore {
  rule: string;
  path?: string;
  reason?: string;
  until?: string;
}

// `release-gate-ignore rule-a, rule-b: why (until 2027-03-01)` after any comment marker, on the
// finding's line or the line above.
const INLINE = /release-gate-ignore(?!-file)[ \t]+([a-z0-9]+(?:-[a-z0-9]+)*(?:[ \t]*,[ \t]*[a-z0-9]+(?:-[a-z0-9]+)*)*)[ \t]*(?::([^\n]*))?$/;
const UNTIL = /\(\s*until\s+(\d{4}-\d{2}-\d{2})\s*\)/;

export function parseInline(text: string): Pick<Suppression, 'rules' | 'reason' | 'until'> & { column: number } | undefined {
  const cleaned = text.replace(/\s*(\*\/|-->)\s*$/, '');
  const m = INLINE.exec(cleaned);
  if (!m) return undefined;
  let reason = m[2]?.trim() ?? '';
  let until: string | undefined;
  const u = UNTIL.exec(reason);
  if (u) {
    until = u[1];
    reason = reason.replace(UNTIL, '').trim();
  }
  return { rules: m[1]!.split(/[ \t]*,[ \t]*/), reason: reason || undefined, until, column: m.index + 1 };
}

export interface SuppressionOutcome {
  findings: Finding[];
  /** Suppressions that hid at least one finding, with how many. */
  active: (Suppression & { hidden: number })[];
  /** Findings reported again because their suppression expired. */
  expired: number;
}

/**
 * Applies inline and manifest suppressions to one check's findings. An expired suppression reports
 * its finding again, saying so; one without a reason still hides, but earns a warning of its own.
 */
export class Suppressor {
  /** Lines read so far, by file and 1-based number; undefined for a file that cannot be read. */
  private readonly lines = new Map<string, Map<number, string> | undefined>();
  private readonly matchers: ((file: string) => boolean)[];

  constructor(
    private readonly cwd: string,
    private readonly today: string,
    private readonly ignores: readonly (ManifestIgnore & { line: number; column: number })[],
    private readonly manifestFile: string,
    /** Checks that read `release-gate-ignore` comments themselves (migrations). */
    private readonly ownInline: ReadonlySet<string> = new Set(['migrations']),
  ) {
    this.matchers = ignores.map((i) => (i.path ? picomatch(i.path, { dot: true }) : () => true));
  }

  apply(check: string, findings: readonly Finding[]): SuppressionOutcome {
    const kept: Finding[] = [];
    const active = new Map<string, Suppression & { hidden: number }>();
    let expired = 0;
    if (!this.ownInline.has(check)) this.readLinesOf(findings);
    for (const f of findings) {
      const s = this.find(check, f);
      if (!s) { kept.push(f); continue; }
      if (s.until && s.until <= this.today) {
        expired++;
        kept.push({ ...f, message: `${f.message} (the ignore at ${s.file}:${s.line} expired on ${s.until}${s.reason ? `; its reason was: ${s.reason}` : ''})` });
        continue;
      }
      const key = `${s.file}:${s.line}:${s.column}`;
      const known = active.get(key);
      if (known) known.hidden++;
      else active.set(key, { ...s, hidden: 1 });
    }
    return { findings: kept, active: [...active.values()], expired };
  }

  private find(check: string, f: Finding): Suppression | undefined {
    if (f.file !== undefined && f.line !== undefined && !this.ownInline.has(check)) {
      const lines = this.lines.get(f.file);
      for (const line of [f.line, f.line - 1]) {
        const text = lines?.get(line);
        if (text === undefined || !text.includes(INLINE_MARKER)) continue;
        const parsed = parseInline(text);
        if (parsed && parsed.rules.includes(f.ruleId)) {
          return { rules: parsed.rules, reason: parsed.reason, until: parsed.until, file: f.file, line, column: parsed.column, source: 'inline' };
        }
      }
    }
    for (const [i, ignore] of this.ignores.entries()) {
      if (ignore.rule !== f.ruleId) continue;
      if (ignore.path && (f.file === undefined || !this.matchers[i]!(f.file))) continue;
      return { rules: [ignore.rule], reason: ignore.reason, until: ignore.until, file: this.manifestFile, line: ignore.line, column: ignore.column, source: 'manifest' };
    }
    return undefined;
  }

  /**
   * Reads the lines the findings sit on and the lines above them, in one pass over each file that
   * keeps only those lines: a finding in a 1 GB log must not load the whole log.
   */
  private readLinesOf(findings: readonly Finding[]): void {
    const wanted = new Map<string, Set<number>>();
    for (const f of findings) {
      if (f.file === undefined || f.line === undefined) continue;
      const known = this.lines.get(f.file);
      if (this.lines.has(f.file) && (!known || (known.has(f.line) && (f.line < 2 || known.has(f.line - 1))))) continue;
      let lines = wanted.get(f.file);
      if (!lines) wanted.set(f.file, (lines = new Set()));
      lines.add(f.line);
      if (f.line > 1) lines.add(f.line - 1);
    }
    for (const [file, lines] of wanted) {
      const read = readLinesHolding(resolve(this.cwd, file), lines, INLINE_MARKER);
      const known = this.lines.get(file);
      if (read && known) for (const [n, text] of read) known.set(n, text);
      else this.lines.set(file, read);
    }
  }
}

const CHUNK_BYTES = 1024 * 1024;
/** What every inline suppression holds: a line without it suppresses nothing. */
const INLINE_MARKER = 'release-gate-ignore';

/**
 * readLines for lines that matter only when they hold `marker` (ASCII): in a file without the marker
 * anywhere, which one native search over its bytes tells, the lines are not walked one by one, and
 * every wanted line comes back empty. A finding deep in a 100 MB log cost a walk over every line
 * before it; this costs a search at memory speed.
 */
export function readLinesHolding(path: string, wanted: ReadonlySet<number>, marker: string): Map<number, string> | undefined {
  const holds = fileHolds(path, marker);
  if (holds === undefined) return undefined;
  if (holds) return readLines(path, wanted);
  return new Map([...wanted].map((line) => [line, '']));
}

/** Whether the file's bytes hold `marker` (ASCII); undefined when it cannot be read. */
function fileHolds(path: string, marker: string): boolean | undefined {
  const opened = openRegularFile(path);
  if (!opened.ok) return undefined;
  const fd = opened.fd;
  const needle = Buffer.from(marker, 'latin1');
  // Each read keeps the last marker length - 1 bytes of the one before, so a marker across reads is seen.
  const keep = needle.length - 1;
  const buf = Buffer.allocUnsafe(CHUNK_BYTES + keep);
  let kept = 0;
  try {
    for (let n = readSync(fd, buf, kept, CHUNK_BYTES, null); n > 0; n = readSync(fd, buf, kept, CHUNK_BYTES, null)) {
      const filled = kept + n;
      if (buf.subarray(0, filled).indexOf(needle) !== -1) return true;
      kept = Math.min(keep, filled);
      buf.copy(buf, 0, filled - kept, filled);
    }
    return false;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The given 1-based lines of a file, as `readFileSync(path, 'utf8').split(/\r?\n/)` gives them, read
 * in chunks (a line past the end is left out); undefined when the file cannot be read.
 */
export function readLines(path: string, wanted: ReadonlySet<number>): Map<number, string> | undefined {
  // Only a regular file, opened without blocking: a finding may sit in a FIFO a check refused to read.
  const opened = openRegularFile(path);
  if (!opened.ok) return undefined;
  const fd = opened.fd;
  const out = new Map<number, string>();
  const last = Math.max(0, ...wanted);
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  let line = 1;
  let pending: Buffer[] = [];
  const keep = (ended: boolean) => {
    const text = Buffer.concat(pending).toString('utf8');
    out.set(line, ended && text.endsWith('\r') ? text.slice(0, -1) : text);
    pending = [];
  };
  try {
    for (let n = readSync(fd, buf, 0, CHUNK_BYTES, null); n > 0; n = readSync(fd, buf, 0, CHUNK_BYTES, null)) {
      let from = 0;
      while (from < n) {
        const nl = buf.indexOf(10, from);
        const to = nl < 0 || nl >= n ? n : nl;
        if (wanted.has(line)) pending.push(Buffer.from(buf.subarray(from, to)));
        if (to === n) break; // the line goes on in the next chunk
        if (wanted.has(line)) keep(true);
        line++;
        if (line > last) return out;
        from = to + 1;
      }
    }
    if (wanted.has(line)) keep(false);
    return out;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
