import type { Node, RangeVar } from 'libpg-query';
import { runRules } from '../../rules/registry.js';
import type { Finding } from '../../types.js';
import { Catalog, relationKey } from './catalog.js';
import { readDoBlock } from './do-blocks.js';
import { directivesFor, readIgnores, suppresses } from './ignores.js';
import { tableLocks } from './locks.js';
import type { RunnerMode } from './presets.js';
import type { IgnoreDirective, Location, MigrationFile, StatementInput, StatementRule } from './rule.js';
import { IGNORE_RULES, SYNTAX_RULES } from './rules/index.js';
import { nonTransactional, Session } from './session.js';
import type { SqlParser, SqlStatement } from './sql-parser.js';

/** A migration ready to lint: its text as the runner sends it, and how the runner wraps it. */
export interface SourceFile extends MigrationFile {
  source: string;
  /** Why the file could not be read (EACCES, ...); it is then reported instead of linted. */
  unreadable?: string;
  runner: RunnerMode;
  /** Why the runner wraps the file in a transaction, for messages. */
  runnerNote: string;
}

export interface LintSettings {
  postgresVersion: number;
  rules: readonly StatementRule[];
  /** Ordinals of migrations that have not run anywhere yet besides the one being linted (with --base: added on this branch). */
  pendingOrdinals: ReadonlySet<number>;
  knownRules: ReadonlySet<string>;
}

export interface LintResult {
  findings: Finding[];
  statements: number;
  suppressed: number;
  syntaxErrors: number;
  /** File-wide ignore directives by path, for findings made after linting (the --base rules). */
  fileDirectives: Map<string, IgnoreDirective[]>;
}

/** Lints migrations in replay order, building the catalog as it goes, so each statement sees the schema before it. */
export function lintMigrations(files: readonly SourceFile[], parser: SqlParser, settings: LintSettings, signal?: AbortSignal): LintResult {
  const catalog = new Catalog();
  const result: LintResult = { findings: [], statements: 0, suppressed: 0, syntaxErrors: 0, fileDirectives: new Map() };
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
    result.syntaxErrors++;
    result.findings.push(...runRules(SYNTAX_RULES, { file, error: { message: `cannot be read (${file.unreadable})`, line: 1, column: 1 }, unreadable: true }));
    return;
  }
  const parsed = parser.parse(file.source);
  const directives = readIgnores(file.source, parser);
  const fileWide = directives.filter((d) => d.fileWide);
  result.fileDirectives.set(file.path, fileWide);
  const keep = (f: Finding, local: IgnoreDirective[]) => {
    if (suppresses(fileWide, f.ruleId) || suppresses(local, f.ruleId)) { result.suppressed++; return; }
    result.findings.push(f);
  };

  const statements = parsed.statements;
  result.statements += statements.length;
  const { wrapped, flywayMixed } = runnerWraps(file, statements, settings.postgresVersion);
  const session = new Session(wrapped, file.runnerNote);
  const pending = (ordinal: number) => ordinal === file.ordinal || settings.pendingOrdinals.has(ordinal);
  const existed = (table: RangeVar | string | undefined) => {
    const info = catalog.table(typeof table === 'string' ? table : relationKey(table));
    return !info || !pending(info.createdIn);
  };
  const lintOne = (statement: SqlStatement, where: Location, inDoBlock: boolean, dynamicReason?: string): Finding[] => {
    const locks = tableLocks(statement.node, catalog);
    const input: StatementInput = {
      node: statement.node, where, file, catalog, session, locks, postgresVersion: settings.postgresVersion,
      inDoBlock, dynamicReason, flywayMixed, existed, pending,
    };
    const findings = runRules(rulesFor(statement.kind), input);
    catalog.apply(statement.node, file.ordinal);
    session.after(statement.node, locks, where.line);
    return findings;
  };

  let previousEnd = 0;
  for (const statement of statements) {
    const where = locationOf(file.path, statement);
    const local = directivesFor(directives, previousEnd, statement.start, statement.end);
    previousEnd = statement.end;
    const findings: Finding[] = [];
    if ('DoStmt' in statement.node) {
      const block = readDoBlock(statement.node.DoStmt, parsed.map, parser);
      session.enterDoBlock();
      for (const inner of block.statements) {
        const at = inner.start < 0 ? where : locationOf(file.path, inner);
        const innerLocal = inner.start < 0 ? [] : directivesOnLineAbove(file.source, parsed.map.lineStart(inner.line), inner.line, parser);
        for (const f of lintOne(inner, at, true)) keep(f, [...local, ...innerLocal]);
      }
      session.leaveDoBlock();
      findings.push(...lintOne(statement, where, false, block.dynamic));
    } else {
      findings.push(...lintOne(statement, where, false));
    }
    for (const f of findings) keep(f, local);
  }

  if (parsed.error) {
    result.syntaxErrors++;
    const local = directives.filter((d) => !d.fileWide && d.start >= previousEnd && d.line < parsed.error!.line + 1);
    for (const f of runRules(SYNTAX_RULES, { file, error: parsed.error })) keep(f, local);
  }
  result.findings.push(...runRules(IGNORE_RULES, { file, directives, knownRules: settings.knownRules }));
}

/** Whether the runner's own transaction covers the file, from its mode and what the file holds. */
function runnerWraps(file: SourceFile, statements: SqlStatement[], postgresVersion: number): { wrapped: boolean; flywayMixed: boolean } {
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
