import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Report } from '../types.js';

/** A report file that cannot be used: not JSON, not a release-gate report, or from a newer version. */
export class ReportFileError extends Error {}

/** Reads a JSON report (`--format json`, the action's `report` output) and checks its shape. */
export async function readReportFile(path: string, cwd: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new ReportFileError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReportFileError(`${path}: not JSON (${(error as Error).message}); pass a report written with --format json`);
  }
  const problem = reportProblem(value);
  if (problem) throw new ReportFileError(`${path}: ${problem}`);
  return value as Report;
}

function reportProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a release-gate JSON report';
  const r = value as Record<string, unknown>;
  if (typeof r.schemaVersion !== 'number') return 'not a release-gate JSON report (no schemaVersion)';
  if (r.schemaVersion > 1) return `report schemaVersion ${r.schemaVersion} is newer than this release-gate reads (1): upgrade release-gate`;
  if (r.status !== 'pass' && r.status !== 'fail') return '"status" must be pass or fail';
  if (!Array.isArray(r.checks)) return '"checks" must be a list';
  for (const [i, c] of r.checks.entries()) {
    if (!c || typeof c !== 'object' || typeof c.check !== 'string' || typeof c.status !== 'string' || !Array.isArray(c.findings)) {
      return `checks[${i}] must have check, status and findings`;
    }
  }
  return undefined;
}
