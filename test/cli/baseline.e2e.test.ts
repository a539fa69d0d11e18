import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli, type CliIO } from '../../src/cli/main.js';
import type { Report } from '../../src/types.js';
import { checksummedToken, seeded } from '../checks/secrets/synthesize.js';

const random = seeded(1415);
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const MANIFEST = 'version: 1\nenv:\n  declared-in: [.env.example]\n  scan: ["src/**/*.ts"]\nmigrations:\n  paths: ["db/*.sql"]\nsecrets:\n  paths: ["src/**"]\n';

function workspace(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'rg-baseline-'));
  dirs.push(dir);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  for (const [path, text] of Object.entries({ '.github/release-gate.yml': MANIFEST, '.env.example': 'PORT=1\n', 'src/port.ts': 'export const port = process.env.PORT;\n', ...files })) write(path, text);
  return { dir, write, read: (path: string) => readFileSync(join(dir, path), 'utf8') };
}

async function cli(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, cwd, isTTY: false };
  const code = await runCli(argv, io, COMMANDS);
  return { code, out: out.join(''), err: err.join('') };
}

const brief = (out: string) => (JSON.parse(out) as Report).checks.flatMap((c) => c.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`));

describe('baselines for every check', () => {
  const token = checksummedToken('ghp', random);
  const files = {
    'db/001.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);\n',
    'db/002.sql': 'CREATE INDEX users_id_email_idx ON users (id, email);\n',
    'src/app.ts': 'export const db = process.env.DATABASE_URL;\n',
    'src/client.ts': `export const token = "${token}";\n`,
  };

  test('write records today\'s findings, keyed; later runs hide them with a count, also after lines move', async () => {
    const { dir, write, read } = workspace(files);
    const written = await cli(['baseline', 'write'], dir);
    expect(written).toMatchObject({ code: 0, err: '' });
    expect(written.out).toBe('release-gate baseline: recorded 3 findings in .github/release-gate-baseline.json; later runs hide them. Review it before committing: every entry is a problem someone accepted\n');
    const file = JSON.parse(read('.github/release-gate-baseline.json'));
    expect(file).toMatchObject({ tool: 'release-gate', kind: 'findings-baseline', version: 1 });
    expect(file.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(file.entries.map((e: { ruleId: string; file: string }) => `${e.ruleId} ${e.file}`)).toEqual([
      'index-not-concurrent db/002.sql', 'env-undeclared-use src/app.ts', 'github-pat src/client.ts',
    ]);
    expect(read('.github/release-gate-baseline.json')).not.toContain(token.slice(4, 20));

    const quiet = await cli([], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.out).toContain('3 known findings hidden by the baseline\n');

    write('src/app.ts', '// moved down\n\nexport const db = process.env.DATABASE_URL;\nexport const cache = process.env.REDIS_URL;\n');
    const moved = await cli(['--format', 'json'], dir);
    expect(brief(moved.out)).toEqual(['env-undeclared-use src/app.ts:4']);
    expect(moved.code).toBe(1);
  });

  test('prune drops entries that no longer match and keeps the salt; --baseline points at another file', async () => {
    const { dir, write, read } = workspace(files);
    await cli(['baseline', 'write', 'known.json'], dir);
    const salt = JSON.parse(read('known.json')).salt;
    write('db/002.sql', 'CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email);\n');
    const pruned = await cli(['baseline', 'prune', 'known.json'], dir);
    expect(pruned.out).toBe('release-gate baseline: pruned 1 entry no longer matching a finding; 2 kept in known.json\n');
    expect(JSON.parse(read('known.json')).salt).toBe(salt);
    expect((await cli([], dir)).code).toBe(1);
    const pointed = await cli(['--baseline', 'known.json'], dir);
    expect(pointed.code).toBe(0);
    expect(pointed.out).toContain('2 known findings hidden by the baseline');
  });

  test('a baseline the manifest names but that does not exist is exit 2', async () => {
    const { dir } = workspace({ ...files, '.github/release-gate.yml': `${MANIFEST}baseline: gone.json\n` });
    const r = await cli([], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('release-gate: the baseline gone.json (the manifest\'s `baseline:`) does not exist; write it with `release-gate baseline write gone.json`\n');
  });
});

describe('suppressions with reasons and expiry', () => {
  test('inline: a reason hides; no reason hides with a warning; an expired one reports again, saying so', async () => {
    const { dir } = workspace({
      'src/a.ts': '// release-gate-ignore env-undeclared-use: set by the payments sidecar (until 2999-01-01)\nexport const a = process.env.PAYMENTS_URL;\n',
      'src/b.ts': 'export const b = process.env.LEGACY_MODE; // release-gate-ignore env-undeclared-use\n',
      'src/c.ts': '// release-gate-ignore env-undeclared-use: removed next sprint (until 2020-01-01)\nexport const c = process.env.OLD_FLAG;\n',
    });
    const r = await cli(['env', '--format', 'json'], dir);
    const env = (JSON.parse(r.out) as Report).checks[0]!;
    expect(env.findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.line}`)).toEqual([
      'env-undeclared-use error src/c.ts:2',
      'suppression-without-reason warning src/b.ts:1',
    ]);
    expect(env.findings[0]!.message).toBe('OLD_FLAG is used here but declared nowhere (not in .env.example or env.vars) (the ignore at src/c.ts:1 expired on 2020-01-01; its reason was: removed next sprint)');
    expect(env.metrics.suppressions).toEqual([
      { rules: ['env-undeclared-use'], reason: 'set by the payments sidecar', until: '2999-01-01', file: 'src/a.ts', line: 1, hidden: 1 },
      { rules: ['env-undeclared-use'], reason: null, until: null, file: 'src/b.ts', line: 1, hidden: 1 },
    ]);
  });

  test('manifest ignore entries, by rule and path; the migrations check\'s own comments expire too', async () => {
    const { dir } = workspace({
      '.github/release-gate.yml': `${MANIFEST}ignore:\n  - rule: env-undeclared-use\n    path: "src/legacy/**"\n    reason: the legacy app reads its own config\n  - rule: github-pat\n    until: 2020-06-30\n    reason: rotated\n`,
      'src/legacy/x.ts': 'export const x = process.env.LEGACY_HOME;\n',
      'src/y.ts': `export const y = process.env.NEW_HOME;\nexport const t = "${checksummedToken('ghp', random)}";\n`,
      'db/001.sql': 'CREATE TABLE t (id bigint);\n',
      'db/002.sql': 'SELECT 1;\n-- release-gate-ignore index-not-concurrent: tiny table (until 2020-02-01)\nCREATE INDEX t_idx ON t (id);\n',
    });
    const r = await cli(['--format', 'json'], dir);
    const report = JSON.parse(r.out) as Report;
    expect(brief(r.out)).toEqual(['env-undeclared-use src/y.ts:1', 'index-not-concurrent db/002.sql:3', 'github-pat src/y.ts:2']);
    const messages = report.checks.flatMap((c) => c.findings.map((f) => f.message));
    expect(messages[1]).toMatch(/\(the ignore at line 2 expired on 2020-02-01; its reason was: tiny table\)$/);
    expect(messages[2]).toMatch(/\(the ignore at \.github\/release-gate\.yml:13 expired on 2020-06-30; its reason was: rotated\)$/);
    expect(report.checks[0]!.metrics.suppressions).toEqual([
      { rules: ['env-undeclared-use'], reason: 'the legacy app reads its own config', until: null, file: '.github/release-gate.yml', line: 10, hidden: 1 },
    ]);
  });
});
