import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareVersions, PRESETS, type PresetName, type RunnerMode } from '../../../src/checks/migrations/presets.js';
import { NON_VOLATILE_FUNCTIONS, VOLATILE_FUNCTIONS } from '../../../src/checks/migrations/rules/volatile-default-rewrite.js';
import { RULE_TABLES } from './cases/index.js';
import { SAFE_FORMS } from './cases/safe-forms.js';
import { BASE_SCHEMA, caseFiles, type MigrationCase } from './rule-tester.js';

/**
 * Proves the check's claims on a real PostgreSQL: every safe form and every valid case of the rule
 * tables runs; the changes said to rewrite a table do (pg_class.relfilenode changes) and the ones
 * said not to do not; the statements said to scan a table do (pg_stat_xact_user_tables counts a
 * sequential scan). A throwaway cluster is started on a loopback port and removed afterwards.
 */

const VERSIONS = ['15', '16', '17', '18', '14', '13', '12'];
const BIN = VERSIONS.map((v) => `/usr/lib/postgresql/${v}/bin`).find((dir) => existsSync(join(dir, 'initdb')));
const IS_ROOT = process.getuid?.() === 0;
const HAS_POSTGRES_USER = !IS_ROOT || spawnSync('id', ['-u', 'postgres']).status === 0;
const why = !BIN
  ? 'skipped: PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin (apt-get install -y postgresql-15)'
  : !HAS_POSTGRES_USER ? 'skipped: initdb refuses to run as root and there is no postgres user' : '';
const suite = why ? describe.skip : describe;

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

class Cluster {
  dir = '';
  port = 0;

  async start(): Promise<void> {
    this.dir = mkdtempSync(join(tmpdir(), 'release-gate-pg-'));
    if (IS_ROOT) chownSync(this.dir, Number(spawnSync('id', ['-u', 'postgres']).stdout), Number(spawnSync('id', ['-g', 'postgres']).stdout));
    this.port = await freePort();
    this.asOwner('initdb', ['-D', join(this.dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
    // A time zone other than UTC, so timestamp → timestamptz rewrites unless the migration says SET TIME ZONE 'UTC'.
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c timezone=America/New_York`;
    this.asOwner('pg_ctl', ['-D', join(this.dir, 'data'), '-o', options, '-l', join(this.dir, 'log'), '-w', 'start']);
  }

  stop(): void {
    if (!this.dir) return;
    if (this.port) spawnSync(IS_ROOT ? 'runuser' : join(BIN!, 'pg_ctl'), IS_ROOT
      ? ['-u', 'postgres', '--', join(BIN!, 'pg_ctl'), '-D', join(this.dir, 'data'), '-m', 'immediate', 'stop']
      : ['-D', join(this.dir, 'data'), '-m', 'immediate', 'stop']);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Runs SQL through psql, stopping at the first error. */
  psql(sql: string, mode: 'script' | 'one-query' = 'script', schema = 'public', database = 'postgres'): Result {
    const args = this.psqlArgs(database);
    const env = { ...process.env, PGOPTIONS: `-c search_path=${schema}` };
    const run = mode === 'one-query'
      ? spawnSync(join(BIN!, 'psql'), [...args, '-c', sql], { encoding: 'utf8', env })
      : spawnSync(join(BIN!, 'psql'), [...args, '-f', '-'], { input: sql, encoding: 'utf8', env });
    return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
  }

  psqlArgs(database = 'postgres'): string[] {
    return ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-h', this.dir, '-p', String(this.port), '-U', 'postgres', '-d', database];
  }

  /** Starts psql in the background, for tests of what another session sees; `send` feeds it more SQL as it runs. */
  background(sql: string): { send(more: string): void; done: Promise<Result> } {
    const child = spawn(join(BIN!, 'psql'), ['-f', '-', ...this.psqlArgs()], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const done = new Promise<Result>((resolve) => child.on('close', (status) => resolve({ status, stdout: stdout.trim(), stderr: stderr.trim() })));
    child.stdin.write(sql);
    return { send: (more) => { child.stdin.end(more); }, done };
  }

  /** Polls until `sql` returns `expected`; the session under test is then where the test needs it. */
  async until(sql: string, expected: string): Promise<void> {
    for (let i = 0; i < 600; i++) {
      if (this.ok(sql) === expected) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`never got ${expected} from ${sql}`);
  }

  ok(sql: string, mode?: 'script' | 'one-query', schema?: string): string {
    const r = this.psql(sql, mode, schema);
    if (r.status !== 0) throw new Error(`psql failed (${r.status}): ${r.stderr}\n--- SQL ---\n${sql}`);
    return r.stdout;
  }

  private asOwner(tool: string, args: string[]): void {
    const r = IS_ROOT
      ? spawnSync('runuser', ['-u', 'postgres', '--', join(BIN!, tool), ...args], { encoding: 'utf8' })
      : spawnSync(join(BIN!, tool), args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr || r.stdout}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const SEED = [
  "INSERT INTO users (email, name, age, score, status) SELECT 'user' || i || '@example.com', 'user ' || i, i, i, 'new' FROM generate_series(1, 500) i;",
  "INSERT INTO orders (user_id, total, note, ip, placed_at) SELECT i, i, 'note ' || i, '10.0.0.0/8', now() FROM generate_series(1, 500) i;",
  'REFRESH MATERIALIZED VIEW order_totals;',
  'ANALYZE users, orders;',
].join('\n');

const cluster = new Cluster();
let schemas = 0;

/**
 * Each case runs in a schema of its own (search_path set through PGOPTIONS, so a one-statement
 * query stays one statement), holding a fresh copy of the seeded base schema unless the case
 * brings every file. A schema is much cheaper than a database.
 */
function freshSchema(c: MigrationCase): { schema: string; setup: string } {
  const schema = `case_${++schemas}`;
  return { schema, setup: `CREATE SCHEMA ${schema};\n${c.files ? '' : `${BASE_SCHEMA}\n${SEED}`}\n` };
}

/** Runs `sql` in a fresh schema, in the same psql session that creates it. */
function inFreshSchema(c: MigrationCase, sql: string): string {
  const { schema, setup } = freshSchema(c);
  return cluster.ok(setup + sql, 'script', schema);
}

function runnerOf(c: MigrationCase, preset: PresetName, source: string, path: string, files: Record<string, string>): RunnerMode {
  const transaction = c.options?.transaction as string | undefined;
  if (transaction === 'always') return 'wrapped';
  if (transaction === 'never') return 'script';
  if (PRESETS[preset].prepare?.(source).transaction === false) return 'script';
  const mode = PRESETS[preset].runner;
  if (mode !== 'flyway') return mode;
  const outside = /executeInTransaction\s*=\s*false/.test(files[`${path}.conf`] ?? '') || /CONCURRENTLY/i.test(source);
  return outside ? 'script' : 'wrapped';
}

/** Applies a case's migrations in version order, the way its runner would, in a fresh database. */
function migrate(c: MigrationCase): void {
  const preset = (c.options?.preset as PresetName | undefined) ?? 'plain';
  const files = caseFiles(c);
  const migrations = Object.keys(files)
    .filter((path) => path.endsWith('.sql') && !(c.files === undefined && files[path] === BASE_SCHEMA))
    .map((path) => ({ path, classified: PRESETS[preset].classify(path) }))
    .filter((m) => m.classified.kind !== 'ignored')
    .sort((a, b) => (a.classified.version && b.classified.version ? compareVersions(a.classified.version, b.classified.version) : 0) || a.path.localeCompare(b.path));
  const prepared = migrations.map((m) => ({
    source: PRESETS[preset].prepare?.(files[m.path]!).source ?? files[m.path]!,
    mode: runnerOf(c, preset, files[m.path]!, m.path, files),
  }));
  if (prepared.some((m) => m.mode === 'implicit')) {
    // golang-migrate and Prisma send each file as one multi-statement query: psql -c does the same.
    const { schema, setup } = freshSchema(c);
    cluster.ok(setup, 'script', schema);
    for (const m of prepared) cluster.ok(m.source, m.mode === 'implicit' ? 'one-query' : 'script', schema);
    return;
  }
  inFreshSchema(c, prepared.map((m) => (m.mode === 'wrapped' ? `BEGIN;\n${m.source}\nCOMMIT;` : m.source)).join('\n'));
}

const runnable = (c: MigrationCase) => !c.notOnPostgres && (c.options?.['postgres-version'] === undefined || c.options['postgres-version'] === 15);

suite(`on a real PostgreSQL ${BIN?.split('/')[4] ?? ''} ${why}`, () => {
  beforeAll(async () => {
    await cluster.start();
    cluster.ok(`${BASE_SCHEMA}\n${SEED}`);
  }, 60_000);
  afterAll(() => cluster.stop());

  describe('every safe form runs', () => {
    for (const c of SAFE_FORMS.filter(runnable)) test(c.name!, () => migrate(c));
  });

  describe('every valid case of the rule tables runs', () => {
    for (const [ruleId, table] of Object.entries(RULE_TABLES)) {
      for (const [i, c] of table.valid.entries()) {
        if (runnable(c)) test(`${ruleId}: ${c.name ?? i + 1}`, () => migrate(c));
      }
    }
  });

  describe('rewrites happen exactly where the rules say (pg_class.relfilenode)', () => {
    for (const ruleId of ['column-type-change-rewrite', 'volatile-default-rewrite', 'set-logged-rewrite']) {
      const table = RULE_TABLES[ruleId]!;
      const cases = [...table.valid.map((c) => ({ c, rewrites: false })), ...table.invalid.map((c) => ({ c, rewrites: true }))];
      for (const { c, rewrites } of cases) {
        const target = c.sql?.match(/ALTER TABLE (\w+)/g)?.pop()?.split(' ').pop();
        if (!runnable(c) || c.files || !target || !BASE_SCHEMA.includes(`CREATE TABLE ${target} `)) continue;
        test(`${ruleId}: ${c.name} ${rewrites ? 'rewrites' : 'does not rewrite'} ${target}`, () => {
          const relfilenode = `SELECT 'relfilenode ' || relfilenode FROM pg_class WHERE oid = '${target}'::regclass;`;
          const out = inFreshSchema(c, `${relfilenode}\n${c.sql}\n${relfilenode}\n`);
          const [before, after] = out.split('\n').filter((l) => l.startsWith('relfilenode '));
          expect(before).toBeDefined();
          expect(after !== before).toBe(rewrites);
        });
      }
    }
  });

  describe('scans happen exactly where the rules say (sequential scans counted in the transaction)', () => {
    const claims: { name: string; setup?: string; table: string; sql: string; scans: boolean }[] = [
      { name: 'SET NOT NULL scans', table: 'users', sql: 'ALTER TABLE users ALTER COLUMN name SET NOT NULL', scans: true },
      {
        name: 'SET NOT NULL after a validated CHECK (... IS NOT NULL) does not',
        setup: 'ALTER TABLE users ADD CONSTRAINT c CHECK (name IS NOT NULL) NOT VALID; ALTER TABLE users VALIDATE CONSTRAINT c;',
        table: 'users', sql: 'ALTER TABLE users ALTER COLUMN name SET NOT NULL', scans: false,
      },
      {
        name: 'a NOT VALID CHECK does not help SET NOT NULL',
        setup: 'ALTER TABLE users ADD CONSTRAINT c CHECK (name IS NOT NULL) NOT VALID;',
        table: 'users', sql: 'ALTER TABLE users ALTER COLUMN name SET NOT NULL', scans: true,
      },
      { name: 'ADD CHECK scans', table: 'orders', sql: 'ALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0)', scans: true },
      { name: 'ADD CHECK ... NOT VALID does not', table: 'orders', sql: 'ALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0) NOT VALID', scans: false },
      { name: 'ADD FOREIGN KEY scans', table: 'orders', sql: 'ALTER TABLE orders ADD CONSTRAINT f FOREIGN KEY (user_id) REFERENCES users (id)', scans: true },
      { name: 'ADD FOREIGN KEY ... NOT VALID does not', table: 'orders', sql: 'ALTER TABLE orders ADD CONSTRAINT f FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID', scans: false },
      { name: 'ADD COLUMN ... REFERENCES without a default does not', table: 'orders', sql: 'ALTER TABLE orders ADD COLUMN coupon_user_id bigint REFERENCES users (id)', scans: false },
      { name: 'ADD COLUMN ... REFERENCES with a default does', table: 'orders', sql: 'ALTER TABLE orders ADD COLUMN coupon_user_id bigint DEFAULT 1 REFERENCES users (id)', scans: true },
      { name: 'ADD COLUMN ... CHECK does, even without a default', table: 'orders', sql: 'ALTER TABLE orders ADD COLUMN discount numeric CHECK (discount >= 0)', scans: true },
      {
        name: 'PRIMARY KEY USING INDEX on a nullable column scans',
        setup: 'CREATE TABLE sessions (token text, user_id bigint); INSERT INTO sessions SELECT i::text, i FROM generate_series(1, 50) i; CREATE UNIQUE INDEX sessions_idx ON sessions (token);',
        table: 'sessions', sql: 'ALTER TABLE sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY USING INDEX sessions_idx', scans: true,
      },
      {
        name: 'PRIMARY KEY USING INDEX on a NOT NULL column does not',
        setup: 'CREATE TABLE sessions (token text NOT NULL, user_id bigint); INSERT INTO sessions SELECT i::text, i FROM generate_series(1, 50) i; CREATE UNIQUE INDEX sessions_idx ON sessions (token);',
        table: 'sessions', sql: 'ALTER TABLE sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY USING INDEX sessions_idx', scans: false,
      },
    ];
    for (const claim of claims) {
      test(claim.name, () => {
        const count = `SELECT 'scans ' || pg_stat_get_xact_numscans('${claim.table}'::regclass);`;
        const out = inFreshSchema({}, `BEGIN;\n${claim.setup ?? ''}\n${count}\n${claim.sql};\n${count}\nROLLBACK;\n`);
        const [before, after] = out.split('\n').filter((l) => l.startsWith('scans ')).map((l) => Number(l.slice(6)));
        expect(after! > before!).toBe(claim.scans);
      });
    }
  });

  describe('what PostgreSQL rejects, as the rules and hints say', () => {
    test('UNIQUE ... NOT VALID does not exist, so the hints never suggest it', () => {
      const r = cluster.psql('BEGIN;\nALTER TABLE users ADD CONSTRAINT users_name_key UNIQUE (name) NOT VALID;\nROLLBACK;');
      expect(r.stderr).toMatch(/UNIQUE constraints cannot be marked NOT VALID/);
    });
    test('CREATE INDEX CONCURRENTLY inside BEGIN', () => {
      const r = cluster.psql('BEGIN;\nCREATE INDEX CONCURRENTLY users_age_idx ON users (age);\nCOMMIT;\n');
      expect(r.stderr).toMatch(/CREATE INDEX CONCURRENTLY cannot run inside a transaction block/);
    });
    test('a multi-statement query, as golang-migrate and Prisma send a file, is one transaction', () => {
      const r = cluster.psql("SET lock_timeout = '5s'; CREATE INDEX CONCURRENTLY users_age_idx ON users (age);", 'one-query');
      expect(r.stderr).toMatch(/CREATE INDEX CONCURRENTLY cannot run inside a transaction block/);
    });
    test('a single statement sent the same way runs', () => {
      const { schema, setup } = freshSchema({});
      cluster.ok(setup, 'script', schema);
      cluster.ok('CREATE INDEX CONCURRENTLY users_age_idx ON users (age)', 'one-query', schema);
    });
    test('CONCURRENTLY inside a DO block', () => {
      const r = cluster.psql('DO $$ BEGIN CREATE INDEX CONCURRENTLY users_age_idx ON users (age); END $$;');
      expect(r.stderr).toMatch(/cannot be executed from a function/);
    });
    test('ADD COLUMN ... NOT NULL without a default fails on a table with rows', () => {
      const r = cluster.psql('BEGIN;\nALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;\nROLLBACK;');
      expect(r.stderr).toMatch(/contains null values/);
    });
    test('the volatile functions the rule knows are volatile in pg_proc; now() and friends are not', () => {
      const names = [...VOLATILE_FUNCTIONS].map((n) => `'${n}'`).join(', ');
      const rows = cluster.ok(`SELECT DISTINCT proname || ':' || provolatile::text FROM pg_proc WHERE proname IN (${names}, 'now', 'statement_timestamp', 'transaction_timestamp', 'md5', 'lower') ORDER BY 1;`);
      const volatility = new Map(rows.split('\n').map((r) => r.split(':') as [string, string]));
      for (const name of VOLATILE_FUNCTIONS) if (volatility.has(name)) expect(`${name}:${volatility.get(name)}`).toBe(`${name}:v`);
      for (const name of ['now', 'statement_timestamp', 'transaction_timestamp', 'md5', 'lower']) expect(volatility.get(name)).not.toBe('v');
    });
    test('every function on the known immutable/stable list exists and no overload of it is volatile', () => {
      const names = [...NON_VOLATILE_FUNCTIONS];
      const rows = cluster.ok(`SELECT proname || ':' || string_agg(DISTINCT provolatile::text, '' ORDER BY provolatile::text) FROM pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace AND proname IN (${names.map((n) => `'${n}'`).join(', ')}) GROUP BY proname ORDER BY 1;`);
      const found = new Map(rows.split('\n').map((r) => r.split(':') as [string, string]));
      expect(names.filter((n) => !found.has(n))).toEqual([]);
      expect([...found].filter(([, kinds]) => kinds.includes('v')).map(([n]) => n)).toEqual([]);
    });
    test('REINDEX SYSTEM has no CONCURRENTLY form; REINDEX DATABASE CONCURRENTLY runs, outside a transaction only', () => {
      expect(cluster.psql('REINDEX SYSTEM CONCURRENTLY postgres;').stderr).toMatch(/cannot reindex system catalogs concurrently/);
      cluster.ok('CREATE DATABASE reindex_probe;');
      const inDb = (sql: string) => cluster.psql(sql, 'script', 'public', 'reindex_probe');
      expect(inDb('CREATE TABLE t (id int PRIMARY KEY); REINDEX DATABASE CONCURRENTLY reindex_probe;').status).toBe(0);
      expect(inDb('BEGIN; REINDEX DATABASE reindex_probe; COMMIT;').stderr).toMatch(/REINDEX DATABASE cannot run inside a transaction block/);
    });
    test('ADD COLUMN ... REFERENCES takes a SHARE ROW EXCLUSIVE lock on the referenced table (and scans nothing without a default)', () => {
      const out = inFreshSchema({}, "BEGIN;\nALTER TABLE orders ADD COLUMN coupon_user_id bigint REFERENCES users (id);\nSELECT 'lock ' || mode FROM pg_locks WHERE relation = 'users'::regclass AND pid = pg_backend_pid();\nROLLBACK;\n");
      expect(out.split('\n').filter((l) => l.startsWith('lock '))).toContain('lock ShareRowExclusiveLock');
    });
  });

  describe('what another session sees', () => {
    test('DROP VIEW and CREATE VIEW in one transaction: a query waiting on the view reads the new one, without an error', async () => {
      cluster.ok('CREATE VIEW redefined AS SELECT 1 AS version;');
      // The migration holds the view's lock until the test lets go of an advisory lock it waits on.
      const holder = cluster.background('SELECT pg_advisory_lock(4242);\n');
      await cluster.until("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242 AND granted", '1');
      const migration = cluster.background('BEGIN;\nDROP VIEW redefined;\nCREATE VIEW redefined AS SELECT 2 AS version;\nSELECT pg_advisory_lock(4242);\nCOMMIT;\n');
      migration.send('');
      await cluster.until("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242 AND NOT granted", '1');
      const reader = cluster.background('SELECT version FROM redefined;\n');
      reader.send('');
      await cluster.until("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE NOT l.granted AND l.locktype = 'relation' AND a.query LIKE 'SELECT version FROM redefined%'", '1');
      holder.send('SELECT pg_advisory_unlock(4242);\n');
      const [read, migrated] = await Promise.all([reader.done, migration.done, holder.done]);
      expect(migrated.status).toBe(0);
      expect([read.status, read.stdout, read.stderr]).toEqual([0, '2', '']);
    }, 30_000);
  });
});
