import type { Finding, Report, Severity } from '../types.js';
import { compareFindings } from '../types.js';
import type { SeverityCounts } from './counts.js';

/** GitHub keeps at most this many annotations of each level per step and drops the rest silently. */
export const ANNOTATIONS_PER_LEVEL = 10;
/** ...and at most this many per job, across every step. */
export const ANNOTATIONS_PER_JOB = 50;

/** Lines a pull request added or changed, per file (paths as in findings; `end` may be Infinity). */
export type ChangedLines = ReadonlyMap<string, readonly { start: number; end: number }[]>;

export interface AnnotationOptions {
  /** Accepted for symmetry with the SARIF reporter; annotations without a file stay unanchored. */
  manifestFile?: string;
  /** Per-level cap; GitHub's is 10. */
  limitPerLevel?: number;
  /** What the pull request changed: findings on these lines show inline in the diff, so they go first. */
  changedLines?: ChangedLines;
  /**
   * Error slots kept free for annotations the step sends itself: `core.setFailed` is an error
   * annotation too, and counts within the ten.
   */
  reservedErrors?: number;
  /** Annotations the job can still show (50 minus what earlier steps sent); unlimited when absent. */
  jobRemaining?: number;
}

export interface Annotations {
  /** Workflow command lines (`::error file=…::message`), in the order chosen, without line endings. */
  commands: string[];
  /** Findings that were annotated, per level. */
  emitted: SeverityCounts;
  /** Findings that were not annotated because a limit was reached; the summary counts them. */
  omitted: SeverityCounts;
}

/**
 * Chooses which findings become annotations within GitHub's limits: findings on lines the pull request
 * changed first (they show inline in the diff), then the most severe, in check order.
 */
export function renderAnnotations(report: Report, options: AnnotationOptions = {}): Annotations {
  const limit = options.limitPerLevel ?? ANNOTATIONS_PER_LEVEL;
  const capacity: SeverityCounts = {
    error: Math.max(0, limit - (options.reservedErrors ?? 0)),
    warning: limit,
    notice: limit,
  };
  let jobRemaining = options.jobRemaining ?? Infinity;
  const emitted: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  const omitted: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  const commands: string[] = [];
  for (const { check, finding } of annotationOrder(report, options.changedLines)) {
    if (emitted[finding.severity] >= capacity[finding.severity] || jobRemaining <= 0) {
      omitted[finding.severity] += 1;
      continue;
    }
    emitted[finding.severity] += 1;
    jobRemaining -= 1;
    commands.push(annotationCommand(check, finding));
  }
  return { commands, emitted, omitted };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

function annotationOrder(report: Report, changed: ChangedLines | undefined): { check: string; finding: Finding }[] {
  const all = report.checks.flatMap((c, checkIndex) => c.findings.map((finding) => ({
    check: c.check,
    checkIndex,
    finding,
    inDiff: changed !== undefined && onChangedLine(finding, changed),
  })));
  return all.sort((a, b) =>
    Number(b.inDiff) - Number(a.inDiff) ||
    SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
    a.checkIndex - b.checkIndex ||
    compareFindings(a.finding, b.finding));
}

function onChangedLine(finding: Finding, changed: ChangedLines): boolean {
  if (!finding.file || finding.line === undefined) return false;
  const ranges = changed.get(finding.file);
  if (!ranges) return false;
  const first = finding.line;
  const last = finding.endLine !== undefined && finding.endLine >= first ? finding.endLine : first;
  return ranges.some((r) => r.start <= last && first <= r.end);
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };

export function annotationCommand(check: string, finding: Finding): string {
  const properties: [string, string | number | undefined][] = [...locationProperties(finding), ['title', `${finding.ruleId} (${check})`]];
  const props = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  const message = finding.hint ? `${finding.message}\n${finding.hint}` : finding.message;
  return `::${COMMAND[finding.severity]}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function locationProperties(f: Finding): [string, number | string | undefined][] {
  if (!f.file) return [];
  const line = positive(f.line);
  if (line === undefined) return [['file', f.file]];
  const endLine = positive(f.endLine) !== undefined && f.endLine! >= line ? f.endLine : undefined;
  // GitHub ignores col/endColumn on an annotation that spans several lines, so they are sent only for one line.
  const oneLine = endLine === undefined || endLine === line;
  const col = oneLine ? positive(f.column) : undefined;
  const endColumn = oneLine && col !== undefined && positive(f.endColumn) !== undefined && f.endColumn! >= col ? f.endColumn : undefined;
  return [['file', f.file], ['line', line], ['col', col], ['endLine', endLine], ['endColumn', endColumn]];
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

// The same escaping as @actions/core's command.ts, so the runner decodes exactly what we meant.
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
