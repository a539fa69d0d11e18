import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseManifest } from '../../../src/manifest/load.js';
import { ManifestError } from '../../../src/manifest/errors.js';
import { arrivalRate, startShapedServer, type ShapedServer } from '../../support/latency-servers.js';
import { aboutTheApp, located, manifest, MANIFEST_FILE, runLatencyCheck } from './harness.js';

/** Per-path request counts, so a path's shape does not depend on the other paths' traffic. */
function routedServer(): Promise<ShapedServer> {
  const seen = new Map<string, number>();
  return startShapedServer(
    ({ url }) => {
      const n = seen.get(url) ?? 0;
      seen.set(url, n + 1);
      if (url === '/steady') return 40;
      // One request in twenty (the 8th of each twenty) stalls: p95 stays fast, p99 and max do not.
      if (url === '/tail') return n % 20 === 7 ? 200 : 2;
      return 2;
    },
    { status: ({ url }) => (url === '/missing' ? 404 : 200) },
  );
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('thresholds, on the manifest line of each endpoint', () => {
  let server: ShapedServer;
  beforeAll(async () => {
    server = await routedServer();
  });
  afterAll(() => server.close());

  test('p95, p99, max and error-rate, with section-wide defaults', async () => {
    const { findings, metrics } = await runLatencyCheck(manifest(server.url, `  rate: 80
  max-rate: 80
  duration: 1s
  p99: 1s
  endpoints:
    - name: steady
      request: GET /steady
      p95: 10ms
    - name: tail
      request: GET /tail
      p95: 1s
      p99: 100ms
      max: 150ms
    - name: missing
      request: GET /missing
    - name: fine
      request: GET /fine
      p95: 500ms
`));
    expect(located(findings)).toEqual([
      `latency-p95-exceeded ${MANIFEST_FILE}:11`,
      `latency-max-exceeded ${MANIFEST_FILE}:14`,
      `latency-p99-exceeded ${MANIFEST_FILE}:14`,
      `latency-error-rate-exceeded ${MANIFEST_FILE}:19`,
    ]);
    const message = (id: string) => findings.find((f) => f.ruleId === id)!.message;
    expect(message('latency-p95-exceeded')).toMatch(/^endpoint "steady" \(GET \/steady\): p95 was \d+ ms, over the 10 ms threshold \(20 requests at 20\/s; p50 \d+ ms, p99 \d+ ms, max \d+ ms\)$/);
    expect(message('latency-error-rate-exceeded')).toBe('endpoint "missing" (GET /missing): 20 requests of 20 failed (100%), over the 1% error-rate: status 404 ×20');
    expect(aboutTheApp(findings).every((f) => f.severity === 'error' && f.hint && f.column === 7)).toBe(true);

    // The architecture's contract, then this check's additions.
    expect(metrics.endpoints.map((e) => Object.keys(e))).toEqual(Array(4).fill(expect.arrayContaining(['name', 'count', 'errors', 'p50Ms', 'p95Ms', 'p99Ms', 'maxMs', 'p90Ms', 'histogram'])));
    expect(metrics.endpoints.map((e) => [e.name, e.count, e.errors, e.statuses])).toEqual([
      ['steady', 20, 0, { 200: 20 }],
      ['tail', 20, 0, { 200: 20 }],
      ['missing', 20, 20, { 404: 20 }],
      ['fine', 20, 0, { 200: 20 }],
    ]);
    expect(metrics.endpoints[1]!.p99Ms).toBeGreaterThanOrEqual(200);
    expect(metrics.overall).toMatchObject({ name: 'overall', count: 80, errors: 20, samples: 80 });
    expect(metrics).toMatchObject({ url: `${server.url}/`, environment: 'production', rate: { asked: 80, planned: 80, ceiling: 80 }, histogramUnit: 'microseconds', requests: { planned: 80, sent: 80, measured: 80, dropped: 0 } });
  });
});

describe('caps', () => {
  let server: ShapedServer;
  beforeAll(async () => {
    server = await startShapedServer(() => 2);
  });
  afterAll(() => server.close());

  test('10,000/s without max-rate is clamped to 50/s, and the run says so', async () => {
    const before = server.arrivals.length;
    const { findings, metrics } = await runLatencyCheck(manifest(server.url, `  rate: 10000
  duration: 1s
  endpoints:
    - request: GET /api/tasks
`));
    expect(aboutTheApp(findings).map((f) => [f.ruleId, f.severity, f.line, f.message])).toEqual([[
      'latency-capped', 'warning', 6,
      'the endpoints ask for 10,000/s together, more than the default ceiling of 50/s; set max-rate (at most 1,000/s) to go higher. The run sent 50/s, each endpoint in proportion',
    ]]);
    const timed = server.arrivals.slice(before + 1);
    expect(timed).toHaveLength(50);
    expect(Math.abs(arrivalRate(timed) - 50)).toBeLessThanOrEqual(2.5);
    expect(metrics.rate).toEqual({ asked: 10000, planned: 50, ceiling: 50, achieved: expect.any(Number) });
  });

  test('a duration over 10 minutes is refused: nothing is sent', async () => {
    const before = server.arrivals.length;
    const { findings } = await runLatencyCheck(manifest(server.url, `  rate: 1
  duration: 11m
  endpoints:
    - request: GET /api/tasks
`));
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([['latency-setting-refused', 7, 'duration 11m is longer than the 10m a latency run may last; nothing was sent']]);
    expect(server.arrivals.length).toBe(before);
  });

  test('max-rate cannot go above 1000: the manifest itself is refused', () => {
    expect(() => parseManifest(manifest('http://127.0.0.1:1', `  max-rate: 5000
  endpoints:
    - request: GET /
`), MANIFEST_FILE)).toThrow(ManifestError);
  });
});

describe('when the app fails', () => {
  test('most requests failing stops the load early: the error rate and the stop are both reported', async () => {
    const server = await startShapedServer(() => 1, { status: () => 503 });
    try {
      const { findings, metrics } = await runLatencyCheck(manifest(server.url, `  rate: 50
  duration: 5s
  endpoints:
    - name: broken
      request: GET /api/tasks
`));
      expect(located(findings)).toEqual([`latency-stopped-early ${MANIFEST_FILE}:6`, `latency-error-rate-exceeded ${MANIFEST_FILE}:9`]);
      expect(findings.find((f) => f.ruleId === 'latency-stopped-early')!.message).toMatch(/^the load stopped after \d+ms of 5s: 20 of the last 20 requests failed, more than the stop-error-rate of 50%\. 2\d of 250 requests were sent$/);
      expect(server.arrivals.length).toBeLessThan(31);
      expect(metrics.stopped).toEqual({ reason: '20 of the last 20 requests failed, more than the stop-error-rate of 50%', afterMs: expect.any(Number) });
    } finally {
      await server.close();
    }
  });

  test('an app that does not listen is one latency-unreachable finding on the section', async () => {
    const port = await closedPort();
    const { findings } = await runLatencyCheck(manifest(`http://127.0.0.1:${port}`, `  rate: 50
  duration: 2s
  endpoints:
    - request: GET /a
    - request: GET /b
`));
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['latency-unreachable', 5, expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:${port} could not be reached: 2\\d requests failed to connect \\(.*ECONNREFUSED.*\\)$`))],
    ]);
  });

  test('an interrupt (the gate\'s signal) stops the run and says so', async () => {
    const server = await startShapedServer(() => 5);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('SIGINT')), 400);
    try {
      const { findings } = await runLatencyCheck(manifest(server.url, `  rate: 20
  duration: 30s
  endpoints:
    - request: GET /api/tasks
`), { signal: controller.signal });
      expect(aboutTheApp(findings).map((f) => [f.ruleId, f.line])).toEqual([['latency-stopped-early', 6]]);
      expect(findings[0]!.message).toMatch(/: the run was interrupted \(SIGINT\)\. \d+ of 600 requests were sent$/);
    } finally {
      await server.close();
    }
  });
});

describe('what cannot run', () => {
  test('no environment to load', async () => {
    const { findings } = await runLatencyCheck(`version: 1
latency:
  endpoints:
    - request: GET /
`);
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['latency-no-target', 2, 'no URL to load: the manifest has no environments. Set latency.environment, pass --environment (the environment input), or give the url input'],
    ]);
  });

  test('a request on another origin is refused before anything is sent; the other endpoints run', async () => {
    const server = await startShapedServer(() => 1);
    try {
      const { findings, metrics } = await runLatencyCheck(manifest(server.url, `  rate: 20
  duration: 500ms
  endpoints:
    - name: elsewhere
      request: GET https://example.com/api
    - name: here
      request: GET /api
`));
      expect(aboutTheApp(findings).map((f) => [f.ruleId, f.line, f.message])).toEqual([
        ['latency-invalid-request', 9, 'endpoint "elsewhere" (GET https://example.com/api) cannot be sent: https://example.com is not the environment\'s origin (' + server.url + '); requests go only to the environment under test'],
      ]);
      expect(server.arrivals.every((a) => a.url === '/api')).toBe(true);
      // The others keep their own share: 10/s for 500 ms.
      expect(metrics.endpoints.map((e) => [e.name, e.count])).toEqual([['elsewhere', 0], ['here', 5]]);
    } finally {
      await server.close();
    }
  });
});
