import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runInDir, workspace } from './rule-tester.js';

/** A real repository: main with two migrations, a feature branch, and main moving on after the branch left. */
function repository(): { dir: string; git: (...args: string[]) => string; write: (path: string, text: string) => void } {
  const dir = workspace({});
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  git('init', '-q');
  write('db/migrations/001_users.sql', 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n');
  write('db/migrations/002_orders.sql', 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  write('db/migrations/003_reports.sql', 'CREATE TABLE reports (id bigint, user_id bigint);\n');
  write('db/migrations/004_reports_index.sql', 'CREATE INDEX reports_user_id_idx ON reports (user_id);\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'reports');
  git('checkout', '-q', 'main');
  write('db/migrations/003_audit.sql', 'CREATE TABLE audit (id bigint);\n');
  write('db/migrations/005_audit_index.sql', 'CREATE INDEX CONCURRENTLY audit_id_idx ON audit (id);\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'audit');
  git('checkout', '-q', 'feature');
  return { dir, git, write };
}

const MANIFEST = 'version: 1\nmigrations:\n  paths: ["db/migrations/*.sql"]\n';
const brief = (findings: { ruleId: string; file?: string; line?: number }[]) => findings.map((f) => `${f.ruleId} ${f.file}:${f.line ?? '-'}`).sort();

describe('--base', () => {
  test('out of order and duplicate versions against the tip of main; tables created on the branch count as new', async () => {
    const { dir } = repository();
    const { findings, metrics } = await runInDir(dir, MANIFEST, { base: 'main' });
    expect(brief(findings)).toEqual([
      'migration-out-of-order db/migrations/003_reports.sql:1',
      'migration-out-of-order db/migrations/004_reports_index.sql:1',
      'migration-version-duplicate db/migrations/003_reports.sql:1',
    ]);
    const outOfOrder = findings.find((f) => f.ruleId === 'migration-out-of-order')!;
    expect(outOfOrder.message).toBe('version 003 sorts before 005 (db/migrations/005_audit_index.sql), the newest migration on main: wherever 005 has run, runners skip this migration or refuse to continue, and elsewhere it runs in a different order');
    expect(outOfOrder.hint).toBe('Rename it to version 006 (after db/migrations/005_audit_index.sql) and check that it still makes sense after that migration.');
    expect(findings.find((f) => f.ruleId === 'migration-version-duplicate')!.message).toBe('version 003 is also used by db/migrations/003_audit.sql on main: runners refuse to start or apply only one of them');
    expect(metrics.base).toEqual({ ref: 'main', newMigrations: 2, appliedMigrations: 2, hidden: 0 });
  });

  test('without --base the same index on a table from an earlier file is reported', async () => {
    const { dir } = repository();
    const { findings } = await runInDir(dir, MANIFEST);
    expect(brief(findings)).toEqual(['index-not-concurrent db/migrations/004_reports_index.sql:1']);
  });

  test('renumbered after main: nothing to report', async () => {
    const { dir, git } = repository();
    git('mv', 'db/migrations/003_reports.sql', 'db/migrations/006_reports.sql');
    git('mv', 'db/migrations/004_reports_index.sql', 'db/migrations/007_reports_index.sql');
    const { findings } = await runInDir(dir, MANIFEST, { base: 'main' });
    expect(findings).toEqual([]);
  });

  test('an applied migration edited, at the first changed line; one renamed away', async () => {
    const { dir, write } = repository();
    write('db/migrations/001_users.sql', 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nALTER TABLE users ADD COLUMN name text;\n');
    renameSync(join(dir, 'db/migrations/002_orders.sql'), join(dir, 'db/migrations/009_orders.sql'));
    write('db/migrations/008_untracked.sql', 'SELECT 1;\n');
    const { findings } = await runInDir(dir, MANIFEST, { base: 'main' });
    expect(brief(findings)).toEqual([
      'applied-migration-edited db/migrations/001_users.sql:2',
      'applied-migration-edited db/migrations/002_orders.sql:-',
      'migration-out-of-order db/migrations/003_reports.sql:1',
      'migration-out-of-order db/migrations/004_reports_index.sql:1',
      'migration-version-duplicate db/migrations/003_reports.sql:1',
    ]);
    expect(findings.find((f) => f.line === 2)!.message).toMatch(/^this migration is already on main, so it has run wherever main deploys/);
  });

  test('file-wide ignores cover --base findings', async () => {
    const { dir, write } = repository();
    write('db/migrations/003_reports.sql', '-- release-gate-ignore-file migration-out-of-order, migration-version-duplicate: hotfix backported to main\nCREATE TABLE reports (id bigint, user_id bigint);\n');
    const { findings, metrics } = await runInDir(dir, MANIFEST, { base: 'main' });
    expect(brief(findings)).toEqual(['migration-out-of-order db/migrations/004_reports_index.sql:1']);
    expect(metrics.ignored).toBe(2);
  });

  test('a base that git cannot find: an error finding, and the lint still runs', async () => {
    const { dir } = repository();
    const { findings } = await runInDir(dir, MANIFEST, { base: 'origin/nope' });
    expect(brief(findings)).toEqual(['index-not-concurrent db/migrations/004_reports_index.sql:1', 'migration-base-unavailable undefined:-']);
    expect(findings.find((f) => f.ruleId === 'migration-base-unavailable')!.message).toMatch(/^cannot compare migrations with origin\/nope: cannot find where HEAD left origin\/nope/);
  });

  test('hazards already on the base are replayed for the catalog but never reported; the branch\'s own are', async () => {
    const { dir, git, write } = repository();
    git('checkout', '-q', 'main');
    write('db/migrations/006_users_email.sql', 'CREATE INDEX users_email_idx ON users (email);\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'an index built the blocking way, long applied');
    git('checkout', '-q', '-b', 'pr');
    write('db/migrations/007_orders_user.sql', 'CREATE INDEX orders_user_idx ON orders (user_id);\n');
    const whole = await runInDir(dir, MANIFEST);
    expect(brief(whole.findings)).toEqual([
      'index-not-concurrent db/migrations/006_users_email.sql:1',
      'index-not-concurrent db/migrations/007_orders_user.sql:1',
    ]);
    const { findings, metrics } = await runInDir(dir, MANIFEST, { base: 'main' });
    expect(brief(findings)).toEqual(['index-not-concurrent db/migrations/007_orders_user.sql:1']);
    expect(metrics.base).toEqual({ ref: 'main', newMigrations: 1, appliedMigrations: 5, hidden: 1 });
  });
});
