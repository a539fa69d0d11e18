import { afterEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckDefinition } from '../../src/checks/check.js';
import { CHECKS } from '../../src/checks/index.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli, type CliIO } from '../../src/cli/main.js';
import { BAD_SHA, deploymentEvent, GOOD_SHA, historyLine, startTargetApp, workspace, type TargetApp, type Workspace } from './post-deploy-support.js';

// `release-gate watch` on its own is the post-deploy stage too: a watch that fails, or crashes, runs
// post-deploy's rollback (the same function), unless --no-rollback or rollback.when: manual.

const WATCH = 'watch:\n  duration: 300ms\n  interval: 100ms\n  min-probes: 2\n  paths: [/]\n';

let app: TargetApp;
let ws: Workspace;

afterEach(async () => {
  await app?.close();
  ws?.cleanup();
});

function io(cwd: string, env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: { PATH: process.env.PATH, GITHUB_SHA: BAD_SHA, ...env }, cwd, isTTY: false };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

function report(dir: string): { status: string; checks: { check: string; status: string; metrics: Record<string, unknown>; findings: { ruleId: string }[] }[] } {
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
}

describe('release-gate watch rolls back when the watch fails', () => {
  test('a release that breaks under live traffic: the rollback script runs, the app recovers and smoke confirms it; exit 1', async () => {
    app = await startTargetApp(GOOD_SHA);
    app.breakAfter(1);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), extra: WATCH });
    const run = io(ws.dir);
    expect(await runCli(['watch', '-m', 'release-gate.yml', '--format', 'json', '-o', 'report.json'], run.io, COMMANDS)).toBe(1);

    expect(ws.scriptSaw()).toMatchObject({ RELEASE_GATE_ENVIRONMENT: 'production', RELEASE_GATE_FAILED_SHA: BAD_SHA, RELEASE_GATE_PREVIOUS_SHA: GOOD_SHA });
    expect(ws.scriptSaw().RELEASE_GATE_REASON).toMatch(/^watch failed: error rate 50% \(1 of 2 probes\) in the window .* \(watch-error-rate\)$/);
    expect(app.rollbacks).toEqual([GOOD_SHA]);
    expect(app.release).toBe(GOOD_SHA);

    const written = report(ws.dir);
    expect(written.status).toBe('fail');
    expect(written.checks.map((c) => [c.check, c.status])).toEqual([['watch', 'fail'], ['rollback', 'pass']]);
    expect(written.checks[1]!.metrics).toMatchObject({
      outcome: 'rolled-back', method: 'command', previousSha: GOOD_SHA, previousFrom: 'history', failedSha: BAD_SHA, exitCode: 0,
      confirmed: true, confirmation: 'smoke passes again', summary: 'rolled back to 1111111, confirmed: smoke passes',
    });
    expect(run.err()).toMatch(/release-gate: post-deploy: watch failed: error rate 50% \(1 of 2 probes\) .* \(watch-error-rate\); rolled back to 1111111, confirmed: smoke passes\n/);
    expect(run.err()).toContain(`release-gate: rollback | rolling back production from ${BAD_SHA} to ${GOOD_SHA}\n`);
  });

  test('a watch that crashes rolls back the same way: the rollback never depends on what failed', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), extra: WATCH });
    const watch = CHECKS.find((c) => c.name === 'watch')!;
    const crashing: CheckDefinition = { ...watch, run: async () => { throw new Error('probe pool exhausted'); } };
    const run = io(ws.dir);
    const checks = CHECKS.map((c) => (c.name === 'watch' ? crashing : c));
    expect(await runCli(['watch', '-m', 'release-gate.yml', '--format', 'json', '-o', 'report.json'], run.io, COMMANDS, checks)).toBe(1);
    const written = report(ws.dir);
    expect(written.checks.map((c) => [c.check, c.status])).toEqual([['watch', 'error'], ['rollback', 'pass']]);
    expect(written.checks[0]!.findings.map((f) => f.ruleId)).toEqual(['check-crashed']);
    expect(ws.scriptSaw().RELEASE_GATE_REASON).toBe('watch did not finish: the watch check stopped: probe pool exhausted (check-crashed)');
    expect(app.release).toBe(GOOD_SHA);
  });

  test('--no-rollback reports the failure and leaves the deployment alone', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), extra: WATCH });
    const run = io(ws.dir);
    expect(await runCli(['watch', '-m', 'release-gate.yml', '--no-rollback', '--format', 'json', '-o', 'report.json'], run.io, COMMANDS)).toBe(1);
    expect(app.rollbacks).toEqual([]);
    expect(ws.scriptSaw()).toEqual({});
    expect(report(ws.dir).checks.map((c) => [c.check, c.status])).toEqual([['watch', 'fail']]);
    expect(run.err()).toContain('release-gate: notice: rollback: not run: rollback is turned off (--no-rollback, or the rollback input false)\n');
  });

  test('rollback.when: manual does not roll back, and says how to', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), rollback: 'rollback:\n  run: ./rollback.sh\n  when: manual\n', extra: WATCH });
    const run = io(ws.dir);
    expect(await runCli(['watch', '-m', 'release-gate.yml', '-o', 'report.txt'], run.io, COMMANDS)).toBe(1);
    expect(app.rollbacks).toEqual([]);
    expect(run.err()).toContain('release-gate: notice: rollback: not run: rollback.when is manual: run `release-gate rollback` to roll back\n');
    expect(run.err()).toMatch(/release-gate: post-deploy: watch failed: error rate 100% \(2 of 2 probes\) .* \(watch-error-rate\)\n/);
  });

  test('a watch that passes, or a failing run without the watch, does not roll back', async () => {
    app = await startTargetApp(GOOD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z'), extra: WATCH });
    const passing = io(ws.dir);
    expect(await runCli(['watch', '-m', 'release-gate.yml', '-o', 'report.txt'], passing.io, COMMANDS)).toBe(0);
    app.release = BAD_SHA;
    const smokeOnly = io(ws.dir);
    expect(await runCli(['smoke', '-m', 'release-gate.yml', '-o', 'report.txt'], smokeOnly.io, COMMANDS)).toBe(1);
    expect(app.rollbacks).toEqual([]);
    expect(passing.err() + smokeOnly.err()).not.toContain('rollback');
  });
});

describe('smoke or latency answering a deployment event is the post-deploy stage too', () => {
  const event = (state = 'success') => ({ GITHUB_EVENT_NAME: 'deployment_status', GITHUB_EVENT_PATH: ws.write('event.json', deploymentEvent(app, state)) });

  test('release-gate smoke on a deployment_status event rolls back to the last good sha, confirmed by smoke', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') });
    const run = io(ws.dir, event());
    expect(await runCli(['smoke', '-m', 'release-gate.yml', '--format', 'json', '-o', 'report.json'], run.io, COMMANDS)).toBe(1);
    expect(ws.scriptSaw()).toMatchObject({ RELEASE_GATE_ENVIRONMENT: 'production', RELEASE_GATE_FAILED_SHA: BAD_SHA, RELEASE_GATE_PREVIOUS_SHA: GOOD_SHA });
    expect(app.release).toBe(GOOD_SHA);
    expect(report(ws.dir).checks.map((c) => [c.check, c.status])).toEqual([['smoke', 'fail'], ['rollback', 'pass']]);
    expect(run.err()).toContain('release-gate: post-deploy: smoke failed: step "dashboard" (GET /): expect.status: expected 200, got 500; expect.body-contains: the body does not contain "Operations dashboard" (smoke-step-failed); rolled back to 1111111, confirmed: smoke passes\n');
    // Kept as the post-deploy run it is, its rollback with it, as the action keeps it.
    const kept = readFileSync(join(ws.dir, 'history.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(kept).toHaveLength(2);
    expect(kept[1]).toMatchObject({ kind: 'post-deploy', environment: 'production', status: 'fail', commit: BAD_SHA });
    expect(kept[1].checks.map((c: { check: string; status: string }) => [c.check, c.status])).toEqual([['smoke', 'fail'], ['rollback', 'pass']]);
  });

  test('--no-rollback holds it; an event for a deployment that is not live, or no event at all, never rolls back', async () => {
    app = await startTargetApp(BAD_SHA);
    ws = workspace(app, { history: historyLine(GOOD_SHA, '2026-12-06T10:00:00Z') });
    const held = io(ws.dir, event());
    expect(await runCli(['smoke', '-m', 'release-gate.yml', '--no-rollback', '-o', 'report.txt'], held.io, COMMANDS)).toBe(1);
    expect(held.err()).toContain('release-gate: notice: rollback: not run: rollback is turned off (--no-rollback, or the rollback input false)\n');
    const notLive = io(ws.dir, event('in_progress'));
    await runCli(['smoke', '-m', 'release-gate.yml', '-o', 'report.txt'], notLive.io, COMMANDS);
    const noEvent = io(ws.dir);
    expect(await runCli(['smoke', '-m', 'release-gate.yml', '-o', 'report.txt'], noEvent.io, COMMANDS)).toBe(1);
    expect(app.rollbacks).toEqual([]);
    expect(notLive.err() + noEvent.err()).not.toContain('rollback');
  });
});
