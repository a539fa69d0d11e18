import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createHistogram, createWindowHistogram } from './histogram.js';
import { emptyOutcome, type EndpointOutcome, type EndpointPlan, type InputProblem, type LatencyRun, type SummaryFigures, type WindowOutcome } from './model.js';

/**
 * `latency import-k6`: gates a k6 run with the manifest's thresholds. k6's `--out json` output is one
 * JSON object a line; `Point` lines of `http_req_duration` (milliseconds) and `http_req_failed` (0 or 1)
 * carry the request's tags. A point belongs to the endpoint its `name` tag names, else to the endpoint
 * with its method and URL path. The file is read as a stream, so its size does not matter.
 */

/** Malformed lines named one by one, up to this many; the rest are counted. */
const LINES_NAMED = 10;

interface Tally {
  histogram: ReturnType<typeof createHistogram>;
  due: number;
  failedPoints: number;
  failedByStatus: number;
  statuses: Record<string, number>;
  windows: Map<number, K6Window>;
}

/** A window's tally; `byStatus` counts 0/4xx/5xx statuses for runs without http_req_failed points. */
type K6Window = WindowOutcome & { byStatus: number };

export async function importK6(file: string, cwd: string, plans: readonly EndpointPlan[], run: LatencyRun): Promise<void> {
  const problems: InputProblem[] = (run.inputProblems ??= []);
  const path = isAbsolute(file) ? file : resolve(cwd, file);
  run.source = { kind: 'k6', file, summaryOnly: false };

  let head: string;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    problems.push({ rule: 'latency-import-invalid', severity: 'error', file, message: `${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    run.endpoints = plans.map((plan) => emptyOutcome(plan));
    return;
  }
  if (looksLikeSummaryExport(head)) {
    await importSummary(path, file, plans, run, problems);
    return;
  }

  const tallies = plans.map((): Tally => ({ histogram: createHistogram(), due: 0, failedPoints: 0, failedByStatus: 0, statuses: {}, windows: new Map() }));
  const sawFailedMetric = plans.map(() => false);
  const unmatched = new Map<string, number>();
  const badLines: number[] = [];
  let firstTime: number | undefined;
  let lineNumber = 0;

  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let point: Record<string, unknown>;
    try {
      point = JSON.parse(line) as Record<string, unknown>;
      if (!point || typeof point !== 'object' || typeof point.type !== 'string') throw new Error('not a k6 JSON line');
    } catch {
      badLines.push(lineNumber);
      continue;
    }
    if (point.type !== 'Point') continue;
    const metric = point.metric;
    if (metric !== 'http_req_duration' && metric !== 'http_req_failed') continue;
    const data = point.data as { time?: unknown; value?: unknown; tags?: Record<string, unknown> } | undefined;
    const value = typeof data?.value === 'number' && Number.isFinite(data.value) ? data.value : undefined;
    if (value === undefined || value < 0) {
      badLines.push(lineNumber);
      continue;
    }
    const tags = data?.tags ?? {};
    const index = matchEndpoint(plans, tags);
    if (index < 0) {
      if (metric === 'http_req_duration') {
        const key = `${String(tags.method ?? '?')} ${pathOf(tags.url) ?? String(tags.name ?? '?')}`;
        unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
      }
      continue;
    }
    const tally = tallies[index]!;
    const time = typeof data?.time === 'string' ? Date.parse(data.time) : Number.NaN;
    if (Number.isFinite(time)) firstTime ??= time;
    const win = windowOf(tally, plans[index]!.thresholds.windowMs, time, firstTime);
    if (metric === 'http_req_duration') {
      const us = Math.max(1, Math.round(value * 1000));
      tally.histogram.recordValue(us);
      tally.due++;
      const status = typeof tags.status === 'string' ? tags.status : typeof tags.status === 'number' ? String(tags.status) : undefined;
      if (status !== undefined) {
        tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
        if (Number(status) >= 400 || status === '0') tally.failedByStatus++;
      }
      if (win) {
        win.histogram.recordValue(us);
        win.due++;
        // Without http_req_failed points, a status of 0 or 4xx/5xx is the failure; with them, those count.
        if (status !== undefined && (Number(status) >= 400 || status === '0')) win.byStatus++;
      }
    } else {
      sawFailedMetric[index] = true;
      if (value >= 1) {
        tally.failedPoints++;
        if (win) win.errors++;
      }
    }
  }

  reportBadLines(file, badLines, problems);
  if (unmatched.size > 0) {
    const top = [...unmatched].sort(([, a], [, b]) => b - a);
    const total = top.reduce((n, [, c]) => n + c, 0);
    problems.push({
      rule: 'latency-import-invalid',
      file,
      message: `${total.toLocaleString('en-US')} request${total === 1 ? '' : 's'} in ${file} match no endpoint of the manifest and were left out: ${top.slice(0, 3).map(([k, c]) => `${k} ×${c.toLocaleString('en-US')}`).join(', ')}${top.length > 3 ? `, and ${top.length - 3} more` : ''}. Tag them with the endpoint's name (k6 tags: { name: "…" }) or match its method and path`,
    });
  }

  run.endpoints = plans.map((plan, i) => {
    const t = tallies[i]!;
    const errors = sawFailedMetric[i] ? t.failedPoints : t.failedByStatus;
    const windows = [...t.windows.entries()].sort(([a], [b]) => a - b)
      .map(([, w]): WindowOutcome => ({ startMs: w.startMs, histogram: w.histogram, due: w.due, errors: sawFailedMetric[i] ? w.errors : w.byStatus }));
    const outcome: EndpointOutcome = {
      plan, loaded: t.due > 0, histogram: t.histogram, due: t.due, errors, dropped: 0, statuses: t.statuses,
      failures: errors > 0 ? { 'k6 http_req_failed': { count: errors, example: '' } } : {}, unreachable: false, windows,
    };
    return outcome;
  });
}

function windowOf(tally: Tally, windowMs: number | undefined, time: number, first: number | undefined): K6Window | undefined {
  if (!windowMs || !Number.isFinite(time) || first === undefined) return undefined;
  const index = Math.max(0, Math.floor((time - first) / windowMs));
  let win = tally.windows.get(index);
  if (!win) tally.windows.set(index, (win = { startMs: index * windowMs, histogram: createWindowHistogram(), due: 0, errors: 0, byStatus: 0 }));
  return win;
}

/** The endpoint a point belongs to: by the `name` tag, else by method and URL path; -1 for none. */
export function matchEndpoint(plans: readonly EndpointPlan[], tags: Record<string, unknown>): number {
  if (typeof tags.name === 'string') {
    const byName = plans.findIndex((p) => p.name === tags.name);
    if (byName >= 0) return byName;
  }
  const method = typeof tags.method === 'string' ? tags.method.toUpperCase() : undefined;
  const path = pathOf(tags.url) ?? (typeof tags.name === 'string' ? pathOf(tags.name) : undefined);
  if (!method || !path) return -1;
  return plans.findIndex((p) => {
    const line = /^(\S+)\s+(.+)$/.exec(p.label.trim());
    if (!line || line[1]!.toUpperCase() !== method) return false;
    return pathPattern(line[2]!.trim()).test(path);
  });
}

function pathOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url, 'http://k6.invalid').pathname;
  } catch {
    return undefined;
  }
}

/** The manifest's request path as a pattern: a `{{ template }}` matches one path segment. */
function pathPattern(target: string): RegExp {
  const path = target.split(/[?#]/, 1)[0]!.replace(/^https?:\/\/[^/]+/, '');
  const parts = path.split(/(\{\{.*?\}\})/g).map((part) => (part.startsWith('{{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${parts.join('')}/?$`);
}

function reportBadLines(file: string, lines: number[], problems: InputProblem[]): void {
  for (const line of lines.slice(0, LINES_NAMED)) {
    problems.push({ rule: 'latency-import-invalid', file, line, message: `line ${line} of ${file} is not a k6 JSON point; it was skipped` });
  }
  if (lines.length > LINES_NAMED) {
    problems.push({ rule: 'latency-import-invalid', file, message: `${(lines.length - LINES_NAMED).toLocaleString('en-US')} more lines of ${file} are not k6 JSON points (lines ${lines.slice(LINES_NAMED, LINES_NAMED + 5).join(', ')}…); they were skipped` });
  }
}

/** `k6 run --summary-export` (or handleSummary's data): one JSON object with `metrics`, not one per line. */
function looksLikeSummaryExport(head: string): boolean {
  const first = head.split('\n', 1)[0]!.trim();
  if (first.startsWith('{') && first.includes('"type"')) return false;
  return /^\s*\{/.test(head) && /"metrics"\s*:/.test(head);
}

async function importSummary(path: string, file: string, plans: readonly EndpointPlan[], run: LatencyRun, problems: InputProblem[]): Promise<void> {
  run.source = { kind: 'k6', file, summaryOnly: true };
  let metrics: Record<string, Record<string, unknown>> | undefined;
  try {
    metrics = (JSON.parse(await readFile(path, 'utf8')) as { metrics?: Record<string, Record<string, unknown>> }).metrics;
  } catch (error) {
    problems.push({ rule: 'latency-import-invalid', severity: 'error', file, message: `${file} looks like a k6 summary export but is not JSON: ${(error as Error).message}` });
  }
  problems.push({
    rule: 'latency-import-invalid',
    severity: 'notice',
    file,
    message: `${file} is a k6 end-of-test summary: it holds percentiles only, so it cannot be merged with other runs, and only the percentiles it holds can be gated. For exact gating, run k6 with --out json=results.json and import that`,
  });
  run.endpoints = plans.map((plan) => {
    // A submetric per endpoint (http_req_duration{name:task list}), else the run's own figures for a single endpoint.
    const duration = metrics?.[`http_req_duration{name:${plan.name}}`] ?? (plans.length === 1 ? metrics?.http_req_duration : undefined);
    const failed = metrics?.[`http_req_failed{name:${plan.name}}`] ?? (plans.length === 1 ? metrics?.http_req_failed : undefined);
    if (!duration) return emptyOutcome(plan);
    const values = (record(duration.values) ?? duration) as Record<string, unknown>;
    const figure = (key: string) => (typeof values[key] === 'number' ? (values[key] as number) : undefined);
    const summary: SummaryFigures = { p50Ms: figure('med') ?? figure('p(50)'), p90Ms: figure('p(90)'), p95Ms: figure('p(95)'), p99Ms: figure('p(99)'), maxMs: figure('max'), meanMs: figure('avg') };
    for (const [key, label] of [['p95Ms', 'p95'], ['p99Ms', 'p99'], ['maxMs', 'max']] as const) {
      const threshold = plan.thresholds[key];
      if (threshold !== undefined && summary[key] === undefined) {
        problems.push({ rule: 'latency-import-invalid', file, message: `endpoint "${plan.name}": its ${label} threshold was not checked, the summary export holds no ${label === 'max' ? 'max' : `p(${label.slice(1)})`} (add it to k6's summaryTrendStats)` });
      }
    }
    const failedValues = (record(failed?.values) ?? failed ?? {}) as Record<string, unknown>;
    const passes = typeof failedValues.passes === 'number' ? failedValues.passes : undefined;
    const fails = typeof failedValues.fails === 'number' ? failedValues.fails : undefined;
    // k6's Rate metric: `passes` counts the points that were true (failed requests), `fails` the false ones.
    const due = passes !== undefined && fails !== undefined ? passes + fails : 0;
    const errors = passes ?? 0;
    const outcome: EndpointOutcome = {
      plan, loaded: true, histogram: createHistogram(), due, errors, dropped: 0, statuses: {},
      failures: errors > 0 ? { 'k6 http_req_failed': { count: errors, example: '' } } : {}, unreachable: false, windows: [], summary,
    };
    return outcome;
  });
}

function record(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

