import type { AlterTableCmd, AlterTableStmt, Node, RangeVar } from 'libpg-query';
import type { Rule, RuleMeta } from '../../rules/registry.js';
import type { ChangedFile } from '../../git/git.js';
import type { Catalog } from './catalog.js';
import type { TableLock } from './locks.js';
import type { Classified, PresetName } from './presets.js';
import type { Session } from './session.js';
import type { SqlSyntaxError } from './sql-parser.js';

/** Where a finding points: a statement's first line (after leading comments) to its last. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface MigrationFile {
  /** Relative to the working directory, forward slashes. */
  path: string;
  /** Position in version order: the catalog replays files in this order. */
  ordinal: number;
  classified: Classified;
  preset: PresetName;
}

/** What a statement rule sees: the statement, and the schema and session as they were just before it. */
export interface StatementInput {
  /** The parse tree, e.g. `{ AlterTableStmt: {...} }`. */
  node: Node;
  where: Location;
  file: MigrationFile;
  catalog: Catalog;
  session: Session;
  /** The table locks this statement takes. */
  locks: TableLock[];
  postgresVersion: number;
  inDoBlock: boolean;
  /** On a DO statement: what in its body could not be read statically, if anything. */
  dynamicReason?: string;
  /** The file mixes statements that cannot run in a transaction with ones that can (Flyway refuses). */
  flywayMixed: boolean;
  /** The relation existed before this migration; relations the replay never saw count as existing. */
  existed(table: RangeVar | string | undefined): boolean;
  /**
   * The migration with this ordinal has not run anywhere yet, so nothing uses what it created: this
   * migration, or (with --base) one added on this branch.
   */
  pending(ordinal: number): boolean;
  /** A later statement of the same transaction creates the view or materialized view `key` again: a redefinition, not a drop. */
  recreatedInTransaction(key: string): boolean;
}

export type StatementRule = Rule<StatementInput> & {
  /** The statement kinds (parse-tree node names) the rule looks at, as ESLint rules name node types; every kind when absent. */
  kinds?: readonly string[];
  /** Optional style rules run only when the manifest's `rules:` gives them a severity. */
  defaultOff?: boolean;
};

export interface SyntaxInput {
  file: MigrationFile;
  error: SqlSyntaxError;
}

export interface IgnoreDirective {
  rules: string[];
  reason?: string;
  /** `(until 2027-03-01)` after the reason: from that day the finding is reported again. */
  until?: string;
  fileWide: boolean;
  line: number;
  column: number;
  /** String indices of the comment. */
  start: number;
  end: number;
}

export interface IgnoreInput {
  file: MigrationFile;
  directives: IgnoreDirective[];
  knownRules: ReadonlySet<string>;
}

export interface BaseMigration {
  path: string;
  classified: Classified;
}

/** What the --base rules see. */
export interface HistoryInput {
  migrations: MigrationFile[];
  base?: {
    ref: string;
    /** Migrations on the base branch's tip. */
    tip: BaseMigration[];
    /** Migration paths at the merge base: these have been applied wherever the base branch deploys. */
    applied: ReadonlySet<string>;
    /** Migration files changed on this branch. */
    changes: ChangedFile[];
  };
}

export function defineRule<Input>(meta: RuleMeta, run: Rule<Input>['run']): Rule<Input> {
  return { meta, run };
}

/** The ALTER TABLE statement and its sub-commands, when the statement is one on a table. */
export function alterTable(node: Node): { stmt: AlterTableStmt; cmds: AlterTableCmd[] } | undefined {
  if (!('AlterTableStmt' in node) || node.AlterTableStmt.objtype !== 'OBJECT_TABLE') return undefined;
  // Every ALTER TABLE rule asks for the same statement: built once per statement, not once per rule.
  let found = alterTables.get(node);
  if (!found) {
    const stmt = node.AlterTableStmt;
    found = { stmt, cmds: (stmt.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : [])) };
    alterTables.set(node, found);
  }
  return found;
}
const alterTables = new WeakMap<Node, { stmt: AlterTableStmt; cmds: AlterTableCmd[] }>();

/** How a table is named in messages: `users`, `billing.invoices`. */
export function tableName(rel: RangeVar | string | undefined): string {
  if (typeof rel === 'string') return rel;
  return rel?.schemaname ? `${rel.schemaname}.${rel.relname}` : rel?.relname ?? '?';
}

/** Double-quotes an identifier when PostgreSQL would need it. */
export function ident(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

export function qualifiedIdent(name: string): string {
  return name.split('.').map(ident).join('.');
}
