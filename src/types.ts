/** The shapes of the JSON report (schemaVersion 1). Field names are a public contract. */

export type Severity = 'error' | 'warning' | 'notice';
export type CheckStatus = 'pass' | 'fail' | 'error' | 'skipped';
export type GateStatus = 'pass' | 'fail';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Relative to the working directory, forward slashes. */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** How to make the same change safely. */
  hint?: string;
}

export interface CheckResult {
  check: string;
  status: CheckStatus;
  durationMs: number;
  findings: Finding[];
  metrics: Record<string, unknown>;
}

export interface Report {
  schemaVersion: 1;
  status: GateStatus;
  checks: CheckResult[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Most severe first, then by file, line and column, so every output lists findings in one order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.ruleId, b.ruleId)
  );
}

// Code-unit order: stable across locales, and far cheaper than localeCompare on large reports.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
