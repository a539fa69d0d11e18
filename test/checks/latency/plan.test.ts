import { describe, expect, test } from '@jest/globals';
import { CAPS } from '../../../src/checks/latency/caps.js';
import { planLoad } from '../../../src/checks/latency/plan.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { manifest, MANIFEST_FILE } from './harness.js';

/** Plans the latency section of a manifest (no request is sent): rates, thresholds, caps. */
function plan(section: string) {
  const loaded = parseManifest(manifest('https://ops.example.com', section), MANIFEST_FILE);
  return planLoad(loaded.data.latency!, (path) => ({ file: MANIFEST_FILE, line: loaded.locate(path)?.line }));
}

function planned(section: string) {
  const result = plan(section);
  if ('refused' in result) throw new Error(`refused: ${result.refused.map((r) => r.message).join('; ')}`);
  return result;
}

describe('rates', () => {
  test('endpoints share latency.rate by weight; an endpoint with its own rate keeps it', () => {
    const { plan: p, capped } = planned(`  rate: 30
  endpoints:
    - request: GET /a
      weight: 2
    - request: GET /b
    - request: GET /c
      rate: 5
`);
    expect(capped).toEqual([]);
    expect(p.endpoints.map((e) => e.rate)).toEqual([20, 10, 5]);
    expect(p).toMatchObject({ askedRate: 35, rate: 35, ceiling: 50, durationMs: 30_000, warmupMs: 0, timeoutMs: 10_000, plannedRequests: 1050 });
  });

  test('the default rate is 10/s', () => {
    expect(planned(`  endpoints:
    - request: GET /a
`).plan.rate).toBe(10);
  });

  test('over the default ceiling: every endpoint is lowered in proportion, on the rate line', () => {
    const { plan: p, capped } = planned(`  rate: 10000
  endpoints:
    - request: GET /a
      weight: 3
    - request: GET /b
`);
    expect(p.endpoints.map((e) => [e.askedRate, e.rate])).toEqual([[7500, 37.5], [2500, 12.5]]);
    expect(capped).toEqual([{ site: { file: MANIFEST_FILE, line: 6 }, message: 'the endpoints ask for 10,000/s together, more than the default ceiling of 50/s; set max-rate (at most 1,000/s) to go higher. The run sent 50/s, each endpoint in proportion' }]);
  });

  test('max-rate raises the ceiling, and an explicit max-rate is the limit it names', () => {
    expect(planned(`  rate: 400
  max-rate: 500
  endpoints:
    - request: GET /a
`)).toMatchObject({ plan: { rate: 400, ceiling: 500 }, capped: [] });
    const { plan: p, capped } = planned(`  rate: 2000
  max-rate: 1000
  endpoints:
    - request: GET /a
`);
    expect(p.rate).toBe(1000);
    // 1000/s for the default 30s is 30,000 requests: exactly the default max-requests, so not shortened.
    expect(capped.map((c) => c.message)).toEqual([
      'the endpoints ask for 2,000/s together, more than the max-rate of 1,000/s. The run sent 1,000/s, each endpoint in proportion',
    ]);
  });
});

describe('caps on the whole run', () => {
  test('over max-requests: the run is shortened to fit, and says so', () => {
    const { plan: p, capped } = planned(`  rate: 500
  max-rate: 500
  duration: 2m
  endpoints:
    - request: GET /a
`);
    expect(p).toMatchObject({ durationMs: 60_000, plannedRequests: 30_000, maxRequests: CAPS.defaultMaxRequests });
    expect(capped.map((c) => [c.site.line, c.message])).toEqual([
      [8, '500/s for 2m is more than the default cap of 30,000 requests per run; set max-requests (at most 600,000) to send more. The run was shortened to 1m'],
    ]);
    expect(planned(`  rate: 500
  max-rate: 500
  max-requests: 60000
  duration: 2m
  endpoints:
    - request: GET /a
`)).toMatchObject({ plan: { durationMs: 120_000, plannedRequests: 60_000 }, capped: [] });
  });

  test.each([
    ['duration: 11m', 'duration 11m is longer than the 10m a latency run may last; nothing was sent'],
    ['warmup: 1m\n  duration: 570s', 'warmup 1m plus duration 9m30s is longer than the 10m a latency run may last; nothing was sent'],
    ['timeout: 2m', 'timeout 2m is longer than the 1m a request may take; nothing was sent'],
    ['rate: 0.5\n  duration: 1s', '0.5/s for 1s is not even one request; raise rate or duration'],
  ])('refused: %s', (setting, message) => {
    const result = plan(`  ${setting}
  endpoints:
    - request: GET /a
`);
    expect('refused' in result && result.refused.map((r) => r.message)).toEqual([message]);
  });

  test('exactly 10 minutes is allowed', () => {
    expect(planned(`  warmup: 1m
  duration: 9m
  endpoints:
    - request: GET /a
`).plan).toMatchObject({ warmupMs: 60_000, durationMs: 540_000 });
  });
});

describe('thresholds', () => {
  test('an endpoint\'s own thresholds, else the section\'s; error-rate defaults to 1%; shares as 5% or 0.05', () => {
    const { plan: p } = planned(`  p95: 500ms
  p99: 1s
  error-rate: 5%
  stop-error-rate: 0.25
  regression: { relative: 10%, absolute: 40ms }
  endpoints:
    - request: GET /a
      p95: 200ms
      max: 2s
      error-rate: 0.001
    - request: GET /b
`);
    expect(p.endpoints.map((e) => e.thresholds)).toEqual([
      { p95Ms: 200, p99Ms: 1000, maxMs: 2000, errorRate: 0.001 },
      { p95Ms: 500, p99Ms: 1000, maxMs: undefined, errorRate: 0.05 },
    ]);
    expect(p.stop.errorRate).toBe(0.25);
    expect(p.regression).toEqual({ relative: 0.1, absoluteMs: 40 });
    expect(planned(`  endpoints:
    - request: GET /a
`).plan.endpoints[0]!.thresholds).toEqual({ p95Ms: undefined, p99Ms: undefined, maxMs: undefined, errorRate: 0.01 });
  });
});
