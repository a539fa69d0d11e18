import type { Node, VariableSetStmt } from 'libpg-query';
import { LOCK, type LockLevel, type TableLock } from './locks.js';

/**
 * What PostgreSQL's session looks like while a migration file runs: whether the current statement
 * is inside a transaction (and why), which table locks that transaction already holds, and the
 * settings that change what a statement costs (lock_timeout, TimeZone).
 */
export class Session {
  private explicitSince: number | undefined;
  private doBlock = false;
  private lockTimeoutSession = false;
  private lockTimeoutLocal = false;
  private utcTimezone = false;
  private readonly held = new Map<string, LockLevel>();
  /** The line of the statement that took the lock now held on a table. */
  private readonly heldFrom = new Map<string, number>();

  /**
   * @param wrapped the runner opened a transaction around the file
   * @param wrapNote why, for messages
   */
  constructor(private wrapped: boolean, private readonly wrapNote: string) {}

  get inTransaction(): boolean {
    return this.doBlock || this.wrapped || this.explicitSince !== undefined;
  }

  /** Why the current statement runs inside a transaction, for messages; undefined when it does not. */
  get transactionReason(): string | undefined {
    if (this.doBlock) return 'it runs inside a DO block, which is a single statement and transaction';
    if (this.explicitSince !== undefined) return `it follows BEGIN on line ${this.explicitSince}`;
    if (this.wrapped) return this.wrapNote;
    return undefined;
  }

  /** A non-zero lock_timeout is in effect for the current statement. */
  get lockTimeout(): boolean {
    return this.lockTimeoutSession || (this.lockTimeoutLocal && this.inTransaction);
  }

  get timezoneIsUtc(): boolean {
    return this.utcTimezone;
  }

  /** The strongest lock this transaction already holds on a table. */
  holds(table: string): LockLevel | undefined {
    return this.held.get(table);
  }

  /** The line of the statement that took the lock this transaction holds on a table. */
  lockedOnLine(table: string): number | undefined {
    return this.heldFrom.get(table);
  }

  /** The strongest lock this transaction holds on any table, with the table. */
  strongestHeld(): { table: string; level: LockLevel } | undefined {
    let best: { table: string; level: LockLevel } | undefined;
    for (const [table, level] of this.held) if (!best || level > best.level) best = { table, level };
    return best;
  }

  enterDoBlock(): void {
    this.doBlock = true;
  }

  leaveDoBlock(): void {
    this.doBlock = false;
    if (!this.inTransaction) this.endTransaction();
  }

  /** Records the effects of a statement that has run, at `line`. */
  after(node: Node, locks: TableLock[], line: number): void {
    if ('TransactionStmt' in node) {
      const kind = node.TransactionStmt.kind;
      if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
        if (!this.inTransaction) this.explicitSince = line;
        return;
      }
      if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') {
        // A COMMIT inside a wrapped file ends the runner's transaction too; what follows autocommits.
        this.explicitSince = undefined;
        this.wrapped = false;
        this.endTransaction();
        return;
      }
    }
    if ('VariableSetStmt' in node) this.applySet(node.VariableSetStmt);
    if ('SelectStmt' in node) this.applySetConfig(node);
    if (this.inTransaction) {
      for (const lock of locks) {
        const before = this.held.get(lock.table) ?? LOCK.accessShare;
        if (lock.level > before || !this.heldFrom.has(lock.table)) this.heldFrom.set(lock.table, line);
        this.held.set(lock.table, Math.max(before, lock.level) as LockLevel);
      }
    } else {
      this.endTransaction();
    }
  }

  private endTransaction(): void {
    this.held.clear();
    this.heldFrom.clear();
    this.lockTimeoutLocal = false;
  }

  private applySet(s: VariableSetStmt): void {
    if (s.kind === 'VAR_RESET_ALL') {
      this.lockTimeoutSession = this.lockTimeoutLocal = false;
      this.utcTimezone = false;
      return;
    }
    const value = s.kind === 'VAR_SET_VALUE' ? constantText(s.args?.[0]) : undefined;
    if (s.name === 'lock_timeout') this.setLockTimeout(value !== undefined && !isZeroDuration(value), !!s.is_local);
    if (s.name === 'timezone') this.utcTimezone = value !== undefined && isUtc(value);
  }

  /** SELECT set_config('lock_timeout', '5s', false) is the function form of SET. */
  private applySetConfig(node: Node): void {
    if (!('SelectStmt' in node)) return;
    for (const target of node.SelectStmt.targetList ?? []) {
      const val = 'ResTarget' in target ? target.ResTarget.val : undefined;
      if (!val || !('FuncCall' in val)) continue;
      const name = val.FuncCall.funcname?.map((n) => ('String' in n ? n.String.sval : '')).pop();
      const args = val.FuncCall.args ?? [];
      if (name !== 'set_config' || args.length !== 3) continue;
      const setting = constantText(args[0]);
      const value = constantText(args[1]);
      const local = constantText(args[2]);
      if (setting === 'lock_timeout') this.setLockTimeout(value !== undefined && !isZeroDuration(value), local === 'true');
      if (setting?.toLowerCase() === 'timezone') this.utcTimezone = value !== undefined && isUtc(value);
    }
  }

  private setLockTimeout(on: boolean, local: boolean): void {
    if (local) {
      // SET LOCAL outside a transaction only warns and changes nothing.
      if (this.inTransaction) this.lockTimeoutLocal = on;
    } else {
      this.lockTimeoutSession = on;
      this.lockTimeoutLocal = false;
    }
  }
}

/** The text of a constant: '5s' → "5s", 0 → "0", true → "true". */
export function constantText(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if ('A_Const' in node) {
    const c = node.A_Const;
    if (c.sval) return c.sval.sval ?? '';
    if (c.ival) return String(c.ival.ival ?? 0);
    if (c.fval) return c.fval.fval;
    if (c.boolval) return String(!!c.boolval.boolval);
    return undefined;
  }
  if ('TypeCast' in node) return constantText(node.TypeCast.arg);
  return undefined;
}

function isZeroDuration(value: string): boolean {
  return /^\s*0*(\.0*)?\s*(us|ms|s|min|h|d)?\s*$/i.test(value);
}

function isUtc(value: string): boolean {
  return /^(utc|etc\/utc|gmt|etc\/gmt|z|zulu|universal|etc\/universal|\+?0+(:00)?)$/i.test(value.trim());
}

/** What a statement is, when PostgreSQL refuses to run it inside a transaction block; undefined otherwise. */
export function nonTransactional(node: Node, postgresVersion: number): string | undefined {
  if ('IndexStmt' in node) return node.IndexStmt.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
  if ('DropStmt' in node) return node.DropStmt.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
  if ('ReindexStmt' in node) {
    const s = node.ReindexStmt;
    const concurrently = (s.params ?? []).some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently');
    if (concurrently) return 'REINDEX CONCURRENTLY';
    if (s.kind === 'REINDEX_OBJECT_SYSTEM' || s.kind === 'REINDEX_OBJECT_DATABASE') return 'REINDEX DATABASE';
    return undefined;
  }
  if ('AlterTableStmt' in node) {
    const detach = (node.AlterTableStmt.cmds ?? []).some((c) =>
      'AlterTableCmd' in c && c.AlterTableCmd.subtype === 'AT_DetachPartition' &&
      !!c.AlterTableCmd.def && 'PartitionCmd' in c.AlterTableCmd.def && !!c.AlterTableCmd.def.PartitionCmd.concurrent);
    return detach ? 'DETACH PARTITION CONCURRENTLY' : undefined;
  }
  if ('VacuumStmt' in node) return node.VacuumStmt.is_vacuumcmd ? 'VACUUM' : undefined;
  if ('CreatedbStmt' in node) return 'CREATE DATABASE';
  if ('DropdbStmt' in node) return 'DROP DATABASE';
  if ('AlterSystemStmt' in node) return 'ALTER SYSTEM';
  if ('CreateTableSpaceStmt' in node) return 'CREATE TABLESPACE';
  if ('DropTableSpaceStmt' in node) return 'DROP TABLESPACE';
  if ('AlterEnumStmt' in node && postgresVersion < 12 && node.AlterEnumStmt.newVal !== undefined && !node.AlterEnumStmt.oldVal) {
    return 'ALTER TYPE ... ADD VALUE (before PostgreSQL 12)';
  }
  return undefined;
}
