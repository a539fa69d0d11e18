import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGithubApi, type GithubApiStandIn } from '../support/github-api.js';
import { BAD_SHA, deploymentEvent, GOOD_SHA, historyLine, startTargetApp, workspace, type TargetApp, type Workspace } from '../operate/post-deploy-support.js';

// actions/watch as the runner runs it (the committed bundle, from a copy outside the repository): a
// watch that fails is a failed post-deploy stage and runs post-deploy's rollback, here a
// workflow_dispatch on the stand-in GitHub API that plays the rollback workflow.
const repo = resolve('.');
const TOKEN = 'ghs_watchtoken1234567890abcdef';
const DISPATCH = 'POST /repos/acme/portal/actions/workflows/rollback.yml/dispatches';
const WATCH = 'watch:\n  duration: 300ms\n  interval: 100ms\n  min-probes: 2\n  paths: [/]\n';
let actionDir: string;
let api: GithubApiStandIn;
let app: TargetApp;
let ws: Workspace;

beforeAll(async () => {
  actionDir = mkdtempSync(join(tmpdir(), 'rg-action-watch-'));
  for (const path of ['action.yml', 'actions', 'dist', 'package.json']) cpSync(join(repo, path), join(actionDir, path), { recursive: true });
  api = await startGithubApi();
});
afterAll(async () => {
  await api.close();
  rmSync(actionDir, { recursive: true, force: true });
});
afterEach(async () => {
  await app.close();
  ws.cleanup();
  api.reset();
});

function outputs(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) found[match[1]!] = match[3]!;
  return found;
}

async function runWatchAction(inputs: Record<string, string>, action = 'watch') {
  const files = mkdtempSync(join(ws.dir, 'runner-'));
  writeFileSync(join(files, 'output'), '');
  writeFileSync(join(files, 'summary'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ws.dir,
    GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws.dir, RUNNER_TEMP: join(files, 'tmp'),
    GITHUB_OUTPUT: join(files, 'output'), GITHUB_STEP_SUMMARY: join(files, 'summary'),
    GITHUB_REPOSITORY: 'acme/portal', GITHUB_RUN_ID: '5151', GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: api.url,
    GITHUB_EVENT_NAME: 'deployment_status', GITHUB_EVENT_PATH: ws.write('event.json', deploymentEvent(app)),
    GITHUB_SHA: BAD_SHA, GITHUB_REF: 'refs/heads/main', GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main',
    INPUT_MANIFEST: 'release-gate.yml', 'INPUT_FAIL-ON': 'error', INPUT_TOKEN: TOKEN,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const child = spawn(process.execPath, [join(actionDir, `actions/${action}/main.js`)], { cwd: ws.dir, env });
  let log = '';
  child.stdout.on('data', (c) => (log += c));
  child.stderr.on('data', (c) => (log += c));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  return { code, log, outputs: outputs(readFileSync(join(files, 'output'), 'utf8')), summary: readFileSync(join(files, 'summary'), 'utf8') };
}

describe('actions/watch rolls back a release that fails under live traffic', () => {
  test('a workflow rollback: dispatched with the last good sha on the token input, the app recovers, smoke confirms, the history keeps it', async () => {
    app = await startTargetApp(GOOD_SHA);
    app.breakAfter(1);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), rollback: 'rollback:\n  workflow: rollback.yml\n', extra: WATCH });
    // The stand-in plays the rollback workflow: the dispatch puts the requested sha back on the app.
    api.route(DISPATCH, (r) => {
      app.release = (r.body as { inputs: { sha: string } }).inputs.sha;
      return { status: 204 };
    });
    const run = await runWatchAction({});

    expect(run.code).toBe(1);
    expect(api.calls()).toEqual([DISPATCH]);
    const dispatch = api.requests[0]!;
    expect(dispatch.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(dispatch.body).toMatchObject({ ref: 'main', inputs: { sha: GOOD_SHA, environment: 'production', 'failed-sha': BAD_SHA } });
    const reason = (dispatch.body as { inputs: { reason: string } }).inputs.reason;
    expect(reason).toMatch(/^watch failed: error rate 50% \(1 of 2 probes\) in the window .* \(watch-error-rate\)$/);
    expect(app.release).toBe(GOOD_SHA);

    expect(run.outputs.status).toBe('fail');
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.checks.map((c: { check: string; status: string }) => [c.check, c.status])).toEqual([['watch', 'fail'], ['rollback', 'pass']]);
    expect(report.checks[1].metrics).toMatchObject({ outcome: 'dispatched', method: 'workflow', previousSha: GOOD_SHA, failedSha: BAD_SHA, confirmed: true });
    expect(run.summary).toContain(`### Post-deploy\n\n**Verdict:** ${reason}; rollback dispatched to 1111111, confirmed: smoke passes\n\n- Rollback (workflow): dispatched rollback.yml on main to roll back to 111111111111; previous good sha \`111111111111\` from history\n- Confirmation: smoke passes again\n`);
    expect(run.log).toContain('::error::release-gate failed: watch\n');
    expect(run.log).not.toContain(TOKEN);

    const history = readFileSync(join(ws.dir, 'history.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({ kind: 'post-deploy', environment: 'production', status: 'fail', commit: BAD_SHA });
    expect(history[1].checks.map((c: { check: string; status: string }) => [c.check, c.status])).toEqual([['watch', 'fail'], ['rollback', 'pass']]);
  }, 60_000);

  test('rollback: false reports the failed watch, dispatches nothing and says so in the summary', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), rollback: 'rollback:\n  workflow: rollback.yml\n', extra: WATCH });
    const run = await runWatchAction({ rollback: 'false' });
    expect(run.code).toBe(1);
    expect(api.calls()).toEqual([]);
    expect(app.release).toBe(BAD_SHA);
    expect(run.summary).toContain('- Rollback: not run: rollback is turned off (--no-rollback, or the rollback input false)\n');
    expect(run.log).toContain('::notice::rollback: not run: rollback is turned off (--no-rollback, or the rollback input false)\n');
  }, 60_000);

  test('actions/smoke on the deployment_status event is the post-deploy stage too: the rollback script runs and smoke confirms it', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') });
    const run = await runWatchAction({}, 'smoke');
    expect(run.code).toBe(1);
    expect(ws.scriptSaw()).toMatchObject({ RELEASE_GATE_FAILED_SHA: BAD_SHA, RELEASE_GATE_PREVIOUS_SHA: GOOD_SHA });
    expect(app.release).toBe(GOOD_SHA);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.checks.map((c: { check: string; status: string }) => [c.check, c.status])).toEqual([['smoke', 'fail'], ['rollback', 'pass']]);
    expect(run.summary).toContain('- Rollback (command): `./rollback.sh` rolled back to 111111111111; previous good sha `111111111111` from history\n- Confirmation: smoke passes again\n');
    expect(api.calls()).toEqual([]);
  }, 60_000);
});
