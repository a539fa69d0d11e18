import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHistogram, encodeHistogram, percentiles } from '../../../src/checks/latency/histogram.js';
import { runCli, type CliIO } from '../../../src/cli/main.js';
import { startShapedServer, type ShapedServer } from '../../support/latency-servers.js';
import { located, manifest, MANIFEST_FILE, runLatencyCheck, tempDir } from './harness.js';

// Issue 20: windowed thresholds, shards, exact merges of shard reports, and k6 results under the same gate.

function cliIO(cwd: string) {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), env: { NO_COLOR: '1' }, cwd, isTTY: false };
  return { io, out: () => out, err: () => err };
}

/** A deterministic pseudo-random stream, so a failing case can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Latencies in microseconds with a long tail: most 5-60 ms, a few up to 2 s. */
function latencies(n: number, seed: number): number[] {
  const next = random(seed);
  return Array.from({ length: n }, () => {
    const r = next();
    return Math.round((r < 0.9 ? 5 + r * 60 : 60 + (r - 0.9) * 19_400) * 1000);
  });
}

function histogramOf(values: readonly number[]) {
  const h = createHistogram();
  for (const v of values) h.recordValue(v);
  return h;
}

const ENDPOINTS = `  endpoints:
    - name: task list
      request: GET /api/tasks
      p95: 400ms
    - name: dashboard
      request: GET /dashboard
`;

/** A shard's JSON report as `release-gate latency --shard i/N --format json` writes it. */
function shardReport(shard: { index: number; count: number } | undefined, endpoints: { name: string; request: string; values: number[]; errors?: number }[]) {
  return {
    schemaVersion: 1,
    status: 'pass',
    checks: [{
      check: 'latency', status: 'pass', durationMs: 1, findings: [],
      metrics: {
        ...(shard ? { shard } : {}),
        histogramUnit: 'microseconds',
        endpoints: endpoints.map((e) => ({
          name: e.name, request: e.request, count: e.values.length, errors: e.errors ?? 0, dropped: 0,
          statuses: { 200: e.values.length - (e.errors ?? 0), ...(e.errors ? { 503: e.errors } : {}) },
          ...(e.errors ? { failures: { 'status 503': e.errors } } : {}),
          histogram: encodeHistogram(histogramOf(e.values)),
        })),
      },
    }],
  };
}

describe('latency merge: shard histograms added exactly', () => {
  const shards = [1, 2, 3, 4].map((index) => ({ index, tasks: latencies(700 + index * 13, index), dashboard: latencies(300, 100 + index) }));
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'manifest.yml'), manifest('http://127.0.0.1:9', ENDPOINTS));
    for (const s of shards) {
      writeFileSync(join(dir, `shard-${s.index}.json`), JSON.stringify(shardReport({ index: s.index, count: 4 }, [
        { name: 'task list', request: 'GET /api/tasks', values: s.tasks, errors: s.index === 2 ? 3 : 0 },
        { name: 'dashboard', request: 'GET /dashboard', values: s.dashboard },
      ])));
    }
  });

  test('the merged percentiles are those of the union of every shard, at every percentile', async () => {
    const cli = cliIO(dir);
    const code = await runCli(['latency', 'merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', 'shard-4.json', '-m', 'manifest.yml', '--format', 'json'], cli.io);
    const report = JSON.parse(cli.out());
    const endpoints = report.checks[0].metrics.endpoints as { name: string; count: number; errors: number; p50Ms: number; p90Ms: number; p95Ms: number; p99Ms: number; maxMs: number }[];
    for (const [name, key] of [['task list', 'tasks'], ['dashboard', 'dashboard']] as const) {
      const union = percentiles(histogramOf(shards.flatMap((s) => s[key])))!;
      const merged = endpoints.find((e) => e.name === name)!;
      expect({ count: merged.count, p50Ms: merged.p50Ms, p90Ms: merged.p90Ms, p95Ms: merged.p95Ms, p99Ms: merged.p99Ms, maxMs: merged.maxMs })
        .toEqual({ count: union.count, p50Ms: union.p50Ms, p90Ms: union.p90Ms, p95Ms: union.p95Ms, p99Ms: union.p99Ms, maxMs: union.maxMs });
    }
    expect(endpoints.find((e) => e.name === 'task list')!.errors).toBe(3);
    expect(report.checks[0].metrics.source).toEqual({ merged: ['shard-1.json', 'shard-2.json', 'shard-3.json', 'shard-4.json'] });
    // The union's p95 is over the 400 ms threshold: the merge gates it on the endpoint's line.
    const unionP95 = percentiles(histogramOf(shards.flatMap((s) => s.tasks)))!.p95Ms;
    expect(unionP95).toBeGreaterThan(400);
    expect(report.checks[0].findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`)).toEqual(['latency-p95-exceeded:7']);
    expect(code).toBe(1);
  });

  test('globs work, and the merge never sends a request (the manifest points at a closed port)', async () => {
    const cli = cliIO(dir);
    await runCli(['latency', 'merge', 'shard-*.json', '-m', 'manifest.yml', '--format', 'json'], cli.io);
    expect(JSON.parse(cli.out()).checks[0].metrics.source.merged).toHaveLength(4);
  });

  test('a foreign report, a shard given twice and a missing shard are each a finding naming the file', async () => {
    writeFileSync(join(dir, 'foreign.json'), JSON.stringify(shardReport({ index: 3, count: 4 }, [{ name: 'reports', request: 'GET /api/reports', values: [1000] }])));
    writeFileSync(join(dir, 'broken.json'), '{ "schemaVersion": 1, ');
    writeFileSync(join(dir, 'again.json'), JSON.stringify(shardReport({ index: 1, count: 4 }, [
      { name: 'task list', request: 'GET /api/tasks', values: [1000] },
      { name: 'dashboard', request: 'GET /dashboard', values: [1000] },
    ])));
    const cli = cliIO(dir);
    const code = await runCli(['latency', 'merge', 'shard-1.json', 'shard-2.json', 'again.json', 'foreign.json', 'broken.json', 'missing.json', '-m', 'manifest.yml', '--format', 'json'], cli.io);
    const findings = JSON.parse(cli.out()).checks[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'latency-merge-refused') as { severity: string; file: string; message: string }[];
    expect(findings.map((f) => [f.severity, f.file]).sort()).toEqual([
      ['error', 'again.json'], ['error', 'broken.json'], ['error', 'foreign.json'], ['error', 'missing.json'], ['warning', 'shard-1.json'],
    ].sort());
    expect(findings.find((f) => f.file === 'foreign.json')!.message).toContain('it lacks "task list", "dashboard"');
    expect(findings.find((f) => f.file === 'again.json')!.message).toContain('is shard 1/4 again (also shard-1.json)');
    expect(findings.find((f) => f.severity === 'warning')!.message).toBe('shards 3/4, 4/4 are missing: the merged figures hold 2 of 4 shares of the planned load');
    expect(code).toBe(1);
  });

  test('`latency merge` with no file is a usage error', async () => {
    const cli = cliIO(dir);
    expect(await runCli(['latency', 'merge', '-m', 'manifest.yml'], cli.io)).toBe(2);
    expect(cli.err()).toContain('merge needs the reports to merge');
  });
});

/** k6 `--out json` lines for the given requests. */
function k6Lines(requests: { name?: string; method: string; url: string; ms: number; failed?: boolean; at: number }[]): string[] {
  const start = Date.parse('2026-12-07T03:00:00Z');
  const lines = ['{"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time"},"metric":"http_req_duration"}'];
  for (const r of requests) {
    const tags = { ...(r.name ? { name: r.name } : { name: r.url }), method: r.method, url: r.url, status: r.failed ? '503' : '200', expected_response: r.failed ? 'false' : 'true' };
    const time = new Date(start + r.at).toISOString();
    lines.push(JSON.stringify({ type: 'Point', data: { time, value: r.ms, tags }, metric: 'http_req_duration' }));
    lines.push(JSON.stringify({ type: 'Point', data: { time, value: r.failed ? 1 : 0, tags }, metric: 'http_req_failed' }));
  }
  return lines;
}

describe('latency import-k6: k6 points under the same thresholds', () => {
  const tasks = latencies(900, 7).map((us) => us / 1000);
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'manifest.yml'), manifest('http://127.0.0.1:9', `  window: 10s
  error-rate: 20%
  endpoints:
    - name: task list
      request: GET /api/tasks
      p95: 400ms
    - name: task
      request: GET /api/tasks/{{ env.TASK_ID }}
`));
    const lines = k6Lines([
      ...tasks.map((ms, i) => ({ name: 'task list', method: 'GET', url: 'https://ops.example.com/api/tasks', ms, at: i * 50, failed: i >= 800 })),
      // No name tag of the manifest's: matched by method and path, the template matching one segment.
      ...Array.from({ length: 40 }, (_, i) => ({ method: 'GET', url: `https://ops.example.com/api/tasks/${i + 1}`, ms: 12, at: i * 100 })),
      ...Array.from({ length: 5 }, (_, i) => ({ method: 'POST', url: 'https://ops.example.com/api/export', ms: 900, at: i * 100 })),
    ]);
    lines.splice(3, 0, 'this is not json');
    lines.splice(10, 0, '{"type":"Point","metric":"http_req_duration","data":{"value":"fast"}}');
    writeFileSync(join(dir, 'k6.json'), `${lines.join('\n')}\n`);
  });

  test('percentiles from the points, thresholds on the manifest lines, skipped lines named by number', async () => {
    const cli = cliIO(dir);
    const code = await runCli(['latency', 'import-k6', 'k6.json', '-m', 'manifest.yml', '--format', 'json'], cli.io);
    const check = JSON.parse(cli.out()).checks[0];
    const list = check.metrics.endpoints.find((e: { name: string }) => e.name === 'task list');
    const union = percentiles(histogramOf(tasks.map((ms) => Math.max(1, Math.round(ms * 1000)))))!;
    expect([list.count, list.errors, list.p95Ms, list.p99Ms]).toEqual([900, 100, union.p95Ms, union.p99Ms]);
    expect(check.metrics.endpoints.find((e: { name: string }) => e.name === 'task').count).toBe(40);
    const found = check.findings.map((f: { ruleId: string; severity: string; file: string; line?: number }) => `${f.ruleId} ${f.severity} ${f.file}:${f.line ?? ''}`).sort();
    expect(found).toEqual([
      'latency-import-invalid warning k6.json:',
      'latency-import-invalid warning k6.json:11',
      'latency-import-invalid warning k6.json:4',
      "latency-p95-exceeded error manifest.yml:9",
      "latency-window-exceeded error manifest.yml:9",
    ].sort());
    const unmatched = check.findings.find((f: { ruleId: string; line?: number }) => f.ruleId === 'latency-import-invalid' && f.line === undefined);
    expect(unmatched.message).toContain('5 requests in k6.json match no endpoint of the manifest and were left out: POST /api/export ×5');
    // 11.1% failed over the whole run (under 20%), but the last window failed outright: it is the worst.
    const windowed = check.findings.find((f: { ruleId: string }) => f.ruleId === 'latency-window-exceeded');
    expect(windowed.message).toMatch(/^endpoint "task list" \(GET \/api\/tasks\): 5 of 5 windows of 10s were over their limits; the worst, 40s–50s: 100 requests of 100 failed \(100%, error-rate 20%\) and p95 was/);
    expect(code).toBe(1);
  });

  test('a summary export: a notice that it cannot be merged, p95 gated, p99 reported as not checked', async () => {
    writeFileSync(join(dir, 'summary.json'), JSON.stringify({
      metrics: {
        http_req_duration: { avg: 80, med: 40, 'p(90)': 300, 'p(95)': 520, max: 2000 },
        'http_req_duration{name:task list}': { avg: 80, med: 40, 'p(90)': 300, 'p(95)': 520, max: 2000 },
        'http_req_failed{name:task list}': { passes: 2, fails: 198, value: 0.01 },
      },
    }, null, 2));
    writeFileSync(join(dir, 'manifest-p99.yml'), manifest('http://127.0.0.1:9', `  endpoints:
    - name: task list
      request: GET /api/tasks
      p95: 400ms
      p99: 900ms
`));
    const cli = cliIO(dir);
    await runCli(['latency', 'import-k6', 'summary.json', '-m', 'manifest-p99.yml', '--format', 'json'], cli.io);
    const check = JSON.parse(cli.out()).checks[0];
    const found = check.findings.map((f: { ruleId: string; severity: string; message: string }) => `${f.ruleId} ${f.severity}: ${f.message}`).sort();
    expect(found).toEqual([
      'latency-import-invalid notice: summary.json is a k6 end-of-test summary: it holds percentiles only, so it cannot be merged with other runs, and only the percentiles it holds can be gated. For exact gating, run k6 with --out json=results.json and import that',
      'latency-import-invalid warning: endpoint "task list": its p99 threshold was not checked, the summary export holds no p(99) (add it to k6\'s summaryTrendStats)',
      'latency-p95-exceeded error: endpoint "task list" (GET /api/tasks): p95 was 520 ms, over the 400 ms threshold (from a k6 summary export)',
    ]);
    expect(check.metrics.endpoints[0]).toMatchObject({ name: 'task list', summaryOnly: true, count: 200, errors: 2, p95Ms: 520 });
    expect(check.metrics.endpoints[0].histogram).toBeUndefined();
  });

  test('an unreadable file is an error, not a crash', async () => {
    const cli = cliIO(dir);
    const code = await runCli(['latency', 'import-k6', 'nope.json', '-m', 'manifest.yml', '--format', 'json'], cli.io);
    expect(cli.err()).toBe('');
    expect(code).toBe(1);
    expect(JSON.parse(cli.out()).checks[0].findings[0]).toMatchObject({ ruleId: 'latency-import-invalid', severity: 'error', file: 'nope.json' });
  });
});

describe('windows and shards on a real load', () => {
  let server: ShapedServer;
  beforeAll(async () => {
    // The untimed preflight and the first 40 requests succeed, then every one fails: the last window
    // of a 3 s run at 20/s.
    server = await startShapedServer(() => 2, { status: ({ index }) => (index < 41 ? 200 : 503) });
  });
  afterAll(() => server.close());

  test('a run whose last window all failed fails on that window, though its whole-run error rate passes', async () => {
    const { findings, metrics } = await runLatencyCheck(manifest(server.url, `  rate: 20
  duration: 3s
  error-rate: 40%
  window: 1s
  endpoints:
    - name: tasks
      request: GET /api/tasks
`));
    expect(located(findings)).toEqual([`latency-window-exceeded ${MANIFEST_FILE}:11`]);
    const e = metrics.endpoints[0] as unknown as { count: number; errors: number; windowMs: number; windows: { startMs: number; count: number; errors: number; histogram: string }[] };
    expect([e.count, e.errors, e.windowMs]).toEqual([60, 20, 1000]);
    expect(e.windows.map((w) => [w.startMs, w.count, w.errors])).toEqual([[0, 20, 0], [1000, 20, 0], [2000, 20, 20]]);
    expect(e.windows.every((w) => w.histogram.startsWith('HISTF'))).toBe(true);
  });

  test('a window under 1 s is refused on its line', async () => {
    const { findings } = await runLatencyCheck(manifest(server.url, `  window: 500ms
  endpoints:
    - request: GET /api/tasks
`));
    expect(located(findings)).toEqual([`latency-setting-refused ${MANIFEST_FILE}:6`]);
  });

  test('shard 2/4 sends a quarter of the rate, applies no threshold, and says which shard it was', async () => {
    const before = server.arrivals.length;
    const { findings, metrics } = await runLatencyCheck(manifest(server.url, `  rate: 80
  max-rate: 80
  duration: 1s
  p95: 1ms
  endpoints:
    - name: tasks
      request: GET /api/tasks
`), { inputs: { shard: '2/4' } });
    expect(metrics.shard).toEqual({ index: 2, count: 4 });
    expect((metrics.endpoints[0] as unknown as { rate: number }).rate).toBe(20);
    expect(server.arrivals.length - before).toBeLessThanOrEqual(20 + 1); // 20 due, plus the untimed preflight
    expect(located(findings)).toEqual([]);
  });

  test('a shard that is not i/N is refused and sends nothing', async () => {
    const before = server.arrivals.length;
    const { findings } = await runLatencyCheck(manifest(server.url, `  endpoints:
    - request: GET /api/tasks
`), { inputs: { shard: '5/4' } });
    expect(findings.map((f) => f.ruleId)).toEqual(['latency-setting-refused']);
    expect(server.arrivals.length).toBe(before);
  });
});
