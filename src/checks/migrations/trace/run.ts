import type { Node } from 'libpg-query';
import { runnerWraps, type SourceFile } from '../lint.js';
import { nonTransactional } from '../session.js';
import type { SqlParser, SqlStatement } from '../sql-parser.js';
import { failureOf, type Database, type SqlFailure } from './database.js';
import { foreignKeys, locksOf, relations, unindexedForeignKeys, type HeldLock, type Relation, type UnindexedForeignKey } from './observe.js';
import { referenceOrder, seedTable, tableOid, tablesNamed, withReferencedTables, type SeedResult } from './seed.js';

/** One statement as it ran. */
export interface TracedStatement {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  kind: string;
  /** The statement on one line, shortened, for tables and messages. */
  text: string;
  ms: number;
  /** Relation locks the statement took (its own backend's pg_locks), with whether the relation existed before the migration. */
  locks: (HeldLock & { existing: boolean })[];
  /** Existing tables rewritten (a new relfilenode), and how: `users` or `users (2 indexes)`. */
  rewrites: string[];
  /** Foreign keys it created, by constraint oid. */
  newForeignKeys: number[];
  /** PostgreSQL's refusal, when the statement failed. */
  error?: SqlFailure;
  /** ACCESS EXCLUSIVE locks on existing relations it took, how long they were held and what ran under them. */
  exclusive?: { relations: string[]; heldMs: number; under: { line: number; text: string }[] };
}

export interface TracedFile {
  path: string;
  statements: TracedStatement[];
  seeded: SeedResult[];
}

export interface TraceRun {
  files: TracedFile[];
  /** The statement that failed; nothing after it ran. */
  failed?: TracedStatement;
  /** A migration applied untraced (from the base branch) that PostgreSQL refused. */
  untracedFailure?: { file: string; line: number; message: string };
  unindexedForeignKeys: (UnindexedForeignKey & { statement: TracedStatement })[];
}

export interface TraceSettings {
  rows: number;
  postgresVersion: number;
  /** With --base: ordinals of the migrations added on this branch. Tables they create hold no rows in production. */
  pending?: ReadonlySet<number>;
}

// Tables and materialized views: what the app reads and writes (their indexes are locked along with them).
const TABLE_KINDS = new Set(['r', 'p', 'm']);
const BEGIN_KINDS = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START']);
const END_KINDS = new Set(['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE']);

/**
 * Applies `untraced` migrations as they are, then runs `traced` ones statement by statement the way
 * their runner would (its transaction, the file's own BEGIN/COMMIT), seeding the tables each file
 * touches first, and records each statement's locks, rewrites, time and new foreign keys.
 */
export async function runMigrations(
  db: Database, monitor: Database, parser: SqlParser,
  untraced: readonly SourceFile[], traced: readonly SourceFile[], settings: TraceSettings, signal: AbortSignal,
): Promise<TraceRun> {
  const run: TraceRun = { files: [], unindexedForeignKeys: [] };
  // Which migration created each relation (-1: there before the trace), to tell existing tables from new ones.
  const createdBy = new Map<number, number>();
  const remember = async (ordinal: number) => {
    for (const oid of (await relations(db)).keys()) if (!createdBy.has(oid)) createdBy.set(oid, ordinal);
  };
  await remember(-1);

  for (const file of untraced) {
    signal.throwIfAborted();
    const failure = await applyUntraced(db, parser, file, settings.postgresVersion);
    if (failure) { run.untracedFailure = failure; return run; }
    await remember(file.ordinal);
  }

  const seeded = new Set<number>();
  const fkStatements = new Map<number, TracedStatement>();
  for (const file of traced) {
    signal.throwIfAborted();
    const existing = (oid: number) => {
      const by = createdBy.get(oid);
      return by !== undefined && by !== file.ordinal && !settings.pending?.has(by);
    };
    const parsed = parser.parse(file.source);
    const tracedFile: TracedFile = { path: file.path, statements: [], seeded: [] };
    run.files.push(tracedFile);
    tracedFile.seeded = await seedTouched(db, parsed.statements.map((s) => s.node), existing, seeded, settings.rows);
    const failed = await traceFile(db, monitor, file, parsed.statements, tail(file.source, parsed), settings, existing, tracedFile, signal);
    for (const s of tracedFile.statements) for (const oid of s.newForeignKeys) fkStatements.set(oid, s);
    if (failed) { run.failed = failed; break; }
    await remember(file.ordinal);
  }
  if (!run.failed) {
    for (const fk of await unindexedForeignKeys(db, [...fkStatements.keys()])) run.unindexedForeignKeys.push({ ...fk, statement: fkStatements.get(fk.oid)! });
  }
  return run;
}

/** Text after the last statement the parser could read (a syntax error): sent as it is, so PostgreSQL says what is wrong. */
function tail(source: string, parsed: ReturnType<SqlParser['parse']>): { start: number; line: number; column: number } | undefined {
  if (!parsed.error) return undefined;
  const start = parsed.statements.at(-1)?.end ?? 0;
  const rest = source.slice(start).replace(/^[\s;]+/, '');
  if (!rest) return undefined;
  const at = source.length - rest.length;
  return { start: at, ...parsed.map.position(at) };
}

async function seedTouched(
  db: Database, nodes: Node[], existing: (oid: number) => boolean, seeded: Set<number>, rows: number,
): Promise<SeedResult[]> {
  const oids: number[] = [];
  for (const name of tablesNamed(nodes)) {
    const oid = await tableOid(db, name);
    if (oid !== undefined && existing(oid) && !seeded.has(oid) && !oids.includes(oid)) oids.push(oid);
  }
  const results: SeedResult[] = [];
  const all = (await withReferencedTables(db, oids)).filter((oid) => !seeded.has(oid));
  for (const oid of await referenceOrder(db, all)) {
    seeded.add(oid);
    results.push(await seedTable(db, oid, rows));
  }
  return results;
}

async function applyUntraced(db: Database, parser: SqlParser, file: SourceFile, postgresVersion: number): Promise<TraceRun['untracedFailure']> {
  const parsed = parser.parse(file.source);
  const { wrapped } = runnerWraps(file, parsed.statements, postgresVersion);
  const pieces = parsed.statements.map((s) => ({ sql: file.source.slice(s.start, s.end), line: s.line }));
  const rest = tail(file.source, parsed);
  if (rest) pieces.push({ sql: file.source.slice(rest.start), line: rest.line });
  let inTransaction = false;
  try {
    if (wrapped) { await db.query('BEGIN'); inTransaction = true; }
    for (const piece of pieces) {
      try {
        await db.query(piece.sql);
      } catch (error) {
        return { file: file.path, line: piece.line, message: failureOf(error).message };
      }
    }
    if (wrapped) { await db.query('COMMIT'); inTransaction = false; }
  } finally {
    if (inTransaction) await db.query('ROLLBACK').catch(() => {});
  }
  return undefined;
}

interface Tail { start: number; line: number; column: number }

/** Runs one migration statement by statement; returns the statement PostgreSQL refused, if any. */
async function traceFile(
  db: Database, monitor: Database, file: SourceFile, statements: SqlStatement[], rest: Tail | undefined,
  settings: TraceSettings, existing: (oid: number) => boolean, out: TracedFile, signal: AbortSignal,
): Promise<TracedStatement | undefined> {
  const { wrapped } = runnerWraps(file, statements, settings.postgresVersion);
  // The statements of the open transaction (the runner's or the file's own), to close together.
  let transaction: { statements: TracedStatement[]; commitMs: number } | undefined;
  const open = () => { transaction = { statements: [], commitMs: 0 }; };
  const close = async (sql: string) => {
    const started = performance.now();
    await db.query(sql);
    if (transaction) { transaction.commitMs = performance.now() - started; settleLocks(transaction); }
    transaction = undefined;
  };
  if (wrapped) { await db.query('BEGIN'); open(); }

  const pieces: { sql: string; node?: Node; kind: string; where: Omit<Tail, 'start'> & { endLine: number; endColumn: number } }[] = statements.map((s) => ({
    sql: file.source.slice(s.start, s.end), node: s.node, kind: s.kind,
    where: { line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn },
  }));
  if (rest) {
    const lines = file.source.slice(rest.start).trimEnd().split('\n');
    pieces.push({
      sql: file.source.slice(rest.start), kind: 'unparsed',
      where: { line: rest.line, column: rest.column, endLine: rest.line + lines.length - 1, endColumn: lines.at(-1)!.length + 1 },
    });
  }

  try {
    for (const piece of pieces) {
      signal.throwIfAborted();
      const traced: TracedStatement = {
        file: file.path, ...piece.where, kind: piece.kind, text: oneLine(piece.sql), ms: 0, locks: [], rewrites: [], newForeignKeys: [],
      };
      out.statements.push(traced);
      const txKind = piece.node && 'TransactionStmt' in piece.node ? piece.node.TransactionStmt.kind ?? '' : undefined;
      if (txKind !== undefined && (BEGIN_KINDS.has(txKind) || END_KINDS.has(txKind))) {
        const started = performance.now();
        try {
          if (BEGIN_KINDS.has(txKind)) {
            await db.query(piece.sql);
            if (!transaction) open();
          } else {
            await close(piece.sql);
          }
        } catch (error) {
          traced.error = failureOf(error);
          return traced;
        } finally {
          traced.ms = performance.now() - started;
        }
        continue;
      }

      const special = piece.node ? nonTransactional(piece.node, settings.postgresVersion) : undefined;
      const own = !transaction && !special;
      if (own) { await db.query('BEGIN'); open(); }
      const before = await relations(db);
      const keysBefore = await foreignKeys(db);
      const locksBefore = transaction ? await locksOf(db) : [];
      const watching = !transaction ? watchLocks(monitor, db.pid) : undefined;
      const started = performance.now();
      try {
        await db.query(piece.sql);
      } catch (error) {
        traced.ms = performance.now() - started;
        traced.error = failureOf(error);
        await watching?.stop();
        return traced;
      }
      traced.ms = performance.now() - started;
      const locksAfter = transaction ? await locksOf(db) : await watching!.stop();
      const had = new Set(locksBefore.map((l) => `${l.oid}:${l.mode}`));
      traced.locks = locksAfter.filter((l) => !had.has(`${l.oid}:${l.mode}`)).map((l) => ({ ...l, existing: existing(l.oid) }));
      traced.rewrites = rewrites(before, await relations(db), existing, piece.kind);
      traced.newForeignKeys = [...await foreignKeys(db)].filter((oid) => !keysBefore.has(oid));
      if (transaction) transaction.statements.push(traced);
      if (own) {
        try {
          await close('COMMIT');
        } catch (error) {
          traced.error = failureOf(error); // a deferred constraint fails at commit
          return traced;
        }
      }
    }
    // The runner's transaction, or a BEGIN the file never closed (its work is kept, as psql's session would not).
    if (transaction) {
      const last = out.statements.at(-1);
      try {
        await close('COMMIT');
      } catch (error) {
        if (last) { last.error = failureOf(error); return last; }
      }
    }
  } finally {
    if (transaction) await db.query('ROLLBACK').catch(() => {});
  }
  return undefined;
}

/** Once a transaction ends: each ACCESS EXCLUSIVE lock on an existing relation was held from its statement to the commit. */
function settleLocks(transaction: { statements: TracedStatement[]; commitMs: number }): void {
  const seen = new Set<number>();
  transaction.statements.forEach((s, i) => {
    const taken = s.locks.filter((l) => l.existing && TABLE_KINDS.has(l.kind) && l.mode === 'AccessExclusiveLock' && !seen.has(l.oid));
    for (const l of taken) seen.add(l.oid);
    if (!taken.length) return;
    const later = transaction.statements.slice(i + 1);
    s.exclusive = {
      relations: taken.map((l) => l.relation),
      heldMs: [s, ...later].reduce((sum, x) => sum + x.ms, 0) + transaction.commitMs,
      under: later.map((x) => ({ line: x.line, text: x.text })),
    };
  });
}

/** Existing tables whose relfilenode (or an index's) changed. TRUNCATE swaps in empty storage: not a rewrite. */
function rewrites(before: Map<number, Relation>, after: Map<number, Relation>, existing: (oid: number) => boolean, kind: string): string[] {
  if (kind === 'TruncateStmt') return [];
  const byTable = new Map<number, { table: boolean; indexes: number }>();
  for (const [oid, was] of before) {
    const now = after.get(oid);
    if (!now || !was.relfilenode || !now.relfilenode || now.relfilenode === was.relfilenode) continue;
    const tableOid = was.tableOid ?? oid;
    if (!existing(tableOid)) continue;
    const entry = byTable.get(tableOid) ?? { table: false, indexes: 0 };
    if (was.tableOid === undefined) entry.table = true;
    else entry.indexes++;
    byTable.set(tableOid, entry);
  }
  return [...byTable].map(([oid, e]) => {
    const name = after.get(oid)?.name ?? before.get(oid)?.name ?? `oid ${oid}`;
    if (e.table) return name;
    return `${name} (${e.indexes} ${e.indexes === 1 ? 'index' : 'indexes'})`;
  });
}

/**
 * A statement that cannot run in a transaction releases its locks before pg_locks can be asked, so
 * a second connection samples that backend's locks while it runs (short locks may be missed).
 */
function watchLocks(monitor: Database, pid: number): { stop(): Promise<HeldLock[]> } {
  const seen = new Map<string, HeldLock>();
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const l of await locksOf(monitor, pid).catch(() => [])) seen.set(`${l.oid}:${l.mode}`, l);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return [...seen.values()];
    },
  };
}

function oneLine(sql: string): string {
  const text = sql.replace(/--[^\n]*/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
