import { compareFindings, type CheckResult, type Finding, type Report, type Severity } from '../types.js';

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function totalFindings(report: Report): number {
  return report.checks.reduce((n, c) => n + c.findings.length, 0);
}

/** A check's findings in the one order every output uses, without touching the report. */
export function sortedFindings(check: CheckResult): Finding[] {
  return [...check.findings].sort(compareFindings);
}

/** Every finding of the report with its check, most severe first (check order breaks ties). */
export function rankedFindings(report: Report): { check: string; finding: Finding }[] {
  const all = report.checks.flatMap((c) => c.findings.map((finding) => ({ check: c.check, finding })));
  return all.sort((a, b) => compareFindings(a.finding, b.finding));
}

/** "1 error", "2 warnings": counts read as words in every human-facing format. */
export function plural(n: number, word: string): string {
  return `${groupDigits(n)} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * 1234567 → "1,234,567", as toLocaleString('en-US') writes it, without its cost: the first
 * toLocaleString call of a process loads ICU's locale data, about 50 ms of every run's start-up.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
