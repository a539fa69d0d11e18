import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { addHistogram, createWindowHistogram, decodeHistogram, HISTOGRAM_UNIT } from './histogram.js';
import { emptyOutcome, type EndpointOutcome, type EndpointPlan, type InputProblem, type LatencyRun, type WindowOutcome } from './model.js';

/**
 * `latency merge`: adds the HDR histograms of shard reports endpoint by endpoint (and window by
 * window), which is exact: the merged histogram is the one a single run recording every request would
 * have made, so every percentile is recomputed rather than averaged. The manifest's thresholds are then
 * applied by the same rules as a run's.
 */

interface ShardEndpoint {
  name: string;
  request?: string;
  count: number;
  errors: number;
  dropped: number;
  statuses: Record<string, number>;
  failures: Record<string, number>;
  histogram?: string;
  windowMs?: number;
  windows?: { startMs: number; count: number; errors: number; histogram: string }[];
}

interface ShardReport {
  file: string;
  shard?: { index: number; count: number };
  endpoints: ShardEndpoint[];
}

const record = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Report paths from the `merge` input: comma- or newline-separated paths or globs, relative to cwd. */
export function mergeInputFiles(value: string, cwd: string): { files: string[]; unmatched: string[] } {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const pattern of value.split(/[\n,]+/).map((p) => p.trim()).filter(Boolean)) {
    if (/[*?[{]/.test(pattern)) {
      const found = globSync(pattern, { cwd, absolute: false, dot: true }).sort();
      if (found.length === 0) unmatched.push(pattern);
      files.push(...found);
    } else {
      files.push(isAbsolute(pattern) ? relative(cwd, pattern) || pattern : pattern);
    }
  }
  return { files: [...new Set(files)], unmatched };
}

/** Fills `run.endpoints` with the merged outcomes and `run.inputProblems` with every report it refused. */
export async function mergeShardReports(files: readonly string[], cwd: string, plans: readonly EndpointPlan[], run: LatencyRun): Promise<void> {
  const problems: InputProblem[] = (run.inputProblems ??= []);
  const refuse = (file: string, message: string) => problems.push({ rule: 'latency-merge-refused', file, message });
  const reports: ShardReport[] = [];
  for (const file of files) {
    const read = await readShardReport(file, cwd);
    if ('problem' in read) refuse(file, read.problem);
    else reports.push(read);
  }

  // Every report must hold this manifest's endpoints, with the same request lines and windows.
  const accepted: ShardReport[] = [];
  for (const report of reports) {
    const problem = compatibility(report, plans);
    if (problem) refuse(report.file, problem);
    else accepted.push(report);
  }
  checkShards(accepted, problems);

  // Each report is decoded whole before any of it is added, so a corrupt histogram refuses its report
  // without leaving half of it in the sums; only one report's histograms are decoded at a time.
  const sums = plans.map((plan) => emptyOutcome(plan));
  const merged: string[] = [];
  for (const report of accepted) {
    let decoded;
    try {
      decoded = decodeReport(report, plans);
    } catch (error) {
      refuse(report.file, `${report.file}: ${(error as Error).message}`);
      continue;
    }
    decoded.forEach((d, i) => addInto(sums[i]!, d));
    merged.push(report.file);
  }
  run.endpoints = sums;
  run.source = { kind: 'merge', files: merged };
}

async function readShardReport(file: string, cwd: string): Promise<ShardReport | { problem: string }> {
  let text: string;
  try {
    text = await readFile(isAbsolute(file) ? file : resolve(cwd, file), 'utf8');
  } catch (error) {
    return { problem: `${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: `${file} is not JSON: ${(error as Error).message}` };
  }
  const root = record(json);
  const check = Array.isArray(root?.checks) ? root.checks.map(record).find((c) => c?.check === 'latency') : root?.check === 'latency' ? root : undefined;
  const metrics = record(check?.metrics);
  if (!metrics || !Array.isArray(metrics.endpoints)) {
    return { problem: `${file} is not a release-gate JSON report with a latency check (expected checks[].metrics.endpoints)` };
  }
  if (metrics.histogramUnit !== HISTOGRAM_UNIT) {
    return { problem: `${file} records its histograms in ${JSON.stringify(metrics.histogramUnit ?? 'an unknown unit')}, not ${HISTOGRAM_UNIT}: they cannot be added` };
  }
  const shard = record(metrics.shard);
  const endpoints: ShardEndpoint[] = [];
  for (const e of metrics.endpoints.map(record)) {
    if (!e || typeof e.name !== 'string') return { problem: `${file} has an endpoint without a name` };
    endpoints.push({
      name: e.name,
      request: typeof e.request === 'string' ? e.request : undefined,
      count: num(e.count),
      errors: num(e.errors),
      dropped: num(e.dropped),
      statuses: Object.fromEntries(Object.entries(record(e.statuses) ?? {}).map(([k, v]) => [k, num(v)])),
      failures: Object.fromEntries(Object.entries(record(e.failures) ?? {}).map(([k, v]) => [k, num(v)])),
      histogram: typeof e.histogram === 'string' ? e.histogram : undefined,
      windowMs: typeof e.windowMs === 'number' ? e.windowMs : undefined,
      windows: Array.isArray(e.windows)
        ? e.windows.map(record).filter((w): w is Record<string, unknown> => !!w && typeof w.histogram === 'string').map((w) => ({ startMs: num(w.startMs), count: num(w.count), errors: num(w.errors), histogram: w.histogram as string }))
        : undefined,
    });
  }
  return {
    file,
    ...(shard && Number.isInteger(shard.index) && Number.isInteger(shard.count) ? { shard: { index: shard.index as number, count: shard.count as number } } : {}),
    endpoints,
  };
}

function compatibility(report: ShardReport, plans: readonly EndpointPlan[]): string | undefined {
  const theirs = new Map(report.endpoints.map((e) => [e.name, e]));
  const missing = plans.filter((p) => !theirs.has(p.name)).map((p) => `"${p.name}"`);
  const extra = report.endpoints.filter((e) => !plans.some((p) => p.name === e.name)).map((e) => `"${e.name}"`);
  if (missing.length || extra.length) {
    return `${report.file} holds other endpoints than the manifest's latency section${missing.length ? `: it lacks ${missing.join(', ')}` : ''}${extra.length ? `${missing.length ? ';' : ':'} it has ${extra.join(', ')} that the manifest does not` : ''}. Merge reports of one manifest only`;
  }
  for (const plan of plans) {
    const e = theirs.get(plan.name)!;
    if (e.request !== undefined && e.request !== plan.label) {
      return `${report.file}: endpoint "${plan.name}" ran ${e.request}, the manifest says ${plan.label}. Merge reports of one manifest only`;
    }
    const wanted = plan.thresholds.windowMs;
    if (wanted !== undefined && e.histogram !== undefined && e.windowMs !== wanted) {
      return `${report.file}: endpoint "${plan.name}" was cut into ${e.windowMs === undefined ? 'no windows' : `windows of ${e.windowMs} ms`}, the manifest's window is ${wanted} ms: windows of different lengths cannot be added`;
    }
  }
  return undefined;
}

/** Shards given twice, or of different splits, or missing: the merged load is then not the planned one. */
function checkShards(reports: ShardReport[], problems: InputProblem[]): void {
  const sharded = reports.filter((r) => r.shard);
  if (sharded.length === 0) return;
  const counts = new Set(sharded.map((r) => r.shard!.count));
  if (counts.size > 1) {
    problems.push({ rule: 'latency-merge-refused', severity: 'warning', file: sharded[0]!.file, message: `the reports come from different splits (${[...counts].map((c) => `1/${c}`).join(', ')}): their sum is not the load one run would have sent` });
    return;
  }
  const count = [...counts][0]!;
  const seen = new Map<number, string>();
  for (const r of sharded) {
    const earlier = seen.get(r.shard!.index);
    if (earlier) problems.push({ rule: 'latency-merge-refused', file: r.file, message: `${r.file} is shard ${r.shard!.index}/${count} again (also ${earlier}): a shard merged twice counts its requests twice` });
    else seen.set(r.shard!.index, r.file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) {
    problems.push({ rule: 'latency-merge-refused', severity: 'warning', file: sharded[0]!.file, message: `shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the merged figures hold ${count - missing.length} of ${count} shares of the planned load` });
  }
}

interface DecodedEndpoint {
  e: ShardEndpoint;
  histogram: ReturnType<typeof decodeHistogram>;
  windows: { startMs: number; count: number; errors: number; histogram: ReturnType<typeof decodeHistogram> }[];
}

function decodeReport(report: ShardReport, plans: readonly EndpointPlan[]): (DecodedEndpoint | undefined)[] {
  return plans.map((plan) => {
    const e = report.endpoints.find((x) => x.name === plan.name);
    if (!e || e.histogram === undefined) return undefined;
    const decode = (encoded: string, what: string) => {
      try {
        return decodeHistogram(encoded);
      } catch {
        throw new Error(`the ${what} of endpoint "${plan.name}" is not an HdrHistogram encoding`);
      }
    };
    return {
      e,
      histogram: decode(e.histogram, 'histogram'),
      windows: (e.windows ?? []).map((w, i) => ({ startMs: w.startMs, count: w.count, errors: w.errors, histogram: decode(w.histogram, `histogram of window ${i + 1}`) })),
    };
  });
}

function addInto(sum: EndpointOutcome, d: DecodedEndpoint | undefined): void {
  if (!d) return;
  const { e } = d;
  sum.loaded = true;
  addHistogram(sum.histogram, d.histogram);
  sum.due += e.count;
  sum.errors += e.errors;
  sum.dropped += e.dropped;
  for (const [status, n] of Object.entries(e.statuses)) sum.statuses[status] = (sum.statuses[status] ?? 0) + n;
  sum.statuses = Object.fromEntries(Object.entries(sum.statuses).sort(([a], [b]) => Number(a) - Number(b)));
  for (const [kind, n] of Object.entries(e.failures)) (sum.failures[kind] ??= { count: 0, example: '' }).count += n;
  // Windows line up by their start: shards of one matrix start together.
  for (const [index, w] of d.windows.entries()) {
    const into: WindowOutcome = (sum.windows[index] ??= { startMs: w.startMs, histogram: createWindowHistogram(), due: 0, errors: 0 });
    addHistogram(into.histogram, w.histogram);
    into.due += w.count;
    into.errors += w.errors;
  }
}
