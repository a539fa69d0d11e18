import { encodeHistogram, HISTOGRAM_UNIT, percentiles, type LatencyHistogram } from './histogram.js';
import type { EndpointOutcome, LatencyRun, SummaryFigures, WindowOutcome } from './model.js';

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/**
 * The latency check's metrics. `endpoints[]` keeps the names the architecture fixes (name, count,
 * errors, p50Ms, p95Ms, p99Ms, maxMs); `histogram` fields are HdrHistogram V2 encodings in
 * microseconds that `mergeHistograms` (or any HdrHistogram library) adds up exactly.
 */
export function latencyMetrics(run: LatencyRun): Record<string, unknown> {
  const metrics: Record<string, unknown> = {};
  if (run.target) {
    metrics.url = run.target.url;
    if (run.target.environment) metrics.environment = run.target.environment;
    metrics.source = run.target.source;
  }
  const { plan, load } = run;
  if (plan) {
    metrics.rate = {
      asked: round(plan.askedRate, 2),
      planned: round(plan.rate, 2),
      ceiling: plan.ceiling,
      achieved: load ? round(load.achievedRate, 2) : 0,
    };
    metrics.achievedRate = load ? round(load.achievedRate, 2) : 0;
    metrics.warmupMs = plan.warmupMs;
    metrics.durationMs = plan.durationMs;
    metrics.timeoutMs = plan.timeoutMs;
  }
  if (load) {
    metrics.measuredMs = load.measuredMs;
    metrics.requests = { planned: plan?.plannedRequests ?? 0, sent: load.sentTotal, measured: load.due, dropped: load.dropped };
  }
  if (run.shard) metrics.shard = run.shard;
  if (run.source && run.source.kind !== 'load') metrics.source = run.source.kind === 'merge' ? { merged: run.source.files } : { k6: run.source.file, ...(run.source.summaryOnly ? { summaryOnly: true } : {}) };
  metrics.histogramUnit = HISTOGRAM_UNIT;
  metrics.endpoints = run.endpoints.map(endpointMetrics);
  if (load) {
    const errors = run.endpoints.reduce((n, e) => n + e.errors, 0);
    metrics.overall = { name: 'overall', ...numbers(load.overall, load.due, errors), histogram: encodeHistogram(load.overall) };
    metrics.generator = {
      sendLagP50Ms: round(load.sendLag.getValueAtPercentile(50) / 1000, 2),
      sendLagP95Ms: round(load.sendLag.getValueAtPercentile(95) / 1000, 2),
      sendLagP99Ms: round(load.sendLag.getValueAtPercentile(99) / 1000, 2),
      peakInFlight: load.peakInFlight,
      maxInFlight: plan?.maxInFlight,
    };
    if (load.stopped) metrics.stopped = { reason: load.stopped.message, afterMs: Math.round(load.stopped.afterMs) };
  }
  if (run.baseline && !run.baseline.problem) {
    metrics.baseline = {
      file: run.baseline.file,
      endpoints: run.baseline.endpoints.map((c) => ({ name: c.name, p95Ms: c.p95Ms, baselineP95Ms: c.baselineP95Ms })),
      ...(run.baseline.missing.length ? { missing: run.baseline.missing } : {}),
    };
  }
  return metrics;
}

function endpointMetrics(e: EndpointOutcome): Record<string, unknown> {
  const { thresholds } = e.plan;
  return {
    name: e.plan.name,
    request: e.plan.label,
    ...(e.plan.session ? { session: e.plan.session } : {}),
    rate: round(e.plan.rate, 2),
    ...numbers(e.histogram, e.due, e.errors, e.summary),
    dropped: e.dropped,
    statuses: e.statuses,
    ...(Object.keys(e.failures).length ? { failures: Object.fromEntries(Object.entries(e.failures).map(([k, f]) => [k, f.count])) } : {}),
    thresholds: {
      ...(thresholds.p95Ms !== undefined ? { p95Ms: thresholds.p95Ms } : {}),
      ...(thresholds.p99Ms !== undefined ? { p99Ms: thresholds.p99Ms } : {}),
      ...(thresholds.maxMs !== undefined ? { maxMs: thresholds.maxMs } : {}),
      errorRate: thresholds.errorRate,
    },
    ...(e.summary ? { summaryOnly: true } : e.loaded ? { histogram: encodeHistogram(e.histogram) } : { loaded: false }),
    ...(thresholds.windowMs !== undefined && e.loaded ? { windowMs: thresholds.windowMs, windows: e.windows.map((w) => windowMetrics(w)) } : {}),
  };
}

/** One window: its counts, its p95, and its histogram so shards' windows merge exactly too. */
function windowMetrics(w: WindowOutcome): Record<string, unknown> {
  const p = percentiles(w.histogram);
  return { startMs: w.startMs, count: w.due, errors: w.errors, p95Ms: p?.p95Ms ?? null, histogram: encodeHistogram(w.histogram) };
}

/** count (requests due), errors, the error rate and the percentiles; null percentiles when nothing was timed. */
function numbers(histogram: LatencyHistogram, count: number, errors: number, summary?: SummaryFigures) {
  const p = summary ? { p50Ms: summary.p50Ms, p90Ms: summary.p90Ms, p95Ms: summary.p95Ms, p99Ms: summary.p99Ms, maxMs: summary.maxMs, meanMs: summary.meanMs } : percentiles(histogram);
  return {
    count,
    errors,
    errorRate: count > 0 ? round(errors / count, 4) : 0,
    samples: histogram.totalCount,
    p50Ms: p?.p50Ms ?? null,
    p90Ms: p?.p90Ms ?? null,
    p95Ms: p?.p95Ms ?? null,
    p99Ms: p?.p99Ms ?? null,
    maxMs: p?.maxMs ?? null,
    meanMs: p?.meanMs ?? null,
  };
}
