import { describe, expect, test } from '@jest/globals';
import { compareVersions, PRESETS } from '../../../src/checks/migrations/presets.js';
import { preparePsqlScript } from '../../../src/checks/migrations/psql-script.js';
import { runCase, type MigrationCase } from './rule-tester.js';

/**
 * Migration layouts of diesel, goose, sql-migrate and dbmate, and psql scripts: what runs on
 * migrate up is linted and replayed; down parts never are; each tool's annotations and psql's own
 * commands are not SQL errors where that tool runs the file.
 */

const row = (f: { ruleId: string; file?: string; line?: number; severity: string }) => `${f.severity} ${f.ruleId} ${f.file}:${f.line}`;

interface LayoutCase extends MigrationCase {
  name: string;
  expected: string[];
}

const USERS = 'CREATE TABLE users (\n  id bigserial PRIMARY KEY,\n  email text NOT NULL\n);\n';

const CASES: LayoutCase[] = [
  {
    name: 'diesel: dated folders are versioned by their whole timestamp, down.sql never runs',
    options: { preset: 'diesel' },
    files: {
      'migrations/00000000000000_diesel_initial_setup/up.sql': 'CREATE OR REPLACE FUNCTION diesel_set_updated_at() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := current_timestamp;\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n',
      'migrations/00000000000000_diesel_initial_setup/down.sql': 'DROP FUNCTION IF EXISTS diesel_set_updated_at();\n',
      'migrations/2019-02-27-170003_create_users/up.sql': USERS,
      'migrations/2019-02-27-170003_create_users/down.sql': 'DROP TABLE users;\n',
      'migrations/2019-02-28-091500_create_posts/up.sql': 'CREATE TABLE posts (\n  id bigserial PRIMARY KEY,\n  user_id bigint NOT NULL REFERENCES users (id),\n  title text NOT NULL\n);\n',
      'migrations/2019-02-28-091500_create_posts/down.sql': 'DROP TABLE posts;\n',
      'migrations/2019-03-04-120000_index_posts/up.sql': '-- posts by author, for the profile page\nCREATE INDEX posts_user_id_idx ON posts (user_id);\n',
      'migrations/2019-03-04-120000_index_posts/down.sql': 'DROP INDEX posts_user_id_idx;\n',
    },
    expected: ['error index-not-concurrent migrations/2019-03-04-120000_index_posts/up.sql:2'],
  },
  {
    name: 'diesel: two folders with the same timestamp are a duplicate, diesel records only one',
    options: { preset: 'diesel' },
    files: {
      'migrations/2019-02-27-170003_create_users/up.sql': USERS,
      'migrations/2019-02-27-170003_create_teams/up.sql': 'CREATE TABLE teams (id bigserial PRIMARY KEY);\n',
    },
    expected: ['error migration-version-duplicate migrations/2019-02-27-170003_create_users/up.sql:1'],
  },
  {
    name: 'diesel: metadata.toml run_in_transaction = false lets CONCURRENTLY run',
    options: { preset: 'diesel' },
    files: {
      'migrations/2019-02-27-170003_create_users/up.sql': USERS,
      'migrations/2019-03-01-080000_index_email/up.sql': 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
      'migrations/2019-03-01-080000_index_email/metadata.toml': 'run_in_transaction = false\n',
      'migrations/2019-03-02-080000_index_email_again/up.sql': 'CREATE INDEX CONCURRENTLY users_email_lower_idx ON users (lower(email));\n',
    },
    expected: ['error concurrent-in-transaction migrations/2019-03-02-080000_index_email_again/up.sql:1'],
  },
  {
    name: 'plain preset on a diesel tree: no duplicate versions, down.sql ignored',
    files: {
      'migrations/2019-02-27-170003_create_users/up.sql': USERS,
      'migrations/2019-02-27-170003_create_users/down.sql': 'DROP TABLE users;\n',
      'migrations/2019-06-11-101010_add_name/up.sql': 'ALTER TABLE users ADD COLUMN name text;\n',
      'migrations/2019-06-11-101010_add_name/down.sql': 'ALTER TABLE users DROP COLUMN name;\n',
    },
    expected: ['warning missing-lock-timeout migrations/2019-06-11-101010_add_name/up.sql:1'],
  },
  {
    name: 'goose: Up part only; StatementBegin/End around a function body; the Down part neither reported nor replayed',
    options: { preset: 'goose' },
    files: {
      'db/migrations/00001_create_users.sql': `-- +goose Up\n${USERS}\n-- +goose Down\nDROP TABLE users;\n`,
      'db/migrations/00002_touch_trigger.sql': '-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION touch() RETURNS trigger AS $$\nBEGIN\n  NEW.email := lower(NEW.email);\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n-- +goose StatementEnd\n\n-- +goose Down\n-- +goose StatementBegin\nDROP FUNCTION touch();\n-- +goose StatementEnd\n',
      'db/migrations/00003_add_name.sql': "-- +goose Up\nSET lock_timeout = '3s';\nALTER TABLE users ADD COLUMN name text;\nCREATE INDEX users_name_idx ON users (name);\n\n-- +goose Down\nALTER TABLE users DROP COLUMN name;\nTRUNCATE users;\n",
    },
    expected: ['error index-not-concurrent db/migrations/00003_add_name.sql:4'],
  },
  {
    name: 'goose: the Down part cannot erase a table from the replayed schema',
    options: { preset: 'goose' },
    files: {
      'db/migrations/00001_create_users.sql': `-- +goose Up\n${USERS}\n-- +goose Down\nDROP TABLE users;\n`,
      'db/migrations/00002_index.sql': '-- +goose Up\nCREATE INDEX users_email_idx ON users (email);\n-- +goose Down\nDROP INDEX users_email_idx;\n',
    },
    // users existed before 00002 (an existing, busy table), so the index build is reported.
    expected: ['error index-not-concurrent db/migrations/00002_index.sql:2'],
  },
  {
    name: 'goose: NO TRANSACTION lets CONCURRENTLY run; ENVSUB placeholders parse',
    options: { preset: 'goose' },
    files: {
      'db/migrations/00001_create_users.sql': `-- +goose Up\n${USERS}`,
      'db/migrations/00002_index.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n-- +goose Down\nDROP INDEX CONCURRENTLY users_email_idx;\n',
      'db/migrations/00003_grant.sql': '-- +goose Up\n-- +goose ENVSUB ON\nGRANT SELECT ON users TO ${READER_ROLE};\n-- +goose ENVSUB OFF\n',
    },
    expected: [],
  },
  {
    name: 'goose: two files with version 3 make goose refuse to start',
    options: { preset: 'goose' },
    files: {
      'db/migrations/00001_create_users.sql': `-- +goose Up\n${USERS}`,
      'db/migrations/00003_a.sql': '-- +goose Up\nCREATE TABLE a (id int);\n',
      'db/migrations/3_b.sql': '-- +goose Up\nCREATE TABLE b (id int);\n',
    },
    expected: ['error migration-version-duplicate db/migrations/3_b.sql:1'],
  },
  {
    name: 'goose: a psql command is an error, since goose sends the file to the server',
    options: { preset: 'goose' },
    files: { 'db/migrations/00001_x.sql': '-- +goose Up\n\\connect app\nCREATE TABLE a (id int);\n' },
    expected: ['error sql-syntax-error db/migrations/00001_x.sql:2'],
  },
  {
    name: 'sql-migrate: Up part only; notransaction lets CONCURRENTLY run',
    options: { preset: 'sql-migrate' },
    files: {
      'migrations/1_users.sql': `-- +migrate Up\n${USERS}\n-- +migrate Down\nDROP TABLE users;\n`,
      'migrations/2_index.sql': '-- +migrate Up notransaction\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n\n-- +migrate Down\nDROP INDEX users_email_idx;\n',
      'migrations/3_func.sql': "-- +migrate Up\n-- +migrate StatementBegin\nCREATE FUNCTION normalize_email(e text) RETURNS text AS $$\nBEGIN\n  RETURN lower(e);\nEND;\n$$ LANGUAGE plpgsql IMMUTABLE;\n-- +migrate StatementEnd\nALTER TABLE users ADD COLUMN email_key text DEFAULT normalize_email('x');\n-- +migrate Down\nDROP FUNCTION normalize_email(text);\n",
    },
    expected: ['warning missing-lock-timeout migrations/3_func.sql:9'],
  },
  {
    name: 'sql-migrate: a repeated number is a warning naming both files (both run, in name order)',
    options: { preset: 'sql-migrate' },
    files: {
      'migrations/1_users.sql': `-- +migrate Up\n${USERS}`,
      'migrations/2_a.sql': '-- +migrate Up\nCREATE TABLE a (id int);\n',
      'migrations/2_b.sql': '-- +migrate Up\nCREATE TABLE b (id int);\n',
    },
    expected: ['warning migration-version-duplicate migrations/2_b.sql:1'],
  },
  {
    name: 'dbmate: Up part only, transaction:false',
    options: { preset: 'dbmate' },
    files: {
      'db/migrations/20240101000000_users.sql': `-- migrate:up\n${USERS}\n-- migrate:down\nDROP TABLE users;\n`,
      'db/migrations/20240102000000_index.sql': '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n\n-- migrate:down\nDROP INDEX users_email_idx;\n',
      'db/migrations/20240103000000_drop.sql': '-- migrate:up\n\n-- migrate:down\nDROP TABLE users;\n',
    },
    expected: [],
  },
  {
    name: 'plain preset on annotated files: goose, sql-migrate and dbmate Up parts, in their transaction',
    files: {
      'db/migrations/001_users.sql': `-- +goose Up\n${USERS}\n-- +goose Down\nDROP TABLE users;\n`,
      'db/migrations/002_orders.sql': '-- +migrate Up\nCREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint);\n-- +migrate Down\nDROP TABLE orders;\n',
      'db/migrations/003_index.sql': '-- migrate:up\nCREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);\n-- migrate:down\nDROP TABLE orders;\n',
    },
    expected: ['error concurrent-in-transaction db/migrations/003_index.sql:2'],
  },
  {
    name: 'psql scripts: \\connect, \\set with :variables and COPY ... FROM stdin data are psql, not syntax errors',
    files: {
      'db/migrations/001_setup.sql': "\\set ON_ERROR_STOP on\n\\connect app\n\\set reader 'app_reader'\nCREATE TABLE plans (id int PRIMARY KEY, name text);\nCOPY plans (id, name) FROM stdin;\n1\tfree\n2\tpro\n\\.\nGRANT SELECT ON plans TO :reader;\nCOMMENT ON TABLE plans IS :'reader';\nSELECT 1::int;\n",
      'db/migrations/002_index.sql': '\\echo building the index\nCREATE INDEX plans_name_idx ON plans (name);\n',
    },
    expected: ['error index-not-concurrent db/migrations/002_index.sql:2'],
  },
  {
    name: 'prisma: folders repeating a version get one warning naming both folders',
    options: { preset: 'prisma' },
    files: {
      'prisma/migrations/20240105120000_init/migration.sql': 'CREATE TABLE "User" (id serial PRIMARY KEY);\n',
      'prisma/migrations/20240105120000_add_posts/migration.sql': 'CREATE TABLE "Post" (id serial PRIMARY KEY);\n',
    },
    expected: ['warning migration-version-duplicate prisma/migrations/20240105120000_init/migration.sql:1'],
  },
];

describe('layouts', () => {
  for (const c of CASES) {
    test(c.name, async () => {
      const { findings } = await runCase(c);
      expect(findings.map(row).sort()).toEqual([...c.expected].sort());
    });
  }

  test('the Prisma message names both folders, in the order Prisma runs them', async () => {
    const { findings } = await runCase(CASES.find((c) => c.name.startsWith('prisma'))!);
    expect(findings[0]!.message).toBe(
      'prisma/migrations/20240105120000_add_posts and prisma/migrations/20240105120000_init share version 20240105120000: Prisma records each by its name, so both run, in name order (prisma/migrations/20240105120000_add_posts first, then prisma/migrations/20240105120000_init); if they were written in the other order, one may depend on what the other creates',
    );
  });

  test('the psql command message for a tool that is not psql', async () => {
    const { findings } = await runCase(CASES.find((c) => c.name.startsWith('goose: a psql command'))!);
    expect(findings[0]!.message).toBe('PostgreSQL cannot parse this migration: \\connect is a psql command, not SQL: goose sends the file to PostgreSQL, which rejects it (only psql runs such lines)');
  });

  test.each([
    ['diesel', 'migrations/2019-02-27-170003_create_users/up.sql', 'versioned', '2019-02-27-170003', '20190227170003'],
    ['diesel', 'migrations/00000000000000_diesel_initial_setup/up.sql', 'versioned', '00000000000000', '0'],
    ['diesel', 'migrations/2019-02-27-170003_create_users/down.sql', 'ignored', undefined, undefined],
    ['diesel', 'migrations/2026-07-30-140000-0000_add_index/up.sql', 'versioned', '2026-07-30-140000-0000', '20260730140000.0'],
    ['plain', 'migrations/2019-02-27-170003_create_users/up.sql', 'versioned', '2019-02-27-170003', '20190227170003'],
    ['plain', 'migrations/2019-02-27-170003_create_users/down.sql', 'ignored', undefined, undefined],
    ['plain', 'db/migrations/000003_add.down.sql', 'ignored', undefined, undefined],
    ['goose', 'db/migrations/20170506082420_create_table.sql', 'versioned', '20170506082420', '20170506082420'],
    ['sql-migrate', 'migrations/10_add.sql', 'versioned', '10', '10'],
  ] as const)('%s reads %s as %s %s', (preset, path, kind, text, parts) => {
    const c = PRESETS[preset].classify(path);
    expect([c.kind, c.version?.text, c.version?.parts.join('.')]).toEqual([kind, text, parts]);
  });

  test('diesel: a -0000 suffix sorts after its timestamp and before the next one', () => {
    const v = (p: string) => PRESETS.diesel.classify(p).version!;
    const [a, b, c] = ['2026-07-30-140000_a/up.sql', '2026-07-30-140000-0000_b/up.sql', '2026-08-01-000000_c/up.sql'].map((p) => v(`migrations/${p}`));
    expect([compareVersions(a!, b!), compareVersions(b!, c!), compareVersions(a!, a!)]).toEqual([-1, -1, 0]);
  });

  test('a psql script keeps its length and lines; strings and dollar bodies are left alone', () => {
    const source = "\\set x 1\nSELECT ':x', $$\n\\not a command$$, :x;\n";
    const prepared = preparePsqlScript(source);
    expect(prepared.length).toBe(source.length);
    expect(prepared.split('\n')).toEqual(['        ', "SELECT ':x', $$", '\\not a command$$, xx;', '']);
  });
});
