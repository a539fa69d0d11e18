import type { CheckResult } from '../types.js';
import { groupDigits } from './counts.js';
import { cell } from './markdown-cell.js';

// Metrics are free-form per check; these render the shapes checks publish (smoke's steps and
// deployment, latency's endpoints, the migrations trace) as tables under the check's findings.
// Unknown shapes render nothing.

type Row = Record<string, unknown>;

const rowsOf = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((v): v is Row => typeof v === 'object' && v !== null && typeof (v as Row).name === 'string') : [];
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? groupDigits(Math.round(v)) : '—');
const text = (v: unknown) => (v === undefined || v === null || v === '' ? '—' : cell(String(v)));

/** Endpoint latencies, in the contract's `metrics.endpoints` shape. */
export function endpointsTable(endpoints: unknown): string | undefined {
  const rows = rowsOf(endpoints);
  if (rows.length === 0) return undefined;
  const lines = rows.map((e) => `| ${text(e.name)} | ${num(e.count)} | ${num(e.errors)} | ${num(e.p50Ms)} | ${num(e.p95Ms)} | ${num(e.p99Ms)} | ${num(e.maxMs)} |\n`);
  return `| Endpoint | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n${lines.join('')}\n`;
}

// Mermaid's xychart has no legend: each line gets a palette colour, and the legend under the chart
// uses the coloured square of the same hue. More endpoints than colours: the table alone.
const CHART_SERIES = [['#1f6feb', '🟦'], ['#fb8500', '🟧'], ['#2da44e', '🟩'], ['#cf222e', '🟥'], ['#8250df', '🟪'], ['#9a6700', '🟫']] as const;
const CHART_POINTS = [['p50', 'p50Ms'], ['p90', 'p90Ms'], ['p95', 'p95Ms'], ['p99', 'p99Ms']] as const;

/**
 * Latency by percentile, one line per endpoint, as a Mermaid chart. Where Mermaid does not render
 * (plain Markdown viewers, e-mail), the endpoints table that follows it carries the same numbers.
 */
export function latencyChart(metrics: Record<string, unknown>): string | undefined {
  const rows = rowsOf(metrics.endpoints).filter((e) => CHART_POINTS.every(([, key]) => typeof e[key] === 'number' && Number.isFinite(e[key])));
  if (rows.length === 0 || rows.length > CHART_SERIES.length) return undefined;
  const value = (v: unknown) => Math.round((v as number) * 10) / 10;
  const top = niceCeiling(Math.max(...rows.flatMap((e) => CHART_POINTS.map(([, key]) => value(e[key])))) * 1.1);
  const palette = rows.map((_, i) => CHART_SERIES[i]![0]).join(', ');
  const lines = rows.map((e) => `  line [${CHART_POINTS.map(([, key]) => value(e[key])).join(', ')}]\n`);
  const legend = rows.map((e, i) => `${CHART_SERIES[i]![1]} ${text(e.name)}`).join(' · ');
  return '```mermaid\n'
    + `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%\n`
    + 'xychart-beta\n  title "Latency by percentile (ms)"\n'
    + `  x-axis [${CHART_POINTS.map(([label]) => label).join(', ')}]\n  y-axis "ms" 0 --> ${top}\n${lines.join('')}\`\`\`\n\n${legend}\n\n`;
}

/** The smallest of 1, 2 or 5 times a power of ten that is at least `n`: a round top for an axis. */
function niceCeiling(n: number): number {
  if (!(n > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= n)!;
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

/** The migrations trace: per migration, its statements with the locks they took, rewrites and time. */
export function traceTables(trace: unknown): string | undefined {
  if (!trace || typeof trace !== 'object') return undefined;
  const migrations = rowsOf((trace as Row).migrations);
  if (migrations.length === 0) return undefined;
  const ms = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : num(v)) : '—');
  return migrations.map((m) => {
    const statements = rowsOf(m.statements);
    const failed = statements.some((s) => s.error);
    const lines = statements.map((s) =>
      `| ${num(s.line)} | ${text(s.name)} | ${text(s.locks)} | ${text(s.rewrite)} | ${ms(s.ms)} |${failed ? ` ${text(s.error)} |` : ''}\n`);
    return `Trace of \`${String(m.name).replace(/[`\r\n]/g, '')}\`:\n\n| Line | Statement | Locks | Rewrite | ms |${failed ? ' Error |' : ''}\n`
      + `| ---: | --- | --- | --- | ---: |${failed ? ' --- |' : ''}\n${lines.join('')}\n`;
  }).join('');
}

/** Shown at most, per check; the JSON report's metrics hold them all. */
export const SUPPRESSIONS_SHOWN = 20;

/**
 * The ignores in force (inline comments and manifest entries that hid findings in this run), with
 * their reasons and expiry dates, so a reviewer sees what is being waved through and until when.
 */
export function suppressionsTable(suppressions: unknown): string | undefined {
  if (!Array.isArray(suppressions)) return undefined;
  const rows = suppressions.filter((s): s is Row => typeof s === 'object' && s !== null && Array.isArray((s as Row).rules));
  if (rows.length === 0) return undefined;
  const where = (s: Row) => (typeof s.file === 'string' ? `\`${String(s.file).replace(/[`|\r\n]/g, '')}${typeof s.line === 'number' ? `:${s.line}` : ''}\`` : '—');
  const lines = rows.slice(0, SUPPRESSIONS_SHOWN).map((s) =>
    `| ${(s.rules as unknown[]).map((r) => cell(String(r))).join(', ')} | ${where(s)} | ${s.reason ? cell(String(s.reason)) : '**no reason given**'} | ${text(s.until)} | ${num(s.hidden)} |\n`);
  const more = rows.length > SUPPRESSIONS_SHOWN ? `\n${rows.length - SUPPRESSIONS_SHOWN} more in the JSON report (\`metrics.suppressions\`).\n` : '';
  return `Ignores in force:\n\n| Rule | Where | Reason | Until | Hidden |\n| --- | --- | --- | --- | ---: |\n${lines.join('')}${more}\n`;
}

/** Every table a check's metrics call for, in a fixed order. */
export function metricTables(check: CheckResult): string {
  const m = check.metrics;
  return [deploymentLine(m.deployment), stepsTable(m.steps, m.cleanups), latencyChart(m), endpointsTable(m.endpoints), traceTables(m.trace), suppressionsTable(m.suppressions)].filter(Boolean).join('');
}
