import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, type CliIO } from '../../src/cli/main.js';
import type { Report } from '../../src/types.js';
import { packageLock } from '../checks/dependencies/tester.js';
import { checksummedToken, seeded } from '../checks/secrets/synthesize.js';

const random = seeded(1414);
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const MANIFEST = `version: 1
environments:
  production:
    url: https://ops.example.invalid
env:
  declared-in: [.env.example]
  scan: ["src/**/*.ts"]
migrations:
  paths: ["db/migrations/*.sql"]
secrets:
  exclude: ["test/**"]
dependencies:
  advisories: off
  registry: false
smoke:
  environment: production
  steps:
    - name: home
      request: GET /
      expect: { status: 200 }
`;

/** A repository whose main branch carries two years of problems, and a pull-request branch off it. */
function repository() {
  const dir = mkdtempSync(join(tmpdir(), 'rg-pr-'));
  dirs.push(dir);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  git('init', '-q');
  write('.github/release-gate.yml', MANIFEST);
  write('.env.example', 'PORT=3000\n');
  write('db/migrations/001_users.sql', 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n');
  write('db/migrations/002_users_email.sql', 'CREATE INDEX users_email_idx ON users (email);\n');
  write('src/app.ts', 'export const port = process.env.PORT;\nexport const db = process.env.DATABASE_URL;\n');
  write('config/old.ts', `export const token = "${checksummedToken('ghp', random)}";\n`);
  write('package-lock.json', packageLock({ express: { version: '4.18.2' }, stirpe: { version: '1.0.0' } }));
  git('add', '-A');
  git('commit', '-q', '-m', 'two years of history');
  unlinkSync(join(dir, 'config/old.ts'));
  git('add', '-A');
  git('commit', '-q', '-m', 'remove the old client');
  git('checkout', '-q', '-b', 'pr');
  return { dir, git, write };
}

async function cli(argv: string[], cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd, isTTY: false };
  const code = await runCli(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

const brief = (report: Report) => report.checks.flatMap((c) => c.findings.map((f) => `${c.check} ${f.ruleId} ${f.file}:${f.line}`));

describe('a pull request on an existing repository (--base)', () => {
  test('reports exactly the one problem each static check gets from the pull request, and skips smoke', async () => {
    const { dir, git, write } = repository();
    write('db/migrations/003_users_email_lower.sql', 'CREATE INDEX users_email_lower_idx ON users (lower(email));\n');
    write('src/app.ts', '// settings\nexport const port = process.env.PORT;\nexport const cache = process.env.REDIS_URL;\nexport const db = process.env.DATABASE_URL;\n');
    write('src/client.ts', `export const token = "${checksummedToken('ghp', random)}";\n`);
    write('package-lock.json', packageLock({ express: { version: '4.18.2' }, stirpe: { version: '1.0.0' }, jsonwebtokens: { version: '9.0.0' } }));
    git('add', '-A');
    git('commit', '-q', '-m', 'the pull request');

    const whole = await cli(['--format', 'json'], dir);
    expect(brief(JSON.parse(whole.out) as Report)).toEqual(expect.arrayContaining([
      'migrations index-not-concurrent db/migrations/002_users_email.sql:1',
      'env env-undeclared-use src/app.ts:4',
      'dependencies dependency-typosquat package-lock.json:19',
    ]));

    const r = await cli(['--base', 'main', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Report;
    expect(brief(report)).toEqual([
      'env env-undeclared-use src/app.ts:3',
      'migrations index-not-concurrent db/migrations/003_users_email_lower.sql:1',
      'secrets github-pat src/client.ts:1',
      'dependencies dependency-typosquat package-lock.json:22',
    ]);
    expect(report.checks.find((c) => c.check === 'smoke')).toMatchObject({
      status: 'skipped', metrics: { reason: 'a pull request does not touch live environments unless `smoke.on` lists pull_request' },
    });
  });

  test('exit 0 when the pull request adds no problem, however many the base has', async () => {
    const { dir, git, write } = repository();
    write('db/migrations/003_users_name.sql', "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN name text;\n");
    write('src/app.ts', 'export const db = process.env.DATABASE_URL;\nexport const port = process.env.PORT;\n');
    write('package-lock.json', packageLock({ express: { version: '4.19.2' }, stirpe: { version: '1.0.0' } }));
    git('add', '-A');
    git('commit', '-q', '-m', 'the pull request');
    const r = await cli(['--base', 'main', '--format', 'json'], dir);
    expect(brief(JSON.parse(r.out) as Report)).toEqual([]);
    expect(r.code).toBe(0);
  });

  test('smoke runs on a pull request when its section asks (on: [pull_request])', async () => {
    const { dir, git, write } = repository();
    write('.github/release-gate.yml', MANIFEST.replace('smoke:\n', 'smoke:\n  on: [pull_request]\n'));
    git('commit', '-q', '-am', 'smoke on pull requests');
    const r = await cli(['smoke', '--base', 'main', '--format', 'json'], dir);
    const smoke = (JSON.parse(r.out) as Report).checks[0]!;
    expect(smoke.status).toBe('fail');
    expect(smoke.findings.map((f) => f.ruleId)).toEqual(['smoke-unreachable']);
  });

  test('a base that does not exist: exit 2, a did-you-mean and the fetch-depth hint', async () => {
    const { dir } = repository();
    const r = await cli(['--base', 'mian'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('release-gate: --base mian: no such branch, tag or commit in this clone; did you mean "main"? Fetch the history the comparison needs: actions/checkout with `fetch-depth: 0`, or `git fetch origin <branch>` before the run.\n');
  });

  test('a new branch (all-zero before) and a base equal to HEAD check the whole tree with a notice', async () => {
    const { dir } = repository();
    const zero = await cli(['migrations', '--base', '0'.repeat(40), '--format', 'json'], dir, { GITHUB_EVENT_NAME: 'push' });
    expect(zero.code).toBe(1);
    expect(brief(JSON.parse(zero.out) as Report)).toEqual(['migrations index-not-concurrent db/migrations/002_users_email.sql:1']);
    expect(zero.err).toBe('release-gate: the push created a new branch (its "before" commit is 0000000…), so there is no base to compare with: the whole tree is checked\n');
    const head = await cli(['migrations', '--base', 'HEAD', '--format', 'json'], dir);
    expect(head.err).toBe('release-gate: the base HEAD is HEAD itself, so nothing changed to compare: the whole tree is checked\n');
    expect(brief(JSON.parse(head.out) as Report)).toEqual(['migrations index-not-concurrent db/migrations/002_users_email.sql:1']);
  });
});
