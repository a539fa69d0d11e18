import { describe, expect, test } from '@jest/globals';
import { lintMigrations, type SourceFile } from '../../../src/checks/migrations/lint.js';
import { PRESETS } from '../../../src/checks/migrations/presets.js';
import { STATEMENT_RULES } from '../../../src/checks/migrations/rules/index.js';
import { loadSqlParser } from '../../../src/checks/migrations/sql-parser.js';
import { BASE_FILE, BASE_SCHEMA, CASE_FILE, runCase, runInDir, workspace } from './rule-tester.js';

const brief = (findings: { ruleId: string; file?: string; line?: number; column?: number }[]) =>
  findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`).sort();

describe('sql-syntax-error', () => {
  test('other files are still linted, and so are the statements before the error', async () => {
    const { findings, metrics } = await runCase({
      files: {
        'db/migrations/001_broken.sql': "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN bio;\nCREAT INDEX x ON users (age);\nTRUNCATE users;\n",
        'db/migrations/002_fine.sql': 'CREATE INDEX users_age_idx ON users (age);\n',
      },
    });
    expect(brief(findings)).toEqual([
      'drop-breaks-running-app db/migrations/001_broken.sql:2:1',
      'index-not-concurrent db/migrations/002_fine.sql:1:1',
      'sql-syntax-error db/migrations/001_broken.sql:3:1',
    ]);
    expect(metrics).toMatchObject({ files: 2, statements: 3, syntaxErrors: 1 });
  });

  test('an error at the end of the input points at its last line', async () => {
    const { findings } = await runCase({ files: { 'db/migrations/001_x.sql': 'CREATE TABLE t (\n  id int,\n' } });
    expect(brief(findings)).toEqual(['sql-syntax-error db/migrations/001_x.sql:3:1']);
    expect(findings[0]!.message).toBe('PostgreSQL cannot parse this migration: syntax error at end of input');
  });
});

describe('unreadable files', () => {
  test('a file that cannot be read is reported and the other files are still linted', async () => {
    const parser = await loadSqlParser();
    const file = (path: string, ordinal: number, extra: Partial<SourceFile>): SourceFile => ({
      path, ordinal, source: '', runner: 'script', runnerNote: '', classified: PRESETS.plain.classify(path), preset: 'plain', ...extra,
    });
    const { findings } = lintMigrations(
      [file('db/migrations/001_gone.sql', 0, { unreadable: 'cannot be read (EACCES)' }), file('db/migrations/002_fine.sql', 1, { source: 'TRUNCATE users;\n' })],
      parser,
      { postgresVersion: 15, rules: STATEMENT_RULES, pendingOrdinals: new Set(), knownRules: new Set() },
    );
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.message])).toEqual([
      ['migration-unreadable', 'db/migrations/001_gone.sql', 1, 'the migration cannot be read (EACCES), so it was not checked'],
      ['truncate-data-loss', 'db/migrations/002_fine.sql', 1, expect.any(String)],
    ]);
  });
});

describe('positions', () => {
  test('CRLF line endings, a byte order mark and tabs', async () => {
    const { findings } = await runCase({ sql: '\ufeff-- note\r\n\tCREATE INDEX a ON users (age);\r\nCREATE INDEX b\r\n  ON users (name);\r\n' });
    expect(findings.map((f) => [f.line, f.column, f.endLine, f.endColumn])).toEqual([[2, 2, 2, 31], [3, 1, 4, 18]]);
  });

  test('the first line after leading comments, and the last line without trailing comments (end columns are exclusive)', async () => {
    const { findings } = await runCase({ sql: 'SELECT 1; /* a */ -- b\n\n  /* c\n  d */ TRUNCATE orders -- e\n  -- f\n' });
    expect(findings.filter((f) => f.ruleId === 'truncate-data-loss').map((f) => [f.line, f.column, f.endLine, f.endColumn])).toEqual([[4, 8, 4, 23]]);
  });

  test('a statement after multibyte text: columns count UTF-16 code units, as editors do, not bytes', async () => {
    const { findings } = await runCase({ sql: "COMMENT ON TABLE users IS '利用者 👤'; TRUNCATE orders;\n" });
    expect(findings.filter((f) => f.ruleId === 'truncate-data-loss').map((f) => [f.line, f.column])).toEqual([[1, 37]]);
  });
});

describe('ignore comments', () => {
  const ignoreCase = (sql: string) => runCase({ sql });

  test('with a reason: the finding is gone and counted', async () => {
    const { findings, metrics } = await ignoreCase('-- release-gate-ignore truncate-data-loss: the table is a cache, rebuilt nightly\nTRUNCATE orders;\n');
    expect(brief(findings)).toEqual([`missing-lock-timeout ${CASE_FILE}:2:1`]);
    expect(metrics.ignored).toBe(1);
  });

  test('several rules, in a block comment', async () => {
    const { findings } = await ignoreCase('/* release-gate-ignore truncate-data-loss, missing-lock-timeout: cache table */\nTRUNCATE orders;\n');
    expect(findings).toEqual([]);
  });

  test('without a reason: the finding is gone but the ignore is a warning', async () => {
    const { findings } = await ignoreCase("SET lock_timeout = '5s';\n-- release-gate-ignore truncate-data-loss\nTRUNCATE orders;\n");
    expect(findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.message])).toEqual([
      ['ignore-without-reason', 'warning', 2, 1, 'release-gate-ignore truncate-data-loss gives no reason'],
    ]);
  });

  test('an unknown rule or none at all ignores nothing and says so', async () => {
    const { findings } = await ignoreCase("SET lock_timeout = '5s';\n-- release-gate-ignore truncate-data: typo\n-- release-gate-ignore: no rule\nTRUNCATE orders;\n");
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['truncate-data-loss', 4], ['ignore-comment-invalid', 2], ['ignore-comment-invalid', 3]]);
    expect(findings[1]!.message).toBe('release-gate-ignore names "truncate-data", which is not a rule of the migrations check');
  });

  test('it covers only the statement below it', async () => {
    const { findings } = await ignoreCase("SET lock_timeout = '5s';\n-- release-gate-ignore truncate-data-loss: cache\nTRUNCATE orders;\nTRUNCATE users;\n");
    expect(brief(findings)).toEqual([`truncate-data-loss ${CASE_FILE}:4:1`]);
  });

  test('a comment inside a multi-line statement covers that statement', async () => {
    const { findings } = await ignoreCase("SET lock_timeout = '5s';\nALTER TABLE users\n  -- release-gate-ignore drop-breaks-running-app: unused since v3\n  DROP COLUMN bio;\n");
    expect(findings).toEqual([]);
  });

  test('-file covers the whole file, including --base findings', async () => {
    const { findings } = await ignoreCase('TRUNCATE orders;\nTRUNCATE users;\n-- release-gate-ignore-file truncate-data-loss, missing-lock-timeout: test fixtures only\n');
    expect(findings).toEqual([]);
  });

  test('text inside a string literal is not a comment', async () => {
    const { findings } = await ignoreCase("SET lock_timeout = '5s';\nSELECT '\n-- release-gate-ignore truncate-data-loss: no\n';\nTRUNCATE orders;\n");
    expect(brief(findings)).toEqual([`truncate-data-loss ${CASE_FILE}:5:1`]);
  });

  test('inside a DO block, on the line above the statement', async () => {
    const { findings } = await ignoreCase("SET lock_timeout = '5s';\nDO $$\nBEGIN\n  -- release-gate-ignore truncate-data-loss: staging only\n  TRUNCATE orders;\n  TRUNCATE users;\nEND $$;\n");
    expect(brief(findings)).toEqual([`truncate-data-loss ${CASE_FILE}:6:3`]);
  });

  test('a syntax error can be ignored file-wide', async () => {
    const { findings } = await ignoreCase('-- release-gate-ignore-file sql-syntax-error: psql meta-commands\n\\set ON_ERROR_STOP on\n');
    expect(findings).toEqual([]);
  });
});

describe('DO blocks are linted like the statements in them', () => {
  test('static statements at their own lines; EXECUTE of a constant at the EXECUTE', async () => {
    const { findings } = await runCase({
      sql: "SET lock_timeout = '5s';\nDO $body$\nDECLARE n int;\nBEGIN\n  SELECT count(*) INTO n FROM users;\n  IF n > 0 THEN\n    UPDATE users SET status = 'x';\n  END IF;\n  EXECUTE 'CREATE INDEX users_age_idx ON users (age)';\nEND\n$body$;\n",
    });
    expect(brief(findings)).toEqual([`index-not-concurrent ${CASE_FILE}:9:11`, `unbatched-backfill ${CASE_FILE}:7:5`]);
  });

  test('a body in single quotes: findings sit on the DO statement', async () => {
    const { findings } = await runCase({ sql: "SET lock_timeout = '5s';\nDO 'BEGIN TRUNCATE orders; END';\n" });
    expect(brief(findings)).toEqual([`truncate-data-loss ${CASE_FILE}:2:1`]);
  });

  test('what a DO block creates is in the catalog afterwards', async () => {
    const { findings } = await runCase({ sql: 'DO $$ BEGIN CREATE TABLE plans (id int); END $$;\nCREATE INDEX plans_id_idx ON plans (id);\n' });
    expect(findings).toEqual([]);
  });
});

describe('catalog replay', () => {
  test('files replay in version order, not name order: 9 before 10', async () => {
    const { findings } = await runCase({
      files: {
        'db/migrations/10_index.sql': 'CREATE INDEX plans_id_idx ON plans (id);\n',
        'db/migrations/9_plans.sql': 'CREATE TABLE plans (id int, name varchar(20));\n',
      },
    });
    expect(brief(findings)).toEqual(['index-not-concurrent db/migrations/10_index.sql:1:1']);
  });

  test("a column's type follows its history: widen after widen, then narrow", async () => {
    const { findings } = await runCase({
      files: {
        'db/migrations/001.sql': 'CREATE TABLE plans (id int, name varchar(20));\n',
        'db/migrations/002.sql': "SET lock_timeout = '1s';\nALTER TABLE plans RENAME COLUMN name TO title; -- release-gate-ignore-file rename-breaks-running-app: demo\n",
        'db/migrations/003.sql': "SET lock_timeout = '1s';\nALTER TABLE plans ALTER COLUMN title TYPE varchar(40);\nALTER TABLE plans ALTER COLUMN title TYPE text;\nALTER TABLE plans ALTER COLUMN id TYPE bigint;\n",
      },
    });
    expect(brief(findings)).toEqual(['column-type-change-rewrite db/migrations/003.sql:4:1']);
  });

  test('a renamed table keeps its history', async () => {
    const { findings } = await runCase({
      files: {
        'db/migrations/001.sql': 'CREATE TABLE plan (id int);\n',
        'db/migrations/002.sql': "SET lock_timeout = '1s';\n-- release-gate-ignore rename-breaks-running-app: not used yet\nALTER TABLE plan RENAME TO plans;\nCREATE INDEX CONCURRENTLY plans_id_idx ON plans (id);\nALTER TABLE plans ADD CONSTRAINT plans_pkey PRIMARY KEY USING INDEX plans_id_idx;\n",
      },
    });
    expect(brief(findings)).toEqual(['set-not-null-scan db/migrations/002.sql:5:1']);
  });
});

describe('presets', () => {
  test.each([
    ['plain', 'db/migrations/0042_add_users.sql', 'versioned', '0042'],
    ['plain', 'db/migrations/20240105120000_x/up.sql', 'versioned', '20240105120000'],
    ['plain', 'db/migrations/V3__x.sql', 'versioned', '3'],
    ['plain', 'db/migrations/add_users.sql', 'versioned', undefined],
    ['flyway', 'db/migration/V1_2__add.sql', 'versioned', '1_2'],
    ['flyway', 'db/migration/V1.10__add.sql', 'versioned', '1.10'],
    ['flyway', 'db/migration/R__views.sql', 'repeatable', undefined],
    ['flyway', 'db/migration/U2__undo.sql', 'ignored', undefined],
    ['golang-migrate', 'migrations/000003_add.up.sql', 'versioned', '000003'],
    ['golang-migrate', 'migrations/000003_add.down.sql', 'ignored', undefined],
    ['prisma', 'prisma/migrations/20240105120000_init/migration.sql', 'versioned', '20240105120000'],
    ['dbmate', 'db/migrations/20240105120000_add.sql', 'versioned', '20240105120000'],
    ['node-pg-migrate', 'migrations/1700000000000_add.sql', 'versioned', '1700000000000'],
    ['rails', 'db/migrate/20240105120000_add_users.sql', 'versioned', '20240105120000'],
    ['django', 'billing/migrations/0002_invoice.sql', 'versioned', '0002'],
    ['alembic', 'migrations/sql/ae1027a6acf_add.sql', 'versioned', undefined],
  ] as const)('%s reads %s as %s %s', (preset, path, kind, version) => {
    const c = PRESETS[preset].classify(path);
    expect([c.kind, c.version?.text]).toEqual([kind, version]);
  });

  test('Flyway: 1.2 and 1_2 are the same version, 1.10 sorts after 1.9', () => {
    const v = (p: string) => PRESETS.flyway.classify(p).version!.parts.join('.');
    expect([v('V1.2__a.sql'), v('V1_2__b.sql'), v('V1.10__c.sql')]).toEqual(['1.2', '1.2', '1.10']);
  });

  test('dbmate and node-pg-migrate: only the up section is linted', async () => {
    const dbmate = await runCase({
      options: { preset: 'dbmate' },
      files: { 'db/migrations/20240101000000_x.sql': '-- migrate:up\nCREATE TABLE plans (id int);\n\n-- migrate:down\nDROP TABLE plans;\nTRUNCATE users;\n' },
    });
    expect(dbmate.findings).toEqual([]);
    const npm = await runCase({
      options: { preset: 'node-pg-migrate' },
      files: { 'migrations/1700000000000_x.sql': '-- Up Migration\nCREATE TABLE plans (id int);\n-- Down Migration\nTRUNCATE users;\n' },
    });
    expect(npm.findings).toEqual([]);
  });

  test('golang-migrate: down files and Flyway undo files are not linted', async () => {
    const { findings, metrics } = await runCase({
      options: { preset: 'golang-migrate' },
      files: { 'migrations/1_x.up.sql': 'CREATE TABLE plans (id int);\n', 'migrations/1_x.down.sql': 'TRUNCATE users;\n' },
    });
    expect(findings).toEqual([]);
    expect(metrics.files).toBe(1);
  });

  test('Flyway placeholders parse, and repeatable migrations run after versioned ones', async () => {
    const { findings } = await runCase({
      options: { preset: 'flyway' },
      files: {
        'db/migration/R__plans_view.sql': 'CREATE OR REPLACE VIEW ${schema}.plan_names AS SELECT name FROM plans;\nCREATE INDEX plans_name_idx ON plans (name);\n',
        'db/migration/V1__plans.sql': 'CREATE TABLE plans (id int, name text);\n',
      },
    });
    expect(brief(findings)).toEqual(['index-not-concurrent db/migration/R__plans_view.sql:2:1']);
  });

  test('Django numbers migrations per app', async () => {
    const { findings } = await runCase({
      options: { preset: 'django' },
      files: {
        'billing/migrations/0001_initial.sql': 'BEGIN;\nCREATE TABLE invoice (id int);\nCOMMIT;\n',
        'shop/migrations/0001_initial.sql': 'BEGIN;\nCREATE TABLE cart (id int);\nCOMMIT;\n',
        'shop/migrations/0001_other.sql': 'BEGIN;\nCREATE TABLE wishlist (id int);\nCOMMIT;\n',
      },
    });
    expect(findings.map((f) => [f.ruleId, f.file, f.message])).toEqual([
      ['migration-version-duplicate', 'shop/migrations/0001_other.sql', 'version 0001 is also used by shop/migrations/0001_initial.sql: runners refuse to start or apply only one of them'],
    ]);
  });

  test('the preset says where migrations live when paths is not given', async () => {
    const dir = workspace({ 'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE plans (id int);\nCREATE INDEX plans_id_idx ON plans (id);\n' });
    const { findings, metrics } = await runInDir(dir, 'version: 1\nmigrations:\n  preset: prisma\n');
    expect(findings).toEqual([]);
    expect(metrics).toMatchObject({ preset: 'prisma', postgresVersion: 15, files: 1, statements: 2 });
  });

  test('exclude', async () => {
    const { metrics } = await runCase({ options: { exclude: ['db/migrations/001_*'] }, sql: 'SELECT 1;\n' });
    expect(metrics.files).toBe(1);
  });
});

describe('migration-paths-empty', () => {
  test('no file matches: a warning at the paths line of the manifest', async () => {
    const dir = workspace({ 'db/other.txt': '' });
    const { findings } = await runInDir(dir, 'version: 1\nmigrations:\n  paths:\n    - db/migrations/*.sql\n');
    expect(findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.column, f.message])).toEqual([
      ['migration-paths-empty', 'warning', '.github/release-gate.yml', 4, 5, 'no migration file matches "db/migrations/*.sql" (preset plain), so no migration was checked'],
    ]);
  });
});

describe('duplicate versions without --base', () => {
  test('001 and 1 are the same version', async () => {
    const { findings } = await runCase({ files: { [BASE_FILE]: BASE_SCHEMA, 'db/migrations/1_again.sql': 'SELECT 1;\n' } });
    expect(findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['migration-version-duplicate', 'db/migrations/1_again.sql', 1]]);
  });
});
