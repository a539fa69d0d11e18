import type { Severity } from '../../types.js';
import { KeywordMatcher } from './prefilter.js';
import { DEFAULT_CONTEXT_POLICY, judgeInContext, type ContextPolicy } from './context-policy.js';
import { LineFactsReader, SLOW_FACTS } from './line-facts.js';
import type { Candidate, LineContext, SecretRule, TextKind } from './rule.js';
import type { FindingContext } from './text-kind.js';

/** A secret found in one text, located by 1-based line and UTF-16 column (end exclusive). */
export interface ScanHit {
  rule: SecretRule;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  secret: string;
  severity: Severity;
  detail?: string;
  /** Set when a `release-gate:allow` comment covers it: the check counts it instead of reporting it (until the comment expires). */
  allowed?: AllowComment;
}

/** A `release-gate:allow` comment: where it is, and the reason and expiry written after a colon. */
export interface AllowComment {
  line: number;
  column: number;
  reason?: string;
  /** YYYY-MM-DD, from `(until 2027-03-01)` after the reason. */
  until?: string;
}

export interface ScanTarget {
  file: string;
  kind: TextKind;
  /** A test file (the context `test` when no context is given). */
  testFile?: boolean;
  /** The file's context; by default `test` for a test file, else `config` or `code` by kind. */
  context?: FindingContext;
  /** Severity of generic matches per context (`secrets.contexts`); the defaults fill what is missing. */
  policy?: Partial<ContextPolicy>;
  now: Date;
  /** The text is a part of a file that starts after a newline (a range scanned by a worker): no byte order mark. */
  continues?: boolean;
}

/** Lines longer than this are scanned in windows, so one enormous minified line never sits whole in memory. */
export const MAX_LINE_BYTES = 1024 * 1024;
/** Windows of a long line overlap by this much, so a secret across a window edge is still seen whole. */
export const WINDOW_OVERLAP_BYTES = 8 * 1024;

const ALLOW_KEYWORD = 'release-gate:allow';
const ALLOW_DIRECTIVE = /release-gate:allow(?<next>-next-line)?(?<ids>(?:[ \t]+[a-z0-9]+(?:-[a-z0-9]+)*(?:[ \t]*,[ \t]*[a-z0-9]+(?:-[a-z0-9]+)*)*)?)(?:[ \t]*:(?<reason>.*))?/;
const ALLOW_UNTIL = /\(\s*until\s+(\d{4}-\d{2}-\d{2})\s*\)/;

/** Which rules a `release-gate:allow` comment covers: listed rule ids, or every rule when none is listed. */
interface Allowance { all: boolean; ids: Set<string>; comment: AllowComment }

function covering(allowance: Allowance | undefined, ruleId: string): AllowComment | undefined {
  return allowance && (allowance.all || allowance.ids.has(ruleId)) ? allowance.comment : undefined;
}

/** `: reason (until 2027-03-01)` after the rule ids, without a closing comment marker. */
function allowComment(line: number, column: number, rest: string | undefined): AllowComment {
  let reason = (rest ?? '').replace(/\s*(\*\/|-->|%>|#\})\s*$/, '').trim();
  const until = ALLOW_UNTIL.exec(reason)?.[1];
  if (until) reason = reason.replace(ALLOW_UNTIL, '').trim();
  return { line, column, ...(reason ? { reason } : {}), ...(until ? { until } : {}) };
}

/**
 * Finds secrets in text with a set of rules. One instance serves many files: the keyword automaton
 * is built once, and each file gets a session that is fed bytes as they are read.
 */
/** A keyword automaton and what each of its keywords triggers. */
interface KeywordTable {
  matcher: KeywordMatcher;
  /** Keyword id → indices (in priority order) of the rules it triggers. */
  keywordRules: number[][];
  /** The id of `release-gate:allow`, which triggers no rule. */
  allowKeyword: number;
  /** The pseudo-keyword id reported for digit runs, and how long a run must be (0: no rule asks). */
  digitRunKeyword: number;
  digitRunLength: number;
}

/** The automaton of the keywords of the rules that `runs` keeps (by index in `rules`). */
function keywordTable(rules: readonly SecretRule[], runs: (rule: SecretRule) => boolean): KeywordTable {
  const keywords: string[] = [];
  const index = new Map<string, number>();
  const keywordRules: number[][] = [];
  rules.forEach((rule, r) => {
    if (!runs(rule)) return;
    for (const raw of rule.keywords) {
      const k = raw.toLowerCase();
      let id = index.get(k);
      if (id === undefined) {
        id = keywords.length;
        index.set(k, id);
        keywords.push(k);
        keywordRules.push([]);
      }
      if (!keywordRules[id]!.includes(r)) keywordRules[id]!.push(r);
    }
  });
  const allowKeyword = keywords.length;
  keywords.push(ALLOW_KEYWORD);
  keywordRules.push([]);
  // Digit runs are a pseudo-keyword after the real ones; the shortest run any rule asks for triggers all of them.
  const digitRunKeyword = keywordRules.length;
  const digitRules = rules.flatMap((rule, r) => (rule.digitRun && runs(rule) ? [r] : []));
  keywordRules.push(digitRules);
  const digitRunLength = Math.min(...digitRules.map((r) => rules[r]!.digitRun!));
  return { matcher: new KeywordMatcher(keywords), keywordRules, allowKeyword, digitRunKeyword, digitRunLength: Number.isFinite(digitRunLength) ? digitRunLength : 0 };
}

/**
 * Finds secrets in text with a set of rules. One instance serves many files: the keyword automaton
 * is built once, and each file gets a session that is fed bytes as they are read.
 */
export class SecretScanner {
  readonly rules: readonly SecretRule[];
  /** Every line decoded and searched for keywords one by one: slow, and the oracle tests hold the fast path to. */
  readonly reference: boolean;
  /** The automaton of every rule's keywords; built on first use. */
  private everyRule: KeywordTable | undefined;
  /**
   * The automaton for log files, without the keywords of rules that find nothing in logs
   * (SecretRule.skipsLogs): `http ` on every access line would otherwise be a hit to look up and
   * drop. Built on first use: the log scanner of a run never builds the other.
   */
  private logRules: KeywordTable | undefined;
  /** By rule index: its byte test (SecretRule.admits), if it has one. */
  readonly admits: readonly (SecretRule['admits'] | undefined)[];
  readonly knownIds: ReadonlySet<string>;
  /** By rule index: 1 when the rule gathers a multi-line block (SecretRule.block). */
  readonly blockRules: Uint8Array;

  constructor(rules: readonly SecretRule[], options: { reference?: boolean } = {}) {
    this.rules = rules;
    this.reference = !!options.reference;
    this.knownIds = new Set(rules.map((r) => r.meta.id));
    this.admits = rules.map((r) => r.admits);
    this.blockRules = Uint8Array.from(rules, (r) => (r.block ? 1 : 0));
  }

  /** The automaton for a kind of text: the reference path runs every rule its keywords trigger, so the oracle test checks skipsLogs as well. */
  private table(kind: TextKind): KeywordTable {
    if (kind === 'log' && !this.reference) return (this.logRules ??= keywordTable(this.rules, (rule) => !rule.skipsLogs));
    return (this.everyRule ??= keywordTable(this.rules, () => true));
  }

  /**
   * Builds now what the first scan would build (the automaton, its digit-run tables, its WebAssembly):
   * a scanner with log-only rules is taken to be the one for logs.
   */
  prebuild(): void {
    const table = this.table(this.rules.some((rule) => rule.scope === 'logs') ? 'log' : 'code');
    table.matcher.collect(EMPTY, 0, 0, table.digitRunLength, table.digitRunKeyword);
  }

  /** The tables of the automata built so far, by their key in the bundle's pack (automata-pack.ts). */
  packEntries(): ReturnType<KeywordMatcher['packEntries']> {
    return [this.everyRule, this.logRules].flatMap((table) => table?.matcher.packEntries() ?? []);
  }

  session(target: ScanTarget, onHit: (hit: ScanHit) => void): ScanSession {
    return new ScanSession(this, this.table(target.kind), target, onHit);
  }

  /** Scans a whole text (tests, stdin already in memory); returns the hits in order. */
  scanText(text: string | Buffer, target: ScanTarget): ScanHit[] {
    const hits: ScanHit[] = [];
    const session = this.session(target, (h) => hits.push(h));
    const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    for (let i = 0; i < buf.length; i += MAX_LINE_BYTES) session.push(buf.subarray(i, i + MAX_LINE_BYTES));
    session.end();
    return hits;
  }
}

interface OpenBlock {
  rule: SecretRule;
  line: number;
  column: number;
  colOffset: number;
  lines: string[];
  allowed?: AllowComment;
}

/** The state of scanning one text: line number, a partial last line, an open PEM block, allow comments. */
export class ScanSession {
  bytes = 0;
  private lineNo = 1;
  /** UTF-16 offset, within the current line, of the first byte not yet scanned (for windows of long lines). */
  private colOffset = 0;
  private carry: Buffer | undefined;
  private block: OpenBlock | undefined;
  private allowNext: { line: number; allowance: Allowance } | undefined;
  /** Findings already emitted on a line scanned in overlapping windows, so the overlap reports nothing twice. */
  private readonly seen = new Set<string>();
  private seenLine = 0;
  private windowed = false;
  /** Where the lines visited in the buffer being scanned end, and that line's index in the range (visitHits, blockLines). */
  private cursor = 0;
  private cursorLine = 0;
  private readonly marked: Uint8Array;
  private readonly context: LineContext;
  private readonly policy: ContextPolicy;
  private readonly continues: boolean;
  private readonly kind: TextKind;
  /** The rules a line's keywords trigger, reused from line to line (a new array for each of ~500,000 lines cost more than their rules). */
  private readonly triggered: Int32Array;
  /** The facts of the lines of the buffer being scanned (logs only). */
  private readonly facts = new LineFactsReader();

  private readonly matcher: KeywordMatcher;
  private readonly keywordRules: number[][];
  private readonly allowKeyword: number;
  private readonly digitRunKeyword: number;
  private readonly digitRunLength: number;

  constructor(
    private readonly scanner: SecretScanner,
    table: KeywordTable,
    target: ScanTarget,
    private readonly onHit: (hit: ScanHit) => void,
  ) {
    this.matcher = table.matcher;
    this.keywordRules = table.keywordRules;
    this.allowKeyword = table.allowKeyword;
    this.digitRunKeyword = table.digitRunKeyword;
    this.digitRunLength = table.digitRunLength;
    this.marked = new Uint8Array(scanner.rules.length);
    this.triggered = new Int32Array(scanner.rules.length);
    const context = target.context ?? (target.testFile ? 'test' : target.kind === 'config' ? 'config' : 'code');
    this.context = { file: target.file, kind: target.kind, testFile: context === 'test' || context === 'fixture', context, now: target.now };
    this.policy = { ...DEFAULT_CONTEXT_POLICY, ...target.policy };
    this.continues = !!target.continues;
    this.kind = target.kind;
  }

  get lines(): number {
    return this.lineNo - 1 + (this.carry ? 1 : 0);
  }

  push(chunk: Buffer | Uint8Array | string): void {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (buf.length === 0) return;
    this.bytes += buf.length;
    let pos = 0;
    if (this.carry) {
      const nl = buf.indexOf(10);
      if (nl === -1) {
        this.carry = Buffer.concat([this.carry, buf]);
        this.windowLongCarry();
        return;
      }
      const first = Buffer.concat([this.carry, buf.subarray(0, nl + 1)]);
      this.carry = undefined;
      this.scanLines(first, 0, first.length, false);
      pos = nl + 1;
    }
    const last = buf.lastIndexOf(10);
    if (last >= pos) {
      this.scanLines(buf, pos, last + 1, false);
      pos = last + 1;
    }
    if (pos < buf.length) {
      this.carry = Buffer.from(buf.subarray(pos));
      this.windowLongCarry();
    }
  }

  /**
   * Ends a range that stops after a newline, without ending the text: true when nothing carries over
   * to the next line (no open PEM block, no allow-next-line comment), so the next range, scanned on
   * its own, sees exactly what a scan of the whole text would.
   */
  endRange(): boolean {
    if (this.carry) return false;
    return !this.block && !(this.allowNext && this.allowNext.line >= this.lineNo);
  }

  end(): void {
    if (this.carry) {
      const rest = this.carry;
      this.carry = undefined;
      this.scanLines(rest, 0, rest.length, false);
    }
    if (this.block) this.closeBlock();
  }

  /** Scans a long unfinished line in windows; keeps only the tail (the overlap) for the next one. */
  private windowLongCarry(): void {
    while (this.carry && this.carry.length > MAX_LINE_BYTES) {
      const carry = this.carry;
      let cut = carry.length - WINDOW_OVERLAP_BYTES;
      while (cut > 0 && (carry[cut]! & 0xc0) === 0x80) cut--; // never split a UTF-8 sequence
      const cutColumn = utf16Length(carry, 0, cut);
      this.scanLines(carry, 0, carry.length, true, cutColumn);
      this.colOffset += cutColumn;
      this.carry = Buffer.from(carry.subarray(cut));
    }
  }

  /**
   * Scans buf[start, end): whole lines, or (partial) one window of a line that goes on. In a window,
   * candidates starting at or after `keepBefore` are left for the next window, which sees them whole.
   */
  private scanLines(buf: Buffer, start: number, end: number, partial: boolean, keepBefore = Infinity): void {
    if (this.scanner.reference) { this.scanEveryLine(buf, start, end, partial, keepBefore); return; }
    const newlines = this.matcher.collect(buf, start, end, this.digitRunLength, this.digitRunKeyword);
    const firstLine = this.lineNo;
    const firstColOffset = this.colOffset;
    // The set-up of visitHits is here: code before its loop runs once a buffer, too few times to be
    // measured before V8 compiles the loop, and would then cost a deoptimization (see visitHits).
    this.cursor = start;
    this.cursorLine = 0;
    if (this.kind === 'log') this.facts.reset(buf);
    this.visitHits(buf, end, partial, keepBefore, firstLine, firstColOffset, this.matcher.found, this.matcher.foundCount);
    if (this.block !== undefined) this.blockLines(buf, end, end, firstLine, firstColOffset, partial, keepBefore);
    if (partial) {
      this.lineNo = firstLine;
      this.colOffset = firstColOffset;
    } else {
      // Whole lines: the range ends with a newline, except the last line of a text without one.
      this.lineNo = firstLine + newlines + (end > start && buf[end - 1] !== 10 ? 1 : 0);
      this.colOffset = 0;
    }
  }

  /**
   * Visits the lines of buf[start, end) that hold a keyword hit (the matcher's found, just collected),
   * and the lines of an open PEM block before each; leaves in cursor and cursorLine where the lines
   * visited end. The loop is a function of its own, apart from scanLines' set-up and end, and nothing
   * follows it: V8 compiles it while it runs (on-stack replacement), and code after the loop (or on a
   * path) that had not run yet then cost a deoptimization and another compile of the whole at the end
   * of the first buffer (bench/README.md, session 9). The second round of the facts shares the first's
   * code for the same reason.
   */
  private visitHits(buf: Buffer, end: number, partial: boolean, keepBefore: number, firstLine: number, firstColOffset: number, hits: Int32Array, hitCount: number): void {
    // Only lines with a keyword are visited, plus the lines of an open PEM block.
    for (let h = 0; h < hitCount;) {
      const line = hits[h * 3 + 1]!;
      const lineStart = hits[h * 3 + 2]!;
      if (this.block !== undefined && this.cursor < lineStart) this.blockLines(buf, lineStart, end, firstLine, firstColOffset, partial, keepBefore);
      const triggered = this.triggered;
      const marked = this.marked;
      let count = 0;
      let allow = false;
      for (; h < hitCount && hits[h * 3 + 1] === line; h++) {
        const k = hits[h * 3]!;
        if (k === this.allowKeyword) { allow = true; continue; }
        const rules = this.keywordRules[k]!;
        for (let i = 0; i < rules.length; i++) {
          const r = rules[i]!;
          if (marked[r] === 0) { marked[r] = 1; triggered[count++] = r; }
        }
      }
      for (let i = 0; i < count; i++) marked[triggered[i]!] = 0;
      // Nothing triggered and no allow comment (a log's automaton holds only keywords of rules that run on logs): nothing to do.
      if (count === 0 && !allow && this.block === undefined) continue;
      let nl = partial ? -1 : buf.indexOf(10, lineStart);
      if (nl === -1 || nl >= end) nl = end;
      // In a log, when every rule the line triggers has a test of the line's facts, those tests first:
      // a line none of its rules can match on is never decoded. (With one rule that has none, the line
      // is decoded anyway. In source files nearly every such line is a real assignment or URL, and
      // the facts cost what they saved: 0.07 CPU s more on the bench's 500 files.)
      const admitsOf = this.scanner.admits;
      let wanted = 0;
      for (let i = 0; i < (this.kind === 'log' ? count : 0); i++) {
        const admits = admitsOf[triggered[i]!];
        if (admits === undefined) { wanted = 0; break; }
        wanted |= admits.facts;
      }
      let kept = count;
      if (wanted !== 0) {
        // The slow facts (read from every byte of the line) are taken as present first, and looked
        // for only when a rule that wants them is still in: a test admits more, never less, with more facts.
        let facts = wanted & SLOW_FACTS;
        let ask = wanted & ~SLOW_FACTS;
        for (;;) {
          facts = (facts & ~ask) | this.facts.facts(lineStart, nl, ask);
          let slow = 0;
          kept = 0;
          for (let i = 0; i < count; i++) {
            const r = triggered[i]!;
            const admits = admitsOf[r]!;
            const admitted = admits.test(facts & admits.facts, this.kind);
            const wants = admits.facts & SLOW_FACTS;
            // Without a branch: a rule admitted is rare in a log, and code first run late costs a deoptimization.
            triggered[kept] = r; // kept <= i: only a place already read is overwritten
            kept += admitted ? 1 : 0;
            slow |= admitted ? wants : 0;
          }
          // After the second round (the slow facts asked for), or when no rule left wants one.
          const second = (ask & SLOW_FACTS) !== 0;
          if (slow === 0 || second) break;
          ask = slow;
          count = kept;
        }
      }
      // An open PEM block takes every line; a line with no rule left and no allow comment has nothing to do.
      if (kept === 0 && !allow && this.block === undefined) continue;
      this.visitLine(buf, lineStart, nl, firstLine, firstColOffset, line, kept === 0 ? NONE_TRIGGERED : listOf(triggered, kept), allow, partial, keepBefore);
      this.cursor = nl + 1;
      this.cursorLine = line + 1;
    }
  }

  /** Visits the lines of an open PEM block from cursor up to `until` (or the block's end); moves cursor and cursorLine on. */
  private blockLines(buf: Buffer, until: number, end: number, firstLine: number, firstColOffset: number, partial: boolean, keepBefore: number): void {
    while (this.block !== undefined && this.cursor < until) {
      this.cursor = this.visit(buf, this.cursor, end, firstLine, firstColOffset, this.cursorLine, NONE_TRIGGERED, false, partial, keepBefore);
      this.cursorLine++;
    }
  }

  /** Scans the line that starts at lineStart (the `line`-th of the range); returns where the next line starts. */
  private visit(buf: Buffer, lineStart: number, end: number, firstLine: number, firstColOffset: number, line: number, triggered: number[], allow: boolean, partial: boolean, keepBefore: number): number {
    let nl = partial ? -1 : buf.indexOf(10, lineStart);
    if (nl === -1 || nl >= end) nl = end;
    this.visitLine(buf, lineStart, nl, firstLine, firstColOffset, line, triggered, allow, partial, keepBefore);
    return nl + 1;
  }

  /** Scans the line buf[lineStart, lineEnd), the `line`-th of the range. */
  private visitLine(buf: Buffer, lineStart: number, lineEnd: number, firstLine: number, firstColOffset: number, line: number, triggered: number[], allow: boolean, partial: boolean, keepBefore: number): void {
    this.lineNo = firstLine + line;
    this.colOffset = line === 0 ? firstColOffset : 0;
    this.scanLine(buf, lineStart, lineEnd, triggered, allow, partial, keepBefore);
  }

  /**
   * The reference path: visits every line of buf[start, end) and finds its keywords with a plain
   * substring search (ASCII letters folded, as the automaton folds them) and its digit runs with a
   * regular expression. Same results as scanLines, by another route.
   */
  private scanEveryLine(buf: Buffer, start: number, end: number, partial: boolean, keepBefore: number): void {
    const { keywords } = this.matcher;
    const { digitRunLength, digitRunKeyword } = this;
    const digitRun = digitRunLength > 0 ? new RegExp(`[0-9](?:[ -]?[0-9]){${digitRunLength - 1}}`) : undefined;
    const firstLine = this.lineNo;
    const firstColOffset = this.colOffset;
    let line = 0;
    for (let lineStart = start; lineStart < end; line++) {
      let nl = partial ? -1 : buf.indexOf(10, lineStart);
      if (nl === -1 || nl >= end) nl = end;
      const lower = buf.toString('latin1', lineStart, nl).replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
      const triggered = new Set<number>();
      keywords.forEach((keyword, k) => {
        if (k !== this.allowKeyword && lower.includes(keyword)) for (const r of this.keywordRules[k]!) triggered.add(r);
      });
      if (digitRun?.test(lower)) for (const r of this.keywordRules[digitRunKeyword]!) triggered.add(r);
      this.lineNo = firstLine + line;
      this.colOffset = line === 0 ? firstColOffset : 0;
      this.scanLine(buf, lineStart, nl, [...triggered], lower.includes(ALLOW_KEYWORD), partial, keepBefore);
      lineStart = nl + 1;
    }
    if (partial) {
      this.lineNo = firstLine;
      this.colOffset = firstColOffset;
    } else {
      this.lineNo = firstLine + line;
      this.colOffset = 0;
    }
  }

  /**
   * Runs the triggered rules on one line. What most lines need (decode, run the rules, nothing found)
   * stays in this function; what few need (a PEM block, an allow comment, findings to claim and emit)
   * is in functions of its own, which TurboFan does not inline while they stay rare: this one then
   * compiles in a fraction of the time, and an object shape first seen late in a run (a rule's first
   * candidate, the first PEM block) deoptimizes only the small function that meets it. Each thread
   * compiled this function 4-5 times per run, in 60-130 ms each (bench/README.md, session 9).
   */
  private scanLine(buf: Buffer, start: number, end: number, triggered: number[], allowHere: boolean, partial: boolean, keepBefore: number): void {
    let text = buf.toString('utf8', start, end);
    if (!partial && text.endsWith('\r')) text = text.slice(0, -1);
    if (this.lineNo === 1 && this.colOffset === 0 && !this.continues && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const line = this.lineNo;
    // Only a line scanned in windows (a partial one, or the rest of one) can see the same finding twice.
    const windowed = partial || this.colOffset > 0;
    if (windowed && line !== this.seenLine) { this.seen.clear(); this.seenLine = line; }
    this.windowed = windowed;

    if (this.block !== undefined && this.continueBlock(text, partial)) return;

    const allowance = allowHere ? this.allowDirective(text, line) : undefined;
    const fromAbove = this.allowNext !== undefined && this.allowNext.line === line ? this.allowNext.allowance : undefined;

    const rules = this.scanner.rules;
    const order = triggered;
    if (order.length > 1) order.sort((a, b) => a - b);
    // Claimed spans, sorted by start and never overlapping: rules run most specific first, and a span
    // already claimed is not reported again by a vaguer rule.
    let found = NONE_FOUND;
    for (let i = 0; i < order.length; i++) {
      const rule = rules[order[i]!]!;
      let candidates: readonly Candidate[];
      try {
        candidates = rule.find(text, this.context);
      } catch {
        continue; // A rule must never stop the scan; a throwing rule simply reports nothing on this line.
      }
      if (candidates.length !== 0) found = claim(found, rule, candidates, keepBefore);
    }
    if (found !== NONE_FOUND) this.emitFound(found, line, allowance, fromAbove);
    if (!partial && opensBlock(this.scanner.blockRules, order)) this.openBlock(text, order, found, line, allowance, fromAbove);
  }

  /** A line inside an open PEM block: true when the block took it (no rule runs on it). */
  private continueBlock(text: string, partial: boolean): boolean {
    const block = this.block!;
    if (partial) { this.closeBlock(); return false; }
    block.lines.push(text);
    const spec = block.rule.block!;
    if (spec.isEnd(text) || block.lines.length >= spec.maxLines) this.closeBlock();
    return true;
  }

  /** A `release-gate:allow` comment on this line: for this line, or (`-next-line`) kept for the next. */
  private allowDirective(text: string, line: number): Allowance | undefined {
    const m = ALLOW_DIRECTIVE.exec(text);
    if (!m) return undefined;
    const ids = new Set((m.groups!.ids ?? '').split(/[\s,]+/).filter((id) => this.scanner.knownIds.has(id)));
    const parsed = { all: ids.size === 0, ids, comment: allowComment(line, this.colOffset + m.index + 1, m.groups!.reason) };
    if (m.groups!.next) { this.allowNext = { line: line + 1, allowance: parsed }; return undefined; }
    return parsed;
  }

  private emitFound(found: readonly Claim[], line: number, allowance: Allowance | undefined, fromAbove: Allowance | undefined): void {
    for (const { rule, c } of found) {
      this.emit(rule, c, line, line, c.end, covering(allowance, rule.meta.id) ?? covering(fromAbove, rule.meta.id));
    }
  }

  /** Opens a PEM block at the first triggered rule whose block starts on this line, outside the spans already claimed. */
  private openBlock(text: string, order: readonly number[], found: readonly Claim[], line: number, allowance: Allowance | undefined, fromAbove: Allowance | undefined): void {
    const rules = this.scanner.rules;
    for (const r of order) {
      const spec = rules[r]!.block;
      if (!spec) continue;
      const column = spec.open(text);
      if (column === undefined) continue;
      const at = firstEndingAfter(found, column);
      if (at < found.length && found[at]!.c.start <= column) continue;
      const rule = rules[r]!;
      this.block = {
        rule, line, column, colOffset: this.colOffset, lines: [text],
        allowed: covering(allowance, rule.meta.id) ?? covering(fromAbove, rule.meta.id),
      };
      break;
    }
  }

  private closeBlock(): void {
    const block = this.block!;
    this.block = undefined;
    let c;
    try {
      c = block.rule.block!.close(block.lines, block.column, this.context);
    } catch {
      c = undefined;
    }
    if (!c) return;
    this.emit(block.rule, c, block.line, block.line + c.endLine, c.endColumn - 1, block.allowed, block.colOffset);
  }

  private emit(rule: SecretRule, c: Candidate, line: number, endLine: number, endIndex: number, allowed: AllowComment | undefined, colOffset = this.colOffset): void {
    const judged = judgeInContext(rule, c, this.context.context, this.policy);
    if (!judged) return;
    const column = colOffset + c.start + 1;
    if (this.windowed) {
      const key = `${rule.meta.id}:${line}:${column}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    const hit: ScanHit = {
      rule, line, column, endLine,
      endColumn: (endLine === line ? colOffset : 0) + endIndex + 1,
      secret: c.secret,
      severity: judged.severity,
    };
    if (judged.detail) hit.detail = judged.detail;
    if (allowed) hit.allowed = allowed;
    this.onHit(hit);
  }
}

/** A span a rule claimed on a line. */
interface Claim { rule: SecretRule; c: Candidate }

/** No span claimed on the line (never changed: claim() copies before the first insertion). */
const NONE_FOUND: Claim[] = [];

/** Adds a rule's candidates to the line's claimed spans (sorted, disjoint), skipping those that overlap a claimed one. */
function claim(claimed: Claim[], rule: SecretRule, candidates: readonly Candidate[], keepBefore: number): Claim[] {
  let found = claimed;
  for (const c of candidates) {
    if (c.start >= keepBefore || c.end <= c.start) continue;
    const at = firstEndingAfter(found, c.start);
    if (at < found.length && found[at]!.c.start < c.end) continue;
    if (found === NONE_FOUND) found = [];
    found.splice(at, 0, { rule, c });
  }
  return found;
}

/** Whether a rule among those triggered gathers a multi-line block (by rule index: SecretScanner.blockRules). */
function opensBlock(blockRules: Uint8Array, order: readonly number[]): boolean {
  for (let i = 0; i < order.length; i++) if (blockRules[order[i]!] === 1) return true;
  return false;
}
const EMPTY = new Uint8Array(0);
/** The lines of an open PEM block run no rule; never changed (scanLine sorts only arrays of two or more). */
const NONE_TRIGGERED: number[] = [];

/** The first `count` numbers, as an array (Array.from over a subarray goes through an iterator). */
function listOf(numbers: Int32Array, count: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < count; i++) list.push(numbers[i]!);
  return list;
}

/** Index of the first claimed span whose end is after `position` (binary search over sorted, disjoint spans). */
function firstEndingAfter(spans: readonly { c: Candidate }[], position: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.c.end <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** UTF-16 code units of the UTF-8 bytes buf[start, end): one per sequence, two for 4-byte sequences. */
export function utf16Length(buf: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}
