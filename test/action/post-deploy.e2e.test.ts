import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGithubApi, type GithubApiStandIn } from '../support/github-api.js';
import { BAD_SHA, deploymentEvent, GOOD_SHA, historyLine, startTargetApp, workspace, type TargetApp, type Workspace } from '../operate/post-deploy-support.js';

// actions/post-deploy as the runner runs it: its main.js over the committed bundle, from a copy of the
// action outside the repository, inputs as INPUT_*, outputs and the summary through the runner's files.
const repo = resolve('.');
const TOKEN = 'ghs_actiontoken1234567890abcdef';
let actionDir: string;
let api: GithubApiStandIn;
let app: TargetApp;
let ws: Workspace;

beforeAll(async () => {
  actionDir = mkdtempSync(join(tmpdir(), 'rg-action-post-deploy-'));
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

/** GITHUB_OUTPUT as @actions/core writes it: name<<delimiter, value, delimiter. */
function outputs(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) found[match[1]!] = match[3]!;
  return found;
}

async function runAction(inputs: Record<string, string>) {
  const files = mkdtempSync(join(ws.dir, 'runner-'));
  writeFileSync(join(files, 'output'), '');
  writeFileSync(join(files, 'summary'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ws.dir,
    GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws.dir, RUNNER_TEMP: join(files, 'tmp'),
    GITHUB_OUTPUT: join(files, 'output'), GITHUB_STEP_SUMMARY: join(files, 'summary'),
    GITHUB_REPOSITORY: 'acme/portal', GITHUB_RUN_ID: '4242', GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: api.url,
    GITHUB_EVENT_NAME: 'deployment_status', GITHUB_EVENT_PATH: ws.write('event.json', deploymentEvent(app)),
    GITHUB_SHA: BAD_SHA, GITHUB_REF: 'refs/heads/main',
    INPUT_MANIFEST: 'release-gate.yml', 'INPUT_FAIL-ON': 'error', INPUT_TOKEN: TOKEN, INPUT_ROLLBACK: 'true',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const child = spawn(process.execPath, [join(actionDir, 'actions/post-deploy/main.js')], { cwd: ws.dir, env });
  let log = '';
  child.stdout.on('data', (c) => (log += c));
  child.stderr.on('data', (c) => (log += c));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  return { code, log, outputs: outputs(readFileSync(join(files, 'output'), 'utf8')), summary: readFileSync(join(files, 'summary'), 'utf8') };
}

describe('actions/post-deploy (the bundle, as the runner runs it)', () => {
  test('a failing deployment: failure status with the run link, the rollback script run and confirmed, outputs, summary and history', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') });
    api.route('POST /repos/acme/portal/deployments/42/statuses', { status: 201, body: { id: 1 } });
    const run = await runAction({});

    expect(run.code).toBe(1);
    expect(api.requests.map((r) => [r.method, r.path, r.headers.authorization, r.body])).toEqual([
      ['POST', '/repos/acme/portal/deployments/42/statuses', `Bearer ${TOKEN}`,
        { state: 'in_progress', description: 'release-gate: verifying smoke', log_url: 'https://github.com/acme/portal/actions/runs/4242', environment_url: app.url, environment: 'production' }],
      ['POST', '/repos/acme/portal/deployments/42/statuses', `Bearer ${TOKEN}`,
        { state: 'failure', description: 'release-gate: smoke failed (smoke-step-failed); rolled back to 1111111, confirmed', log_url: 'https://github.com/acme/portal/actions/runs/4242', environment_url: app.url, environment: 'production' }],
    ]);
    expect(app.rollbacks).toEqual([GOOD_SHA]);
    expect(ws.scriptSaw().RELEASE_GATE_PREVIOUS_SHA).toBe(GOOD_SHA);

    const reason = 'smoke failed: step "dashboard" (GET /): expect.status: expected 200, got 500; expect.body-contains: the body does not contain "Operations dashboard" (smoke-step-failed); rolled back to 1111111, confirmed: smoke passes';
    expect(run.outputs).toMatchObject({ status: 'fail', 'rolled-back': 'true', 'previous-sha': GOOD_SHA, reason });
    expect(run.summary).toContain(`### Post-deploy\n\n**Verdict:** ${reason}\n\n- Deployment 42 (production) at \`222222222222\`: posted in_progress, failure\n- Rollback (command): \`./rollback.sh\` rolled back to 111111111111; previous good sha \`111111111111\` from history\n- Confirmation: smoke passes again\n`);
    expect(run.log).toContain('::error::release-gate failed: smoke\n');
    expect(run.log).not.toContain(TOKEN);

    const history = readFileSync(join(ws.dir, 'history.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({ kind: 'post-deploy', environment: 'production', status: 'fail', commit: BAD_SHA, runUrl: 'https://github.com/acme/portal/actions/runs/4242' });
    expect(history[1].checks.map((c: { check: string; status: string }) => [c.check, c.status])).toEqual([['smoke', 'fail'], ['rollback', 'pass']]);
    expect(history[1].checks[1].facts).toEqual({ outcome: 'rolled-back', method: 'command', previousSha: GOOD_SHA, failedSha: BAD_SHA, confirmed: true, summary: 'rolled back to 1111111, confirmed: smoke passes' });
  }, 60_000);

  test('a passing deployment: success status, no rollback; rollback: false is honoured on failure', async () => {
    app = await startTargetApp(GOOD_SHA);
    ws = workspace(app);
    api.route('POST /repos/acme/portal/deployments/42/statuses', { status: 201, body: { id: 1 } });
    const passing = await runAction({});
    expect(passing.code).toBe(0);
    expect(api.requests.map((r) => (r.body as { state: string; description: string }).description)).toEqual(['release-gate: verifying smoke', 'release-gate: smoke passed']);
    expect(passing.outputs).toMatchObject({ status: 'pass', 'rolled-back': 'false', 'previous-sha': '', reason: 'smoke passed' });

    app.release = BAD_SHA;
    const held = await runAction({ rollback: 'false' });
    expect(held.code).toBe(1);
    expect(app.rollbacks).toEqual([]);
    expect(held.outputs).toMatchObject({ status: 'fail', 'rolled-back': 'false' });
    expect(held.summary).toContain('- Rollback: not run: rollback is turned off (--no-rollback, or the rollback input false)\n');
  }, 60_000);
});
