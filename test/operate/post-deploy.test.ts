import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { GithubClient } from '../../src/github/client.js';
import { Masker } from '../../src/mask.js';
import { confirmWithSmoke, runPostDeploy, type PostDeployOptions } from '../../src/operate/post-deploy.js';
import { loadManifest } from '../../src/manifest/load.js';
import { startGithubApi, type GithubApiStandIn } from '../support/github-api.js';
import { BAD_SHA, deploymentEvent, GOOD_SHA, historyLine, OLDER_SHA, startTargetApp, workspace, type TargetApp, type Workspace } from './post-deploy-support.js';

const REPO = '/repos/acme/portal';
const STATUSES = `POST ${REPO}/deployments/42/statuses`;
const REASON = 'smoke failed: step "dashboard" (GET /): expect.status: expected 200, got 500; expect.body-contains: the body does not contain "Operations dashboard" (smoke-step-failed)';
const RUN_URL = 'https://github.com/acme/portal/actions/runs/9001';

let api: GithubApiStandIn;
let app: TargetApp;
let ws: Workspace;
const logs: string[] = [];

beforeAll(async () => {
  api = await startGithubApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  app = await startTargetApp(BAD_SHA);
  api.route(STATUSES, (r) => ({ status: 201, body: { id: api.requests.length, state: (r.body as { state: string }).state } }));
  logs.length = 0;
});
afterEach(async () => {
  await app.close();
  api.reset();
  ws?.cleanup();
});

function github(): GithubClient {
  return new GithubClient({ token: 'ghs_testtoken0000000000', apiUrl: api.url, repository: 'acme/portal' }, { sleep: async () => undefined, baseDelayMs: 1 });
}

async function postDeploy(overrides: Partial<PostDeployOptions> = {}, event: string | undefined = deploymentEvent(app)) {
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/portal', GITHUB_RUN_ID: '9001' };
  if (event !== undefined) {
    env.GITHUB_EVENT_NAME = 'deployment_status';
    env.GITHUB_EVENT_PATH = ws.write('event.json', event);
  }
  const client = github();
  try {
    return await runPostDeploy({
      cwd: ws.dir, env, manifestPath: ws.manifestPath, failOn: 'error', inputs: {}, masker: new Masker(), github: client,
      log: (level, message) => void logs.push(`${level}: ${message}`), ...overrides,
    });
  } finally {
    await client.close();
  }
}

const statusBodies = () => api.requests.filter((r) => `${r.method} ${r.path}` === STATUSES).map((r) => r.body);

describe('deployment statuses', () => {
  test('a passing run posts in_progress, then success with the run link, on the deployment of the event', async () => {
    app.release = GOOD_SHA;
    ws = workspace(app);
    const result = await postDeploy();
    expect(result.report.status).toBe('pass');
    expect(statusBodies()).toEqual([
      { state: 'in_progress', description: 'release-gate: verifying smoke', log_url: RUN_URL, environment_url: app.url, environment: 'production' },
      { state: 'success', description: 'release-gate: smoke passed', log_url: RUN_URL, environment_url: app.url, environment: 'production' },
    ]);
    expect(result.statuses).toEqual(['in_progress', 'success']);
    expect(result.rollback).toBeUndefined();
    expect(app.rollbacks).toEqual([]);
  });

  test('a deployment that is not live (an in_progress event) gets no status and no rollback', async () => {
    ws = workspace(app);
    const result = await postDeploy({}, deploymentEvent(app, 'in_progress'));
    expect(api.requests).toEqual([]);
    expect(result.report.checks.map((c) => [c.check, c.status, c.metrics.reason])).toEqual([['smoke', 'pass', 'the deployment is in state "in_progress", not success']]);
    expect(result.statuses).toEqual([]);
    expect(app.rollbacks).toEqual([]);
  });

  test('--deployment-id: the deployment is read from the API, its sha is the failed sha', async () => {
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') });
    api.route(`GET ${REPO}/deployments/42`, { status: 200, body: { id: 42, sha: BAD_SHA, ref: 'main', environment: 'production', created_at: '2026-12-07T04:00:00Z' } });
    const result = await postDeploy({ deploymentId: '42' }, undefined);
    expect(api.calls()[0]).toBe(`GET ${REPO}/deployments/42`);
    expect(ws.scriptSaw().RELEASE_GATE_FAILED_SHA).toBe(BAD_SHA);
    expect(statusBodies().map((b) => (b as { state: string }).state)).toEqual(['in_progress', 'failure']);
    expect(result.rollback?.status).toBe('rolled-back');
  });

  test('a GitHub API that fails every status call is reported and changes nothing: the checks fail, the rollback runs', async () => {
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') });
    api.route(STATUSES, { status: 500, body: { message: 'Server Error' } });
    const result = await postDeploy();
    expect(result.report.checks.map((c) => [c.check, c.status])).toEqual([['smoke', 'fail'], ['rollback', 'pass']]);
    expect(result.statuses).toEqual([]);
    expect(result.problems).toEqual([
      `the in_progress status of deployment 42 was not posted: GitHub API: create in_progress status of deployment 42 (POST ${REPO}/deployments/42/statuses) answered 500: Server Error after 4 attempts`,
      `the failure status of deployment 42 was not posted: GitHub API: create failure status of deployment 42 (POST ${REPO}/deployments/42/statuses) answered 500: Server Error after 4 attempts`,
    ]);
    expect(app.release).toBe(GOOD_SHA);
  });
});

describe('rollback', () => {
  test('a failed smoke runs the rollback script with the RELEASE_GATE_* variables, then smoke confirms the rolled-back deployment', async () => {
    ws = workspace(app, { history: historyLine(OLDER_SHA, '2026-12-05T10:00:00Z') + historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') + historyLine(BAD_SHA, '2026-12-06T11:00:00Z', 'fail') });
    const result = await postDeploy();
    expect(ws.scriptSaw()).toEqual({
      RELEASE_GATE_ENVIRONMENT: 'production',
      RELEASE_GATE_FAILED_SHA: BAD_SHA,
      RELEASE_GATE_PREVIOUS_SHA: GOOD_SHA,
      RELEASE_GATE_REASON: REASON,
    });
    expect(app.rollbacks).toEqual([GOOD_SHA]);
    expect(result.report.status).toBe('fail');
    const rollback = result.report.checks.find((c) => c.check === 'rollback')!;
    expect(rollback.status).toBe('pass');
    expect(rollback.metrics).toMatchObject({
      outcome: 'rolled-back', method: 'command', previousSha: GOOD_SHA, previousFrom: 'history', failedSha: BAD_SHA, exitCode: 0, confirmed: true,
      confirmation: 'smoke passes again', summary: 'rolled back to 1111111, confirmed: smoke passes',
    });
    expect(rollback.metrics.output).toEqual([`rolling back production from ${BAD_SHA} to ${GOOD_SHA}`]);
    expect(rollback.findings).toEqual([]);
    expect(statusBodies()).toEqual([
      { state: 'in_progress', description: 'release-gate: verifying smoke', log_url: RUN_URL, environment_url: app.url, environment: 'production' },
      {
        state: 'failure',
        description: 'release-gate: smoke failed (smoke-step-failed); rolled back to 1111111, confirmed',
        log_url: RUN_URL, environment_url: app.url, environment: 'production',
      },
    ]);
  });

  test('--no-rollback and rollback.when: manual report the failure and leave the deployment alone', async () => {
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') });
    const skipped = await postDeploy({ noRollback: true });
    expect(skipped.rollbackSkipped).toBe('rollback is turned off (--no-rollback, or the rollback input false)');
    ws.cleanup();
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), rollback: 'rollback:\n  run: ./rollback.sh\n  when: manual\n' });
    const manual = await postDeploy();
    expect(manual.rollbackSkipped).toBe('rollback.when is manual: run `release-gate rollback` to roll back');
    expect(logs).toContain('notice: rollback: not run: rollback.when is manual: run `release-gate rollback` to roll back');
    expect(app.rollbacks).toEqual([]);
    expect(manual.report.checks.map((c) => c.check)).toEqual(['smoke']);
    expect(statusBodies().map((b) => (b as { description: string }).description)).toEqual([
      'release-gate: verifying smoke', 'release-gate: smoke failed (smoke-step-failed)',
      'release-gate: verifying smoke', 'release-gate: smoke failed (smoke-step-failed)',
    ]);
  });

  test('an interrupted run (a cancelled job) starts no rollback and says how to roll back by hand', async () => {
    app.failure = 'hang';
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') });
    const interrupted = new AbortController();
    const cancel = setInterval(() => {
      if (app.requests.length > 0) interrupted.abort(new Error('interrupted by SIGINT')); // once smoke is waiting on the app
    }, 10);
    const result = await postDeploy({ signal: interrupted.signal }).finally(() => clearInterval(cancel));
    expect(result.report.checks.map((c) => [c.check, c.status])).toEqual([['smoke', 'error']]);
    expect(result.report.checks[0]!.findings.map((f) => f.ruleId)).toContain('run-interrupted');
    expect(result.rollbackSkipped).toBe('the run was interrupted before the checks finished: run `release-gate rollback` if the release is bad');
    expect(logs).toContain('notice: rollback: not run: the run was interrupted before the checks finished: run `release-gate rollback` if the release is bad');
    expect(result.rollback).toBeUndefined();
    expect(app.rollbacks).toEqual([]);
    expect(app.release).toBe(BAD_SHA);
  });

  test('a smoke run that times out (the app hangs) still rolls back', async () => {
    app.failure = 'hang';
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') });
    const result = await postDeploy({ timeoutMs: 400 });
    expect(result.report.checks.map((c) => [c.check, c.status])).toEqual([['smoke', 'error'], ['rollback', 'pass']]);
    expect(result.report.checks[0]!.findings.map((f) => f.ruleId)).toEqual(['run-interrupted', 'smoke-timeout']);
    expect(result.reason).toBe('smoke did not finish: the smoke check was stopped by the post-deploy timeout (400ms) before it finished: its findings are partial (run-interrupted); rolled back to 1111111, confirmed: smoke passes');
    expect((statusBodies()[1] as { description: string }).description).toBe('release-gate: smoke did not finish (smoke-timeout); rolled back to 1111111, confirmed');
    expect(app.release).toBe(GOOD_SHA);
  });

  test('a rollback script that fails is reported with its exit code and last output; the deployment status says so', async () => {
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), scriptExit: 3 });
    const result = await postDeploy();
    const rollback = result.report.checks.find((c) => c.check === 'rollback')!;
    expect(rollback.status).toBe('fail');
    expect(rollback.metrics).toMatchObject({ outcome: 'failed', exitCode: 3, summary: 'rollback failed: `./rollback.sh` exited 3; last output: platform refused the rollback' });
    expect(rollback.metrics.confirmed).toBeUndefined();
    expect(rollback.metrics.environment).toBe('production');
    // The finding is the evidence of the rollback's alert and its annotation, on the manifest's rollback section.
    expect(rollback.findings).toEqual([{
      ruleId: 'rollback-failed', severity: 'error', file: 'release-gate.yml', line: 15, column: 3,
      message: 'on production: rollback failed: `./rollback.sh` exited 3; last output: platform refused the rollback',
      hint: 'The failed release may still be live: roll back by hand now (`release-gate rollback --to SHA`, or your platform\'s console), then fix what the message names before the next deploy.',
    }]);
    expect((statusBodies()[1] as { description: string }).description).toBe(
      'release-gate: smoke failed (smoke-step-failed); rollback failed',
    );
  });

  test('an unreadable history does not block the rollback: the Deployments API names the last sha release-gate passed', async () => {
    ws = workspace(app, { history: '{"v": 99, "time": "2026-12-06T10:00:00Z"}\n' });
    api.route(`GET ${REPO}/deployments`, { status: 200, body: [
      { id: 42, sha: BAD_SHA, ref: 'main', environment: 'production', created_at: '2026-12-07T04:00:00Z' },
      { id: 41, sha: OLDER_SHA, ref: 'main', environment: 'production', created_at: '2026-12-06T12:00:00Z' },
      { id: 40, sha: GOOD_SHA, ref: 'main', environment: 'production', created_at: '2026-12-06T10:00:00Z' },
    ] });
    api.route(`GET ${REPO}/deployments/41/statuses`, { status: 200, body: [{ id: 3, state: 'success', description: 'Deployed by the platform', created_at: 'x' }] });
    api.route(`GET ${REPO}/deployments/40/statuses`, { status: 200, body: [{ id: 2, state: 'success', description: 'release-gate: smoke passed', created_at: 'x' }] });
    const result = await postDeploy();
    expect(logs.some((l) => l.startsWith('warning: rollback: the history could not be read ('))).toBe(true);
    expect(api.requests.filter((r) => r.method === 'GET').map((r) => [r.path, r.query])).toEqual([
      [`${REPO}/deployments`, { environment: 'production', per_page: '30' }],
      [`${REPO}/deployments/41/statuses`, { per_page: '30' }],
      [`${REPO}/deployments/40/statuses`, { per_page: '30' }],
    ]);
    expect(ws.scriptSaw().RELEASE_GATE_PREVIOUS_SHA).toBe(GOOD_SHA);
    expect(result.rollback).toMatchObject({ status: 'rolled-back', previous: { sha: GOOD_SHA, from: 'deployments' }, confirmation: { passed: true } });
  });

  test('a workflow rollback dispatches the workflow with the previous good sha; smoke confirms once the workflow has rolled back', async () => {
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), rollback: 'rollback:\n  workflow: rollback.yml\n  ref: release\n' });
    // The stand-in plays the rollback workflow: the dispatch puts the requested sha back on the app.
    api.route(`POST ${REPO}/actions/workflows/rollback.yml/dispatches`, (r) => {
      app.release = (r.body as { inputs: { sha: string } }).inputs.sha;
      return { status: 204 };
    });
    const result = await postDeploy();
    const dispatch = api.requests.find((r) => r.path.endsWith('/dispatches'))!;
    expect(dispatch.body).toEqual({
      ref: 'release',
      inputs: { sha: GOOD_SHA, environment: 'production', 'failed-sha': BAD_SHA, reason: REASON },
    });
    expect(dispatch.headers.authorization).toBe('Bearer ghs_testtoken0000000000');
    expect(result.rollback).toMatchObject({ status: 'dispatched', method: 'workflow', detail: `dispatched rollback.yml on release to roll back to ${GOOD_SHA.slice(0, 12)}`, confirmation: { passed: true } });
    expect(result.reason).toBe(`${REASON}; rollback dispatched to 1111111, confirmed: smoke passes`);
  });

  test('a workflow rollback with no earlier passing sha is a failed rollback that says why, and nothing is dispatched', async () => {
    ws = workspace(app, { history: historyLine(BAD_SHA, '2026-12-06T10:00:00Z'), rollback: 'rollback:\n  workflow: rollback.yml\n' });
    api.route(`GET ${REPO}/deployments`, { status: 200, body: [] });
    const result = await postDeploy();
    expect(result.rollback).toMatchObject({ status: 'failed', detail: 'the workflow rollback.yml was not dispatched: there is no earlier sha that passed the post-deploy gate to roll back to' });
    expect(api.calls().filter((c) => c.endsWith('/dispatches'))).toEqual([]);
  });

  test('a rollback that does not bring the app back is reported as not confirmed', async () => {
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), rollback: 'rollback:\n  run: "true"\n' });
    const result = await postDeploy();
    const stillFails = 'smoke still fails: step "dashboard" (GET /): expect.status: expected 200, got 500; expect.body-contains: the body does not contain "Operations dashboard" (smoke-step-failed)';
    expect(result.rollback).toMatchObject({ status: 'rolled-back', confirmation: { passed: false, detail: stillFails } });
    const rollback = result.report.checks.find((c) => c.check === 'rollback')!;
    expect(rollback.status).toBe('fail');
    expect(rollback.findings.map((f) => [f.ruleId, f.message])).toEqual([['rollback-failed', `on production: rolled back to 1111111, not confirmed: ${stillFails}`]]);
    expect(result.reason).toBe(`${REASON}; rolled back to 1111111, not confirmed: ${stillFails}`);
  });

  test('a confirmation smoke that does not run (the run was interrupted) confirms nothing', async () => {
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') });
    app.release = GOOD_SHA;
    const interrupted = new AbortController();
    interrupted.abort(new Error('interrupted by SIGINT'));
    const manifest = await loadManifest(ws.manifestPath, ws.dir);
    const confirmation = await confirmWithSmoke({
      cwd: ws.dir, env: { PATH: process.env.PATH }, manifestPath: ws.manifestPath, manifest, inputs: {}, masker: new Masker(), signal: interrupted.signal,
      log: (level, message) => void logs.push(`${level}: ${message}`),
    });
    expect(confirmation).toMatchObject({ passed: false, detail: 'smoke did not run: not run: interrupted by SIGINT' });
    expect(app.requests).toEqual([]);
  });
});
