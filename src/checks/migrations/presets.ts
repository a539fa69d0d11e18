/**
 * Migration layouts: how each tool names its files (and so orders them), which part of a file runs
 * on migrate up, and whether the tool wraps a file in a transaction.
 */

export type PresetName =
  | 'plain' | 'flyway' | 'golang-migrate' | 'prisma' | 'dbmate' | 'node-pg-migrate' | 'rails' | 'django' | 'alembic';

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
  /** An in-file switch that turns the runner's transaction off (dbmate `transaction:false`). */
  transaction?: boolean;
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
}

export function parseVersion(text: string): Version {
  return { text, parts: text.split(/[._]/).filter(Boolean).map((p) => BigInt(p)) };
}

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
  const m = /^(\d+)(?=[_\-.]|$)/.exec(name);
  return m ? { kind: 'versioned', version: parseVersion(m[1]!), scope } : { kind: 'versioned', scope };
}

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

export const PRESETS: Record<PresetName, Preset> = {
  plain: {
    name: 'plain',
    paths: ['db/migrations/**/*.sql', 'migrations/**/*.sql'],
    runner: 'script',
    runnerNote: 'the statements run one by one, each in its own transaction unless the file says BEGIN',
    classify(path) {
      const name = baseName(path);
      const flyway = /^V(\d+(?:[._]\d+)*)__/i.exec(name);
      if (flyway) return { kind: 'versioned', version: parseVersion(flyway[1]!), scope: '' };
      const own = leadingDigits(name);
      return own.version ? own : leadingDigits(parentName(path));
    },
  },
  flyway: {
    name: 'flyway',
    paths: ['db/migration/**/*.sql', 'src/main/resources/db/migration/**/*.sql', 'sql/**/*.sql'],
    runner: 'flyway',
    runnerNote: 'Flyway runs each migration in a transaction',
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
    prepare(source) {
      const { source: up, upLine } = upSection(source, /^--\s*migrate:up\b[^\n]*/m, /^--\s*migrate:down\b/gm);
      return { source: up, transaction: upLine && /transaction:\s*false/i.test(upLine) ? false : undefined };
    },
  },
  'node-pg-migrate': {
    name: 'node-pg-migrate',
    paths: ['migrations/*.sql'],
    runner: 'wrapped',
    runnerNote: 'node-pg-migrate runs migrations in a transaction',
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
    classify(path) {
      return leadingDigits(baseName(path));
    },
  },
  django: {
    name: 'django',
    paths: ['**/migrations/*.sql'],
    runner: 'script',
    runnerNote: 'sqlmigrate output says BEGIN and COMMIT itself',
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
    // Alembic revisions are hashes chained by down_revision; file names carry no order.
    classify() {
      return { kind: 'versioned', scope: '' };
    },
  },
};
