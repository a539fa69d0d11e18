import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../../src/cli/commands/index.js';
import { runCli, type CliIO } from '../../../src/cli/main.js';
import { startGithubApi, type GithubApiStandIn } from '../../support/github-api.js';
import { BAD_SHA, deploymentEvent, GOOD_SHA, historyLine, startTargetApp, workspace, type TargetApp, type Workspace } from '../../operate/post-deploy-support.js';

let api: GithubApiStandIn;
let app: TargetApp;
let ws: Workspace;

beforeAll(async () => {
  api = await startGithubApi();
});
afterAll(async () => {
  await api.close();
});
afterEach(async () => {
  await app?.close();
  ws?.cleanup();
  api.reset();
});

function io(cwd: string, env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: { PATH: process.env.PATH, ...env }, cwd, isTTY: false };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('release-gate rollback (by hand)', () => {
  test('runs the rollback whatever rollback.when says, to the last passing sha, and confirms with smoke', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), rollback: 'rollback:\n  run: ./rollback.sh\n  when: manual\n' });
    const run = io(ws.dir, { GITHUB_SHA: BAD_SHA });
    expect(await runCli(['rollback', '--manifest', 'release-gate.yml', '--reason', 'p95 doubled after the deploy'], run.io, COMMANDS)).toBe(0);
    expect(run.out()).toBe('rolled back to 1111111, confirmed: smoke passes\n');
    expect(ws.scriptSaw()).toEqual({
      RELEASE_GATE_ENVIRONMENT: 'production', RELEASE_GATE_FAILED_SHA: BAD_SHA, RELEASE_GATE_PREVIOUS_SHA: GOOD_SHA, RELEASE_GATE_REASON: 'p95 doubled after the deploy',
    });
    expect(app.rollbacks).toEqual([GOOD_SHA]);
    expect(run.err()).toContain(`release-gate: rollback | rolling back production from ${BAD_SHA} to ${GOOD_SHA}\n`);
    // Recorded like an automatic rollback (the go-live checklist reads it), as a manual run: never a passing post-deploy run of the failed sha.
    expect(run.err()).toContain('release-gate: history: the run was added to history.ndjson (2 runs)\n');
    const last = JSON.parse(readFileSync(join(ws.dir, 'history.ndjson'), 'utf8').trim().split('\n')[1]!);
    expect(last).toMatchObject({ v: 1, kind: 'manual', environment: 'production', status: 'pass', commit: BAD_SHA });
    expect(last.checks).toEqual([{
      check: 'rollback', status: 'pass', durationMs: expect.any(Number), findingsByRule: {}, findings: [],
      facts: { outcome: 'rolled-back', method: 'command', previousSha: GOOD_SHA, failedSha: BAD_SHA, confirmed: true, summary: 'rolled back to 1111111, confirmed: smoke passes' },
    }]);
  });

  test('--to names the sha; a failing script exits 1', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { scriptExit: 4 });
    const run = io(ws.dir, {});
    expect(await runCli(['rollback', '-m', 'release-gate.yml', '--to', 'abcdef1'], run.io, COMMANDS)).toBe(1);
    expect(run.out()).toBe('rollback failed: `./rollback.sh` exited 4; last output: platform refused the rollback\n');
    expect(ws.scriptSaw().RELEASE_GATE_PREVIOUS_SHA).toBe('abcdef1');
    const record = JSON.parse(readFileSync(join(ws.dir, 'history.ndjson'), 'utf8'));
    expect(record).toMatchObject({ kind: 'manual', status: 'fail', checks: [{ check: 'rollback', status: 'fail', findingsByRule: { 'rollback-failed': 1 } }] });
    expect(record.checks[0].findings[0].message).toBe('on production: rollback failed: `./rollback.sh` exited 4; last output: platform refused the rollback');
  });

  test('a manifest without rollback, or a bad flag, is a usage error', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { rollback: '' });
    const run = io(ws.dir, {});
    expect(await runCli(['rollback', '-m', 'release-gate.yml'], run.io, COMMANDS)).toBe(2);
    expect(run.err()).toBe('release-gate rollback: release-gate.yml has no rollback section (rollback: { run: COMMAND } or { workflow: FILE })\nRun release-gate rollback --help for usage.\n');
    const bad = io(ws.dir, {});
    expect(await runCli(['rollback', '--to', 'main; rm -rf /'], bad.io, COMMANDS)).toBe(2);
    expect(bad.err()).toBe('release-gate rollback: --to must be a commit sha, got "main; rm -rf /"\nRun release-gate rollback --help for usage.\n');
  });

  test('a manifest with both run and workflow is refused at load, naming the line', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { rollback: 'rollback:\n  run: ./rollback.sh\n  workflow: rollback.yml\n' });
    const run = io(ws.dir, {});
    expect(await runCli(['rollback', '-m', 'release-gate.yml'], run.io, COMMANDS)).toBe(2);
    expect(run.err()).toBe('release-gate.yml:15:3: rollback must be either run: COMMAND or workflow: FILE (one of the two), got a map\n');
  });
});

describe('release-gate post-deploy', () => {
  test('a failing deployment: statuses posted with the token from GITHUB_TOKEN, rolled back, exit 1', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') });
    api.route('POST /repos/acme/portal/deployments/42/statuses', { status: 201, body: { id: 1 } });
    const run = io(ws.dir, {
      GITHUB_TOKEN: 'ghs_clitoken000000000000', GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/portal', GITHUB_RUN_ID: '77',
      GITHUB_EVENT_NAME: 'deployment_status', GITHUB_EVENT_PATH: ws.write('event.json', deploymentEvent(app)),
    });
    expect(await runCli(['post-deploy', '-m', 'release-gate.yml', '--format', 'json', '-o', 'report.json'], run.io, COMMANDS)).toBe(1);
    expect(api.requests.map((r) => [r.headers.authorization, (r.body as { state: string }).state, (r.body as { log_url: string }).log_url])).toEqual([
      ['Bearer ghs_clitoken000000000000', 'in_progress', 'https://github.com/acme/portal/actions/runs/77'],
      ['Bearer ghs_clitoken000000000000', 'failure', 'https://github.com/acme/portal/actions/runs/77'],
    ]);
    expect(run.err()).toContain('release-gate: deployment 42: posted in_progress, failure\n');
    expect(run.err()).toContain('release-gate: post-deploy: smoke failed: step "dashboard" (GET /): expect.status: expected 200, got 500; expect.body-contains: the body does not contain "Operations dashboard" (smoke-step-failed); rolled back to 1111111, confirmed: smoke passes\n');
    expect(run.err()).not.toContain('ghs_clitoken');
    expect(app.release).toBe(GOOD_SHA);
  });

  test('--no-rollback, a passing run exits 0; a manifest with neither smoke nor latency is a usage error', async () => {
    app = await startTargetApp(GOOD_SHA);
    ws = workspace(app);
    const ok = io(ws.dir, {});
    expect(await runCli(['post-deploy', '-m', 'release-gate.yml', '--no-rollback', '-o', 'out.txt'], ok.io, COMMANDS)).toBe(0);
    expect(ok.err()).toContain('release-gate: post-deploy: smoke passed\n');
    const empty = workspace(app, { rollback: '' });
    empty.write('release-gate.yml', 'version: 1\n');
    const none = io(empty.dir, {});
    expect(await runCli(['post-deploy', '-m', 'release-gate.yml'], none.io, COMMANDS)).toBe(2);
    expect(none.err()).toBe('release-gate post-deploy: release-gate.yml has neither smoke nor latency: the post-deploy stage has nothing to verify\nRun release-gate post-deploy --help for usage.\n');
    empty.cleanup();
    const badTimeout = io(ws.dir, {});
    expect(await runCli(['post-deploy', '--timeout', 'soon'], badTimeout.io, COMMANDS)).toBe(2);
  });
});
