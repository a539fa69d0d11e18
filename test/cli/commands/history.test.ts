import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyCommand } from '../../../src/cli/commands/history.js';
import { COMMANDS } from '../../../src/cli/commands/index.js';
import { runCli, type CliIO } from '../../../src/cli/main.js';
import { renderJson } from '../../../src/reporters/json.js';
import { sampleReport } from '../../operate/sample-history.js';

function workspace(manifest?: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'rg-history-cli-'));
  if (manifest !== undefined) {
    mkdirSync(join(cwd, '.github'));
    writeFileSync(join(cwd, '.github/release-gate.yml'), manifest);
  }
  return cwd;
}

function io(cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd, isTTY: false };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

const NOW = () => new Date('2026-12-06T12:00:00Z');

describe('release-gate history', () => {
  test('add takes kind, commit and run link from the GitHub variables; show lists the runs and trends', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'nightly.json'), renderJson(sampleReport({ p95: { 'task list': 130 } })));
    writeFileSync(join(cwd, 'deploy.json'), renderJson(sampleReport({ p95: { 'task list': 150 } })));
    const github = { GITHUB_EVENT_NAME: 'schedule', GITHUB_SHA: 'f00d', GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '9', GITHUB_SERVER_URL: 'https://github.com' };
    const added = io(cwd, github);
    expect(await historyCommand.run(['add', 'nightly.json', '--time', '2026-12-05T03:17:00Z'], added.io, NOW)).toBe(0);
    expect(added.out()).toBe('history: added 1 run(s) to .release-gate/history.ndjson; it holds 1\n');
    const deploy = io(cwd, github);
    expect(await historyCommand.run(['add', 'deploy.json', '--kind', 'post-deploy', '--environment', 'staging', '--run-url', 'https://ci.example/1'], deploy.io, NOW)).toBe(0);

    const lines = readFileSync(join(cwd, '.release-gate/history.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((r) => [r.time, r.kind, r.environment, r.commit, r.runUrl])).toEqual([
      ['2026-12-05T03:17:00.000Z', 'nightly', 'production', 'f00d', 'https://github.com/acme/app/actions/runs/9'],
      ['2026-12-06T12:00:00.000Z', 'post-deploy', 'staging', 'f00d', 'https://ci.example/1'],
    ]);

    const shown = io(cwd);
    expect(await historyCommand.run(['show', '--since', '1d'], shown.io, NOW)).toBe(0);
    expect(shown.out()).toContain('History: .release-gate/history.ndjson, 1 run(s) in the last 1d\n');
    expect(shown.out()).toContain('2026-12-06 12:00  post-deploy  staging      pass    smoke:pass latency:pass domain:pass  task list 150 ms\n');
    expect(shown.out()).toContain('| p95 task list (staging, post-deploy) | 150 ms | — | · too few runs to judge |');

    const json = io(cwd);
    expect(await historyCommand.run(['show', '--format', 'json'], json.io, NOW)).toBe(0);
    expect(JSON.parse(json.out()).records).toHaveLength(2);
  });

  test('the manifest\'s history.file and keep are used', async () => {
    const cwd = workspace('version: 1\nhistory:\n  file: ops/runs.ndjson\n  keep: 1\n');
    writeFileSync(join(cwd, 'r.json'), renderJson(sampleReport()));
    for (const time of ['2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z']) {
      expect(await historyCommand.run(['add', 'r.json', '--kind', 'nightly', '--time', time], io(cwd).io, NOW)).toBe(0);
    }
    const kept = readFileSync(join(cwd, 'ops/runs.ndjson'), 'utf8').trim().split('\n');
    expect(kept.map((l) => JSON.parse(l).time)).toEqual(['2026-12-02T00:00:00.000Z']);
  });

  test('a corrupt history is an error naming the line, and is left alone', async () => {
    const cwd = workspace();
    mkdirSync(join(cwd, '.release-gate'));
    writeFileSync(join(cwd, '.release-gate/history.ndjson'), '{"v":1}\n');
    writeFileSync(join(cwd, 'r.json'), renderJson(sampleReport()));
    const run = io(cwd);
    expect(await historyCommand.run(['add', 'r.json'], run.io, NOW)).toBe(2);
    expect(run.err()).toBe('release-gate history: .release-gate/history.ndjson:1: "time" is not an ISO date\n');
    expect(readFileSync(join(cwd, '.release-gate/history.ndjson'), 'utf8')).toBe('{"v":1}\n');
  });

  test.each([
    [['add'], 'release-gate history: history add needs at least one report file'],
    [['add', 'missing.json'], 'release-gate history: missing.json: cannot be read (ENOENT)'],
    [['add', 'bad.json'], 'release-gate history: bad.json: not a release-gate JSON report (no schemaVersion)'],
    [['add', 'r.json', '--kind', 'weekly'], 'release-gate history: --kind must be one of pull-request, post-deploy, nightly, manual, got "weekly"'],
    [['show', '--since', 'yesterday'], 'release-gate history: --since must be a number of days, hours or weeks such as 30d, 12h or 2w, got "yesterday"'],
    [['prune'], 'release-gate history: unknown history command "prune" (add or show)'],
  ])('history %j is a usage error', async (argv, message) => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'bad.json'), '{"checks": []}');
    writeFileSync(join(cwd, 'r.json'), renderJson(sampleReport()));
    const run = io(cwd);
    expect(await historyCommand.run(argv, run.io, NOW)).toBe(2);
    expect(run.err().split('\n')[0]).toBe(message);
  });

  test('an invalid manifest is reported by file, line and column', async () => {
    const cwd = workspace('version: 1\nhistory:\n  keep: many\n');
    const run = io(cwd);
    expect(await historyCommand.run(['show'], run.io, NOW)).toBe(2);
    expect(run.err()).toMatch(/^\.github\/release-gate\.yml:3:9: /);
  });

  test('the CLI dispatches to it', async () => {
    const run = io(workspace());
    expect(await runCli(['history', '--help'], run.io, { history: COMMANDS.history! })).toBe(0);
    expect(run.out()).toMatch(/^Usage: release-gate history add <report\.json>\.\.\./);
  });
});
