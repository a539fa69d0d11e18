import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli, type CliIO } from '../../src/cli/main.js';
import { parseManifest } from '../../src/manifest/load.js';
import type { Report } from '../../src/types.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-init-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function cli(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, cwd, isTTY: false };
  const code = await runCli(argv, io, COMMANDS);
  return { code, out: out.join(''), err: err.join('') };
}

const WORKFLOW = 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n';

/** Five layouts, each with one problem planted, so a run of the written manifest has findings to give. */
const LAYOUTS: Record<string, { files: Record<string, string>; manifest: RegExp[]; findings: string[] }> = {
  'Next.js + Prisma on Vercel': {
    files: {
      'package.json': JSON.stringify({ dependencies: { next: '15.0.0', '@prisma/client': '6.0.0' } }),
      'next.config.mjs': 'export default { env: { BUILD_ID: "x" } };\n',
      'vercel.json': '{}\n',
      '.env.example': 'DATABASE_URL=postgres://localhost/app\nNEXT_PUBLIC_SITE=http://localhost:3000\n',
      'app/page.tsx': 'export const site = process.env.NEXT_PUBLIC_SITE;\nexport const db = process.env.DATABASE_URL;\nexport const url = process.env.VERCEL_URL;\nexport const key = process.env.STRIPE_KEY;\n',
      'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "User" (id bigint PRIMARY KEY, email text);\n',
      'prisma/migrations/20240201000000_email/migration.sql': 'CREATE INDEX "User_email_idx" ON "User" (email);\n',
      '.github/workflows/deploy.yml': WORKFLOW,
    },
    manifest: [/^ {2}declared-in: \[".env.example"\]$/m, /^ {2}# ignore: \[\] {3}# names set outside the app; Vercel's own variables are already known$/m, /^ {2}preset: prisma /m, /^ {2}paths: \["prisma\/migrations\/\*\/migration.sql"\]$/m],
    findings: [
      'env env-undeclared-use .github/workflows/deploy.yml:8',
      'env env-undeclared-use app/page.tsx:4',
      'migrations index-not-concurrent prisma/migrations/20240201000000_email/migration.sql:1',
    ],
  },
  'Rails on Heroku': {
    files: {
      'Gemfile': "gem 'rails'\n",
      'config/application.rb': 'module App; end\n',
      'config/credentials.yml.enc': 'x\n',
      'Procfile': 'web: bundle exec puma\n',
      '.env.sample': 'RAILS_MASTER_KEY=\n',
      'app/models/user.rb': "class User\n  KEY = ENV['RAILS_MASTER_KEY']\n  HOST = ENV.fetch('MAILER_HOST')\nend\n",
      'db/migrate/20240101000000_create_users.rb': 'class CreateUsers < ActiveRecord::Migration[7.1]; end\n',
    },
    manifest: [/^ {2}declared-in: \[".env.sample"\]$/m, /^# migrations: Rails migrations are written in Ruby/m],
    findings: ['env env-undeclared-use app/models/user.rb:3'],
  },
  'Django': {
    files: {
      'manage.py': 'import os\n',
      'app/settings.py': "import os\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nSENTRY = os.environ.get('SENTRY_DSN')\n",
      '.env.example': 'DJANGO_SECRET_KEY=\n',
      'app/migrations/0001_initial.py': 'from django.db import migrations\n',
    },
    manifest: [/^ {2}scan: \["\*\*\/\*.py"\]$/m],
    findings: ['env env-undeclared-use app/settings.py:3'],
  },
  'Knex on Fly': {
    files: {
      'package.json': JSON.stringify({ dependencies: { knex: '3.0.0' } }),
      'knexfile.js': 'module.exports = { client: "pg", connection: process.env.DATABASE_URL };\n',
      'fly.toml': 'app = "x"\n',
      '.env.example': 'DATABASE_URL=\n',
      'migrations/20240101_users.js': 'exports.up = (knex) => knex.schema.createTable("users", () => {});\n',
      'src/server.js': 'const region = process.env.FLY_REGION;\nconst redis = process.env.REDIS_URL;\n',
    },
    manifest: [/^# migrations: Knex migrations are written in JavaScript/m],
    findings: ['env env-undeclared-use src/server.js:2'],
  },
  'plain SQL with logs': {
    files: {
      '.env.example': 'DATABASE_URL=\n',
      'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
      'db/migrations/002_users_email.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n',
      'main.go': 'package main\nimport "os"\nvar db = os.Getenv("DATABASE_URL")\n',
      'logs/app.log': 'started\n',
    },
    manifest: [/^ {2}preset: plain /m, /^ {2}paths: \["db\/migrations\/\*.sql"\]$/m, /^ {2}logs: \["logs\/\*\*\/\*.log"\]$/m],
    findings: ['migrations set-not-null-scan db/migrations/002_users_email.sql:1'],
  },
};

/** Go layouts whose tools mark the Up part in the file: init picks the preset from the marker. */
const MARKED: Record<string, { files: Record<string, string>; manifest: RegExp[]; findings: string[] }> = {
  'Go with goose': {
    files: {
      'go.mod': 'module example.com/app\n',
      '.env.example': 'DATABASE_URL=\n',
      'main.go': 'package main\nimport "os"\nvar db = os.Getenv("DATABASE_URL")\nvar key = os.Getenv("STRIPE_KEY")\n',
      'db/migrations/00001_users.sql': '-- +goose Up\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\n-- +goose Down\nDROP TABLE users;\n',
      'db/migrations/00002_users_email.sql': '-- +goose Up\nCREATE INDEX users_email_idx ON users (email);\n-- +goose Down\nDROP INDEX users_email_idx;\n',
    },
    manifest: [/^ {2}preset: goose {8}# ordered by the number before the first underscore; only the \+goose Up part runs/m, /^ {2}paths: \["db\/migrations\/\*.sql"\]$/m],
    findings: ['env env-undeclared-use main.go:4', 'migrations index-not-concurrent db/migrations/00002_users_email.sql:2'],
  },
  'Go with sql-migrate': {
    files: {
      'go.mod': 'module example.com/app\n',
      '.env.example': 'DATABASE_URL=\n',
      'main.go': 'package main\nimport "os"\nvar db = os.Getenv("DATABASE_URL")\n',
      'migrations/1_users.sql': '-- +migrate Up\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\n-- +migrate Down\nDROP TABLE users;\n',
      'migrations/2_users_email.sql': '-- +migrate Up\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\n-- +migrate Down\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;\n',
    },
    manifest: [/^ {2}preset: sql-migrate {8}# ordered by the number the file name starts with/m, /^ {2}paths: \["migrations\/\*.sql"\]$/m],
    findings: ['migrations set-not-null-scan migrations/2_users_email.sql:2'],
  },
};
Object.assign(LAYOUTS, MARKED);

describe('release-gate init', () => {
  test.each(Object.keys(LAYOUTS))('%s: the written manifest validates, and a run gives findings, never a manifest error', async (name) => {
    const layout = LAYOUTS[name]!;
    const dir = repository(layout.files);
    const init = await cli(['init'], dir);
    expect(init).toMatchObject({ code: 0, err: '' });
    const manifest = readFileSync(join(dir, '.github/release-gate.yml'), 'utf8');
    for (const re of layout.manifest) expect(manifest).toMatch(re);
    expect(() => parseManifest(manifest, '.github/release-gate.yml')).not.toThrow();
    expect(await cli(['validate'], dir)).toMatchObject({ code: 0 });

    const run = await cli(['--format', 'json'], dir);
    expect(run.err).toBe('');
    const report = JSON.parse(run.out) as Report;
    const found = report.checks.flatMap((c) => c.findings.filter((f) => f.severity === 'error').map((f) => `${c.check} ${f.ruleId} ${f.file}:${f.line}`));
    expect(found).toEqual(layout.findings);
    expect(run.code).toBe(1);
  });

  test('prints what it found and what to fill in; refuses to overwrite without --force', async () => {
    const dir = repository(LAYOUTS['Next.js + Prisma on Vercel']!.files);
    const first = await cli(['init'], dir);
    expect(first.out).toContain('  migrations        prisma: prisma/migrations/*/migration.sql, ordered by the timestamp in each folder name\n');
    expect(first.out).toContain('  workflow secrets  DEPLOY_TOKEN\n');
    expect(first.out).toContain('  - Workflows read secrets DEPLOY_TOKEN: each must exist in Settings → Secrets and variables → Actions.\n');
    const workflow = readFileSync(join(dir, '.github/workflows/release-gate.yml'), 'utf8');
    expect(workflow).toContain('          checks: env,migrations,secrets\n');
    expect(workflow).toContain('  # post-deploy:\n');
    const again = await cli(['init'], dir);
    expect(again).toMatchObject({ code: 2, err: 'release-gate init: .github/release-gate.yml and .github/workflows/release-gate.yml already exist; pass --force to overwrite\n' });
    expect((await cli(['init', '--force'], dir)).code).toBe(0);
  });
});

describe('release-gate validate', () => {
  test('exit 0 on a valid manifest, exit 2 with file:line:column on a broken one', async () => {
    const dir = repository({ '.github/release-gate.yml': 'version: 1\nenv:\n  scan: "src"\n', 'bad.yml': 'version: 1\nenv:\n  scna: [x]\n' });
    expect(await cli(['validate'], dir)).toEqual({ code: 0, out: '.github/release-gate.yml: valid (configures env)\n', err: '' });
    const bad = await cli(['validate', '--manifest', 'bad.yml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^bad\.yml:3:3: /);
  });
});

describe('manifest conveniences', () => {
  test('found from a subdirectory (the repository root becomes the working directory); single strings for lists', async () => {
    const dir = repository({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.github/release-gate.yml': 'version: 1\nenv:\n  declared-in: .env.example\n  scan: "src/**/*.ts"\n',
      '.env.example': 'PORT=1\n',
      'src/deep/a.ts': 'export const p = process.env.PORT;\nexport const q = process.env.QUEUE_URL;\n',
    });
    const r = await cli(['env', '--format', 'json'], join(dir, 'src/deep'));
    expect(r.err).toBe('');
    expect((JSON.parse(r.out) as Report).checks[0]!.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(['env-undeclared-use src/deep/a.ts:2']);
  });

  test('an absolute env-file path is read as given', async () => {
    const values = repository({ 'prod.env': 'PORT=\n' });
    const dir = repository({
      '.github/release-gate.yml': `version: 1\nenvironments:\n  production:\n    env-file: ${join(values, 'prod.env')}\nenv:\n  declared-in: [.env.example]\n`,
      '.env.example': 'PORT=1\n',
    });
    const r = await cli(['env', '--format', 'json'], dir);
    const findings = (JSON.parse(r.out) as Report).checks[0]!.findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['env-missing']);
    expect(findings[0]!.message).toBe(`PORT is empty in production (checked ${join(values, 'prod.env')})`);
  });
});

describe('per-check help', () => {
  test('lists the check\'s own options and its manifest section, wrapped to the terminal', async () => {
    const out: string[] = [];
    const io: CliIO = { stdout: (t) => out.push(t), stderr: () => undefined, env: {}, cwd: tmpdir(), isTTY: false, columns: 60 };
    expect(await runCli(['secrets', '--help'], io, COMMANDS)).toBe(0);
    const text = out.join('');
    expect(text.split('\n')[0]).toMatch(/^release-gate secrets: Credentials and private keys/);
    expect(text).toContain('Options of this check:\n  --baseline VALUE');
    expect(text).toContain('  --stdin ');
    expect(text).toContain('Manifest section `secrets:`\n  paths ');
    expect(text).not.toContain('--fingerprint-key');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });
});
