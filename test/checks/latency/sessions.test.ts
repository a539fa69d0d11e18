import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startDemoApp, type DemoApp } from '../../../src/demo/app.js';
import { ADMIN, aboutTheApp, manifest, runLatencyCheck, SESSIONS, VIEWER } from './harness.js';

describe('sessions, against the demo app', () => {
  let app: DemoApp;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(async () => {
    expect(app.state.errors).toEqual([]);
    await app.close();
  });

  const signIns = () => app.state.audit.filter((a) => a.action === 'sign-in').map((a) => a.actor);

  test('each session signs in once; the load reuses it (token header, cookie) and every request is authorized', async () => {
    const before = signIns().length;
    const { findings, metrics, ctx } = await runLatencyCheck(manifest(app.url, `  rate: 60
  max-rate: 60
  duration: 1s
  endpoints:
    - name: task list
      request: GET /api/tasks
      p95: 500ms
    - name: viewer dashboard
      session: viewer
      request: GET /dashboard
      p95: 500ms
    - name: health
      anonymous: true
      request: GET /healthz
`, { sessions: SESSIONS }));
    expect(aboutTheApp(findings)).toEqual([]);
    expect(signIns().slice(before)).toEqual([ADMIN.email, VIEWER.email]);
    expect(metrics.endpoints.map((e) => [e.name, e.count, e.errors, e.statuses, (e as unknown as { session?: string }).session])).toEqual([
      ['task list', 20, 0, { 200: 20 }, 'admin'],
      ['viewer dashboard', 20, 0, { 200: 20 }, 'viewer'],
      ['health', 20, 0, { 200: 20 }, undefined],
    ]);
    // The token and the session cookies are registered secrets, and none reaches the output.
    expect(ctx.masker.size).toBeGreaterThanOrEqual(3);
    const output = JSON.stringify({ findings, metrics });
    expect(ctx.masker.mask(output)).toBe(output);
  });

  test('a session that cannot sign in: its endpoints are not loaded, the others are', async () => {
    const { findings, metrics } = await runLatencyCheck(manifest(app.url, `  rate: 40
  max-rate: 40
  duration: 500ms
  endpoints:
    - name: task list
      request: GET /api/tasks
    - name: viewer dashboard
      session: viewer
      request: GET /dashboard
`, { sessions: SESSIONS }), { env: { DEMO_VIEWER_PASSWORD: 'not-the-password' } });
    expect(aboutTheApp(findings).map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      ['latency-sign-in-failed', 19, 7, 'session "viewer" could not sign in (login): expected 2xx, got 401 (HTTP 401). Its endpoints were not loaded'],
    ]);
    expect(metrics.endpoints.map((e) => [e.name, e.count, e.errors])).toEqual([['task list', 10, 0], ['viewer dashboard', 0, 0]]);
  });
});
