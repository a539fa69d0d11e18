import { docsUrl } from '../rules/registry.js';
import type { CheckResult, CheckStatus, Finding, Report, Severity } from '../types.js';
import { ANNOTATIONS_PER_JOB, ANNOTATIONS_PER_LEVEL } from './annotations.js';
import { metricTables } from './metric-tables.js';
import { cell } from './markdown-cell.js';
import { countBySeverity, formatDuration, groupDigits, plural, sortedFindings, type SeverityCounts } from './counts.js';

// cell lives in its own file so metric-tables.ts can use it without importing this file back.
export { cell } from './markdown-cell.js';

/** Under GitHub's 1 MiB job-summary limit (1,048,576 bytes) with room for anything else the step appends. */
export const MARKDOWN_MAX_BYTES = 1_000_000;

export interface MarkdownOptions {
  /** Findings renderAnnotations could not annotate; a line says how many and where they are. */
  omitted?: Partial<SeverityCounts>;
  /** Where every finding can be read when this document cannot list them all, e.g. "the JSON report (`/tmp/report.json`)". */
  fullReport?: string;
  /** The headline's name; "release-gate" by default. */
  title?: string;
  /** A hard cap on the UTF-8 size of the whole document. */
  maxBytes?: number;
  /** Extra Markdown blocks (trusted, already formatted) appended after the check tables. */
  details?: string[];
}

const STATUS_LABEL: Record<CheckStatus, string> = {
  pass: '✅ pass', fail: '❌ fail', error: '💥 error', skipped: '⏭️ skipped',
};

/**
 * The report as GitHub-flavoured Markdown: a headline, a table of checks, then a table of findings per
 * check. Rows are cut from the least severe end until the document fits `maxBytes`.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? MARKDOWN_MAX_BYTES;
  const findings = report.checks.map(sortedFindings);

  // Rank rows across checks the way cutting should go: most severe first, check order, then row order.
  const ranked = findings
    .flatMap((list, index) => list.map((f, position) => ({ index, position, severity: f.severity })))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.index - b.index || a.position - b.position);
  const keptPerSection = (keep: number) => {
    const kept = findings.map(() => 0);
    for (let i = 0; i < keep; i++) kept[ranked[i].index] += 1;
    return kept;
  };
  // No row is shorter than its docs link, so at most this many can fit: only those are rendered and measured.
  const candidates = keptPerSection(Math.min(ranked.length, Math.floor(maxBytes / MIN_ROW_BYTES)));
  const rows = findings.map((list, i) => list.slice(0, candidates[i]).map(findingRow));
  // rowBytes[i][k]: the size of check i's first k rows, so a layout is measured without joining it.
  const rowBytes = rows.map((list) => {
    const sums = [0];
    for (const row of list) sums.push(sums[sums.length - 1] + Buffer.byteLength(row, 'utf8'));
    return sums;
  });
  const counts = report.checks.map((c) => countBySeverity(c.findings));
  const layout = (keep: number, withRows: boolean) => {
    const kept = keptPerSection(keep);
    const parts = report.checks.map((check, i) => ({ check, counts: counts[i], rows: rows[i], total: findings[i].length, kept: kept[i] }));
    return { kept, pieces: assemble(report, options, parts, ranked.length - keep, withRows) };
  };
  const size = (keep: number) => {
    const { kept, pieces } = layout(keep, false);
    return pieces.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0) + kept.reduce((n, k, i) => n + rowBytes[i][k], 0);
  };

  // Sizes grow with the number of rows kept, so a binary search finds the most rows that fit.
  let keep = Math.min(ranked.length, candidates.reduce((n, c) => n + c, 0));
  if (size(keep) > maxBytes) {
    let low = 0;
    let high = keep - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (size(mid) <= maxBytes) low = mid;
      else high = mid - 1;
    }
    keep = low;
  }
  const text = layout(keep, true).pieces.join('');
  return Buffer.byteLength(text, 'utf8') <= maxBytes ? text : truncateUtf8(text, maxBytes);
}

const MIN_ROW_BYTES = Buffer.byteLength(`| error | [](${docsUrl('')}) | — |  |\n`, 'utf8');
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

interface Section {
  check: CheckResult;
  counts: SeverityCounts;
  /** Rendered rows, most severe first; only the first `kept` are written. */
  rows: string[];
  kept: number;
  total: number;
}

function assemble(report: Report, options: MarkdownOptions, sections: Section[], cut: number, withRows: boolean): string[] {
  const title = options.title ?? 'release-gate';
  const counts = sections.reduce((sum, s) => ({
    error: sum.error + s.counts.error, warning: sum.warning + s.counts.warning, notice: sum.notice + s.counts.notice,
  }), { error: 0, warning: 0, notice: 0 });
  const out: string[] = [];
  out.push(`## ${report.status === 'pass' ? '✅' : '❌'} ${cell(title)}: ${report.status}\n\n`);
  out.push(`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} in ${plural(report.checks.length, 'check')}.\n\n`);
  if (sections.length > 0) {
    out.push('| Check | Status | Errors | Warnings | Notices | Duration |\n| --- | --- | ---: | ---: | ---: | ---: |\n');
    for (const s of sections) {
      const c = s.counts;
      out.push(`| ${cell(s.check.check)} | ${STATUS_LABEL[s.check.status] ?? cell(String(s.check.status))} | ${num(c.error)} | ${num(c.warning)} | ${num(c.notice)} | ${formatDuration(s.check.durationMs)} |\n`);
    }
    out.push('\n');
  }
  const fullReport = options.fullReport ?? 'the JSON report';
  const omittedLine = omittedAnnotations(options.omitted, cut, fullReport);
  if (omittedLine) out.push(omittedLine);
  if (cut > 0) out.push(`**${notShown(cut, fullReport)}**\n\n`);

  for (const s of sections) {
    out.push(`### ${cell(s.check.check)}: ${s.check.status}\n\n`);
    const reason = s.check.metrics.reason;
    if (s.check.status === 'skipped' && typeof reason === 'string') out.push(`Skipped: ${cell(reason)}.\n\n`);
    const total = s.total;
    if (total === 0 && s.check.status !== 'skipped') out.push('No findings.\n\n');
    if (s.kept > 0) {
      out.push('| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n');
      if (withRows) for (let i = 0; i < s.kept; i++) out.push(s.rows[i]);
      out.push('\n');
    }
    if (s.kept < total) out.push(`${notShown(total - s.kept, fullReport)}\n\n`);
    const tables = metricTables(s.check);
    if (tables) out.push(tables);
  }
  for (const block of options.details ?? []) out.push(`${block.replace(/\s+$/, '')}\n\n`);
  return out;
}

const num = (n: number) => groupDigits(n);

function notShown(n: number, fullReport: string): string {
  return `${plural(n, 'more finding')} not shown here, to keep under GitHub's size limit; every finding is in ${fullReport}.`;
}

/** Says exactly where the findings without an annotation went: below, or (when rows were cut) the full report. */
function omittedAnnotations(omitted: Partial<SeverityCounts> | undefined, cut: number, fullReport: string): string | undefined {
  if (!omitted) return undefined;
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((level) => (omitted[level] ?? 0) > 0)
    .map((level) => plural(omitted[level]!, level));
  if (parts.length === 0) return undefined;
  const limits = `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step and ${ANNOTATIONS_PER_JOB} per job`;
  const where = cut === 0
    ? 'every finding is listed below'
    : `the tables below list the most severe findings and leave ${plural(cut, 'finding')} out; every finding is in ${fullReport}`;
  return `${limits}: ${parts.join(', ')} not annotated; ${where}.\n\n`;
}

function findingRow(f: Finding): string {
  // Percent-encoding the id keeps a stray ")" or space from ending the link target early.
  const target = docsUrl(encodeURIComponent(f.ruleId).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
  const rule = `[${cell(f.ruleId)}](${target})`;
  const message = f.hint ? `${cell(f.message)}<br>Hint: ${cell(f.hint)}` : cell(f.message);
  return `| ${f.severity} | ${rule} | ${location(f)} | ${message} |\n`;
}

function location(f: Finding): string {
  if (!f.file) return '—';
  const where = f.line !== undefined && f.line >= 1 ? `${f.file}:${f.line}` : f.file;
  return cell(/[`|]/.test(where) ? where : `\`${where}\``);
}

/** Cuts a document to `maxBytes` at a line boundary and says so; never splits a UTF-8 character. */
export function truncateUtf8(text: string, maxBytes: number, note = '\n\n_Output truncated; see the JSON report._\n'): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength(note, 'utf8');
  if (budget <= 0) return '';
  const bytes = Buffer.from(text, 'utf8');
  let end = budget;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end -= 1; // step back to the start of a character
  let head = bytes.subarray(0, end).toString('utf8');
  const lastBreak = head.lastIndexOf('\n');
  if (lastBreak > 0) head = head.slice(0, lastBreak);
  return head + note;
}
