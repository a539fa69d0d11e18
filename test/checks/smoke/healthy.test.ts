import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startDemoApp, type DemoApp } from '../../../src/demo/app.js';
import { manifest, runSmokeCheck } from './harness.js';

const SMOKE = `  environment: production
  steps:
    - name: dashboard
      request: GET /dashboard
      expect: { status: 200, body-contains: Operations dashboard }
    - name: create task
      request: POST /api/tasks
      json: { title: "release smoke check {{ run_marker }}" }
      expect: { status: 201, json: { $.title: "release smoke check {{ run_marker }}", $.id: { exists: true } } }
      capture: { id: $.id }
      cleanup: DELETE /api/tasks/{{ id }}
    - name: read it back
      request: GET /api/tasks/{{ id }}
      expect: { json: { $.id: "{{ id }}" } }
    - name: viewer cannot read the audit log
      session: viewer
      request: GET /api/admin/audit
      expect: { status: 403 }
    - name: viewer sees the dashboard
      session: viewer
      request: GET /dashboard
      expect: { body-contains: "viewer@demo.test" }
`;

describe('the healthy path against the demo app', () => {
  let app: DemoApp;
  const seen: { method?: string; url?: string; headers: Record<string, unknown> }[] = [];
  beforeAll(async () => {
    // The latency hook sees every request: a way to read the headers the check sent.
    app = await startDemoApp({ latency: (req) => (seen.push({ method: req.method, url: req.url, headers: req.headers }), 0) });
  });
  afterAll(() => app.close());

  test('signs both sessions in, passes every step, and cleans up the task it created', async () => {
    const before = [...app.state.tasks.keys()];
    const { findings, metrics } = await runSmokeCheck(manifest(app.url, SMOKE), { env: { GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2' } });
    expect(findings).toEqual([]);
    expect(metrics).toMatchObject({
      url: `${app.url}/`, source: 'environment', environment: 'production', marker: 'release-gate-4242-2',
      steps: [
        { name: 'dashboard', status: 'pass', httpStatus: 200, session: 'admin' },
        { name: 'create task', status: 'pass', httpStatus: 201, session: 'admin' },
        { name: 'read it back', status: 'pass', httpStatus: 200, session: 'admin' },
        { name: 'viewer cannot read the audit log', status: 'pass', httpStatus: 403, session: 'viewer' },
        { name: 'viewer sees the dashboard', status: 'pass', httpStatus: 200, session: 'viewer' },
      ],
      cleanups: [{ name: 'create task', status: 'pass', httpStatus: 204, session: 'admin' }],
    });
    for (const step of metrics!.steps as { ms: number }[]) expect(typeof step.ms).toBe('number');
    // The task was created with the marker, then deleted.
    expect([...app.state.tasks.keys()]).toEqual(before);
    const created = app.state.audit.filter((e) => e.action === 'task.create');
    const deleted = app.state.audit.filter((e) => e.action === 'task.delete');
    expect(created).toHaveLength(1);
    expect(deleted.map((e) => e.target)).toEqual(created.map((e) => e.target));
    expect(app.state.audit.filter((e) => e.action === 'sign-in').map((e) => e.target)).toEqual(['json', 'form']);
    expect(app.state.errors).toEqual([]);

    // Writes carry an Idempotency-Key and the run marker; reads do not.
    const writes = seen.filter((r) => r.url?.startsWith('/api/tasks') && r.method !== 'GET');
    expect(writes.map((r) => [r.method, r.headers['idempotency-key'], r.headers['x-release-gate-run']])).toEqual([
      ['POST', 'release-gate-4242-2-step-2', 'release-gate-4242-2'],
      ['DELETE', 'release-gate-4242-2-cleanup-2', 'release-gate-4242-2'],
    ]);
    expect(seen.find((r) => r.method === 'GET' && r.url === '/dashboard')?.headers['idempotency-key']).toBeUndefined();
    expect(seen[0]?.headers['user-agent']).toMatch(/^release-gate\/\S+ \(smoke; release-gate-4242-2\)$/);
  });
});
