import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The committed action bundle with `history.branch` set, run as the runner runs it, in a real clone
// of a bare "GitHub" remote: each run is pushed to the history branch and the summary gets the trends.
const repo = resolve('.');
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the action bundle with a history branch', () => {
  test('two runs land on the branch; the job summary shows the trend table and the dashboard link', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rg-action-history-'));
    const actionDir = join(root, 'action');
    for (const path of ['action.yml', 'actions', 'dist', 'package.json']) cpSync(join(repo, path), join(actionDir, path), { recursive: true });
    const remote = join(root, 'remote.git');
    git(root, 'init', '--quiet', '--bare', '-b', 'main', remote);
    const workspace = join(root, 'workspace');
    git(root, 'init', '--quiet', '-b', 'main', workspace);
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, '.github/release-gate.yml'), 'version: 1\nsecrets:\n  paths: ["src/**"]\nhistory:\n  branch: release-gate-history\n');
    mkdirSync(join(workspace, 'src'));
    writeFileSync(join(workspace, 'src/app.ts'), 'export const ok = true;\n');
    git(workspace, 'add', '.');
    git(workspace, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'app');
    git(workspace, 'remote', 'add', 'origin', remote);
    git(workspace, 'push', '--quiet', 'origin', 'main');

    const summaries: string[] = [];
    for (const runId of ['101', '102']) {
      const files = mkdtempSync(join(root, 'files-'));
      writeFileSync(join(files, 'output'), '');
      writeFileSync(join(files, 'summary'), '');
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? root,
        GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(files, 'tmp'),
        GITHUB_OUTPUT: join(files, 'output'), GITHUB_STEP_SUMMARY: join(files, 'summary'),
        GITHUB_REPOSITORY: 'acme/ops', GITHUB_EVENT_NAME: 'schedule', GITHUB_RUN_ID: runId, GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/heads/main',
        GITHUB_SERVER_URL: 'https://github.com',
        'INPUT_MANIFEST': '.github/release-gate.yml', 'INPUT_FAIL-ON': 'error',
      };
      const child = spawn(process.execPath, [join(actionDir, 'dist/action/index.js')], { cwd: workspace, env });
      let stdout = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stdout += c));
      const code = await new Promise<number | null>((r) => child.on('close', r));
      expect({ code, problems: stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)) }).toEqual({ code: 0, problems: [] });
      summaries.push(readFileSync(join(files, 'summary'), 'utf8'));
    }

    const history = git(remote, 'show', 'release-gate-history:history.ndjson').trim().split('\n').map((l) => JSON.parse(l));
    expect(history.map((r) => [r.kind, r.status, r.runUrl, r.checks.map((c: { check: string }) => c.check)])).toEqual([
      ['nightly', 'pass', 'https://github.com/acme/ops/actions/runs/101', ['secrets']],
      ['nightly', 'pass', 'https://github.com/acme/ops/actions/runs/102', ['secrets']],
    ]);
    expect(summaries[1]).toContain('## Trends\n\nDashboard: https://acme.github.io/ops/\n\n2 run(s) in the history.');
    // The workspace is as checkout left it: no new branch, nothing staged.
    expect(git(workspace, 'status', '--porcelain')).toBe('');
    expect(git(workspace, 'branch', '--list').trim()).toBe('* main');
  }, 60_000);
});
