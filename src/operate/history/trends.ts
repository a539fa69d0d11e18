import { DEFAULT_BASELINE_RUNS, ERROR_RATE_TOLERANCE, judge, LATENCY_TOLERANCE, rollingBaseline, type Baseline, type Verdict } from './baseline.js';
import type { HistoryRecord, RunKind } from './record.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface LatencyPoint {
  time: string;
  p95Ms: number | null;
  errorRate: number;
  status: string;
  runUrl?: string;
}

/** One endpoint's figures across comparable runs (same kind and environment), oldest first. */
export interface LatencySeries {
  kind: RunKind;
  environment: string;
  endpoint: string;
  thresholdP95Ms?: number;
  points: LatencyPoint[];
  latest?: LatencyPoint;
  /** The baselines the latest point is judged against: earlier runs only. */
  p95Baseline?: Baseline;
  p95Verdict: Verdict;
  errorRateBaseline?: Baseline;
  errorRateVerdict: Verdict;
}

export interface Ratio {
  runs: number;
  passed: number;
  /** passed / runs; null when there were no runs. */
  ratio: number | null;
}

export interface OutcomePoint { time: string; passed: boolean; runUrl?: string }

/** post-deploy runs that passed, of all post-deploy runs, per environment. */
export interface DeploySuccess {
  environment: string;
  days7: Ratio;
  days30: Ratio;
  points: OutcomePoint[];
}

/**
 * Per environment and path: the monitor's checks (time-weighted over observed time only), or, where
 * no monitor ran, the scheduled (nightly) smoke runs whose step passed.
 */
export interface Uptime {
  environment: string;
  step: string;
  source: 'monitor' | 'smoke';
  days7: Ratio;
  days30: Ratio;
  points: OutcomePoint[];
  /** Monitor: gaps longer than three intervals between checks, never counted as up. */
  notMonitored: { from: string; to: string }[];
  /** Monitor: milliseconds observed and not monitored in the last 7 and 30 days. */
  observed?: { days7: { observedMs: number; notMonitoredMs: number }; days30: { observedMs: number; notMonitoredMs: number } };
}

export interface CertificateSeries {
  host: string;
  points: { time: string; daysLeft: number }[];
  latest?: { time: string; daysLeft: number };
}

export interface RunRow {
  time: string;
  kind: RunKind;
  environment: string;
  status: string;
  commit?: string;
  runUrl?: string;
  checks: { check: string; status: string }[];
  endpoints: { name: string; p95Ms: number | null }[];
}

export interface Trends {
  generatedAt: string;
  runs: number;
  latency: LatencySeries[];
  deploys: DeploySuccess[];
  uptime: Uptime[];
  certificates: CertificateSeries[];
  /** The newest runs, newest first. */
  lastRuns: RunRow[];
}

export interface TrendOptions {
  now: Date;
  /** Earlier comparable runs in a baseline (history.baseline-runs). */
  baselineRuns?: number;
  /** Rows in lastRuns (default 20). */
  lastRuns?: number;
}

/** Every figure the dashboard and the job summary show, from the history alone. */
export function computeTrends(history: readonly HistoryRecord[], options: TrendOptions): Trends {
  const records = [...history].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const window = options.baselineRuns ?? DEFAULT_BASELINE_RUNS;
  const now = options.now.getTime();
  return {
    generatedAt: options.now.toISOString(),
    runs: records.length,
    latency: latencySeries(records, window),
    deploys: deploySuccess(records, now),
    uptime: uptime(records, now),
    certificates: certificateSeries(records),
    lastRuns: records.slice(-(options.lastRuns ?? 20)).reverse().map(runRow),
  };
}

function latencySeries(records: readonly HistoryRecord[], window: number): LatencySeries[] {
  const series = new Map<string, LatencySeries>();
  for (const r of records) {
    for (const c of r.checks) {
      if (c.check !== 'latency' || c.status === 'skipped') continue;
      for (const e of c.endpoints ?? []) {
        const key = `${r.kind}\u0000${r.environment}\u0000${e.name}`;
        let s = series.get(key);
        if (!s) {
          s = { kind: r.kind, environment: r.environment, endpoint: e.name, points: [], p95Verdict: 'too-few-runs', errorRateVerdict: 'too-few-runs' };
          series.set(key, s);
        }
        if (e.thresholdP95Ms !== undefined) s.thresholdP95Ms = e.thresholdP95Ms;
        s.points.push({ time: r.time, p95Ms: e.p95Ms, errorRate: e.errorRate, status: c.status, ...(r.runUrl ? { runUrl: r.runUrl } : {}) });
      }
    }
  }
  for (const s of series.values()) {
    s.latest = s.points.at(-1);
    const earlier = s.points.slice(0, -1);
    const p95s = earlier.map((p) => p.p95Ms).filter((v): v is number => v !== null);
    s.p95Baseline = rollingBaseline(p95s, window);
    s.p95Verdict = s.latest?.p95Ms != null ? judge(s.latest.p95Ms, s.p95Baseline, LATENCY_TOLERANCE) : 'too-few-runs';
    s.errorRateBaseline = rollingBaseline(earlier.map((p) => p.errorRate), window);
    s.errorRateVerdict = s.latest ? judge(s.latest.errorRate, s.errorRateBaseline, ERROR_RATE_TOLERANCE) : 'too-few-runs';
  }
  return [...series.values()].sort((a, b) => a.environment.localeCompare(b.environment) || a.kind.localeCompare(b.kind) || a.endpoint.localeCompare(b.endpoint));
}

function ratio(points: readonly OutcomePoint[], now: number, days: number): Ratio {
  const inWindow = points.filter((p) => now - Date.parse(p.time) <= days * DAY_MS && Date.parse(p.time) <= now);
  const passed = inWindow.filter((p) => p.passed).length;
  return { runs: inWindow.length, passed, ratio: inWindow.length ? passed / inWindow.length : null };
}

function deploySuccess(records: readonly HistoryRecord[], now: number): DeploySuccess[] {
  const byEnv = new Map<string, OutcomePoint[]>();
  for (const r of records) {
    if (r.kind !== 'post-deploy') continue;
    const points = byEnv.get(r.environment) ?? [];
    points.push({ time: r.time, passed: r.status === 'pass', ...(r.runUrl ? { runUrl: r.runUrl } : {}) });
    byEnv.set(r.environment, points);
  }
  return [...byEnv].sort(([a], [b]) => a.localeCompare(b)).map(([environment, points]) => ({
    environment, days7: ratio(points, now, 7), days30: ratio(points, now, 30), points,
  }));
}

/** The monitor's silence rule: a gap longer than this many intervals is not monitored. */
const SILENT_AFTER_INTERVALS = 3;

/**
 * Monitor uptime over observed time only: each check covers the time since the previous one with its
 * result, unless that gap is longer than three intervals, which is "not monitored" and counts neither way.
 */
function monitorUptime(records: readonly HistoryRecord[], now: number): Uptime[] {
  const byPath = new Map<string, { environment: string; step: string; intervalMs: number; points: OutcomePoint[] }>();
  for (const r of records) {
    const monitor = r.checks.find((c) => c.check === 'monitor' && c.status !== 'skipped');
    if (!monitor) continue;
    const intervalMs = typeof monitor.facts?.intervalMs === 'number' ? monitor.facts.intervalMs : 15 * 60_000;
    const samples = Array.isArray(monitor.facts?.samples) ? (monitor.facts.samples as { time?: unknown; results?: unknown }[]) : [];
    for (const sample of samples) {
      if (typeof sample?.time !== 'string' || !Array.isArray(sample.results)) continue;
      for (const result of sample.results as { name?: unknown; ok?: unknown }[]) {
        if (typeof result?.name !== 'string') continue;
        const key = `${r.environment}\u0000${result.name}`;
        const entry = byPath.get(key) ?? { environment: r.environment, step: result.name, intervalMs, points: [] };
        entry.intervalMs = intervalMs;
        entry.points.push({ time: sample.time, passed: result.ok === true, ...(r.runUrl ? { runUrl: r.runUrl } : {}) });
        byPath.set(key, entry);
      }
    }
  }
  return [...byPath.values()].map((entry) => {
    const points = entry.points.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    const gaps: { from: string; to: string }[] = [];
    const windows = { days7: { up: 0, observedMs: 0, notMonitoredMs: 0, runs: 0, passed: 0 }, days30: { up: 0, observedMs: 0, notMonitoredMs: 0, runs: 0, passed: 0 } };
    points.forEach((p, i) => {
      const t = Date.parse(p.time);
      const gap = i > 0 ? t - Date.parse(points[i - 1]!.time) : 0;
      const silent = gap > SILENT_AFTER_INTERVALS * entry.intervalMs;
      if (silent) gaps.push({ from: points[i - 1]!.time, to: p.time });
      for (const [name, days] of [['days7', 7], ['days30', 30]] as const) {
        if (t > now || now - t > days * DAY_MS) continue;
        const w = windows[name];
        w.runs++;
        if (p.passed) w.passed++;
        if (silent) w.notMonitoredMs += gap;
        else {
          w.observedMs += gap;
          if (p.passed) w.up += gap;
        }
      }
    });
    const ratio = (w: typeof windows.days7): Ratio => ({
      runs: w.runs, passed: w.passed,
      // A single check observes no span yet: its result stands for the ratio until the next one.
      ratio: w.runs === 0 ? null : w.observedMs > 0 ? w.up / w.observedMs : w.passed / w.runs,
    });
    return {
      environment: entry.environment, step: entry.step, source: 'monitor' as const,
      days7: ratio(windows.days7), days30: ratio(windows.days30), points, notMonitored: gaps,
      observed: {
        days7: { observedMs: windows.days7.observedMs, notMonitoredMs: windows.days7.notMonitoredMs },
        days30: { observedMs: windows.days30.observedMs, notMonitoredMs: windows.days30.notMonitoredMs },
      },
    };
  });
}

function uptime(records: readonly HistoryRecord[], now: number): Uptime[] {
  const monitored = monitorUptime(records, now);
  const seen = new Set(monitored.map((u) => `${u.environment}\u0000${u.step}`));
  const byStep = new Map<string, { environment: string; step: string; points: OutcomePoint[] }>();
  for (const r of records) {
    if (r.kind !== 'nightly') continue;
    const smoke = r.checks.find((c) => c.check === 'smoke');
    if (!smoke || smoke.status === 'skipped') continue;
    for (const step of smoke.steps ?? []) {
      if (step.status === 'skipped') continue;
      const key = `${r.environment}\u0000${step.name}`;
      const entry = byStep.get(key) ?? { environment: r.environment, step: step.name, points: [] };
      entry.points.push({ time: r.time, passed: step.status === 'pass', ...(r.runUrl ? { runUrl: r.runUrl } : {}) });
      byStep.set(key, entry);
    }
  }
  const fromSmoke = [...byStep.values()]
    .filter((u) => !seen.has(`${u.environment}\u0000${u.step}`))
    .map((u): Uptime => ({ ...u, source: 'smoke', days7: ratio(u.points, now, 7), days30: ratio(u.points, now, 30), notMonitored: [] }));
  return [...monitored, ...fromSmoke].sort((a, b) => a.environment.localeCompare(b.environment) || a.step.localeCompare(b.step));
}

function certificateSeries(records: readonly HistoryRecord[]): CertificateSeries[] {
  const byHost = new Map<string, CertificateSeries>();
  for (const r of records) {
    for (const c of r.checks) {
      for (const cert of c.certificates ?? []) {
        if (cert.daysLeft === undefined) continue;
        const host = cert.port && cert.port !== 443 ? `${cert.host}:${cert.port}` : cert.host;
        const s = byHost.get(host) ?? { host, points: [] };
        s.points.push({ time: r.time, daysLeft: cert.daysLeft });
        byHost.set(host, s);
      }
    }
  }
  for (const s of byHost.values()) s.latest = s.points.at(-1);
  return [...byHost.values()].sort((a, b) => a.host.localeCompare(b.host));
}

function runRow(r: HistoryRecord): RunRow {
  return {
    time: r.time, kind: r.kind, environment: r.environment, status: r.status,
    ...(r.commit ? { commit: r.commit } : {}), ...(r.runUrl ? { runUrl: r.runUrl } : {}),
    checks: r.checks.map((c) => ({ check: c.check, status: c.status })),
    endpoints: r.checks.filter((c) => c.check === 'latency').flatMap((c) => (c.endpoints ?? []).map((e) => ({ name: e.name, p95Ms: e.p95Ms }))),
  };
}

/** Records from the last `days` days before `now`. */
export function since(records: readonly HistoryRecord[], now: Date, days: number): HistoryRecord[] {
  return records.filter((r) => now.getTime() - Date.parse(r.time) <= days * DAY_MS);
}

/** "not monitored 4h in the last 7 days (9h in 30)": silence shown as such, never as up. */
export function notMonitoredNote(observed: NonNullable<Uptime['observed']>): string {
  const hours = (ms: number) => (ms >= 3_600_000 ? `${Math.round(ms / 360_000) / 10}h` : `${Math.round(ms / 60_000)}m`);
  return `not monitored ${hours(observed.days7.notMonitoredMs)} in the last 7 days (${hours(observed.days30.notMonitoredMs)} in 30)`;
}
