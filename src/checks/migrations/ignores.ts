import type { IgnoreDirective } from './rule.js';
import type { SqlComment, SqlParser } from './sql-parser.js';
import { SourceMap } from './source-map.js';

const MARKER = 'release-gate-ignore';
const DIRECTIVE = /^(?:--|\/\*)\s*release-gate-ignore(-file)?(?=[\s:]|\*\/|$)([\s\S]*?)(?:\*\/)?\s*$/;

/**
 * Reads `-- release-gate-ignore rule-a, rule-b: reason` (the statement below or around it) and
 * `-- release-gate-ignore-file rule: reason` (the whole file) from the scanner's comments, so text
 * inside string literals never counts.
 */
export function readIgnores(source: string, parser: SqlParser): IgnoreDirective[] {
  if (!source.includes(MARKER)) return [];
  const comments = parser.comments(source) ?? lineComments(source);
  const map = new SourceMap(source);
  const out: IgnoreDirective[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.text.trim());
    if (!m) continue;
    const body = m[2]!.trim();
    const colon = body.indexOf(':');
    const names = colon < 0 ? body : body.slice(0, colon);
    const reason = colon < 0 ? '' : body.slice(colon + 1).trim();
    out.push({
      rules: names.split(/[\s,]+/).filter(Boolean),
      reason: reason || undefined,
      fileWide: !!m[1],
      ...map.position(comment.start),
      start: comment.start,
      end: comment.end,
    });
  }
  return out;
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
  return directives.filter((d) => !d.fileWide && d.start >= previousEnd && d.end <= Math.max(end, start));
}

export function suppresses(directives: IgnoreDirective[], ruleId: string): boolean {
  return directives.some((d) => d.rules.includes(ruleId));
}
