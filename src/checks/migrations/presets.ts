import { preparePsqlScript } from './psql-script.js';

/**
 * Migration layouts: how each tool names its files (and so orders them), which part of a file runs
 * on migrate up, and whether the tool wraps a file in a transaction.
 */

export type PresetName =
  | 'plain' | 'flyway' | 'golang-migrate' | 'prisma' | 'dbmate' | 'node-pg-migrate' | 'rails' | 'django' | 'alembic'
  | 'diesel' | 'goose' | 'sql-migrate';

/**
 * How the runner sends a file to PostgreSQL:
 * - wrapped: BEGIN, the file, COMMIT.
 * - implicit: the whole file as one multi-statement query, which PostgreSQL runs as one transaction.
 * - script: statement by statement, each committing on its own unless the file says BEGIN (psql -f).
 * - flyway: wrapped, unless the file holds a statement that cannot run in a transaction.
 */
export type RunnerMode = 'wrapped' | 'implicit' | 'script' | 'flyway';

export interface Version {
  /** As written in the file name, e.g. "20240105120000" or "1.2". */
  text: string;
  parts: bigint[];
}

export interface Classified {
  /** versioned: ordered by version; repeatable: Flyway R__ files, re-run when edited; ignored: down/undo files. */
  kind: 'versioned' | 'repeatable' | 'ignored';
  version?: Version;
  /** Versions are compared only within a scope (Django numbers migrations per app). */
  scope: string;
}

export interface PreparedSource {
  /** Same length and lines as the file; text that does not run on migrate up is blanked. */
  source: string;
  /**
   * An in-file switch: false turns the runner's transaction off (dbmate `transaction:false`, goose
   * `NO TRANSACTION`); true says the file belongs to a tool that wraps it (annotations read by the plain preset).
   */
  transaction?: boolean;
  /** With transaction true: why, for messages. */
  runnerNote?: string;
}

export interface Preset {
  name: PresetName;
  /** Where the tool keeps migrations when the manifest gives no paths. */
  paths: string[];
  runner: RunnerMode;
  /** Says how the runner treats transactions, for messages. */
  runnerNote: string;
  classify(path: string): Classified;
  prepare?(source: string): PreparedSource;
  /**
   * How the tool records what it applied: by version (a second file with the same version is refused
   * or silently skipped) or by the whole file or folder name (both run; only their order is in doubt).
   */
  identity: 'version' | 'name';
  /** A per-migration file that can turn the transaction off, e.g. Flyway's V1__x.sql.conf, diesel's metadata.toml. */
  transactionConfig?: { path(migration: string): string; off: RegExp };
  /** psql runs the files, so psql's own commands (\connect, \set, COPY ... FROM stdin data) are not SQL errors. */
  psql?: boolean;
}

export function parseVersion(text: string): Version {
  return { text, parts: text.split(/[._]/).filter(Boolean).map((p) => BigInt(p)) };
}

/**
 * diesel's 2019-02-27-170003 (or 2019-02-27-170003-0000): the date and time are one number, as diesel
 * records the version without its dashes; a further -0000 part sorts after it.
 */
const DATED = /^(\d{4})-(\d{2})-(\d{2})-(\d{6})((?:-\d+)*)(?=_|$)/;

export function compareVersions(a: Version, b: Version): number {
  const n = Math.max(a.parts.length, b.parts.length);
  for (let i = 0; i < n; i++) {
    const x = a.parts[i] ?? -1n;
    const y = b.parts[i] ?? -1n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const parentName = (path: string) => {
  const parts = path.split('/');
  return parts.length > 1 ? parts[parts.length - 2]! : '';
};

/** Versioned by the leading digits of `name`, or not versioned. */
function leadingDigits(name: string, scope = ''): Classified {
  const dated = DATED.exec(name);
  if (dated) {
    const rest = dated[5]!.split('-').filter(Boolean).map((p) => BigInt(p));
    return { kind: 'versioned', version: { text: dated[0], parts: [BigInt(dated.slice(1, 5).join('')), ...rest] }, scope };
  }
  const m = /^(\d+)(?=[_\-.]|$)/.exec(name);
  return m ? { kind: 'versioned', version: parseVersion(m[1]!), scope } : { kind: 'versioned', scope };
}

/** Down and undo files never run on deploy. */
const DOWN_FILE = /(^|[._-])down\.sql$/i;

/** Keeps the text between an up marker and a down marker; blanks the rest so lines stay where they were. */
function upSection(source: string, up: RegExp, down: RegExp): { source: string; upLine?: string } {
  const upMatch = up.exec(source);
  if (!upMatch) return { source };
  const start = upMatch.index + upMatch[0].length;
  down.lastIndex = start;
  const downMatch = down.exec(source);
  const end = downMatch && downMatch.index >= start ? downMatch.index : source.length;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return { source: blank(source.slice(0, start)) + source.slice(start, end) + blank(source.slice(end)), upLine: upMatch[0] };
}

const GOOSE_UP = /^--\s*\+goose\s+up\b[^\n]*/im;
const SQL_MIGRATE_UP = /^--\s*\+migrate\s+up\b[^\n]*/im;
const DBMATE_UP = /^--\s*migrate:up\b[^\n]*/m;

/** goose: `-- +goose Up` to `-- +goose Down`; `NO TRANSACTION` anywhere; `${VAR}` substituted between `ENVSUB ON` and `OFF`. */
function gooseUp(source: string): PreparedSource {
  const { source: up } = upSection(source, GOOSE_UP, /^--\s*\+goose\s+down\b/gim);
  return {
    source: substituteEnv(up),
    transaction: /^--\s*\+goose\s+NO\s+TRANSACTION\b/im.test(source) ? false : undefined,
  };
}

function substituteEnv(source: string): string {
  return source.replace(/^--\s*\+goose\s+ENVSUB\s+ON\b[\s\S]*?(?=^--\s*\+goose\s+ENVSUB\s+OFF\b|(?![\s\S]))/gim,
    (region) => region.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}\n]*)?\}/g, (m) => 'x'.repeat(m.length)));
}

/** sql-migrate: `-- +migrate Up [notransaction]` to `-- +migrate Down`. */
function sqlMigrateUp(source: string): PreparedSource {
  const { source: up, upLine } = upSection(source, SQL_MIGRATE_UP, /^--\s*\+migrate\s+down\b/gim);
  return { source: up, transaction: upLine && /\bnotransaction\b/i.test(upLine) ? false : undefined };
}

/** dbmate: `-- migrate:up [transaction:false]` to `-- migrate:down`. */
function dbmateUp(source: string): PreparedSource {
  const { source: up, upLine } = upSection(source, DBMATE_UP, /^--\s*migrate:down\b/gm);
  return { source: up, transaction: upLine && /transaction:\s*false/i.test(upLine) ? false : undefined };
}

/**
 * The plain preset reads files of any tool: a file annotated for goose, sql-migrate or dbmate runs
 * its up part only, in that tool's transaction; any other file is a psql script.
 */
function preparePlain(source: string): PreparedSource {
  const annotated: [RegExp, (s: string) => PreparedSource, string][] = [
    [GOOSE_UP, gooseUp, 'the file is annotated for goose, which runs each migration in a transaction'],
    [SQL_MIGRATE_UP, sqlMigrateUp, 'the file is annotated for sql-migrate, which runs each migration in a transaction'],
    [DBMATE_UP, dbmateUp, 'the file is annotated for dbmate, which runs each migration in a transaction'],
  ];
  for (const [marker, prepare, runnerNote] of annotated) {
    if (!marker.test(source)) continue;
    const prepared = prepare(source);
    return prepared.transaction === false ? prepared : { ...prepared, transaction: true, runnerNote };
  }
  return { source: preparePsqlScript(source) };
}

export const PRESETS: Record<PresetName, Preset> = {
  plain: {
    name: 'plain',
    paths: ['db/migrations/**/*.sql', 'migrations/**/*.sql'],
    runner: 'script',
    runnerNote: 'the statements run one by one, each in its own transaction unless the file says BEGIN',
    identity: 'version',
    psql: true,
    classify(path) {
      const name = baseName(path);
      if (DOWN_FILE.test(name)) return { kind: 'ignored', scope: '' };
      const flyway = /^V(\d+(?:[._]\d+)*)__/i.exec(name);
      if (flyway) return { kind: 'versioned', version: parseVersion(flyway[1]!), scope: '' };
      const own = leadingDigits(name);
      return own.version ? own : leadingDigits(parentName(path));
    },
    prepare: preparePlain,
  },
  flyway: {
    name: 'flyway',
    paths: ['db/migration/**/*.sql', 'src/main/resources/db/migration/**/*.sql', 'sql/**/*.sql'],
    runner: 'flyway',
    runnerNote: 'Flyway runs each migration in a transaction',
    identity: 'version',
    transactionConfig: { path: (m) => `${m}.conf`, off: /^\s*executeInTransaction\s*=\s*false\s*$/m },
    classify(path) {
      const name = baseName(path);
      if (/^R__/i.test(name)) return { kind: 'repeatable', scope: '' };
      if (/^U\d/i.test(name)) return { kind: 'ignored', scope: '' };
      const m = /^[VB](\d+(?:[._]\d+)*)__/i.exec(name);
      return m ? { kind: 'versioned', version: parseVersion(m[1]!), scope: '' } : { kind: 'ignored', scope: '' };
    },
    prepare(source) {
      // ${placeholders} are replaced by Flyway before PostgreSQL sees the file; keep their width.
      return { source: source.replace(/\$\{[^}\n]*\}/g, (m) => 'x'.repeat(m.length)) };
    },
  },
  'golang-migrate': {
    name: 'golang-migrate',
    paths: ['migrations/*.up.sql', 'db/migrations/*.up.sql'],
    runner: 'implicit',
    runnerNote: 'golang-migrate sends the whole file as one query, which PostgreSQL runs as one transaction',
    identity: 'version',
    classify(path) {
      const name = baseName(path);
      if (/\.down\.sql$/i.test(name)) return { kind: 'ignored', scope: '' };
      return leadingDigits(name);
    },
  },
  prisma: {
    name: 'prisma',
    paths: ['prisma/migrations/*/migration.sql'],
    runner: 'implicit',
    runnerNote: 'Prisma sends migration.sql as one query, which PostgreSQL runs as one transaction',
    identity: 'name',
    classify(path) {
      return leadingDigits(parentName(path));
    },
  },
  dbmate: {
    name: 'dbmate',
    paths: ['db/migrations/*.sql'],
    runner: 'wrapped',
    runnerNote: 'dbmate runs each migration in a transaction unless it says `-- migrate:up transaction:false`',
    classify(path) {
      return leadingDigits(baseName(path));
    },
    identity: 'version',
    prepare: dbmateUp,
  },
  'node-pg-migrate': {
    name: 'node-pg-migrate',
    paths: ['migrations/*.sql'],
    runner: 'wrapped',
    runnerNote: 'node-pg-migrate runs migrations in a transaction',
    identity: 'name',
    classify(path) {
      return leadingDigits(baseName(path));
    },
    prepare(source) {
      return { source: upSection(source, /^--\s*up migration\b[^\n]*/im, /^--\s*down migration\b/gim).source };
    },
  },
  rails: {
    name: 'rails',
    paths: ['db/migrate/*.sql'],
    runner: 'wrapped',
    runnerNote: 'Rails runs each migration in a transaction unless it calls disable_ddl_transaction!',
    identity: 'version',
    classify(path) {
      return leadingDigits(baseName(path));
    },
  },
  django: {
    name: 'django',
    paths: ['**/migrations/*.sql'],
    runner: 'script',
    runnerNote: 'sqlmigrate output says BEGIN and COMMIT itself',
    // Two leaves numbered alike make Django refuse to migrate ("Conflicting migrations detected").
    identity: 'version',
    classify(path) {
      const dir = path.slice(0, path.lastIndexOf('/'));
      return leadingDigits(baseName(path), dir);
    },
  },
  alembic: {
    name: 'alembic',
    paths: ['migrations/sql/*.sql', 'alembic/sql/*.sql'],
    runner: 'script',
    runnerNote: 'alembic --sql output says BEGIN and COMMIT itself',
    identity: 'name',
    psql: true,
    // Alembic revisions are hashes chained by down_revision; file names carry no order.
    classify() {
      return { kind: 'versioned', scope: '' };
    },
  },
  diesel: {
    name: 'diesel',
    paths: ['migrations/*/up.sql'],
    runner: 'wrapped',
    runnerNote: 'diesel runs each migration in a transaction unless its metadata.toml says run_in_transaction = false',
    identity: 'version',
    transactionConfig: { path: (m) => `${m.slice(0, m.lastIndexOf('/') + 1)}metadata.toml`, off: /^\s*run_in_transaction\s*=\s*false\s*$/m },
    // 2019-02-27-170003_create_users/up.sql: the folder's whole timestamp is the version.
    classify(path) {
      if (baseName(path) !== 'up.sql') return { kind: 'ignored', scope: '' };
      return leadingDigits(parentName(path));
    },
  },
  goose: {
    name: 'goose',
    paths: ['migrations/*.sql', 'db/migrations/*.sql', 'sql/schema/*.sql'],
    runner: 'wrapped',
    runnerNote: 'goose runs each migration in a transaction unless it says `-- +goose NO TRANSACTION`',
    identity: 'version',
    classify(path) {
      return leadingDigits(baseName(path));
    },
    prepare: gooseUp,
  },
  'sql-migrate': {
    name: 'sql-migrate',
    paths: ['migrations/*.sql', 'db/migrations/*.sql'],
    runner: 'wrapped',
    runnerNote: 'sql-migrate runs each migration in a transaction unless it says `-- +migrate Up notransaction`',
    // sql-migrate records a migration by its file name and sorts by the number the name starts with.
    identity: 'name',
    classify(path) {
      return leadingDigits(baseName(path));
    },
    prepare: sqlMigrateUp,
  },
};
