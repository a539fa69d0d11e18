import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { json, located, manifest, runSmokeCheck, startServer, type TestServer } from './harness.js';

describe('an unset {{ env.X }} fails the check before any wait or request', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => json(res, 200, { token: 't' }));
  });
  afterAll(() => server.close());

  const SMOKE = `  wait:
    request: GET /healthz
    timeout: 5m
  steps:
    - name: tasks
      request: GET /api/tasks
`;

  test('names every unset variable the run would read, at the first line that reads one, and sends nothing', async () => {
    // An Actions secret that does not exist reaches the job as an empty string; the viewer session is not used by any step.
    const { findings, metrics } = await runSmokeCheck(manifest(server.url, SMOKE), {
      env: { DEMO_ADMIN_EMAIL: undefined, DEMO_ADMIN_PASSWORD: '', DEMO_VIEWER_PASSWORD: undefined },
    });
    expect(located(findings)).toEqual(['smoke-invalid-request .github/release-gate.yml:9:22']);
    expect(findings[0]!.message).toBe("{{ env.DEMO_ADMIN_EMAIL }} and {{ env.DEMO_ADMIN_PASSWORD }} are not set (or empty) in the environment, so nothing was sent: set DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD in the job's env: (from a secret, e.g. `DEMO_ADMIN_EMAIL: ${{ secrets.DEMO_ADMIN_EMAIL }}`) or export them before the run");
    expect(server.requests).toEqual([]);
    expect(metrics).toMatchObject({ steps: [] });
    expect(metrics?.wait).toBeUndefined();
  });

  test('a variable only an unused session reads is not asked for', async () => {
    const { findings } = await runSmokeCheck(manifest(server.url, SMOKE), { env: { DEMO_VIEWER_EMAIL: undefined } });
    expect(findings.filter((f) => f.ruleId === 'smoke-invalid-request')).toEqual([]);
  });
});
