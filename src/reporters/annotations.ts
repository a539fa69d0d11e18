import type { Finding, Report, Severity } from '../types.js';
import { rankedFindings, type SeverityCounts } from './counts.js';

/** GitHub keeps at most this many annotations of each level per step and drops the rest silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationOptions {
  /** Accepted for symmetry with the SARIF reporter; annotations without a file stay unanchored. */
  manifestFile?: string;
  /** Per-level cap; GitHub's is 10. */
  limitPerLevel?: number;
}

export interface Annotations {
  /** Workflow command lines (`::error file=…::message`), most severe first, without line endings. */
  commands: string[];
  /** Findings that were not annotated because their level was full; the summary lists them. */
  omitted: SeverityCounts;
}

/** Turns findings into workflow commands, keeping the most severe ones inside GitHub's per-step limits. */
export function renderAnnotations(report: Report, options: AnnotationOptions = {}): Annotations {
  const limit = options.limitPerLevel ?? ANNOTATIONS_PER_LEVEL;
  const emitted: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  const omitted: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  const commands: string[] = [];
  for (const { check, finding } of rankedFindings(report)) {
    if (emitted[finding.severity] >= limit) {
      omitted[finding.severity] += 1;
      continue;
    }
    emitted[finding.severity] += 1;
    commands.push(annotationCommand(check, finding));
  }
  return { commands, omitted };
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
