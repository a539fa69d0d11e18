import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startDemoApp, type DemoApp } from '../../../src/demo/app.js';
import { ADMIN, json, manifest, runSmokeCheck, startServer, summarize } from './harness.js';

describe('ways of signing in, against the demo app', () => {
  let app: DemoApp;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app.close());

  test('a cookie session (no captured token, no headers) and a signed-out step', async () => {
    const { findings, metrics } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: dashboard by cookie
      request: GET /dashboard
      expect: { body-contains: Operations dashboard }
    - name: signed out is sent to the sign-in page
      anonymous: true
      request: GET /dashboard
      follow-redirects: false
      expect: { status: 302, headers: { location: ^/login$ } }
`, { sessions: `sessions:
  cookie:
    login:
      request: POST /api/login
      json: { email: "{{ env.DEMO_ADMIN_EMAIL }}", password: "{{ env.DEMO_ADMIN_PASSWORD }}" }
` }));
    expect(findings).toEqual([]);
    expect(metrics!.steps).toEqual([
      expect.objectContaining({ name: 'dashboard by cookie', status: 'pass', httpStatus: 200, session: 'cookie' }),
      { name: 'signed out is sent to the sign-in page', status: 'pass', httpStatus: 302, ms: expect.any(Number) },
    ]);
  });

  test('a session without a login: a token from the environment in its headers', async () => {
    const res = await fetch(`${app.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }) });
    const { token } = (await res.json()) as { token: string };
    const { findings, masker } = await runSmokeCheck(manifest(app.url, `  steps:
    - request: GET /api/me
      expect: { json: { $.role: admin } }
`, { sessions: `sessions:
  api:
    headers: { authorization: "Bearer {{ env.API_TOKEN }}" }
` }), { env: { API_TOKEN: token } });
    expect(findings).toEqual([]);
    expect(masker.mask(token)).toBe('***');
  });

  test('a wrong password is smoke-login-failed on that session only; other sessions go on', async () => {
    const { findings } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: admin list
      request: GET /api/tasks
    - name: viewer list
      session: viewer
      request: GET /api/tasks
`), { env: { DEMO_VIEWER_PASSWORD: 'not-the-password' } });
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-login-failed', severity: 'error', line: 19, column: 7, message: 'the sign-in of session "viewer" (POST /login): expect.status: expected 2xx, got 401; expect.body-contains: the body does not contain "Operations dashboard". Got 401 in N ms. Body: {"error":"invalid_credentials","message":"The email or password is wrong"}' },
      { ruleId: 'smoke-skipped-after-failure', severity: 'notice', line: 28, column: 7, message: 'step "viewer list" (GET /api/tasks) was skipped: session "viewer" could not sign in' },
    ]);
  });

  test('a login page without the CSRF field fails the login page, naming the capture', async () => {
    const { findings } = await runSmokeCheck(manifest(app.url, `  steps:
    - request: GET /dashboard
`, { sessions: `sessions:
  viewer:
    login-page:
      request: GET /healthz
      capture: { csrf: "input:_csrf" }
    login:
      request: POST /login
      form: { _csrf: "{{ csrf }}", email: "{{ env.DEMO_VIEWER_EMAIL }}", password: "{{ env.DEMO_VIEWER_PASSWORD }}" }
` }));
    expect(summarize(findings)[0]).toEqual({
      ruleId: 'smoke-login-failed', severity: 'error', line: 8, column: 7,
      message: 'the login page of session "viewer" (GET /healthz): capture csrf (input:_csrf) found no <input name="_csrf"> or <meta name="_csrf"> with a value. Got 200 in N ms. Body: {"status":"ok","version":"1.0.0"}',
    });
  });
});

describe('manifest values that cannot become a request', () => {
  test('a URL on another origin and an invalid expression are smoke-invalid-request on their step; the rest runs', async () => {
    const server = await startServer((_req, res) => json(res, 200, { ok: true }));
    try {
      const { findings, metrics } = await runSmokeCheck(manifest(server.url, `  steps:
    - name: leaves the origin
      request: GET https://evil.example.net/collect
    - name: fine
      request: GET /ok
      expect: { headers: { x-missing: "(" } }
    - name: home
      request: GET /
`, { sessions: '' }));
      expect(summarize(findings)).toEqual([
        { ruleId: 'smoke-invalid-request', severity: 'error', line: 7, column: 7, message: `step "leaves the origin" (GET https://evil.example.net/collect) cannot be sent: https://evil.example.net is not the environment's origin (${server.url}); requests go only to the environment under test` },
        { ruleId: 'smoke-invalid-request', severity: 'error', line: 9, column: 7, message: 'step "fine" (GET /ok) cannot be sent: expect.headers.x-missing: ( is not a valid regular expression' },
      ]);
      expect(server.requests.map((r) => r.url)).toEqual(['/ok', '/']);
      expect((metrics!.steps as { status: string }[]).map((s) => s.status)).toEqual(['fail', 'fail', 'pass']);
    } finally {
      await server.close();
    }
  });

  test('an unset variable stops the run before anything is sent (see unset-env.test.ts for sessions and the wait)', async () => {
    const server = await startServer((_req, res) => json(res, 200, { ok: true }));
    try {
      const { findings } = await runSmokeCheck(manifest(server.url, `  steps:
    - name: reads an unset variable
      request: GET /api/{{ env.NOT_SET_ANYWHERE }}
    - name: fine
      request: GET /ok
`, { sessions: '' }));
      expect(summarize(findings).map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(['smoke-invalid-request 8:16']);
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('retrying writes', () => {
  test('a POST that sets retries is retried after a 503 with the same Idempotency-Key', async () => {
    let calls = 0;
    const server = await startServer((_req, res) => {
      calls += 1;
      if (calls === 1) return json(res, 503, { error: 'unavailable' }, { 'retry-after': '0' });
      json(res, 201, { id: 'job-1' });
    });
    try {
      const { findings } = await runSmokeCheck(manifest(server.url, `  steps:
    - name: start a job
      request: POST /api/jobs
      json: { kind: smoke }
      retries: 1
      expect: { status: 201 }
`, { sessions: '' }), { env: { GITHUB_RUN_ID: '5' } });
      expect(findings).toEqual([]);
      expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual(['release-gate-5-1-step-1', 'release-gate-5-1-step-1']);
    } finally {
      await server.close();
    }
  });

  test('without retries, a POST answered 503 is sent once; a GET is retried', async () => {
    const server = await startServer((_req, res) => json(res, 503, { error: 'unavailable' }, { 'retry-after': '0' }));
    try {
      const { findings } = await runSmokeCheck(manifest(server.url, `  retries: 1
  steps:
    - request: POST /api/jobs
    - request: GET /api/jobs
`, { sessions: '' }));
      expect(findings.map((f) => f.ruleId)).toEqual(['smoke-step-failed', 'smoke-step-failed']);
      expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'GET']);
    } finally {
      await server.close();
    }
  });
});
