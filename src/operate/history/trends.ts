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

/** Scheduled (nightly) smoke runs whose step passed, per environment and monitored step. */
export interface Uptime {
  environment: string;
  step: string;
  days7: Ratio;
  days30: Ratio;
  points: OutcomePoint[];
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

function uptime(records: readonly HistoryRecord[], now: number): Uptime[] {
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
  return [...byStep.values()]
    .sort((a, b) => a.environment.localeCompare(b.environment) || a.step.localeCompare(b.step))
    .map((u) => ({ ...u, days7: ratio(u.points, now, 7), days30: ratio(u.points, now, 30) }));
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
