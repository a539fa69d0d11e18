import type { CheckResult } from '../types.js';
import { cell } from './markdown.js';

// Metrics are free-form per check; these render the shapes checks publish (smoke's steps and
// deployment, latency's endpoints) as tables under the check's findings. Unknown shapes render nothing.

type Row = Record<string, unknown>;

const rowsOf = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((v): v is Row => typeof v === 'object' && v !== null && typeof (v as Row).name === 'string') : [];
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—');
const text = (v: unknown) => (v === undefined || v === null || v === '' ? '—' : cell(String(v)));

/** Endpoint latencies, in the contract's `metrics.endpoints` shape. */
export function endpointsTable(endpoints: unknown): string | undefined {
  const rows = rowsOf(endpoints);
  if (rows.length === 0) return undefined;
  const lines = rows.map((e) => `| ${text(e.name)} | ${num(e.count)} | ${num(e.errors)} | ${num(e.p50Ms)} | ${num(e.p95Ms)} | ${num(e.p99Ms)} | ${num(e.maxMs)} |\n`);
  return `| Endpoint | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n${lines.join('')}\n`;
}

/** Smoke steps and cleanups with their status and time. */
export function stepsTable(steps: unknown, cleanups: unknown): string | undefined {
  const rows: Row[] = [...rowsOf(steps).map((s) => ({ ...s, kind: 'step' })), ...rowsOf(cleanups).map((s) => ({ ...s, kind: 'cleanup' }))];
  if (rows.length === 0) return undefined;
  const lines = rows.map((s) => `| ${text(s.name)} | ${s.kind} | ${text(s.status)} | ${text(s.httpStatus)} | ${num(s.ms)} | ${text(s.session)} |\n`);
  return `| Step | Kind | Status | HTTP | ms | Session |\n| --- | --- | --- | ---: | ---: | --- |\n${lines.join('')}\n`;
}

/** The deployment a post-deploy run tested, from a deployment_status event. */
export function deploymentLine(deployment: unknown): string | undefined {
  if (!deployment || typeof deployment !== 'object') return undefined;
  const d = deployment as Row;
  const parts = [
    d.environment ? `environment ${text(d.environment)}` : undefined,
    d.sha ? `commit \`${String(d.sha).slice(0, 12).replace(/[^0-9a-zA-Z]/g, '')}\`` : undefined,
    d.state ? `state ${text(d.state)}` : undefined,
    d.url ? `at ${text(d.url)}` : undefined,
  ].filter(Boolean);
  return parts.length ? `Deployment: ${parts.join(', ')}.\n\n` : undefined;
}

/** Every table a check's metrics call for, in a fixed order. */
export function metricTables(check: CheckResult): string {
  const m = check.metrics;
  return [deploymentLine(m.deployment), stepsTable(m.steps, m.cleanups), endpointsTable(m.endpoints)].filter(Boolean).join('');
}
