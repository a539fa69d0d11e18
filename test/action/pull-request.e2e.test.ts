import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The root action bundle on a pull request, run as the runner runs it (INPUT_*, GITHUB_EVENT_PATH,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE, GITHUB_ENV, RUNNER_TEMP), while the deployed app is
// down (smoke opts in to pull requests) and a deploy log on the base branch leaks a dozen tokens (logs
// are scanned whole): more errors than GitHub shows, and the pull request's own migration and secret
// errors must still be among the ten error annotations, with the failure message.

const repo = resolve('.');
const root = mkdtempSync(join(tmpdir(), 'rg-pr-'));
const actionDir = join(root, 'action');
const workspace = join(root, 'workspace');
// A syntactically live Stripe key, built at run time so no scanner flags this test file.
const STRIPE_KEY = ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');
const VARS = Array.from({ length: 12 }, (_, i) => `SERVICE_${String.fromCharCode(65 + i)}_URL`);
let closedPort = 0;

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: workspace, encoding: 'utf8' });
}

function write(path: string, content: string): void {
  mkdirSync(join(workspace, path, '..'), { recursive: true });
  writeFileSync(join(workspace, path), content);
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  githubEnv: string;
  output: string;
}

async function runRootAction(extraEnv: Record<string, string> = {}): Promise<Run> {
  const files = mkdtempSync(join(root, 'files-'));
  const paths = { output: 'output', summary: 'summary', state: 'state', env: 'env' };
  for (const name of Object.values(paths)) writeFileSync(join(files, name), '');
  const base = git('rev-parse', 'main').trim();
  const event = { action: 'opened', number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: git('rev-parse', 'HEAD').trim(), ref: 'feature' } } };
  writeFileSync(join(files, 'event.json'), JSON.stringify(event));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? root,
    GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(files, 'tmp'),
    GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(files, 'event.json'),
    GITHUB_OUTPUT: join(files, paths.output), GITHUB_STEP_SUMMARY: join(files, paths.summary),
    GITHUB_STATE: join(files, paths.state), GITHUB_ENV: join(files, paths.env),
    GITHUB_REPOSITORY: 'acme/ops', GITHUB_SHA: git('rev-parse', 'HEAD').trim(),
    // What the runner passes for inputs the workflow did not set: their defaults, or empty.
    INPUT_MANIFEST: '.github/release-gate.yml', INPUT_CHECKS: '', INPUT_ENVIRONMENT: '', INPUT_BASE: base,
    'INPUT_FAIL-ON': 'error', INPUT_TOKEN: '', INPUT_COMMENT: 'false', INPUT_REPORT: '',
    ...extraEnv,
  };
  const child = spawn(process.execPath, [join(actionDir, 'dist/action/index.js')], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  return { code, stdout, stderr, summary: readFileSync(join(files, paths.summary), 'utf8'), githubEnv: readFileSync(join(files, paths.env), 'utf8'), output: readFileSync(join(files, paths.output), 'utf8') };
}

/** A distinct 40-character token per log line, built at run time. */
function bearer(i: number): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 40 }, (_, j) => alphabet[(i * 7 + j * 13 + j * j) % alphabet.length]).join('');
}

const errorCommands = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

beforeAll(async () => {
  for (const path of ['action.yml', 'actions', 'dist', 'package.json']) cpSync(join(repo, path), join(actionDir, path), { recursive: true });
  // A port that was free a moment ago and is closed now: the "deployed app" that is down.
  closedPort = await new Promise<number>((res) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => res(port));
    });
  });
  mkdirSync(workspace, { recursive: true });
  git('init', '-q', '-b', 'main');
  write('.github/release-gate.yml', [
    'version: 1',
    'environments:',
    `  production: { url: "http://127.0.0.1:${closedPort}", env-file: deploy/production.env }`,
    'env:',
    '  declared-in: [.env.example]',
    '  vars:',
    ...VARS.map((name) => `    ${name}: { required-in: [production] }`),
    'migrations:',
    '  dialect: postgres',
    '  paths: ["db/migrations/*.sql"]',
    'secrets:',
    '  paths: ["src/**", "db/**"]',
    '  logs: ["logs/**/*.log"]',
    'smoke:',
    '  environment: production',
    '  on: [pull_request]',
    '  steps:',
    '    - name: home',
    '      request: GET /',
    '      expect: { status: 200 }',
    '',
  ].join('\n'));
  write('deploy/production.env', 'LOG_LEVEL=info\n');
  write('.env.example', VARS.map((name) => `${name}=`).join('\n') + '\n');
  write('db/migrations/001_tasks.sql', 'CREATE TABLE tasks (id bigint PRIMARY KEY, title text NOT NULL);\n');
  write('logs/deploy.log', Array.from({ length: 12 }, (_, i) => `2026-12-01T10:0${i % 10}:00Z INFO POST /api/login Authorization: Bearer ${bearer(i)}`).join('\n') + '\n');
  write('src/app.ts', `export const config = { ${VARS.map((name) => `${name}: process.env.${name}`).join(', ')} };\n`);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  write('db/migrations/002_tasks_title.sql', "SET lock_timeout = '2s';\nCREATE INDEX tasks_title_idx ON tasks (title);\n");
  write('src/billing.ts', `export const stripe = '${STRIPE_KEY}';\n`);
  git('add', '-A');
  git('commit', '-q', '-m', 'pull request: an index and a billing key');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the root action on a pull request while the deployed app is down', () => {
  let run: Run;
  beforeAll(async () => {
    run = await runRootAction();
  }, 60_000);

  test('fails the step with at most ten error annotations, the failure message among them', () => {
    expect(run.code).toBe(1);
    const errors = errorCommands(run.stdout);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors[errors.length - 1]).toMatch(/^::error::release-gate failed: /);
  });

  test('the log folds the run and each check into groups; text quoted from scanned files cannot issue commands', () => {
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('::group::'))).toEqual([
      '::group::release-gate: running every configured check',
      '::group::env: pass (0 findings)',
      '::group::migrations: fail (1 finding)',
      '::group::secrets: fail (13 findings)',
      '::group::smoke: fail (1 finding)',
    ]);
    // In each check's group, command processing is paused with a fresh token, and resumed before the group ends.
    for (const check of ['env', 'migrations', 'secrets', 'smoke']) {
      const at = lines.findIndex((l) => l.startsWith(`::group::${check}: `));
      const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(lines[at + 1]!)?.[1];
      expect(token).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines[at + 2]).toMatch(new RegExp(`^${check}  (pass|fail)  `));
      expect(lines[lines.indexOf(`::${token}::`, at) + 1]).toBe('::endgroup::');
    }
    expect(lines).toContain('  db/migrations/002_tasks_title.sql');
  });

  test("the pull request's own errors are annotated: the new migration and the new secret", () => {
    const errors = errorCommands(run.stdout);
    expect(errors.some((c) => c.includes('file=db/migrations/002_tasks_title.sql,line=2') && c.includes('index-not-concurrent'))).toBe(true);
    expect(errors.some((c) => c.includes('file=src/billing.ts,line=1') && c.includes('stripe-secret-key'))).toBe(true);
    // ::add-mask:: lines are how the runner learns a value to hide; they never reach the log.
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(STRIPE_KEY);
  });

  test('more errors exist than GitHub shows, and the summary says exactly how many were not annotated', () => {
    const reportPath = /^report<<\S+\n(.*)$/m.exec(run.output)![1]!;
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { checks: { findings: { severity: string; ruleId: string }[] }[] };
    expect(report.checks.flatMap((c) => c.findings).some((f) => f.ruleId === 'smoke-unreachable')).toBe(true);
    const totalErrors = report.checks.flatMap((c) => c.findings).filter((f) => f.severity === 'error').length;
    const annotatedFindings = errorCommands(run.stdout).length - 1; // the last is the failure message
    expect(totalErrors).toBeGreaterThan(10);
    expect(annotatedFindings).toBe(9);
    expect(run.summary).toContain(`GitHub shows at most 10 annotations of each level per step and 50 per job: ${totalErrors - annotatedFindings} errors`);
    expect(run.summary).toContain('every finding is listed below');
    expect(run.summary).not.toContain(STRIPE_KEY);
  });

  test('tells later steps of the job how many annotations it used', () => {
    expect(run.githubEnv).toMatch(/^RELEASE_GATE_JOB_ANNOTATIONS<<(\S+)\n(\d+)\n\1$/m);
    const used = Number(/^RELEASE_GATE_JOB_ANNOTATIONS<<\S+\n(\d+)\n/m.exec(run.githubEnv)![1]);
    expect(used).toBe(errorCommands(run.stdout).length + run.stdout.split('\n').filter((l) => /^::(warning|notice)/.test(l)).length);
  });

  test('a later step in the same job stays within the 50 left for the job', async () => {
    const later = await runRootAction({ RELEASE_GATE_JOB_ANNOTATIONS: '47' });
    const annotations = later.stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l));
    expect(annotations.length).toBeLessThanOrEqual(3);
    expect(annotations[annotations.length - 1]).toMatch(/^::error::release-gate failed: /);
    expect(later.summary).toContain('not annotated');
  }, 60_000);
});
