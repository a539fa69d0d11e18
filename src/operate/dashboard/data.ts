import type { LaunchChecklist } from '../../reports/launch.js';
import type { Verdict } from '../history/baseline.js';
import { notMonitoredNote, type OutcomePoint, type Ratio, type RunRow, type Trends } from '../history/trends.js';

/** Columns aligned on one time axis, as uPlot takes them: x in Unix seconds, one array per series, null where a series has no point. */
export interface AlignedSeries {
  times: number[];
  values: (number | null)[][];
}

export interface LatencyLegend {
  label: string;
  latestP95Ms: number | null;
  baselineP95Ms: number | null;
  p95Verdict: Verdict;
  latestErrorRate: number | null;
  errorRateVerdict: Verdict;
  thresholdP95Ms: number | null;
}

export interface RatioLegend {
  label: string;
  days7: Ratio;
  days30: Ratio;
  /** Uptime: the time not monitored (gaps between checks longer than three intervals), never counted as up. */
  note?: string;
}

/** Everything the page shows, computed here (and unit-tested) so the page code only draws. */
export interface DashboardData {
  title: string;
  generatedAt: string;
  source: string;
  runs: number;
  p95: AlignedSeries & { legend: LatencyLegend[] };
  errorRate: AlignedSeries & { legend: LatencyLegend[] };
  deploys: AlignedSeries & { legend: RatioLegend[] };
  uptime: AlignedSeries & { legend: RatioLegend[] };
  certificates: AlignedSeries & { legend: { label: string; daysLeft: number | null }[] };
  lastRuns: RunRow[];
  checklist: LaunchChecklist | null;
}

/** Puts series with their own timestamps on one axis (the union), null where a series has no point. */
export function align(series: readonly { time: string; value: number | null }[][]): AlignedSeries {
  const times = [...new Set(series.flatMap((s) => s.map((p) => Math.floor(Date.parse(p.time) / 1000))))].sort((a, b) => a - b);
  const index = new Map(times.map((t, i) => [t, i]));
  const values = series.map((s) => {
    const column: (number | null)[] = times.map(() => null);
    for (const p of s) column[index.get(Math.floor(Date.parse(p.time) / 1000))!] = p.value;
    return column;
  });
  return { times, values };
}

/** Pass ratio per UTC day: the share of that day's runs that passed. */
export function dailyRatio(points: readonly OutcomePoint[]): { time: string; value: number }[] {
  const days = new Map<string, { runs: number; passed: number }>();
  for (const p of points) {
    const day = `${p.time.slice(0, 10)}T00:00:00.000Z`;
    const d = days.get(day) ?? { runs: 0, passed: 0 };
    d.runs++;
    if (p.passed) d.passed++;
    days.set(day, d);
  }
  return [...days].map(([time, d]) => ({ time, value: d.passed / d.runs }));
}

export function dashboardData(trends: Trends, options: { title: string; source: string; checklist?: LaunchChecklist | null }): DashboardData {
  const label = (s: Trends['latency'][number]) => `${s.endpoint} · ${s.environment} · ${s.kind}`;
  const legend: LatencyLegend[] = trends.latency.map((s) => ({
    label: label(s),
    latestP95Ms: s.latest?.p95Ms ?? null,
    baselineP95Ms: s.p95Baseline?.median ?? null,
    p95Verdict: s.p95Verdict,
    latestErrorRate: s.latest?.errorRate ?? null,
    errorRateVerdict: s.errorRateVerdict,
    thresholdP95Ms: s.thresholdP95Ms ?? null,
  }));
  return {
    title: options.title,
    generatedAt: trends.generatedAt,
    source: options.source,
    runs: trends.runs,
    p95: { ...align(trends.latency.map((s) => s.points.map((p) => ({ time: p.time, value: p.p95Ms })))), legend },
    errorRate: { ...align(trends.latency.map((s) => s.points.map((p) => ({ time: p.time, value: p.errorRate * 100 })))), legend },
    deploys: {
      ...align(trends.deploys.map((d) => dailyRatio(d.points).map((p) => ({ time: p.time, value: p.value * 100 })))),
      legend: trends.deploys.map((d) => ({ label: d.environment, days7: d.days7, days30: d.days30 })),
    },
    uptime: {
      ...align(trends.uptime.map((u) => dailyRatio(u.points).map((p) => ({ time: p.time, value: p.value * 100 })))),
      legend: trends.uptime.map((u) => ({
        label: `${u.step} · ${u.environment}`, days7: u.days7, days30: u.days30,
        ...(u.observed?.days30.notMonitoredMs ? { note: notMonitoredNote(u.observed) } : {}),
      })),
    },
    certificates: {
      ...align(trends.certificates.map((c) => c.points.map((p) => ({ time: p.time, value: p.daysLeft })))),
      legend: trends.certificates.map((c) => ({ label: c.host, daysLeft: c.latest?.daysLeft ?? null })),
    },
    lastRuns: trends.lastRuns,
    checklist: options.checklist ?? null,
  };
}
