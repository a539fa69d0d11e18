import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHistogram } from '../../../src/checks/latency/histogram.js';
import type { LatencyRun, LoadPlan } from '../../../src/checks/latency/model.js';
import { LATENCY_RULES } from '../../../src/checks/latency/rules/index.js';
import { runRules } from '../../../src/rules/registry.js';
import { startShapedServer, type ShapedServer } from '../../support/latency-servers.js';
import { aboutTheApp, manifest, MANIFEST_FILE, runLatencyCheck, tempDir } from './harness.js';

/**
 * Rules whose conditions a short test run cannot produce on demand (a regression of a given size, a
 * generator that fell behind, a saturated app) are tested on hand-made runs; the others are tested
 * end to end in check.test.ts.
 */
const SITE = { file: MANIFEST_FILE, line: 12, column: 7 };
const LOAD_SITE = { file: MANIFEST_FILE, line: 6, column: 3 };

function plan(overrides: Partial<LoadPlan> = {}): LoadPlan {
  return {
    endpoints: [], askedRate: 20, rate: 20, ceiling: 50, warmupMs: 0, durationMs: 30_000, timeoutMs: 10_000, maxRequests: 30_000, plannedRequests: 600,
    maxInFlight: 1000, stop: { errorRate: 0.5, window: 50, minimum: 20 }, regression: { relative: 0.2, absoluteMs: 25 }, ...overrides,
  };
}

function run(overrides: Partial<LatencyRun> & { lagMs?: number; achievedRate?: number; dropped?: number } = {}): LatencyRun {
  const histogram = createHistogram();
  histogram.recordValue(100_000);
  const sendLag = createHistogram();
  for (let i = 0; i < 100; i++) sendLag.recordValue(i < 90 ? 500 : (overrides.lagMs ?? 1) * 1000);
  const endpointPlan = { index: 0, name: 'task list', label: 'GET /api/tasks', site: SITE, askedRate: 20, rate: 20, thresholds: { errorRate: 0.01 }, spec: { request: 'GET /api/tasks' } };
  return {
    file: MANIFEST_FILE, sectionSite: { file: MANIFEST_FILE, line: 5, column: 1 }, loadSite: LOAD_SITE, problems: [], capped: [],
    plan: plan({ endpoints: [endpointPlan] }),
    endpoints: [{ plan: endpointPlan, loaded: true, histogram, due: 600, errors: overrides.dropped ?? 0, dropped: overrides.dropped ?? 0, statuses: { 200: 600 }, failures: {}, unreachable: false, windows: [] }],
    load: {
      overall: histogram, sendLag, due: 600, sent: 600 - (overrides.dropped ?? 0), dropped: overrides.dropped ?? 0, sentTotal: 600,
      achievedRate: overrides.achievedRate ?? 20, measuredMs: 30_000, peakInFlight: 3,
    },
    ...overrides,
  };
}

const findings = (r: LatencyRun) => runRules(LATENCY_RULES, r).map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, message: f.message }));

describe('latency-regression: worse than the baseline by more than both margins', () => {
  test.each([
    { baseline: 100, now: 130, regression: true, why: '30% and 30 ms' },
    { baseline: 100, now: 126, regression: true, why: '26% and 26 ms' },
    { baseline: 100, now: 124, regression: false, why: '24 ms is within the 25 ms margin' },
    { baseline: 100, now: 120, regression: false, why: '20% is within the 20% margin' },
    { baseline: 10, now: 30, regression: false, why: 'three times slower, but only 20 ms' },
    { baseline: 500, now: 590, regression: false, why: '90 ms slower, but only 18%' },
    { baseline: 500, now: 610, regression: true, why: '22% and 110 ms' },
    { baseline: 100, now: 60, regression: false, why: 'faster' },
  ])('baseline $baseline ms, now $now ms: $why', ({ baseline, now, regression }) => {
    const r = run({ baseline: { file: 'previous.json', site: SITE, endpoints: [{ index: 0, name: 'task list', p95Ms: now, baselineP95Ms: baseline }], missing: [] } });
    expect(findings(r).filter((f) => f.ruleId === 'latency-regression').length).toBe(regression ? 1 : 0);
  });

  test('the margins come from the manifest; the finding names both', () => {
    const r = run({ baseline: { file: 'previous.json', site: SITE, endpoints: [{ index: 0, name: 'task list', p95Ms: 160, baselineP95Ms: 100 }], missing: [] } });
    r.plan!.regression = { relative: 0.5, absoluteMs: 10 };
    expect(findings(r)).toEqual([{
      ruleId: 'latency-regression', severity: 'error', line: 12,
      message: 'endpoint "task list": p95 was 160 ms, 60 ms slower than the baseline\'s 100 ms (+60%), beyond both margins (50% and 10 ms); baseline previous.json',
    }]);
    r.baseline!.endpoints[0]!.p95Ms = 140;
    expect(findings(r)).toEqual([]);
  });
});

describe('findings about the load itself, on the rate line', () => {
  test('latency-rate-not-reached: more than 5% of requests went out over 25 ms late', () => {
    expect(findings(run({ lagMs: 20 }))).toEqual([]);
    expect(findings(run({ lagMs: 80 }))).toEqual([{
      ruleId: 'latency-rate-not-reached', severity: 'warning', line: 6,
      message: 'the generator fell behind its schedule: it sent 20/s of the 20/s planned, and 5% of requests went out more than 80 ms late',
    }]);
  });

  test('latency-rate-not-reached: the rate sent fell under 95% of the plan', () => {
    expect(findings(run({ achievedRate: 19.2 }))).toEqual([]);
    expect(findings(run({ achievedRate: 18 })).map((f) => f.message)).toEqual(['the generator fell behind its schedule: it sent 18/s of the 20/s planned, and 5% of requests went out more than 1 ms late']);
  });

  test('latency-saturated: requests refused by the in-flight cap', () => {
    expect(findings(run({ dropped: 4 })).filter((f) => f.ruleId === 'latency-saturated')).toEqual([{
      ruleId: 'latency-saturated', severity: 'warning', line: 6,
      message: '4 requests were not sent because 1,000 were already waiting for a response; they count as errors ("in-flight cap")',
    }]);
  });
});

describe('baseline reports, end to end', () => {
  let server: ShapedServer;
  beforeAll(async () => {
    server = await startShapedServer(() => 60);
  });
  afterAll(() => server.close());

  const report = (endpoints: unknown[]) => JSON.stringify({ schemaVersion: 1, status: 'pass', checks: [{ check: 'latency', status: 'pass', durationMs: 1, findings: [], metrics: { endpoints } }] });
  const section = (baseline: string) => `  rate: 20
  duration: 500ms
  baseline: ${baseline}
  endpoints:
    - name: api
      request: GET /api
    - name: new
      request: GET /new
`;

  test('a p95 of 60 ms against a baseline of 20 ms is a regression; an endpoint the baseline lacks is listed', async () => {
    const cwd = tempDir({ 'previous.json': report([{ name: 'api', count: 600, errors: 0, p50Ms: 15, p95Ms: 20, p99Ms: 25, maxMs: 30 }]) });
    const { findings: found, metrics } = await runLatencyCheck(manifest(server.url, section('previous.json')), { cwd });
    expect(aboutTheApp(found).map((f) => [f.ruleId, f.line])).toEqual([['latency-regression', 10]]);
    expect(found.find((f) => f.ruleId === 'latency-regression')!.message).toMatch(/^endpoint "api": p95 was \d+ ms, \d+ ms slower than the baseline's 20 ms \(\+[\d.]+%\), beyond both margins \(20% and 25 ms\); baseline previous\.json$/);
    expect(metrics.baseline).toEqual({ file: 'previous.json', endpoints: [{ name: 'api', p95Ms: expect.any(Number), baselineP95Ms: 20 }], missing: ['new'] });
  });

  test('the baseline input overrides the manifest; a file that is not a report is a warning, and nothing is compared', async () => {
    const cwd = tempDir({ 'previous.json': report([{ name: 'api', p95Ms: 1000 }]), 'other.json': '{"checks": []}' });
    const good = await runLatencyCheck(manifest(server.url, section('other.json')), { cwd, inputs: { baseline: 'previous.json' } });
    expect(aboutTheApp(good.findings)).toEqual([]);
    const bad = await runLatencyCheck(manifest(server.url, section('other.json')), { cwd });
    expect(aboutTheApp(bad.findings).map((f) => [f.ruleId, f.severity, f.line, f.message])).toEqual([
      ['latency-baseline-invalid', 'warning', 8, 'the baseline other.json is not a release-gate JSON report with a latency check (expected checks[].metrics.endpoints)'],
    ]);
  });
});
