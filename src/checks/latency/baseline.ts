import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { BaselineComparison, EndpointOutcome, Site } from './model.js';
import { percentiles } from './histogram.js';

/**
 * Reads a previous JSON report (`--format json`, the action's `report` output) and pairs each endpoint
 * of this run with the baseline's endpoint of the same name. The regression rule decides what is worse.
 */
export async function compareWithBaseline(path: string, cwd: string, site: Site, endpoints: readonly EndpointOutcome[]): Promise<BaselineComparison> {
  const comparison: BaselineComparison = { file: path, site, endpoints: [], missing: [] };
  let text: string;
  try {
    text = await readFile(isAbsolute(path) ? path : resolve(cwd, path), 'utf8');
  } catch (error) {
    return { ...comparison, problem: `the baseline ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (error) {
    return { ...comparison, problem: `the baseline ${path} is not JSON: ${(error as Error).message}` };
  }
  const baseline = baselineEndpoints(report);
  if (!baseline) return { ...comparison, problem: `the baseline ${path} is not a release-gate JSON report with a latency check (expected checks[].metrics.endpoints)` };

  for (const endpoint of endpoints) {
    const now = percentiles(endpoint.histogram);
    if (!now) continue;
    const before = baseline.get(endpoint.plan.name);
    if (before === undefined) comparison.missing.push(endpoint.plan.name);
    else comparison.endpoints.push({ index: endpoint.plan.index, name: endpoint.plan.name, p95Ms: now.p95Ms, baselineP95Ms: before });
  }
  return comparison;
}

/** p95 by endpoint name from a report (or from the latency check's result alone). */
function baselineEndpoints(report: unknown): Map<string, number> | undefined {
  const record = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
  const root = record(report);
  if (!root) return undefined;
  const check = Array.isArray(root.checks) ? root.checks.map(record).find((c) => c?.check === 'latency') : root.check === 'latency' ? root : undefined;
  const endpoints = record(check?.metrics)?.endpoints;
  if (!Array.isArray(endpoints)) return undefined;
  const byName = new Map<string, number>();
  for (const e of endpoints.map(record)) {
    if (typeof e?.name === 'string' && typeof e.p95Ms === 'number' && Number.isFinite(e.p95Ms)) byName.set(e.name, e.p95Ms);
  }
  return byName;
}
