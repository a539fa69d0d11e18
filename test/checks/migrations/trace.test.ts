import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CheckContext } from '../../../src/checks/check.js';
import { migrationsCheck } from '../../../src/checks/migrations/index.js';
import { findPostgresBin, LocalCluster } from '../../../src/checks/migrations/trace/cluster.js';
import { Database } from '../../../src/checks/migrations/trace/database.js';
import { compareFindings, type Finding } from '../../../src/types.js';
import { context, workspace } from './rule-tester.js';

/**
 * Trace mode on a real PostgreSQL. One throwaway cluster (the check's own LocalCluster, started as
 * the postgres user when the tests run as root) serves every `url` case, each in a database of its
 * own; the `local: true` cases start and remove clusters of their own.
 */

const BIN = findPostgresBin(15, process.env.PATH);
const IS_ROOT = process.getuid?.() === 0;
const HAS_POSTGRES_USER = !IS_ROOT || spawnSync('id', ['-u', 'postgres']).status === 0;
const why = !BIN ? 'skipped: no PostgreSQL server binaries (apt-get install -y postgresql-15)'
  : !HAS_POSTGRES_USER ? 'skipped: initdb refuses to run as root and there is no postgres user' : '';
const suite = why ? describe.skip : describe;

const USERS = `CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(200) NOT NULL UNIQUE,
  name text,
  age integer NOT NULL,
  score numeric(5, 2) NOT NULL,
  mood_at timestamptz NOT NULL,
  active boolean NOT NULL DEFAULT true,
  tags text[] NOT NULL,
  profile jsonb NOT NULL,
  public_key uuid NOT NULL
);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  total numeric(10, 2) NOT NULL,
  placed_at date NOT NULL
);
CREATE INDEX orders_placed_at_idx ON orders (placed_at);
CREATE INDEX orders_user_id_idx ON orders (user_id);
`;
const BASE = { 'db/migrations/001_base.sql': USERS };
const QUIET = { 'slow-statement': '10m', 'lock-hold': '10m' };

let cluster: LocalCluster;
let admin: Database;
let databases = 0;

async function freshDatabase(): Promise<string> {
  const name = `trace_${++databases}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const c = cluster.connection;
  return `postgres://${c.user}:${encodeURIComponent(c.password)}@${c.host}:${c.port}/${name}`;
}

function manifest(trace: Record<string, unknown>, rules?: Record<string, string>): string {
  const lines = ['version: 1', 'migrations:', '  paths: ["db/migrations/*.sql"]', '  trace:'];
  for (const [key, value] of Object.entries(trace)) if (value !== undefined) lines.push(`    ${key}: ${JSON.stringify(value)}`);
  if (rules) lines.push('  rules:', ...Object.entries(rules).map(([id, s]) => `    ${id}: ${s}`));
  return `${lines.join('\n')}\n`;
}

interface Options {
  trace?: Record<string, unknown>;
  rules?: Record<string, string>;
  env?: Record<string, string>;
  inputs?: Record<string, string>;
  base?: string;
  dir?: string;
  signal?: AbortSignal;
}

async function trace(files: Record<string, string>, options: Options = {}) {
  const url = options.env?.TRACE_DATABASE_URL ?? (await freshDatabase());
  const dir = options.dir ?? workspace({ ...BASE, ...files });
  const ctx: CheckContext = {
    ...context(dir, manifest({ url: '{{ env.TRACE_DATABASE_URL }}', rows: 2000, ...QUIET, ...options.trace }, options.rules), { base: options.base }),
    env: { TRACE_DATABASE_URL: url, ...options.env },
    input: (name) => options.inputs?.[name],
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const output = await migrationsCheck.run(ctx, ctx.manifest.data.migrations!);
  const findings = [...output.findings].sort(compareFindings);
  return { findings, metrics: output.metrics ?? {}, trace: (output.metrics?.trace ?? {}) as Record<string, unknown>, url, dir };
}

/** Findings outside the base schema's file (traced too when there is no --base, but not under test). */
const brief = (findings: Finding[]) => findings.filter((f) => f.file !== 'db/migrations/001_base.sql').map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort();
const CHANGE = 'db/migrations/002_change.sql';

suite(`migrations trace on a real PostgreSQL ${why}`, () => {
  beforeAll(async () => {
    cluster = await LocalCluster.start(BIN!);
    admin = await Database.connect({ ...cluster.connection, ssl: false });
  }, 120_000);
  afterAll(async () => {
    await admin?.close();
    await cluster?.stop();
  });

  describe('table-rewrite-observed', () => {
    test('a constant default is stored in the catalog (no rewrite); a volatile one rewrites, and adds its evidence to the static finding', async () => {
      const { findings, trace: t } = await trace({
        [CHANGE]: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN points integer NOT NULL DEFAULT 0;\nALTER TABLE users ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();\n",
      });
      expect(brief(findings)).toEqual([`volatile-default-rewrite ${CHANGE}:3`]);
      expect(findings[0]!.message).toMatch(/\. Trace \(table-rewrite-observed\): rewrote users \(new relfilenode\) in [\d.,]+ ms on 2,000 seeded rows; production copies every row of it while holding an ACCESS EXCLUSIVE lock\.$/);
      const statements = (t.migrations as { name: string; statements: { line: number; rewrite: string; locks: string }[] }[])
        .find((m) => m.name === CHANGE)!.statements;
      expect(statements.map((s) => [s.line, s.rewrite])).toEqual([[1, ''], [2, ''], [3, 'users']]);
      expect(statements[1]!.locks).toBe('users: ACCESS EXCLUSIVE');
      // The rewrite locks users and its indexes; toast tables and the transient heap are left out.
      expect(statements[2]!.locks.split('; ').sort()).toEqual(['users: ACCESS EXCLUSIVE', 'users: SHARE', 'users_email_key: ACCESS EXCLUSIVE', 'users_pkey: ACCESS EXCLUSIVE']);
      expect(t.seeded).toEqual([{ name: 'users', rows: 2000 }]);
    });

    test('on its own when no static rule saw it (the static rule turned off), and index rebuilds count', async () => {
      const { findings } = await trace({
        [CHANGE]: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();\nREINDEX TABLE orders;\nALTER TABLE orders SET UNLOGGED;\n",
      }, { rules: { 'volatile-default-rewrite': 'off', 'blocking-maintenance': 'off' } });
      expect(brief(findings)).toEqual([
        `blocking-maintenance ${CHANGE}:3`,
        `set-logged-rewrite ${CHANGE}:4`,
        `table-rewrite-observed ${CHANGE}:2`,
        `table-rewrite-observed ${CHANGE}:3`,
        `volatile-default-rewrite ${CHANGE}:2`,
      ]);
      expect(findings.filter((f) => f.ruleId === 'table-rewrite-observed').map((f) => f.message.split(' (new')[0])).toEqual(['rewrote users', 'rewrote orders (3 indexes)']);
      expect(findings.find((f) => f.ruleId === 'set-logged-rewrite')!.message).toContain('Trace (table-rewrite-observed): rewrote orders (new relfilenode)');
    });
  });

  describe('lock-access-exclusive-held', () => {
    test('held until the transaction ends, with what ran under it', async () => {
      const { findings } = await trace({
        [CHANGE]: "SET lock_timeout = '5s';\nBEGIN;\nALTER TABLE users ALTER COLUMN score TYPE numeric(6, 2);\nSELECT pg_sleep(0.1);\nCREATE INDEX orders_total_idx ON orders (total);\nCOMMIT;\n",
      }, { trace: { 'lock-hold': '1ms' }, rules: { 'index-not-concurrent': 'off', 'column-type-change-rewrite': 'off' } });
      const held = findings.filter((f) => f.ruleId === 'lock-access-exclusive-held');
      expect(held.map((f) => `${f.file}:${f.line}`)).toEqual([`${CHANGE}:3`]);
      expect(held[0]!.message).toMatch(/^held an ACCESS EXCLUSIVE lock on users for [\d.,]+ ms, blocking every read and write of it; under it ran line 4 \(SELECT pg_sleep\(0\.1\)\), line 5 \(CREATE INDEX orders_total_idx ON orders \(total\)\)$/);
    });

    test('not below lock-hold', async () => {
      const { findings } = await trace({ [CHANGE]: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;\n" }, { trace: { 'lock-hold': '10m' } });
      expect(brief(findings)).toEqual([]);
    });

    test('a lock on a table the same migration created is not reported', async () => {
      const { findings } = await trace({ [CHANGE]: 'CREATE TABLE notes (id bigint);\nALTER TABLE notes ADD COLUMN body text;\n' }, { trace: { 'lock-hold': '0ms' } });
      expect(brief(findings)).toEqual([]);
    });
  });

  describe('statement-slow-on-seeded-data', () => {
    const sleepy = { [CHANGE]: 'SELECT pg_sleep(0.05);\n' };
    test('over slow-statement', async () => {
      const { findings } = await trace(sleepy, { trace: { 'slow-statement': '1ms' } });
      expect(brief(findings)).toEqual([`statement-slow-on-seeded-data ${CHANGE}:1`]);
      expect(findings[0]!.message).toMatch(/^took [\d.,]+ ms on 2,000 seeded rows per table \(slow-statement: 1\.0 ms\)$/);
    });
    test('under it', async () => {
      const { findings } = await trace(sleepy, { trace: { 'slow-statement': '10m' } });
      expect(brief(findings)).toEqual([]);
    });
  });

  describe('foreign-key-without-index', () => {
    test('a new key without an index on its columns, in CREATE TABLE and in ALTER TABLE', async () => {
      const { findings } = await trace({
        [CHANGE]: "SET lock_timeout = '5s';\nCREATE TABLE invoices (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\nALTER TABLE orders ADD COLUMN coupon_user_id bigint;\nALTER TABLE orders ADD CONSTRAINT orders_coupon_fk FOREIGN KEY (coupon_user_id) REFERENCES users (id) NOT VALID;\n",
      });
      expect(brief(findings)).toEqual([`foreign-key-without-index ${CHANGE}:2`, `foreign-key-without-index ${CHANGE}:4`]);
      expect(findings.map((f) => f.message)).toEqual([
        'foreign key invoices_user_id_fkey on invoices (user_id) references users, but no index of invoices starts with (user_id): deleting or re-keying a users row scans invoices',
        'foreign key orders_coupon_fk on orders (coupon_user_id) references users, but no index of orders starts with (coupon_user_id): deleting or re-keying a users row scans orders',
      ]);
      expect(findings[0]!.hint).toBe('CREATE INDEX CONCURRENTLY ON invoices (user_id); in a migration of its own, outside a transaction.');
    });

    test('an index created later in the pull request covers it', async () => {
      const { findings } = await trace({
        [CHANGE]: 'CREATE TABLE invoices (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\n',
        'db/migrations/003_index.sql': 'CREATE INDEX CONCURRENTLY invoices_user_id_idx ON invoices (user_id, id);\n',
      });
      expect(brief(findings)).toEqual([]);
    });
  });

  describe('migration-failed-to-apply', () => {
    test("PostgreSQL's message on the statement's line; what follows is not traced", async () => {
      const { findings, trace: t } = await trace({
        [CHANGE]: "SET lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_age_negative CHECK (age < 0) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_age_negative;\n",
        'db/migrations/003_later.sql': 'SELECT 1;\n',
      });
      expect(brief(findings)).toEqual([`migration-failed-to-apply ${CHANGE}:3`]);
      expect(findings[0]!.message).toBe('PostgreSQL refused this statement: check constraint "users_age_negative" of relation "users" is violated by some row');
      expect(t.stoppedAt).toBe(`${CHANGE}:3`);
      expect((t.migrations as { name: string }[]).map((m) => m.name)).toEqual(['db/migrations/001_base.sql', CHANGE]);
    });

    test('merged into the static finding that predicted it: NOT NULL without a default on a table with rows', async () => {
      const { findings } = await trace({ [CHANGE]: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;\n" });
      expect(brief(findings)).toEqual([`not-null-column-without-default ${CHANGE}:2`]);
      expect(findings[0]!.message).toMatch(/\. Trace \(migration-failed-to-apply\): PostgreSQL refused this statement: column "tenant_id" of relation "users" contains null values\.$/);
    });

    test('CONCURRENTLY runs outside a transaction, and fails inside the one the file opens', async () => {
      const { findings, trace: t } = await trace({
        [CHANGE]: 'CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);\n',
        'db/migrations/003_wrapped.sql': 'BEGIN;\nCREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);\nCOMMIT;\n',
      });
      expect(brief(findings)).toEqual([`concurrent-in-transaction db/migrations/003_wrapped.sql:2`]);
      expect(findings[0]!.message).toMatch(/Trace \(migration-failed-to-apply\): PostgreSQL refused this statement: CREATE INDEX CONCURRENTLY cannot run inside a transaction block\.$/);
      const change = (t.migrations as { name: string; statements: { error?: string }[] }[]).find((m) => m.name === CHANGE)!;
      expect(change.statements[0]!.error).toBeUndefined();
    });
  });

  describe('what runs where', () => {
    test('with --base, the base branch\'s migrations run untraced and only the new ones are traced and seeded for', async () => {
      const dir = workspace(BASE);
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'base');
      git('checkout', '-q', '-b', 'feature');
      mkdirSync(dirname(join(dir, CHANGE)), { recursive: true });
      writeFileSync(join(dir, CHANGE), "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN code text DEFAULT md5(random()::text);\n");
      git('add', '-A');
      git('commit', '-q', '-m', 'change');
      const { findings, trace: t } = await trace({}, { dir, base: 'main' });
      expect(brief(findings)).toEqual([`volatile-default-rewrite ${CHANGE}:2`]);
      expect(findings[0]!.message).toContain('Trace (table-rewrite-observed): rewrote orders');
      expect((t.migrations as { name: string }[]).map((m) => m.name)).toEqual([CHANGE]);
      expect(t.seeded).toEqual([{ name: 'users', rows: 2000 }, { name: 'orders', rows: 2000 }]);
    });

    test('--no-trace skips it: nothing is connected to', async () => {
      const { findings, metrics } = await trace({ [CHANGE]: 'SELECT 1;\n' }, { inputs: { 'no-trace': 'true' }, env: { TRACE_DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/nothing' } });
      expect(brief(findings)).toEqual([]);
      expect(metrics.trace).toBeUndefined();
    });

    test('an ignore comment naming the trace rule (or the static rule of the same hazard) covers the trace finding', async () => {
      const { findings } = await trace({ [CHANGE]: '-- release-gate-ignore statement-slow-on-seeded-data: a test\nSELECT pg_sleep(0.01);\n' }, { trace: { 'slow-statement': '1ms' } });
      expect(brief(findings)).toEqual([]);
    });
  });

  describe('the database it connects to', () => {
    test('a url whose database has tables is refused, unless allow-existing', async () => {
      const url = await freshDatabase();
      const db = await Database.connect({ ...cluster.connection, database: url.split('/').pop()!, ssl: false });
      await db.query('CREATE TABLE precious (id int)');
      await db.close();
      const refused = await trace({ [CHANGE]: 'SELECT 1;\n' }, { env: { TRACE_DATABASE_URL: url } });
      expect(refused.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['trace-not-run', '.github/release-gate.yml', 4]]);
      expect(refused.findings[0]!.message).toBe(`the trace did not run: postgres://postgres@127.0.0.1:${cluster.connection.port}/${url.split('/').pop()} already has 1 table; the trace applies migrations and seeds rows, so it runs only on an empty scratch database (allow-existing: true to use this one anyway)`);
      expect(JSON.stringify({ findings: refused.findings, metrics: refused.metrics })).not.toContain(cluster.connection.password);
      const allowed = await trace({ [CHANGE]: 'SELECT 1;\n' }, { env: { TRACE_DATABASE_URL: url }, trace: { 'allow-existing': true } });
      expect(brief(allowed.findings)).toEqual([]);
      expect(allowed.trace.ran).toBe(true);
    });

    test('a url that does not name its database is refused before any connection, whatever PGDATABASE says', async () => {
      const c = cluster.connection;
      const saved = process.env.PGDATABASE;
      process.env.PGDATABASE = 'postgres';
      try {
        const { findings } = await trace({ [CHANGE]: 'SELECT 1;\n' }, { env: { TRACE_DATABASE_URL: `postgres://${c.user}:${encodeURIComponent(c.password)}@${c.host}:${c.port}` } });
        expect(findings.map((f) => [f.ruleId, f.message])).toEqual([
          ['trace-not-run', 'the trace did not run: migrations.trace.url names no database; the trace connects only to a database the URL names in full'],
        ]);
      } finally {
        if (saved === undefined) delete process.env.PGDATABASE;
        else process.env.PGDATABASE = saved;
      }
    });

    test('an unset url variable', async () => {
      const dir = workspace({ ...BASE, [CHANGE]: 'SELECT 1;\n' });
      const ctx = context(dir, manifest({ url: '{{ env.TRACE_DATABASE_URL }}' }));
      const output = await migrationsCheck.run(ctx, ctx.manifest.data.migrations!);
      expect(output.findings.map((f) => f.message)).toEqual(['the trace did not run: migrations.trace.url: {{ env.TRACE_DATABASE_URL }} is not set in the environment']);
    });
  });
});

/** A TMPDIR of the test's own, so "nothing is left behind" is not confused by other runs on the machine. */
function privateTmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-trace-test-'));
  chmodSync(dir, 0o755); // the postgres user must reach its data directory inside
  return dir;
}

function postgresRunningIn(dir: string): boolean {
  const ps = spawnSync('ps', ['-ww', '-eo', 'args'], { encoding: 'utf8' }).stdout;
  return ps.split('\n').some((line) => line.includes(dir) && /postgres/.test(line));
}

suite(`local: true ${why}`, () => {
  let tmp = '';
  beforeAll(() => { tmp = privateTmp(); });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const local = () => ({ trace: { local: true, url: undefined } as never, env: { TRACE_DATABASE_URL: 'unused', TMPDIR: tmp } });

  test('starts a throwaway cluster, traces, and removes it; also when a migration fails', async () => {
    const ok = await trace({ [CHANGE]: "SET lock_timeout = '5s';\nALTER TABLE users ALTER COLUMN age TYPE bigint;\n" }, local());
    expect(brief(ok.findings)).toEqual([`column-type-change-rewrite ${CHANGE}:2`]);
    expect(ok.findings[0]!.message).toContain('Trace (table-rewrite-observed): rewrote users');
    expect(ok.trace.target).toBe('local');
    expect(readdirSync(tmp)).toEqual([]);

    const failed = await trace({ [CHANGE]: "SET lock_timeout = '5s';\nALTER TABLE nowhere ADD COLUMN x int;\n" }, local());
    expect(brief(failed.findings)).toEqual([`migration-failed-to-apply ${CHANGE}:2`]);
    expect(failed.findings[0]!.message).toBe('PostgreSQL refused this statement: relation "nowhere" does not exist');
    expect(readdirSync(tmp)).toEqual([]);
    expect(postgresRunningIn(tmp)).toBe(false);
  }, 120_000);

  test('an aborted run stops the statement and removes the cluster', async () => {
    const controller = new AbortController();
    const running = trace({ [CHANGE]: 'SELECT pg_sleep(60);\n' }, { ...local(), signal: controller.signal });
    const deadline = Date.now() + 60_000;
    while (!postgresRunningIn(tmp) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(postgresRunningIn(tmp)).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    controller.abort(new Error('interrupted'));
    await expect(running).rejects.toThrow('interrupted');
    expect(readdirSync(tmp)).toEqual([]);
    expect(postgresRunningIn(tmp)).toBe(false);
  }, 120_000);

  test('SIGTERM to the CLI removes the cluster before the process ends', async () => {
    const cli = join(process.cwd(), 'dist/cli/index.js');
    const dir = workspace({ ...BASE, [CHANGE]: 'SELECT pg_sleep(60);\n', '.github/release-gate.yml': manifest({ local: true, rows: 10 }) });
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [cli, 'migrations'], { cwd: dir, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    const deadline = Date.now() + 60_000;
    while (!(readdirSync(tmp).some((d) => existsSync(join(tmp, d, 'data', 'postmaster.pid'))) && postgresRunningIn(tmp)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(postgresRunningIn(tmp)).toBe(true);
    child.kill('SIGTERM');
    // The CLI handles SIGTERM itself (exit 143 once the run stopped); without a handler the signal ends it.
    expect([143, 'SIGTERM']).toContain(await exited);
    expect(readdirSync(tmp)).toEqual([]);
    expect(postgresRunningIn(tmp)).toBe(false);
  }, 120_000);
});
