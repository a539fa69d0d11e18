import { describe, expect, test } from '@jest/globals';
import { judge, LATENCY_TOLERANCE, median, rollingBaseline } from '../../../src/operate/history/baseline.js';
import { recordFromReport, type HistoryRecord, type RunKind } from '../../../src/operate/history/record.js';
import { renderTrendSummary } from '../../../src/operate/history/trend-summary.js';
import { computeTrends } from '../../../src/operate/history/trends.js';
import { sampleReport } from '../sample-history.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const run = (d: number, kind: RunKind, figures: Parameters<typeof sampleReport>[0] = {}, environment = 'production'): HistoryRecord =>
  recordFromReport(sampleReport(figures), { time: daysAgo(d), kind, environment, runUrl: `https://github.com/acme/app/actions/runs/${Math.round(d * 100)}` });

describe('rolling baseline', () => {
  test('median and spread of the last N runs', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(rollingBaseline([100, 110, 90, 100, 105, 95, 1000], 6)).toEqual({ median: 102.5, spread: 1.4826 * 7.5, runs: 6 });
    expect(rollingBaseline([100, 110, 90, 100])).toBeUndefined();
  });

  test('shared-runner noise is steady; a real slowdown is worse; fewer than five runs judge nothing', () => {
    // p95s that wander by up to 30% between runs, as on shared runners.
    const noisy = [120, 150, 110, 135, 160, 125, 118, 142, 155, 130];
    const baseline = rollingBaseline(noisy)!;
    expect(judge(165, baseline, LATENCY_TOLERANCE)).toBe('steady');
    expect(judge(300, baseline, LATENCY_TOLERANCE)).toBe('worse');
    expect(judge(60, baseline, LATENCY_TOLERANCE)).toBe('better');
    expect(judge(300, rollingBaseline([120, 130, 125, 128]), LATENCY_TOLERANCE)).toBe('too-few-runs');
  });

  test('one slow run in the baseline does not make the next normal run look better', () => {
    const baseline = rollingBaseline([120, 125, 118, 122, 900, 121])!;
    expect(baseline.median).toBe(121.5);
    expect(judge(123, baseline, LATENCY_TOLERANCE)).toBe('steady');
  });
});

describe('trends from a history', () => {
  test('p95 and error rate per endpoint, judged against earlier comparable runs only', () => {
    const history = [
      ...[10, 9, 8, 7, 6, 5].map((d, i) => run(d, 'nightly', { p95: { 'task list': [120, 140, 115, 130, 125, 135][i]! } })),
      // A post-deploy run in another environment is not comparable with the nightly series.
      run(4.5, 'post-deploy', { p95: { 'task list': 2000 } }, 'staging'),
      run(1, 'nightly', { p95: { 'task list': 400 }, errors: 10 }),
    ];
    const trends = computeTrends(history, { now: NOW });
    const nightly = trends.latency.find((s) => s.kind === 'nightly')!;
    expect(nightly).toMatchObject({ environment: 'production', endpoint: 'task list', thresholdP95Ms: 500, p95Verdict: 'worse', errorRateVerdict: 'worse' });
    expect(nightly.points.map((p) => p.p95Ms)).toEqual([120, 140, 115, 130, 125, 135, 400]);
    expect(nightly.p95Baseline).toEqual({ median: 127.5, spread: 1.4826 * 7.5, runs: 6 });
    expect(nightly.latest).toMatchObject({ p95Ms: 400, errorRate: 0.05 });
    const staging = trends.latency.find((s) => s.environment === 'staging')!;
    expect(staging.p95Verdict).toBe('too-few-runs');
  });

  test('deploy success rate over 7 and 30 days, per environment', () => {
    const history = [
      run(40, 'post-deploy', { status: 'fail' }),
      run(20, 'post-deploy', { status: 'fail' }),
      run(10, 'post-deploy'),
      run(3, 'post-deploy', { status: 'fail' }),
      run(2, 'post-deploy'),
      run(1, 'post-deploy'),
      run(1, 'nightly', { status: 'fail' }),
    ];
    const [deploys] = computeTrends(history, { now: NOW }).deploys;
    expect(deploys).toMatchObject({ environment: 'production', days7: { runs: 3, passed: 2, ratio: 2 / 3 }, days30: { runs: 5, passed: 3, ratio: 3 / 5 } });
    expect(deploys!.points).toHaveLength(6);
  });

  test('uptime is the share of scheduled smoke runs that passed, per monitored step, over 7 and 30 days', () => {
    const history = [
      ...Array.from({ length: 20 }, (_, i) => run(29 - i, 'nightly')), // days 29 to 10,
      run(5, 'nightly', { smoke: { dashboard: 'fail', 'create task': 'pass' } }),
      run(0.5, 'nightly', { smoke: { dashboard: 'fail', 'create task': 'pass' } }),
      // Not scheduled: a failing post-deploy smoke does not count against uptime.
      run(0.2, 'post-deploy', { smoke: { dashboard: 'fail', 'create task': 'fail' } }),
    ];
    const uptime = computeTrends(history, { now: NOW }).uptime;
    expect(uptime.map((u) => [u.step, u.days7.passed, u.days7.runs, u.days30.passed, u.days30.runs])).toEqual([
      ['create task', 2, 2, 22, 22],
      ['dashboard', 0, 2, 20, 22],
    ]);
  });

  test('certificate days left per host, and the last runs newest first', () => {
    const history = [run(3, 'nightly', { daysLeft: 33 }), run(2, 'nightly', { daysLeft: 32 }), run(1, 'nightly', { daysLeft: 31 })];
    const trends = computeTrends(history, { now: NOW, lastRuns: 2 });
    expect(trends.certificates).toEqual([{ host: 'ops.example.com', points: history.map((r, i) => ({ time: r.time, daysLeft: 33 - i })), latest: { time: history[2]!.time, daysLeft: 31 } }]);
    expect(trends.lastRuns.map((r) => r.time)).toEqual([history[2]!.time, history[1]!.time]);
    expect(trends.lastRuns[0]!.endpoints).toEqual([{ name: 'task list', p95Ms: 120 }, { name: 'dashboard', p95Ms: 80 }]);
  });

  test('the job summary table shows the latest figure, its baseline and a trend arrow', () => {
    const history = [...[7, 6, 5, 4, 3, 2].map((d) => run(d, 'nightly', { p95: { 'task list': 100 } })), run(1, 'nightly', { p95: { 'task list': 300 } }), run(1, 'post-deploy')];
    const md = renderTrendSummary(computeTrends(history, { now: NOW }), { dashboardUrl: 'https://acme.github.io/app/' });
    expect(md).toContain('Dashboard: https://acme.github.io/app/\n');
    expect(md).toContain('| p95 task list (production, nightly) | 300 ms | 100 ms ± 0 ms (6 runs) | 🔺 worse than the baseline |\n');
    expect(md).toContain('| p95 task list (production, post-deploy) | 120 ms | — | · too few runs to judge |\n');
    expect(md).toContain('| deploy success (production) | 100.0% (1/1) | 100.0% (1/1) |\n');
    expect(md).toContain('| uptime dashboard (production) | 100.0% (7/7) | 100.0% (7/7) |\n');
    expect(md).toContain('| ops.example.com | 60 | 2026-12-05 |\n');
    expect(md).toContain('xychart-beta');
    expect(md).toContain('  line [100, 100, 100, 100, 100, 100, 300]\n');
  });
});
