import type { CheckResult, Finding, Report } from '../types.js';

const FINDING_KEYS = ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'hint'] as const;

/**
 * The versioned JSON report of ARCHITECTURE.md: keys in contract order whatever order the objects were
 * built in, absent fields left out, 2-space indent and a trailing newline, so reports diff cleanly.
 */
export function renderJson(report: Report): string {
  const ordered = {
    schemaVersion: report.schemaVersion,
    status: report.status,
    checks: report.checks.map(orderCheck),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderCheck(c: CheckResult): Record<string, unknown> {
  return { check: c.check, status: c.status, durationMs: c.durationMs, findings: c.findings.map(orderFinding), metrics: c.metrics ?? {} };
}

function orderFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FINDING_KEYS) if (f[key] !== undefined) out[key] = f[key];
  // Fields added to Finding later keep their place after the contract's, rather than vanishing.
  for (const [key, value] of Object.entries(f)) if (!(key in out) && value !== undefined) out[key] = value;
  return out;
}
