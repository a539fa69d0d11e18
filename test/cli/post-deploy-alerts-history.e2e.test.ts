import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGithubApi, type GithubApiStandIn } from '../support/github-api.js';
import { BAD_SHA, deploymentEvent, GOOD_SHA, historyLine, startTargetApp, workspace, type TargetApp, type Workspace } from '../operate/post-deploy-support.js';

// `release-gate post-deploy` from the built CLI (dist/, copied out of the repository) does after the
// stage what actions/post-deploy does, by the same function: alerts on a change of state (a webhook
// and GitHub issues on local stand-ins) and the run added to the history. Neither ever changes the
// exit code, and neither stands in the rollback's way.

const REPO = '/repos/acme/portal';
const TOKEN = 'ghs_clitoken1234567890abcdefgh';
const HOOK_SECRET = 'T000/B000/hooksecret1234';
const RUN_URL = 'https://github.com/acme/portal/actions/runs/6060';
const ALERTS = `alerts:
  - webhook: "{{ env.ALERT_WEBHOOK }}"
    format: generic
    on: [failure, recovery]
  - github-issue: true
    labels: [release-gate]
    assignees: [ops-oncall]
`;

interface Hook { url: string; bodies: unknown[]; paths: string[]; status: number; close(): Promise<void> }

async function startWebhook(): Promise<Hook> {
  const hook = { bodies: [] as unknown[], paths: [] as string[], status: 200 };
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString('utf8')));
    req.on('end', () => {
      hook.paths.push(`${req.method} ${req.url}`);
      hook.bodies.push(JSON.parse(text));
      res.writeHead(hook.status).end(hook.status === 200 ? 'ok' : 'invalid_token');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/${HOOK_SECRET}`;
  return Object.assign(hook, { url, close: () => new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); }) });
}

let cliDir: string;
let api: GithubApiStandIn;
let hook: Hook;
let app: TargetApp;
let ws: Workspace;

beforeAll(async () => {
  cliDir = mkdtempSync(join(tmpdir(), 'rg-cli-post-deploy-'));
  for (const path of ['dist', 'package.json', 'schema']) cpSync(join(resolve('.'), path), join(cliDir, path), { recursive: true });
  api = await startGithubApi();
  hook = await startWebhook();
});
afterAll(async () => {
  await api.close();
  await hook.close();
  rmSync(cliDir, { recursive: true, force: true });
});
afterEach(async () => {
  await app.close();
  ws.cleanup();
  api.reset();
  hook.bodies.length = 0;
  hook.paths.length = 0;
  hook.status = 200;
});

async function postDeploy(args: string[]) {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ws.dir,
    GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/portal', GITHUB_RUN_ID: '6060', GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'deployment_status', GITHUB_EVENT_PATH: ws.write('event.json', deploymentEvent(app)), ALERT_WEBHOOK: hook.url,
  };
  const child = spawn(process.execPath, [join(cliDir, 'dist/cli/index.js'), 'post-deploy', '-m', 'release-gate.yml', ...args], { cwd: ws.dir, env });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  return { code, out, err };
}

function history(): Record<string, unknown>[] {
  return readFileSync(join(ws.dir, 'history.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The stand-in's issues: created, listed while open, commented on and closed as GitHub would. */
function issueRoutes(existing: { number: number; state: string; body: string; title: string }[] = []): void {
  const issues = [...existing];
  api.route(`POST ${REPO}/deployments/42/statuses`, { status: 201, body: { id: 1 } });
  api.route(`GET ${REPO}/issues`, () => ({ status: 200, body: issues.filter((i) => i.state === 'open') }));
  api.route(`POST ${REPO}/issues`, (r) => {
    const body = r.body as { title: string; body: string };
    issues.push({ number: 7, state: 'open', title: body.title, body: body.body });
    return { status: 201, body: { number: 7, state: 'open', title: body.title, body: body.body, html_url: 'https://github.com/acme/portal/issues/7' } };
  });
  api.route(`POST ${REPO}/issues/7/comments`, { status: 201, body: { id: 70 } });
  api.route(`PATCH ${REPO}/issues/7`, (r) => {
    for (const issue of issues) if (issue.number === 7) issue.state = (r.body as { state: string }).state;
    return { status: 200, body: { number: 7, state: (r.body as { state: string }).state } };
  });
}

// The finding as the alert quotes it; only the response time varies.
const SMOKE_EVIDENCE = /^smoke-step-failed \(release-gate\.yml:9\): step "dashboard" \(GET \/\): expect\.status: expected 200, got 500; expect\.body-contains: the body does not contain "Operations dashboard"\. Got 500 in \d+ ms\. Body: Internal Server Error: relation "tasks" does not exist$/;

describe('release-gate post-deploy: alerts and history, as the action', () => {
  test('a failing deployment alerts once and a repeat says nothing; every run is in the history as a post-deploy run', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), extra: ALERTS });
    issueRoutes();

    const first = await postDeploy(['--no-rollback', '-o', 'report.txt']);
    expect(first.code).toBe(1);
    expect(api.calls()).toEqual([
      `POST ${REPO}/deployments/42/statuses`, `POST ${REPO}/deployments/42/statuses`, `GET ${REPO}/issues`, `POST ${REPO}/issues`,
    ]);
    expect(api.requests[2]!.query).toEqual({ state: 'open', labels: 'release-gate', per_page: '100', page: '1' });
    expect(api.requests[3]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(api.requests[3]!.body).toEqual({
      title: 'release-gate: the smoke check failed on production',
      body: expect.stringMatching(/^<!-- release-gate:alert check\/production\/smoke -->\nFailing: the smoke check failed on production\nSince: /),
      labels: ['release-gate'], assignees: ['ops-oncall'],
    });
    expect(hook.paths).toEqual([`POST /services/${HOOK_SECRET}`]);
    expect(hook.bodies).toEqual([{
      event: 'failure', key: 'check/production/smoke', environment: 'production', subject: 'the smoke check', title: 'the smoke check failed on production',
      since: expect.any(String), time: expect.any(String), evidence: [expect.stringMatching(SMOKE_EVIDENCE)], runUrl: RUN_URL, source: 'release-gate',
    }]);
    expect(first.err).toContain('release-gate: alerts: failure sent to webhook 1 (generic): the smoke check failed on production\n');
    expect(first.err).toContain('release-gate: history: the run was added to history.ndjson (2 runs)\n');
    expect(first.err).not.toContain(HOOK_SECRET);
    expect(first.err).not.toContain(TOKEN);

    const [, failed] = history();
    expect(failed).toMatchObject({ v: 1, kind: 'post-deploy', environment: 'production', status: 'fail', commit: BAD_SHA, runUrl: RUN_URL });
    expect((failed!.checks as { check: string; status: string }[]).map((c) => [c.check, c.status])).toEqual([['smoke', 'fail']]);
    expect(failed!.alerts).toEqual({
      sinks: ['webhook 1 (generic)', 'github-issue'],
      deliveries: [
        { sink: 'webhook 1 (generic)', kind: 'failure', key: 'check/production/smoke', ok: true, attempts: 1, status: 200 },
        { sink: 'github-issue', kind: 'failure', key: 'check/production/smoke', ok: true, attempts: 1, issue: 7, action: 'opened' },
      ],
    });

    // The same failure again: no message and no issue call, the run still recorded.
    api.reset();
    issueRoutes();
    const repeat = await postDeploy(['--no-rollback', '-o', 'report.txt']);
    expect(repeat.code).toBe(1);
    expect(hook.bodies).toHaveLength(1);
    expect(api.calls()).toEqual([`POST ${REPO}/deployments/42/statuses`, `POST ${REPO}/deployments/42/statuses`]);
    expect(history()).toHaveLength(3);
    expect(history()[2]!.alerts).toEqual({ sinks: ['webhook 1 (generic)', 'github-issue'], deliveries: [] });
  }, 60_000);

  test('the recovery: one recovery message, the issue commented on and closed, a passing post-deploy run the next rollback can use', async () => {
    app = await startTargetApp(GOOD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') + historyLine(BAD_SHA, '2026-12-06T11:00:00Z', 'fail'), extra: ALERTS });
    // The issue the failure opened, as GitHub keeps it.
    issueRoutes([{ number: 7, state: 'open', title: 'release-gate: the smoke check failed on production', body: '<!-- release-gate:alert check/production/smoke -->\nFailing: …' }]);

    const run = await postDeploy(['-o', 'report.txt']);
    expect(run.code).toBe(0);
    expect(api.calls()).toEqual([
      `POST ${REPO}/deployments/42/statuses`, `POST ${REPO}/deployments/42/statuses`, `GET ${REPO}/issues`, `POST ${REPO}/issues/7/comments`, `PATCH ${REPO}/issues/7`,
    ]);
    expect(api.requests[3]!.body).toEqual({ body: `Recovered: the smoke check passes again on production\nWas failing since: 2026-12-06 11:00 UTC\n- failing since 2026-12-06 11:00 UTC\nRun: ${RUN_URL}` });
    expect(api.requests[4]!.body).toEqual({ state: 'closed', state_reason: 'completed' });
    expect(hook.bodies).toEqual([{
      event: 'recovery', key: 'check/production/smoke', environment: 'production', subject: 'the smoke check', title: 'the smoke check passes again on production',
      since: '2026-12-06T11:00:00Z', time: expect.any(String), evidence: ['failing since 2026-12-06 11:00 UTC'], runUrl: RUN_URL, source: 'release-gate',
    }]);
    const last = history().at(-1)!;
    expect(last).toMatchObject({ kind: 'post-deploy', status: 'pass', commit: BAD_SHA });
    expect((last.alerts as { deliveries: { action?: string; kind: string }[] }).deliveries.map((d) => [d.kind, d.action])).toEqual([['recovery', undefined], ['recovery', 'closed']]);
  }, 60_000);

  test('a webhook and a GitHub API that refuse everything change nothing: the rollback runs, the exit code is the checks\', the history keeps the failed deliveries', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), extra: ALERTS });
    hook.status = 403;
    const refused = { status: 403, body: { message: 'Resource not accessible by integration' } };
    for (const key of [`POST ${REPO}/deployments/42/statuses`, `GET ${REPO}/issues`, `POST ${REPO}/issues`]) api.route(key, refused);

    const run = await postDeploy(['--format', 'json', '-o', 'report.json']);
    expect(run.code).toBe(1);
    expect(app.rollbacks).toEqual([GOOD_SHA]);
    expect(app.release).toBe(GOOD_SHA);
    const report = JSON.parse(readFileSync(join(ws.dir, 'report.json'), 'utf8'));
    expect(report.checks.map((c: { check: string; status: string }) => [c.check, c.status])).toEqual([['smoke', 'fail'], ['rollback', 'pass']]);
    expect(run.err).toContain('release-gate: warning: alerts: the failure alert "the smoke check failed on production" could not be delivered to webhook 1 (generic) after 1 attempt(s): answered 403: invalid_token; the checks\' result stands\n');
    expect(run.err).toContain('release-gate: warning: alerts: the failure alert "the smoke check failed on production" could not be delivered to github-issue after 1 attempt(s): ');
    expect(run.err).not.toContain(HOOK_SECRET);

    const last = history().at(-1)!;
    expect(last).toMatchObject({ kind: 'post-deploy', status: 'fail', commit: BAD_SHA });
    expect((last.checks as { check: string; status: string }[]).map((c) => [c.check, c.status])).toEqual([['smoke', 'fail'], ['rollback', 'pass']]);
    expect((last.alerts as { deliveries: { sink: string; ok: boolean; status?: number }[] }).deliveries.map((d) => [d.sink, d.ok, d.status])).toEqual([
      ['webhook 1 (generic)', false, 403], ['github-issue', false, 403],
    ]);
  }, 60_000);

  test('a history that cannot be read is reported and left as it is; the rollback still runs and the exit code stands', async () => {
    app = await startTargetApp(BAD_SHA);
    const unreadable = '{"v": 99, "time": "2026-12-06T10:00:00Z"}\n';
    ws = workspace(app, { history: unreadable, extra: ALERTS.split('  - github-issue')[0] });
    api.route(`POST ${REPO}/deployments/42/statuses`, { status: 201, body: { id: 1 } });
    api.route(`GET ${REPO}/deployments`, { status: 200, body: [] });

    const run = await postDeploy(['-o', 'report.txt']);
    expect(run.code).toBe(1);
    expect(ws.scriptSaw()).toMatchObject({ RELEASE_GATE_FAILED_SHA: BAD_SHA, RELEASE_GATE_PREVIOUS_SHA: '' });
    expect(run.err).toContain('release-gate: error: history: history.ndjson:1: written by a newer release-gate (record version 99; this one reads 1): upgrade release-gate\n');
    // No earlier good sha is known, so the script cannot bring the app back: the rollback failed, which alerts too.
    expect(hook.bodies.map((b) => (b as { key: string }).key)).toEqual(['check/production/smoke', 'check/production/rollback']);
    expect(hook.bodies[1]).toMatchObject({
      title: 'the rollback check failed on production',
      evidence: [expect.stringMatching(/^rollback-failed \(release-gate\.yml:15\): on production: rolled back, not confirmed: smoke still fails: step "dashboard" \(GET \/\)/)],
    });
    expect(readFileSync(join(ws.dir, 'history.ndjson'), 'utf8')).toBe(unreadable);
  }, 60_000);
});
