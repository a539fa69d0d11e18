import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoApp, type DemoApp } from '../../../src/demo/app.js';
import { closedPort, json, manifest, runSmokeCheck, startServer, summarize, tempDir, type TestServer } from './harness.js';

const STEPS = `  steps:
    - name: health
      request: GET /healthz
`;

function deploymentEvent(state: string, status: Record<string, string>): string {
  const dir = tempDir();
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify({
    deployment_status: { state, environment: 'production', ...status },
    deployment: { id: 99, sha: 'abc1234def567', ref: 'main', environment: 'production' },
  }));
  return path;
}

describe('deployment_status events', () => {
  let app: DemoApp;
  let down: string;
  beforeAll(async () => {
    app = await startDemoApp();
    down = `http://127.0.0.1:${await closedPort()}`;
  });
  afterAll(() => app.close());

  const env = (path: string) => ({ GITHUB_EVENT_NAME: 'deployment_status', GITHUB_EVENT_PATH: path });

  test('tests the deployed environment_url, not the manifest url, and names the deployment', async () => {
    const path = deploymentEvent('success', { environment_url: app.url, target_url: down });
    const { findings, metrics } = await runSmokeCheck(manifest(down, STEPS), { env: env(path) });
    expect(findings).toEqual([]);
    expect(metrics).toMatchObject({
      url: `${app.url}/`, source: 'deployment', environment: 'production',
      deployment: { id: 99, environment: 'production', sha: 'abc1234def567', ref: 'main', state: 'success', url: app.url },
      steps: [{ name: 'health', status: 'pass', httpStatus: 200 }],
    });
  });

  test('falls back to target_url when there is no environment_url', async () => {
    const path = deploymentEvent('success', { environment_url: '', target_url: app.url });
    const { findings, metrics } = await runSmokeCheck(manifest(down, STEPS), { env: env(path) });
    expect(findings).toEqual([]);
    expect(metrics).toMatchObject({ url: `${app.url}/`, source: 'deployment' });
  });

  test('the url input wins over the event', async () => {
    const path = deploymentEvent('success', { environment_url: down });
    const { findings, metrics } = await runSmokeCheck(manifest(down, STEPS), { env: env(path), inputs: { url: app.url } });
    expect(findings).toEqual([]);
    expect(metrics).toMatchObject({ url: `${app.url}/`, source: 'url input', deployment: { sha: 'abc1234def567' } });
  });

  test('deployment-url: false keeps the environment url', async () => {
    const path = deploymentEvent('success', { environment_url: down });
    const { findings, metrics } = await runSmokeCheck(manifest(app.url, `  deployment-url: false\n${STEPS}`), { env: env(path) });
    expect(findings).toEqual([]);
    expect(metrics).toMatchObject({ url: `${app.url}/`, source: 'environment' });
  });

  test.each(['failure', 'error', 'in_progress', 'inactive'])('a %s deployment is a notice and no request is sent', async (state) => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    try {
      const path = deploymentEvent(state, { environment_url: server.url });
      const { findings, metrics } = await runSmokeCheck(manifest(server.url, STEPS), { env: env(path) });
      expect(summarize(findings)).toEqual([
        { ruleId: 'smoke-deployment-skipped', severity: 'notice', line: 25, column: 3, message: `the deployment to production of abc1234 is in state "${state}", not success: no smoke request was sent` },
      ]);
      expect(metrics).toMatchObject({ deployment: { state, sha: 'abc1234def567' }, steps: [], reason: `the deployment is in state "${state}", not success` });
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });

  test('an event file that cannot be read is smoke-no-target', async () => {
    const { findings } = await runSmokeCheck(manifest(app.url, STEPS), { env: env('/nonexistent/event.json') });
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-no-target', severity: 'error', line: 25, column: 3, message: 'cannot read the deployment_status event at /nonexistent/event.json: ENOENT' },
    ]);
  });
});

describe('choosing what to test', () => {
  const twoEnvironments = (smoke: string) => `version: 1
environments:
  staging: { url: "http://127.0.0.1:9" }
  production: { url: "http://127.0.0.1:9" }
smoke:
${smoke}`;

  test('several environments and none chosen: smoke-no-target says how to choose', async () => {
    const { findings } = await runSmokeCheck(twoEnvironments(STEPS));
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-no-target', severity: 'error', line: 6, column: 3, message: 'no URL to test: the manifest has 2 environments (staging, production) and none was chosen. Set smoke.environment, pass --environment (the environment input), or give the url input' },
    ]);
  });

  test('--environment naming an environment the manifest lacks is smoke-no-target', async () => {
    const { findings } = await runSmokeCheck(twoEnvironments(STEPS), { environment: 'prod' });
    expect(summarize(findings).map((f) => f.message)).toEqual(['environment "prod" (from --environment / the environment input) is not defined under environments (defined: staging, production)']);
  });

  test('a url input that is not http(s) is smoke-no-target', async () => {
    const { findings } = await runSmokeCheck(twoEnvironments(STEPS), { inputs: { url: 'ftp://example.com' } });
    expect(summarize(findings).map((f) => [f.ruleId, f.message])).toEqual([['smoke-no-target', 'the url input "ftp://example.com" is not an http(s) URL']]);
  });
});

describe('waiting for the rollout', () => {
  let server: TestServer;
  let polls = 0;
  beforeAll(async () => {
    // The old release answers the first three polls; then the new one is live.
    server = await startServer((req, res) => {
      if (req.url === '/healthz') polls += 1;
      const version = polls > 3 ? 'abc1234def567' : 'old-release';
      json(res, 200, { status: 'ok', version }, { 'x-app-version': version });
    });
  });
  afterAll(() => server.close());

  const WAIT = (timeout: string) => `  wait:
    request: GET /healthz
    expect: { headers: { x-app-version: "^{{ deployment_sha }}$" } }
    interval: 10ms
    max-interval: 40ms
    timeout: ${timeout}
${STEPS}`;

  test('polls with backoff until X-App-Version is the deployed sha, then runs the steps', async () => {
    polls = 0;
    const { findings, metrics } = await runSmokeCheck(manifest(server.url, WAIT('10s'), { sessions: '' }), { env: { GITHUB_SHA: 'abc1234def567' } });
    expect(findings).toEqual([]);
    expect(metrics).toMatchObject({ wait: { ready: true, polls: 4 }, steps: [{ name: 'health', status: 'pass' }] });
  });

  test('a rollout that never finishes is smoke-rollout-timeout and the steps are skipped', async () => {
    polls = -1_000_000;
    const { findings, metrics } = await runSmokeCheck(manifest(server.url, WAIT('300ms'), { sessions: '' }), { env: { GITHUB_SHA: 'abc1234def567' } });
    expect(summarize(findings).map((f) => ({ ...f, message: f.message.replace(/\(\d+ polls\)/, '(N polls)') }))).toEqual([
      { ruleId: 'smoke-rollout-timeout', severity: 'error', line: 7, column: 5, message: 'the rollout was not ready within 300ms (N polls), so no step ran. Last poll: the rollout wait (GET /healthz): expect.headers: header x-app-version is "old-release", which does not match ^{{ deployment_sha }}$. Got 200 in N ms. Body: {"status":"ok","version":"old-release"}' },
      { ruleId: 'smoke-skipped-after-failure', severity: 'notice', line: 13, column: 7, message: 'step "health" (GET /healthz) was skipped: the rollout did not become ready' },
    ]);
    expect(metrics).toMatchObject({ wait: { ready: false }, steps: [{ name: 'health', status: 'skipped' }] });
  });

  test('against the demo app: ready at once when it already serves the expected version', async () => {
    const app = await startDemoApp({ version: '2.4.0' });
    try {
      const { findings, metrics } = await runSmokeCheck(manifest(app.url, `  wait:
    request: GET /healthz
    expect: { headers: { x-app-version: "^{{ env.EXPECTED_VERSION }}$" }, json: { $.version: "{{ env.EXPECTED_VERSION }}" } }
${STEPS}`, { sessions: '' }), { env: { EXPECTED_VERSION: '2.4.0' } });
      expect(findings).toEqual([]);
      expect(metrics).toMatchObject({ wait: { ready: true, polls: 1 } });
    } finally {
      await app.close();
    }
  });
});
