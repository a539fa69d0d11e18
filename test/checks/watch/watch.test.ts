import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CHECKS } from '../../../src/checks/index.js';
import { watchCheck } from '../../../src/checks/watch/index.js';
import { WATCH_RULES } from '../../../src/checks/watch/rules/index.js';
import { runGate } from '../../../src/gate.js';
import { readFileSync } from 'node:fs';
import { parseManifest } from '../../../src/manifest/load.js';
import { smokeContext, startServer, type TestServer } from '../smoke/harness.js';

// A target app that fails and recovers on cue: the test flips `app` between requests.
const app = { loginStatus: 200, slowMs: 0, errorRate: 0 as number | string, metricsStatus: 200, token: 'tok-9f8e7d6c5b4a' };
let server: TestServer;

function handle(req: IncomingMessage, res: ServerResponse) {
  const url = req.url ?? '/';
  const send = (status: number, body: string, type = 'text/html') => { res.writeHead(status, { 'content-type': type }); res.end(body); };
  if (url === '/api/login' && req.method === 'POST') return send(200, JSON.stringify({ token: app.token }), 'application/json');
  if (url === '/login') return send(app.loginStatus, app.loginStatus === 200 ? '<form>sign in</form>' : 'bad gateway');
  if (url === '/dashboard') {
    if (req.headers.authorization !== `Bearer ${app.token}`) return send(401, 'who are you');
    return void setTimeout(() => send(200, 'Operations dashboard'), app.slowMs);
  }
  if (url === '/metrics.json') return send(app.metricsStatus, JSON.stringify({ http: { errorRate: app.errorRate } }), 'application/json');
  if (url === '/') return send(200, 'home');
  return send(404, 'not here');
}

beforeAll(async () => { server = await startServer(handle); });
afterAll(async () => { await server.close(); });

function manifest(watch: string): string {
  return `version: 1
environments:
  production:
    url: ${server.url}
sessions:
  ops:
    login:
      request: POST /api/login
      json: { email: a@b.c }
      capture: { token: $.token }
    headers:
      authorization: "Bearer {{ token }}"
watch:
${watch}`;
}

interface Metrics {
  rounds: number;
  endpoints: { name: string; count: number; errors: number }[];
  [key: string]: unknown;
}

async function watch(section: string) {
  const ctx = smokeContext(manifest(section));
  const output = await watchCheck.run(ctx, ctx.manifest.data.watch!);
  return { ...output, metrics: output.metrics as Metrics };
}

const located = (findings: { ruleId: string; line?: number; column?: number }[]) => findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`);

describe('watch', () => {
  test('a healthy app passes; every path is probed once per round and the figures are kept per path', async () => {
    Object.assign(app, { loginStatus: 200, slowMs: 0 });
    const { findings, metrics } = await watch(`  duration: 500ms
  interval: 100ms
  paths: [/, /login, { name: dashboard, session: ops, request: GET /dashboard, expect: { body-contains: Operations dashboard } }]
`);
    expect(findings).toEqual([]);
    expect(metrics.rounds).toBe(5);
    expect(metrics.endpoints.map((e: Metrics['endpoints'][number]) => [e.name, e.count, e.errors])).toEqual([['/', 5, 0], ['/login', 5, 0], ['dashboard', 5, 0]]);
    expect(metrics).toMatchObject({ environment: 'production', probes: 15, errors: 0, errorRate: 0, url: `${server.url}/` });
  });

  test('a path that starts failing fails the watch at the first window over max-error-rate, with the figures', async () => {
        app.loginStatus = 502;
    const { findings, metrics } = await watch(`  duration: 2s
  interval: 100ms
  window: 300ms
  min-probes: 6
  max-error-rate: 10%
  paths: [/, /login]
`);
    app.loginStatus = 200;
    expect(located(findings)).toEqual(['watch-error-rate 18:19']);
    // Rounds at 0, 100 and 200 ms fill the window with 6 probes; the watch stops there, not at 2 s.
    expect(findings[0]!.message).toBe(`error rate 50% (3 of 6 probes) in the window 0ms–200ms of the watch of ${server.url}/, above max-error-rate 10%; stopped at 200ms: / 0 of 3 failed; /login 3 of 3 failed (502 ×3)`);
    expect(metrics.rounds).toBe(3);
    expect(metrics.breach).toMatchObject({ kind: 'error-rate', atMs: 200 });
  });

  test('one failed probe among many does not fail the watch; a plain path fails on 5xx only, not on 404', async () => {
    const { findings, metrics } = await watch(`  duration: 400ms
  interval: 100ms
  max-error-rate: 2%
  paths: [/, /missing]
`);
    expect(findings).toEqual([]);
    expect(metrics.endpoints.map((e: Metrics['endpoints'][number]) => [e.name, e.errors])).toEqual([['/', 0], ['/missing', 0]]);
  });

  test('p95 over max-p95 fails the watch and names the slowest path first', async () => {
    app.slowMs = 150;
    const { findings } = await watch(`  duration: 300ms
  interval: 100ms
  min-probes: 4
  max-p95: 100ms
  paths: [/, { name: dashboard, session: ops, request: GET /dashboard }]
`);
    app.slowMs = 0;
    expect(located(findings)).toEqual(['watch-p95 17:12']);
    expect(findings[0]!.message).toMatch(new RegExp(`^p95 1\\d\\d ms over 4 probes in the window 0ms–100ms of the watch of ${server.url.replace(/\./g, '\\.')}/, above max-p95 100 ms; stopped at 100ms: dashboard p95 1\\d\\d ms, 0 of 2 failed; / p95 \\d+ ms, 0 of 2 failed$`));
  });

  test('the error rate the app reports fails the watch even when every probe passes', async () => {
    app.errorRate = 7.5;
    const { findings, metrics } = await watch(`  duration: 1s
  interval: 100ms
  paths: [/]
  source: { request: GET /metrics.json, error-rate: $.http.errorRate, scale: percent }
`);
    app.errorRate = 0;
    expect(located(findings)).toEqual(['watch-app-error-rate 17:53']);
    expect(findings[0]!.message).toBe(`the app reports an error rate of 7.5% (GET /metrics.json) at 0ms into the watch of ${server.url}/, above max-error-rate 2%; the probes saw 0 of 1 fail in the same window`);
    expect(metrics.rounds).toBe(1);
  });

  test('a source that cannot be read is a warning, and the probes still judge the watch', async () => {
    app.metricsStatus = 500;
    const { findings } = await watch(`  duration: 200ms
  interval: 100ms
  paths: [/]
  source: { request: GET /metrics.json, error-rate: $.http.errorRate }
`);
    app.metricsStatus = 200;
    expect(located(findings)).toEqual(['watch-source-unreadable 17:11']);
    expect(findings[0]!.message).toBe('GET /metrics.json could not be read in 2 of 2 rounds: expect.status: expected 2xx, got 500 ×2');
    expect(findings[0]!.severity).toBe('warning');
  });

  test('a path naming an unknown session stops the watch before anything is sent, on the exact line', async () => {
    const before = server.requests.length;
    const { findings } = await watch(`  paths:
    - /
    - { name: admin, session: admin, request: GET /dashboard }
`);
    expect(located(findings)).toEqual(['watch-no-target 16:31']);
    expect(findings[0]!.message).toBe('nothing was watched: probe "admin" names session "admin", which sessions does not define (defined: ops)');
    expect(server.requests.length).toBe(before);
  });

  test('the session token never reaches a finding or a metric', async () => {
    app.slowMs = 0;
    const { findings, metrics } = await watch(`  duration: 100ms
  interval: 100ms
  paths: [{ name: dashboard, session: ops, request: GET /dashboard, expect: { body-contains: "nope {{ token }}" } }]
`);
    expect(located(findings)).toEqual(['watch-error-rate 14:3']);
    expect(JSON.stringify({ findings, metrics })).not.toContain(app.token);
  });
});

describe('the gate', () => {
  test('runs the watch only when it is named, never as part of every configured check', async () => {
    const source = manifest('  duration: 100ms\n  interval: 100ms\n  paths: [/]\n');
    const ctx = smokeContext(source);
    expect((await runGate(ctx, { available: CHECKS })).report.checks).toEqual([]);
    const named = await runGate(smokeContext(source), { available: CHECKS, checks: ['watch'] });
    expect(named.report.checks.map((c) => [c.check, c.status])).toEqual([['watch', 'pass']]);
  });

  test('after a smoke check that failed in the same run, the watch does not start', async () => {
    const source = manifest('  duration: 100ms\n  interval: 100ms\n  paths: [/]\n').replace('watch:', 'smoke:\n  steps:\n    - { request: GET /missing }\nwatch:');
    const before = server.requests.length;
    const { report } = await runGate(smokeContext(source), { available: CHECKS, checks: ['smoke', 'watch'] });
    expect(report.checks.map((c) => [c.check, c.status, c.metrics.reason])).toEqual([
      ['smoke', 'fail', undefined],
      ['watch', 'skipped', 'the smoke check did not pass in this run (fail): nothing to watch'],
    ]);
    // The smoke check's sign-in and its step, and nothing after them.
    expect(server.requests.slice(before).map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/login', 'GET /missing']);
  });

  test('the manifest refuses a path that is not a path', () => {
    expect(() => parseManifest(manifest('  paths: [login]\n'), '.github/release-gate.yml')).toThrow(/watch\.paths\[0\]|paths/);
  });
});

describe('every watch rule', () => {
  test.each(WATCH_RULES.map((r) => [r.meta.id, r.meta] as const))('%s has a docs page, listed on the check\'s page', (id, meta) => {
    expect(meta.check).toBe('watch');
    const page = readFileSync(`docs/rules/${id}.md`, 'utf8');
    expect(page).toMatch(new RegExp(`^# ${id}\\n`));
    expect(page).toContain('## Why it hurts');
    expect(readFileSync('docs/checks/watch.md', 'utf8')).toContain(`(../rules/${id}.md)`);
  });
});
