#!/usr/bin/env node
// Start-up of the committed bundle, as a user and a runner start it: median wall and CPU time over runs
// of `release-gate --help`, `release-gate migrations --help`, the root action with nothing to do (a
// manifest with no check sections, run with INPUT_* and the runner's files), and a migrations run and
// a secrets run on one small file each (the fixed cost every run pays), next to `node -e 0` measured in
// the same run. Each is timed cold, with an empty code cache (the first run of a job: the bundle's
// JavaScript is compiled, then its code written to the cache, src/code-cache.ts), and warm (every later
// step of a job, a pre-commit hook, a developer's next run); the two alternate run by run.
// Goal (issue 21): --help and an action with nothing to do under 200 ms.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchRoot, median, report } from './lib.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 21);
const cli = join(benchRoot, 'dist/cli/index.js');
const action = join(benchRoot, 'dist/action/index.js');
if (!existsSync(cli) || !existsSync(action)) throw new Error('dist/ is missing: npm run build');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const workspace = mkdtempSync(join(tmpdir(), 'rg-bench-startup-'));
mkdirSync(join(workspace, '.github'));
mkdirSync(join(workspace, 'db'));
mkdirSync(join(workspace, 'src'));
writeFileSync(join(workspace, '.github/release-gate.yml'), 'version: 1\n');
writeFileSync(join(workspace, '.github/one-file.yml'), 'version: 1\nmigrations:\n  paths: ["db/*.sql"]\nsecrets:\n  paths: ["src/**"]\n');
writeFileSync(join(workspace, 'db/0001_users.sql'), "SET lock_timeout = '2s';\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n");
writeFileSync(join(workspace, 'src/config.ts'), 'export const region = process.env.REGION ?? "eu-west-1";\nexport const retries = 3;\n');
const runnerFiles = () => {
  const dir = mkdtempSync(join(workspace, 'runner-'));
  for (const name of ['output', 'summary', 'env']) writeFileSync(join(dir, name), '');
  return {
    GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(dir, 'tmp'), GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'), GITHUB_ENV: join(dir, 'env'), GITHUB_REPOSITORY: 'acme/ops', GITHUB_EVENT_NAME: 'push',
    INPUT_MANIFEST: '.github/release-gate.yml', 'INPUT_FAIL-ON': 'error', INPUT_COMMENT: 'false',
  };
};

const CASES = [
  ['release-gate --help', [cli, '--help']],
  ['release-gate migrations --help', [cli, 'migrations', '--help']],
  ['action, nothing to do', [action], runnerFiles],
  ['migrations, one file', [cli, 'migrations', '--manifest', '.github/one-file.yml', '--format', 'json']],
  ['secrets, one file', [cli, 'secrets', '--manifest', '.github/one-file.yml', '--format', 'json']],
];

/** One run: wall time, and with GNU time the CPU time of all threads. */
function once(args, env) {
  const [cmd, argv] = gnuTime ? [gnuTime, ['-f', 'RG_CPU_S=%U+%S', process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', cwd: workspace, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const cpu = /RG_CPU_S=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined };
}

const show = (samples, bare) => {
  const ms = median(samples.map((s) => s.ms));
  const cpu = samples[0].cpuMs === undefined ? '' : `, CPU ${median(samples.map((s) => s.cpuMs)).toFixed(0)} ms`;
  return { ms, text: `${ms.toFixed(1)} ms (${(ms / bare).toFixed(2)}× node -e 0${cpu})` };
};

try {
  const bareSamples = [];
  const cold = CASES.map(() => []);
  const warm = CASES.map(() => []);
  const warmCache = join(workspace, 'cache-warm');
  // One run to fill the warm cache, then cold and warm alternate, case by case.
  for (const [, args, env] of CASES) once(args, { ...env?.(), RELEASE_GATE_CODE_CACHE: warmCache });
  for (let i = 0; i < runs; i++) {
    bareSamples.push(once(['-e', '0'], {}));
    CASES.forEach(([, args, env], c) => {
      const empty = join(workspace, `cache-cold-${i}-${c}`);
      cold[c].push(once(args, { ...env?.(), RELEASE_GATE_CODE_CACHE: empty }));
      rmSync(empty, { recursive: true, force: true });
      warm[c].push(once(args, { ...env?.(), RELEASE_GATE_CODE_CACHE: warmCache }));
    });
  }
  const bare = median(bareSamples.map((s) => s.ms));
  const rows = { 'node -e 0': show(bareSamples, bare).text };
  const met = [];
  CASES.forEach(([name], c) => {
    const coldRow = show(cold[c], bare);
    const warmRow = show(warm[c], bare);
    rows[`${name}, cold`] = coldRow.text;
    rows[`${name}, warm`] = warmRow.text;
    if (c < 3) met.push(`${name} ${coldRow.ms < 200 ? 'yes' : 'NO'} cold, ${warmRow.ms < 200 ? 'yes' : 'NO'} warm`);
  });
  rows.goal = '--help and the action with nothing to do under 200 ms';
  rows.met = met.join('; ');
  report('startup', rows);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
