import type { Finding } from '../../types.js';
import type { IgnoreDirective } from './rule.js';
import type { SqlComment, SqlParser } from './sql-parser.js';
import { SourceMap } from './source-map.js';

const MARKER = 'release-gate-ignore';
const UNTIL = /\(\s*until\s+(\d{4}-\d{2}-\d{2})\s*\)/;
const DIRECTIVE = /^(?:--|\/\*)\s*release-gate-ignore(-file)?(?=[\s:]|\*\/|$)([\s\S]*?)(?:\*\/)?\s*$/;

/**
 * Reads `-- release-gate-ignore rule-a, rule-b: reason` (the statement below or around it) and
 * `-- release-gate-ignore-file rule: reason` (the whole file) from the scanner's comments, so text
 * inside string literals never counts.
 */
export function readIgnores(source: string, parser: SqlParser): IgnoreDirective[] {
  if (!mayHoldIgnores(source)) return [];
  const comments = parser.comments(source) ?? lineComments(source);
  const map = new SourceMap(source);
  const out: IgnoreDirective[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.text.trim());
    if (!m) continue;
    const body = m[2]!.trim();
    const colon = body.indexOf(':');
    const names = colon < 0 ? body : body.slice(0, colon);
    let reason = colon < 0 ? '' : body.slice(colon + 1).trim();
    const until = UNTIL.exec(reason)?.[1];
    if (until) reason = reason.replace(UNTIL, '').trim();
    out.push({
      rules: names.split(/[\s,]+/).filter(Boolean),
      reason: reason || undefined,
      ...(until ? { until } : {}),
      fileWide: !!m[1],
      ...map.position(comment.start),
      start: comment.start,
      end: comment.end,
    });
  }
  return out;
}

/** Whether readIgnores has comments to read in `source` (it asks the parser's scanner for them only then). */
export function mayHoldIgnores(source: string): boolean {
  return source.includes(MARKER);
}

/** When the scanner gives up (an unterminated literal), `--` comments that start a line are still found. */
function lineComments(source: string): SqlComment[] {
  const out: SqlComment[] = [];
  const re = /^[ \t]*(--[^\n]*)/gm;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const start = m.index + m[0].indexOf('--');
    out.push({ start, end: start + m[1]!.length, text: m[1]! });
  }
  return out;
}

/** The directives that cover a statement: inside it, or between the previous statement and it. */
export function directivesFor(directives: IgnoreDirective[], previousEnd: number, start: number, end: number): IgnoreDirective[] {
  if (!directives.length) return directives;
  return directives.filter((d) => !d.fileWide && d.start >= previousEnd && d.end <= Math.max(end, start));
}

/** Whether a directive hides the rule; one whose `(until DATE)` has come no longer does (`today` is YYYY-MM-DD). */
export function suppresses(directives: IgnoreDirective[], ruleId: string, today?: string): boolean {
  return directives.some((d) => d.rules.includes(ruleId) && !isExpired(d, today));
}

/** The directive that hides the rule (the first in force), to count what each ignore hid. */
export function suppressing(directives: IgnoreDirective[], ruleId: string, today?: string): IgnoreDirective | undefined {
  return directives.find((d) => d.rules.includes(ruleId) && !isExpired(d, today));
}

/** The expired directive that would have hidden the rule, to say so in the finding. */
export function expiredFor(directives: IgnoreDirective[], ruleId: string, today?: string): IgnoreDirective | undefined {
  return directives.find((d) => d.rules.includes(ruleId) && isExpired(d, today));
}

function isExpired(d: IgnoreDirective, today: string | undefined): boolean {
  return !!d.until && today !== undefined && d.until <= today;
}

/** The finding again, saying which ignore expired and why it was written. */
export function withExpiredNote(f: Finding, d: IgnoreDirective): Finding {
  return { ...f, message: `${f.message} (the ignore at line ${d.line} expired on ${d.until}${d.reason ? `; its reason was: ${d.reason}` : ''})` };
}
