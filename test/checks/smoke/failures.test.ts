import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { startDemoApp, type DemoApp } from '../../../src/demo/app.js';
import {
  closedPort, FAKE_COOKIE, FAKE_TOKEN, json, manifest, runSmokeCheck, startFakeApp, startServer, summarize, TOKEN_SESSION, type TestServer,
} from './harness.js';

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function fake(routes: Parameters<typeof startFakeApp>[0]): Promise<TestServer> {
  const server = await startFakeApp(routes);
  servers.push(server);
  return server;
}

async function demo(options: Parameters<typeof startDemoApp>[0] = {}): Promise<DemoApp> {
  const app = await startDemoApp(options);
  servers.push(app);
  return app;
}

describe('the app cannot be reached', () => {
  test('connection refused at the sign-in: one error on the login, the steps are skipped', async () => {
    const port = await closedPort();
    const { findings, metrics } = await runSmokeCheck(manifest(`http://127.0.0.1:${port}`, `  steps:
    - name: dashboard
      request: GET /dashboard
    - name: tasks
      session: viewer
      request: GET /api/tasks
`));
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-unreachable', severity: 'error', line: 8, column: 7, message: `the sign-in of session "admin" (POST /api/login) failed after N ms: connection refused by 127.0.0.1:${port}` },
      { ruleId: 'smoke-skipped-after-failure', severity: 'notice', line: 26, column: 7, message: 'step "dashboard" (GET /dashboard) was skipped: session "admin" could not sign in' },
      { ruleId: 'smoke-skipped-after-failure', severity: 'notice', line: 28, column: 7, message: `step "tasks" (GET /api/tasks) was skipped: 127.0.0.1:${port} is unreachable` },
    ]);
    expect(metrics!.steps).toEqual([
      { name: 'dashboard', status: 'skipped', httpStatus: null, ms: null, session: 'admin' },
      { name: 'tasks', status: 'skipped', httpStatus: null, ms: null, session: 'viewer' },
    ]);
  });

  test('connection refused on a signed-out step is reported on that step', async () => {
    const port = await closedPort();
    const { findings } = await runSmokeCheck(manifest(`http://127.0.0.1:${port}`, `  retries: 0
  steps:
    - request: GET /healthz
`, { sessions: '' }));
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-unreachable', severity: 'error', line: 8, column: 7, message: `step 1 (GET /healthz) failed after N ms: connection refused by 127.0.0.1:${port}` },
    ]);
  });
});

describe('timeouts', () => {
  test('a step slower than its timeout fails with smoke-timeout; the next step still runs', async () => {
    const app = await demo({ latency: (req) => (req.url === '/api/tasks' ? 5_000 : 0) });
    const { findings, metrics } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: slow list
      request: GET /api/tasks
      timeout: 300ms
    - name: dashboard
      request: GET /dashboard
`));
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-timeout', severity: 'error', line: 26, column: 7, message: 'step "slow list" (GET /api/tasks) failed after N ms: no complete response within 300 ms' },
    ]);
    expect((metrics!.steps as { status: string }[]).map((s) => s.status)).toEqual(['fail', 'pass']);
  });

  test('the deadline stops the steps: the step in flight and the steps not run are reported', async () => {
    const app = await demo({ latency: (req) => (req.url === '/api/tasks' ? 5_000 : 0) });
    const { findings } = await runSmokeCheck(manifest(app.url, `  deadline: 1s
  steps:
    - name: slow list
      request: GET /api/tasks
    - name: dashboard
      request: GET /dashboard
`));
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-timeout', severity: 'error', line: 25, column: 13, message: 'the smoke deadline of 1s passed; 1 step did not run' },
      { ruleId: 'smoke-timeout', severity: 'error', line: 27, column: 7, message: 'step "slow list" (GET /api/tasks) failed after N ms: stopped: the smoke deadline of 1s passed' },
      { ruleId: 'smoke-skipped-after-failure', severity: 'notice', line: 29, column: 7, message: 'step "dashboard" (GET /dashboard) was skipped: the deadline of 1s had passed' },
    ]);
  });
  test('an interrupted run fails too, counting the steps it did not run', async () => {
    const app = await demo();
    const interrupt = new AbortController();
    interrupt.abort(new Error('the gate was cancelled'));
    const { findings } = await runSmokeCheck(manifest(app.url, `  steps:
    - request: GET /dashboard
    - request: GET /api/tasks
`), { signal: interrupt.signal });
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-timeout', severity: 'error', line: 25, column: 3, message: 'the gate was cancelled; 2 steps did not run' },
      { ruleId: 'smoke-skipped-after-failure', severity: 'notice', line: 26, column: 7, message: 'step 1 (GET /dashboard) was skipped: the run was stopped (the gate was cancelled)' },
      { ruleId: 'smoke-skipped-after-failure', severity: 'notice', line: 27, column: 7, message: 'step 2 (GET /api/tasks) was skipped: the run was stopped (the gate was cancelled)' },
    ]);
    expect(app.state.requests).toBe(0);
  });
});

describe('the app answers wrongly', () => {
  test('a 500 on login is one smoke-login-failed with the status and body; its steps are skipped', async () => {
    const app = await fake({ 'POST /api/login': (_req, res) => json(res, 500, { error: 'internal_error', message: 'database is down' }) });
    const { findings } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: dashboard
      request: GET /dashboard
`, { sessions: TOKEN_SESSION }));
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-login-failed', severity: 'error', line: 8, column: 7, message: 'the sign-in of session "ops" (POST /api/login): expect.status: expected 2xx, got 500. Got 500 in N ms. Body: {"error":"internal_error","message":"database is down"}' },
      { ruleId: 'smoke-skipped-after-failure', severity: 'notice', line: 15, column: 7, message: 'step "dashboard" (GET /dashboard) was skipped: session "ops" could not sign in' },
    ]);
  });

  test('wrong dashboard content names the missing text and shows the page', async () => {
    const app = await fake({
      'GET /dashboard': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><html><head><title>Welcome to nginx!</title></head><body><h1>Welcome to nginx!</h1></body></html>');
      },
    });
    const { findings } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: dashboard
      request: GET /dashboard
      expect: { status: 200, body-contains: Operations dashboard }
`, { sessions: TOKEN_SESSION }));
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-step-failed', severity: 'error', line: 15, column: 7, message: 'step "dashboard" (GET /dashboard): expect.body-contains: the body does not contain "Operations dashboard". Got 200 in N ms. Body: [Welcome to nginx!] Welcome to nginx!' },
    ]);
  });

  test('a failed write: steps that use its capture are skipped, the others run, and no cleanup is sent', async () => {
    const app = await fake({
      'POST /api/tasks': (_req, res) => json(res, 500, { error: 'internal_error' }),
      'GET /api/tasks': (_req, res) => json(res, 200, { tasks: [] }),
    });
    const { findings, metrics } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: create task
      request: POST /api/tasks
      json: { title: smoke }
      expect: { status: 201 }
      capture: { id: $.id }
      cleanup: DELETE /api/tasks/{{ id }}
    - name: read it back
      request: GET /api/tasks/{{ id }}
    - name: list
      request: GET /api/tasks
`, { sessions: TOKEN_SESSION }));
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-step-failed', severity: 'error', line: 15, column: 7, message: 'step "create task" (POST /api/tasks): expect.status: expected 201, got 500. Got 500 in N ms. Body: {"error":"internal_error"}' },
      { ruleId: 'smoke-skipped-after-failure', severity: 'notice', line: 21, column: 7, message: 'step "read it back" (GET /api/tasks/{{ id }}) was skipped: it uses {{ id }} from step "create task", which failed' },
    ]);
    expect((metrics!.steps as { status: string }[]).map((s) => s.status)).toEqual(['fail', 'skipped', 'pass']);
    expect(metrics!.cleanups).toEqual([{ name: 'create task', status: 'skipped', httpStatus: null, ms: null, session: 'ops' }]);
    expect(app.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/login', 'POST /api/tasks', 'GET /api/tasks']);
    // A failed POST is not retried: it may have done its work.
    expect(app.requests.filter((r) => r.method === 'POST' && r.url === '/api/tasks')).toHaveLength(1);
  });

  test('a lost session (redirected to the sign-in page) is smoke-session-lost', async () => {
    const app = await fake({
      'GET /dashboard': (_req, res) => {
        res.writeHead(302, { location: '/login' });
        res.end();
      },
      'GET /login': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<title>Sign in</title><form><input type="hidden" name="_csrf" value="hidden-csrf-value"><input name="email"></form>');
      },
    });
    const { findings } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: dashboard
      request: GET /dashboard
      expect: { body-contains: Operations dashboard }
`, { sessions: TOKEN_SESSION }));
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-session-lost', severity: 'error', line: 15, column: 7, message: 'session "ops" was lost: step "dashboard" (GET /dashboard): expect.body-contains: the body does not contain "Operations dashboard". Got 200 in N ms after redirects (302 → /login). Body: [Sign in]' },
    ]);
  });

  test('a 401 on a signed-in step is a lost session too', async () => {
    const app = await fake({ 'GET /api/me': (_req, res) => json(res, 401, { error: 'unauthenticated' }) });
    const { findings } = await runSmokeCheck(manifest(app.url, `  steps:
    - request: GET /api/me
`, { sessions: TOKEN_SESSION }));
    expect(summarize(findings).map((f) => [f.ruleId, f.line])).toEqual([['smoke-session-lost', 15]]);
  });

  test('a viewer let onto an admin route is smoke-access-not-denied', async () => {
    // This app forgot the role check on the audit log.
    const app = await fake({ 'GET /api/admin/audit': (_req, res) => json(res, 200, { entries: [{ action: 'sign-in', actor: 'admin@demo.test' }] }) });
    const { findings } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: viewer cannot read the audit log
      request: GET /api/admin/audit
      expect: { status: [401, 403] }
`, { sessions: TOKEN_SESSION }));
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-access-not-denied', severity: 'error', line: 15, column: 7, message: 'session "ops" was let in: step "viewer cannot read the audit log" (GET /api/admin/audit): expect.status: expected 401 or 403, got 200. Got 200 in N ms. Body: {"entries":[{"action":"sign-in","actor":"***"}]}' },
    ]);
  });

  test('the demo app refuses the viewer, so the same step passes there', async () => {
    const app = await demo();
    const { findings } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: viewer cannot read the audit log
      session: viewer
      request: GET /api/admin/audit
      expect: { status: [401, 403] }
`));
    expect(findings).toEqual([]);
  });
});

describe('cleanup', () => {
  test('a cleanup that fails is its own error naming what was left behind; later cleanups still run', async () => {
    const app = await demo({ tasks: [] });
    const { findings, metrics } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: first task
      request: POST /api/tasks
      json: { title: first }
      capture: { first: $.id }
      cleanup: DELETE /api/tasks/{{ first }}
    - name: second task
      request: POST /api/tasks
      json: { title: second }
      capture: { id: $.id }
      cleanup: DELETE /api/task/{{ id }}
    - name: a step that fails
      request: GET /api/tasks/does-not-exist
`), { env: { GITHUB_RUN_ID: '77' } });
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-cleanup-failed', severity: 'error', line: 35, column: 16, message: 'the cleanup of step "second task" (DELETE /api/task/{{ id }}): expect.status: expected 2xx, got 404. Got 404 in N ms. Body: {"error":"not_found","message":"No route for DELETE /api/task/2"}. Left behind: whatever step "second task" (POST /api/tasks) created (id 2); its request carried Idempotency-Key release-gate-77-1-step-2' },
      { ruleId: 'smoke-step-failed', severity: 'error', line: 36, column: 7, message: 'step "a step that fails" (GET /api/tasks/does-not-exist): expect.status: expected 2xx, got 404. Got 404 in N ms. Body: {"error":"not_found","message":"There is no task \\"does-not-exist\\""}' },
    ]);
    // Reverse order: the second step's cleanup ran first, then the first's, which worked.
    expect(metrics!.cleanups).toEqual([
      expect.objectContaining({ name: 'second task', status: 'fail', httpStatus: 404 }),
      expect.objectContaining({ name: 'first task', status: 'pass', httpStatus: 204 }),
    ]);
    expect([...app.state.tasks.values()].map((t) => t.title)).toEqual(['second']);
  });

  test('a write that succeeded without its capture cannot be cleaned up, and says so', async () => {
    const app = await demo({ tasks: [] });
    const { findings } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: create task
      request: POST /api/tasks
      json: { title: smoke }
      capture: { id: $.task.id }
      cleanup: DELETE /api/tasks/{{ id }}
`), { env: { GITHUB_RUN_ID: '77' } });
    expect(summarize(findings).map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['smoke-step-failed', 26, expect.stringMatching(/^step "create task" \(POST \/api\/tasks\): capture id \(\$\.task\.id\) matched nothing in the body\. Got 201 in N ms\. Body: \{"id":"1","title":"smoke"/)],
      ['smoke-cleanup-failed', 30, 'the cleanup of step "create task" (DELETE /api/tasks/{{ id }}) cannot be sent: {{ id }} was not captured, so it could not run. Left behind: whatever step "create task" (POST /api/tasks) created; its request carried Idempotency-Key release-gate-77-1-step-1'],
    ]);
  });
});

describe('credentials stay on the origin', () => {
  const others: TestServer[] = [];
  afterAll(async () => {
    await Promise.all(others.map((o) => o.close()));
  });

  test('a redirect to an origin the manifest does not declare is not followed, and the finding names it', async () => {
    const other = await startServer((_req, res) => json(res, 200, { landed: true }));
    others.push(other);
    const app = await fake({
      'GET /go': (_req, res) => {
        res.writeHead(302, { location: `${other.url}/landing` });
        res.end();
      },
    });
    const { findings } = await runSmokeCheck(manifest(app.url, `  steps:
    - name: leaves the origin
      request: GET /go
      headers: { accept: application/json, x-trace: abc123, x-api-key: "{{ env.API_KEY }}" }
      expect: { json: { $.landed: true } }
`, { sessions: TOKEN_SESSION }), { env: { API_KEY: 'key-0123456789abcdef' } });
    expect(other.requests).toEqual([]);
    expect(summarize(findings).map((f) => [f.ruleId, f.line, f.message.split('. Got')[0]])).toEqual([
      ['smoke-step-failed', 15, `step "leaves the origin" (GET /go): expect.redirect: the response redirected to ${other.url}/landing, an origin the manifest does not declare, so it was not followed (declare it as an environment's url if it is meant)`],
    ]);
  });

  test('a redirect to a declared origin carries no header the manifest added, no credential, no cookie and no body', async () => {
    const other = await startServer((_req, res) => json(res, 200, { landed: true }));
    others.push(other);
    const app = await fake({
      'GET /go': (_req, res) => {
        res.writeHead(302, { location: `${other.url}/landing` });
        res.end();
      },
      'POST /submit': (_req, res) => {
        res.writeHead(307, { location: `${other.url}/collect` });
        res.end();
      },
      'PUT /settings': (_req, res) => {
        res.writeHead(303, { location: `${other.url}/after-put` });
        res.end();
      },
    });
    const source = manifest(app.url, `  environment: production
  steps:
    - name: leaves the origin
      request: GET /go
      headers: { accept: application/json, x-trace: abc123, x-api-key: "{{ env.API_KEY }}" }
      expect: { json: { $.landed: true } }
    - name: posts a secret
      request: POST /submit
      json: { password: "{{ env.DEMO_ADMIN_PASSWORD }}" }
    - name: puts a secret
      request: PUT /settings
      json: { password: "{{ env.DEMO_ADMIN_PASSWORD }}" }
`, { sessions: TOKEN_SESSION }).replace('environments:\n', `environments:\n  sso:\n    url: ${other.url}\n`);
    const { findings } = await runSmokeCheck(source, { env: { API_KEY: 'key-0123456789abcdef' } });

    expect(other.requests.map((r) => [r.method, r.url, r.body])).toEqual([['GET', '/landing', ''], ['GET', '/after-put', '']]);
    for (const landed of other.requests) {
      expect([landed.headers.accept, landed.headers['x-trace'], landed.headers.authorization, landed.headers.cookie, landed.headers['x-api-key'], landed.headers['content-type']])
        .toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
      expect(JSON.stringify(landed.headers)).not.toContain(FAKE_TOKEN);
    }
    // On the origin the session's credentials were sent.
    const go = app.requests.find((r) => r.url === '/go')!;
    expect(go.headers).toMatchObject({ authorization: `Bearer ${FAKE_TOKEN}`, cookie: `sid=${FAKE_COOKIE}`, 'x-api-key': 'key-0123456789abcdef' });

    // The 307 would have resent the password to the other origin: it was not followed.
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-step-failed', severity: 'error', line: 22, column: 7, message: `step "posts a secret" (POST /submit): expect.status: expected 2xx, got 307 (redirect not followed: a 307 would resend the POST body to ${other.url}). Got 307 in N ms. Body: (empty)` },
    ]);
  });
});
