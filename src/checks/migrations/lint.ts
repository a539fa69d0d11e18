import v8 from 'node:v8';
import type { Node, RangeVar } from 'libpg-query';
import { runRules } from '../../rules/registry.js';
import { SEVERITY_RANK, type Finding } from '../../types.js';
import { Catalog, relationKey } from './catalog.js';
import { readDoBlock } from './do-blocks.js';
import { directivesFor, expiredFor, readIgnores, suppressing, withExpiredNote } from './ignores.js';
import { tableLocks } from './locks.js';
import { psqlCommandAt } from './psql-script.js';
import type { RunnerMode } from './presets.js';
import type { IgnoreDirective, Location, MigrationFile, StatementInput, StatementRule } from './rule.js';
import { IGNORE_RULES, SETUP_RULES, SYNTAX_RULES } from './rules/index.js';
import { nonTransactional, Session } from './session.js';
import type { SqlParser, SqlStatement } from './sql-parser.js';

/** A migration ready to lint: its text as the runner sends it, and how the runner wraps it. */
export interface SourceFile extends MigrationFile {
  source: string;
  /** Why the file could not be read ("cannot be read (EACCES)", ...); it is then reported instead of linted. */
  unreadable?: string;
  /** With unreadable: skipped on purpose (not a regular file, a link out of the workspace), a notice. */
  skipped?: boolean;
  runner: RunnerMode;
  /** Why the runner wraps the file in a transaction, for messages. */
  runnerNote: string;
  /** psql runs it: psql's own commands were blanked before parsing. Otherwise a psql command is a real error. */
  psql?: boolean;
}

export interface LintSettings {
  postgresVersion: number;
  rules: readonly StatementRule[];
  /** Ordinals of migrations that have not run anywhere yet besides the one being linted (with --base: added on this branch). */
  pendingOrdinals: ReadonlySet<number>;
  knownRules: ReadonlySet<string>;
  /** Rules the manifest turns off: their findings are dropped later, so nothing is joined into them. */
  offRules?: ReadonlySet<string>;
  /** YYYY-MM-DD, for ignores that expire. */
  today?: string;
}

export interface LintResult {
  findings: Finding[];
  statements: number;
  suppressed: number;
  syntaxErrors: number;
  /** File-wide ignore directives by path, for findings made after linting (the --base rules). */
  fileDirectives: Map<string, IgnoreDirective[]>;
  /** The ignores that hid findings, with their file and how many, for the job summary. */
  used: Map<IgnoreDirective, { file: string; hidden: number }>;
}

/**
 * Everything the linting carries from one migration to the next: the catalog and what was found so far.
 * No rule keeps state of its own between files, and a file's findings depend only on the files before it
 * (a statement sees the schema before it; recreatedLater looks ahead within its own file only), so the
 * state after a run's migrations lints any migrations that follow them exactly as a run over all of them.
 */
export interface LintState {
  catalog: Catalog;
  result: LintResult;
}

export function newLintState(): LintState {
  return { catalog: new Catalog(), result: { findings: [], statements: 0, suppressed: 0, syntaxErrors: 0, fileDirectives: new Map(), used: new Map() } };
}

/** The state as bytes (V8's structured clone: maps, their order and shared objects kept), to be kept between runs; undefined when it cannot be. */
export function serializeLintState(state: LintState): Buffer | undefined {
  try {
    return v8.serialize(state);
  } catch {
    return undefined;
  }
}

/** The state serializeLintState kept (by the same build and Node: the kept result's inputs say so). */
export function deserializeLintState(bytes: Buffer): LintState {
  const state = v8.deserialize(bytes) as LintState;
  return { catalog: Catalog.revive(state.catalog), result: state.result };
}

/**
 * Lints migrations in replay order, building the catalog as it goes, so each statement sees the schema
 * before it; `state` is where an earlier call over the migrations before these left off (new by default).
 */
export function lintMigrations(files: readonly SourceFile[], parser: SqlParser, settings: LintSettings, signal?: AbortSignal, state = newLintState()): LintResult {
  const { catalog, result } = state;
  const rulesFor = rulesByKind(settings.rules);
  for (const file of files) {
    signal?.throwIfAborted();
    lintFile(file, catalog, parser, settings, rulesFor, result);
  }
  return result;
}

/** The rules to run on a statement kind, in registry order: its own rules and those that look at every kind. */
function rulesByKind(rules: readonly StatementRule[]): (kind: string) => readonly StatementRule[] {
  const cache = new Map<string, StatementRule[]>();
  return (kind) => {
    let list = cache.get(kind);
    if (!list) cache.set(kind, (list = rules.filter((r) => !r.kinds || r.kinds.includes(kind))));
    return list;
  };
}

function lintFile(
  file: SourceFile, catalog: Catalog, parser: SqlParser, settings: LintSettings,
  rulesFor: (kind: string) => readonly StatementRule[], result: LintResult,
): void {
  if (file.unreadable) {
    // Not a syntax error: nothing is known of the SQL.
    result.findings.push(...runRules([SETUP_RULES.unreadable], { file, detail: file.unreadable, skipped: file.skipped === true }));
    return;
  }
  const parsed = parser.parse(file.source);
  const directives = readIgnores(file.source, parser);
  const fileWide = directives.filter((d) => d.fileWide);
  result.fileDirectives.set(file.path, fileWide);

  const statements = parsed.statements;
  result.statements += statements.length;
  const { wrapped, flywayMixed } = runnerWraps(file, statements, settings.postgresVersion);
  const linter = new FileLinter(file, catalog, settings, rulesFor, result, fileWide, statements, new Session(wrapped, file.runnerNote), flywayMixed);

  let previousEnd = 0;
  for (const [index, statement] of statements.entries()) {
    const where = locationOf(file.path, statement);
    const local = directivesFor(directives, previousEnd, statement.start, statement.end);
    previousEnd = statement.end;
    if ('DoStmt' in statement.node) {
      const block = readDoBlock(statement.node.DoStmt, parsed.map, parser);
      linter.session.enterDoBlock();
      for (const inner of block.statements) {
        const at = inner.start < 0 ? where : locationOf(file.path, inner);
        const innerLocal = inner.start < 0 ? [] : directivesOnLineAbove(file.source, parsed.map.lineStart(inner.line), inner.line, parser);
        linter.keepAll(linter.lintOne(inner, at, true, index), [...local, ...innerLocal]);
      }
      linter.session.leaveDoBlock();
      linter.keepAll(linter.lintOne(statement, where, false, index, block.dynamic), local);
    } else {
      linter.keepAll(linter.lintOne(statement, where, false, index), local);
    }
  }

  if (parsed.error) {
    result.syntaxErrors++;
    const local = directives.filter((d) => !d.fileWide && d.start >= previousEnd && d.line < parsed.error!.line + 1);
    const command = psqlCommandAt(file.source, parsed.error.line);
    const error = command && !file.psql
      ? { ...parsed.error, message: `${command} is a psql command, not SQL: ${file.preset === 'plain' ? 'the migration tool' : file.preset} sends the file to PostgreSQL, which rejects it (only psql runs such lines)` }
      : parsed.error;
    for (const f of runRules(SYNTAX_RULES, { file, error })) linter.keep(f, local);
  }
  result.findings.push(...runRules(IGNORE_RULES, { file, directives, knownRules: settings.knownRules }));
}

/**
 * One file's linting: its statements through the rules, the catalog and the session, and the ignores
 * applied to what they find. Methods and a few function factories rather than closures made for
 * every file and statement: the bundle gives each closure it makes its name (keepNames), a
 * defineProperty per closure, which was a tenth of the main thread's instructions on 1,000 files.
 */
class FileLinter {
  readonly pending: (ordinal: number) => boolean;
  readonly existed: (table: RangeVar | string | undefined) => boolean;

  constructor(
    private readonly file: SourceFile,
    private readonly catalog: Catalog,
    private readonly settings: LintSettings,
    private readonly rulesFor: (kind: string) => readonly StatementRule[],
    private readonly result: LintResult,
    private readonly fileWide: IgnoreDirective[],
    private readonly statements: readonly SqlStatement[],
    readonly session: Session,
    private readonly flywayMixed: boolean,
  ) {
    this.pending = pendingIn(file.ordinal, settings.pendingOrdinals);
    this.existed = existedIn(catalog, this.pending);
  }

  private hidden(f: Finding, local: IgnoreDirective[]): boolean {
    const { result, settings } = this;
    const by = suppressing(this.fileWide, f.ruleId, settings.today) ?? suppressing(local, f.ruleId, settings.today);
    if (!by) return false;
    result.suppressed++;
    const known = result.used.get(by);
    if (known) known.hidden++;
    else result.used.set(by, { file: this.file.path, hidden: 1 });
    return true;
  }

  private withExpiry(f: Finding, local: IgnoreDirective[]): Finding {
    const today = this.settings.today;
    const expired = expiredFor(local, f.ruleId, today) ?? expiredFor(this.fileWide, f.ruleId, today);
    return expired ? withExpiredNote(f, expired) : f;
  }

  keep(f: Finding, local: IgnoreDirective[]): void {
    if (this.hidden(f, local)) return;
    this.result.findings.push(this.withExpiry(f, local));
  }

  keepAll(findings: Finding[], local: IgnoreDirective[]): void {
    if (!findings.length) return;
    const kept: Finding[] = [];
    for (const f of findings) {
      if (this.hidden(f, local)) continue;
      kept.push(this.withExpiry(f, local));
    }
    this.result.findings.push(...oneFindingPerStatement(kept, this.settings.offRules ?? new Set()));
  }

  lintOne(statement: SqlStatement, where: Location, inDoBlock: boolean, index: number, dynamicReason?: string): Finding[] {
    const { catalog, session, settings } = this;
    const locks = tableLocks(statement.node, catalog);
    const input: StatementInput = {
      node: statement.node, where, file: this.file, catalog, session, locks, postgresVersion: settings.postgresVersion,
      inDoBlock, dynamicReason, flywayMixed: this.flywayMixed, existed: this.existed, pending: this.pending,
      recreatedInTransaction: recreatedIn(this.statements, index, inDoBlock, session),
    };
    const findings = runRules(this.rulesFor(statement.kind), input);
    catalog.apply(statement.node, this.file.ordinal);
    session.after(statement.node, locks, where.line);
    return findings;
  }
}

/** Whether the migration with an ordinal has not run anywhere yet: this one, or (with --base) one of the branch's. */
function pendingIn(ordinal: number, pendingOrdinals: ReadonlySet<number>): (other: number) => boolean {
  return (other) => other === ordinal || pendingOrdinals.has(other);
}

/** Whether a relation existed before this migration; relations the replay never saw count as existing. */
function existedIn(catalog: Catalog, pending: (ordinal: number) => boolean): (table: RangeVar | string | undefined) => boolean {
  return (table) => {
    const info = catalog.table(typeof table === 'string' ? table : relationKey(table));
    return !info || !pending(info.createdIn);
  };
}

function recreatedIn(statements: readonly SqlStatement[], index: number, inDoBlock: boolean, session: Session): (key: string) => boolean {
  return (key) => !inDoBlock && session.inTransaction && recreatedLater(statements, index, key);
}

const LOCK_TIMEOUT_RULE = 'missing-lock-timeout';

/**
 * One finding per rule and statement (a statement adding 13 generated columns is one rewrite), and
 * the lock-timeout advice joined to the statement's main finding as a second hint: it stands alone
 * only where nothing else is reported on the statement.
 */
export function oneFindingPerStatement(findings: Finding[], offRules: ReadonlySet<string>): Finding[] {
  if (findings.length < 2) return findings;
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const merged = [...byRule.values()].map(mergeSameRule);
  const lockTimeout = merged.find((f) => f.ruleId === LOCK_TIMEOUT_RULE);
  const host = merged
    .filter((f) => f.ruleId !== LOCK_TIMEOUT_RULE && !offRules.has(f.ruleId))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
  if (!lockTimeout || !host || offRules.has(LOCK_TIMEOUT_RULE)) return merged;
  return merged
    .filter((f) => f !== lockTimeout)
    .map((f) => (f === host ? { ...f, hint: `${f.hint ?? ''} Also: ${lockTimeout.hint ?? ''}`.trim() } : f));
}

function mergeSameRule(group: Finding[]): Finding {
  if (group.length === 1) return group[0]!;
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  const messages = unique(group.map((f) => f.message));
  const hints = unique(group.map((f) => f.hint));
  const shown = messages.slice(0, 3).join('; ');
  const more = messages.length > 3 ? `; and ${messages.length - 3} more like it in this statement` : '';
  const severity = group.map((f) => f.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0]!;
  return { ...group[0]!, severity, message: shown + more, hint: hints.slice(0, 3).join(' ') };
}

/** Whether a statement after `index`, before the transaction ends, creates the view `key` again (a redefinition). */
function recreatedLater(statements: readonly SqlStatement[], index: number, key: string): boolean {
  for (const s of statements.slice(index + 1)) {
    const node = s.node;
    if ('TransactionStmt' in node) {
      const kind = node.TransactionStmt.kind;
      if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') return false;
    }
    if ('ViewStmt' in node && relationKey(node.ViewStmt.view) === key) return true;
    if ('CreateTableAsStmt' in node && node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW' && relationKey(node.CreateTableAsStmt.into?.rel) === key) return true;
  }
  return false;
}

/** Whether the runner's own transaction covers the file, from its mode and what the file holds. */
export function runnerWraps(file: SourceFile, statements: SqlStatement[], postgresVersion: number): { wrapped: boolean; flywayMixed: boolean } {
  switch (file.runner) {
    case 'wrapped': return { wrapped: true, flywayMixed: false };
    case 'script': return { wrapped: false, flywayMixed: false };
    case 'implicit': return { wrapped: statements.length > 1, flywayMixed: false };
    case 'flyway': {
      const special = statements.filter((s) => nonTransactional(s.node, postgresVersion));
      const others = statements.filter((s) => !nonTransactional(s.node, postgresVersion) && !isSessionSetting(s.node));
      return { wrapped: special.length === 0, flywayMixed: special.length > 0 && others.length > 0 };
    }
  }
}

function isSessionSetting(node: Node): boolean {
  return 'VariableSetStmt' in node || 'VariableShowStmt' in node;
}

function locationOf(path: string, s: SqlStatement): Location {
  return { file: path, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
}

/** Ignore comments inside a DO body are part of a string to the scanner; read the line above by hand. */
function directivesOnLineAbove(source: string, lineStart: number, line: number, parser: SqlParser): IgnoreDirective[] {
  if (line < 2) return [];
  const previousStart = source.lastIndexOf('\n', lineStart - 2) + 1;
  const text = source.slice(previousStart, lineStart - 1);
  const m = /--[^\n]*/.exec(text);
  if (!m || !m[0].includes('release-gate-ignore')) return [];
  return readIgnores(m[0], parser).filter((d) => !d.fileWide);
}
