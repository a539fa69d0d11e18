#!/usr/bin/env node
// Start-up of the committed bundle, as a user and a runner start it: median wall time over runs of
// `release-gate --help`, `release-gate migrations --help`, and the root action with nothing to do (a
// manifest with no check sections, run with INPUT_* and the runner's files), next to `node -e 0`
// measured in the same run. Goal (issue 21): --help and an action with nothing to do under 200 ms.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchRoot, median, report } from './lib.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 21);
const cli = join(benchRoot, 'dist/cli/index.js');
const action = join(benchRoot, 'dist/action/index.js');
if (!existsSync(cli) || !existsSync(action)) throw new Error('dist/ is missing: npm run build');

const workspace = mkdtempSync(join(tmpdir(), 'rg-bench-startup-'));
mkdirSync(join(workspace, '.github'));
writeFileSync(join(workspace, '.github/release-gate.yml'), 'version: 1\n');
const runnerFiles = () => {
  const dir = mkdtempSync(join(workspace, 'runner-'));
  for (const name of ['output', 'summary', 'env']) writeFileSync(join(dir, name), '');
  return {
    GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(dir, 'tmp'), GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'), GITHUB_ENV: join(dir, 'env'), GITHUB_REPOSITORY: 'acme/ops', GITHUB_EVENT_NAME: 'push',
    INPUT_MANIFEST: '.github/release-gate.yml', 'INPUT_FAIL-ON': 'error', INPUT_COMMENT: 'false',
  };
};

function time(args, env = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore', cwd: workspace, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

try {
  // Interleaved rounds would be fairer on a busy machine; medians of back-to-back runs are what we keep.
  const bare = time(['-e', '0']);
  const help = time([cli, '--help']);
  const checkHelp = time([cli, 'migrations', '--help']);
  const idle = time([action], runnerFiles());
  const row = (ms) => `${ms.toFixed(1)} ms (${(ms / bare).toFixed(2)}× node -e 0, +${(ms - bare).toFixed(0)} ms)`;
  report('startup', {
    'node -e 0': `${bare.toFixed(1)} ms`,
    'release-gate --help': row(help),
    'release-gate migrations --help': row(checkHelp),
    'action, nothing to do': row(idle),
    'goal': 'under 200 ms each',
    'met': [['--help', help], ['migrations --help', checkHelp], ['action', idle]].map(([name, ms]) => `${name} ${ms < 200 ? 'yes' : 'NO'}`).join(', '),
  });
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
