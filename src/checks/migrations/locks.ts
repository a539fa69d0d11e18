import type { AlterTableCmd, Node, RangeVar } from 'libpg-query';
import { nameListKey, relationKey, type Catalog } from './catalog.js';

/**
 * The table-level locks a statement takes, from PostgreSQL's AlterTableGetLockLevel and the
 * "Explicit Locking" table of the manual. Numbers follow PostgreSQL's LOCKMODE, so a bigger number
 * conflicts with more.
 */
export const LOCK = {
  accessShare: 1,
  rowShare: 2,
  rowExclusive: 3,
  shareUpdateExclusive: 4,
  share: 5,
  shareRowExclusive: 6,
  exclusive: 7,
  accessExclusive: 8,
} as const;

export type LockLevel = (typeof LOCK)[keyof typeof LOCK];

export const LOCK_NAMES: Record<LockLevel, string> = {
  1: 'ACCESS SHARE', 2: 'ROW SHARE', 3: 'ROW EXCLUSIVE', 4: 'SHARE UPDATE EXCLUSIVE', 5: 'SHARE',
  6: 'SHARE ROW EXCLUSIVE', 7: 'EXCLUSIVE', 8: 'ACCESS EXCLUSIVE',
};

export interface TableLock {
  /** Catalog key of the table. */
  table: string;
  level: LockLevel;
}

/** Sub-commands of ALTER TABLE that take less than ACCESS EXCLUSIVE. */
const ALTER_TABLE_LEVELS: Partial<Record<string, LockLevel>> = {
  AT_SetStatistics: LOCK.shareUpdateExclusive,
  AT_ClusterOn: LOCK.shareUpdateExclusive,
  AT_DropCluster: LOCK.shareUpdateExclusive,
  AT_SetOptions: LOCK.shareUpdateExclusive,
  AT_ResetOptions: LOCK.shareUpdateExclusive,
  AT_ValidateConstraint: LOCK.shareUpdateExclusive,
  AT_SetRelOptions: LOCK.shareUpdateExclusive,
  AT_ResetRelOptions: LOCK.shareUpdateExclusive,
  AT_AttachPartition: LOCK.shareUpdateExclusive,
  AT_DetachPartitionFinalize: LOCK.shareUpdateExclusive,
  AT_EnableTrig: LOCK.shareRowExclusive,
  AT_EnableAlwaysTrig: LOCK.shareRowExclusive,
  AT_EnableReplicaTrig: LOCK.shareRowExclusive,
  AT_EnableTrigAll: LOCK.shareRowExclusive,
  AT_EnableTrigUser: LOCK.shareRowExclusive,
  AT_DisableTrig: LOCK.shareRowExclusive,
  AT_DisableTrigAll: LOCK.shareRowExclusive,
  AT_DisableTrigUser: LOCK.shareRowExclusive,
};

function alterTableCmdLevel(cmd: AlterTableCmd): LockLevel {
  if (cmd.subtype === 'AT_AddConstraint' && cmd.def && 'Constraint' in cmd.def && cmd.def.Constraint.contype === 'CONSTR_FOREIGN') {
    return LOCK.shareRowExclusive;
  }
  if (cmd.subtype === 'AT_DetachPartition' && cmd.def && 'PartitionCmd' in cmd.def && cmd.def.PartitionCmd.concurrent) {
    return LOCK.shareUpdateExclusive;
  }
  return ALTER_TABLE_LEVELS[cmd.subtype ?? ''] ?? LOCK.accessExclusive;
}

const rangeVars = (nodes: Node[] | undefined): RangeVar[] =>
  (nodes ?? []).flatMap((n) => ('RangeVar' in n ? [n.RangeVar] : []));

/** A lock on `table`, unless the statement names none. A function of its own, not a closure per statement. */
function addLock(locks: TableLock[], table: string, level: LockLevel): void {
  if (table) locks.push({ table, level });
}

/** Every table lock a statement takes; the catalog maps an index to its table. */
export function tableLocks(node: Node, catalog: Catalog): TableLock[] {
  const locks: TableLock[] = [];

  if ('AlterTableStmt' in node) {
    const s = node.AlterTableStmt;
    if (s.objtype !== 'OBJECT_TABLE') return locks;
    const table = relationKey(s.relation);
    let level: LockLevel = LOCK.accessShare;
    for (const c of s.cmds ?? []) {
      if (!('AlterTableCmd' in c)) continue;
      const cmd = c.AlterTableCmd;
      level = Math.max(level, alterTableCmdLevel(cmd)) as LockLevel;
      const def = cmd.def;
      if (def && 'Constraint' in def && def.Constraint.contype === 'CONSTR_FOREIGN') addLock(locks, relationKey(def.Constraint.pktable), LOCK.shareRowExclusive);
      if (def && 'PartitionCmd' in def) addLock(locks, relationKey(def.PartitionCmd.name), LOCK.accessExclusive);
      if (def && 'ColumnDef' in def) {
        for (const k of def.ColumnDef.constraints ?? []) {
          if ('Constraint' in k && k.Constraint.contype === 'CONSTR_FOREIGN') addLock(locks, relationKey(k.Constraint.pktable), LOCK.shareRowExclusive);
        }
      }
    }
    addLock(locks, table, level);
  } else if ('RenameStmt' in node) {
    const s = node.RenameStmt;
    if (['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_TABCONSTRAINT', 'OBJECT_VIEW', 'OBJECT_MATVIEW'].includes(s.renameType ?? '')) {
      addLock(locks, relationKey(s.relation), LOCK.accessExclusive);
    }
  } else if ('DropStmt' in node) {
    const s = node.DropStmt;
    for (const object of s.objects ?? []) {
      if (!('List' in object)) continue;
      const items = object.List.items ?? [];
      switch (s.removeType) {
        case 'OBJECT_TABLE':
        case 'OBJECT_VIEW':
        case 'OBJECT_MATVIEW':
          addLock(locks, nameListKey(items), LOCK.accessExclusive);
          break;
        case 'OBJECT_INDEX':
          if (!s.concurrent) addLock(locks, catalog.indexes.get(nameListKey(items))?.table ?? '', LOCK.accessExclusive);
          break;
        case 'OBJECT_TRIGGER':
        case 'OBJECT_POLICY':
        case 'OBJECT_RULE':
          // DROP TRIGGER t ON s.table: the list is the table's name followed by the object's.
          addLock(locks, nameListKey(items.slice(0, -1)), LOCK.accessExclusive);
          break;
      }
    }
  } else if ('TruncateStmt' in node) {
    for (const rel of rangeVars(node.TruncateStmt.relations)) addLock(locks, relationKey(rel), LOCK.accessExclusive);
  } else if ('VacuumStmt' in node) {
    const s = node.VacuumStmt;
    const full = (s.options ?? []).some((o) => 'DefElem' in o && o.DefElem.defname === 'full' && !isFalse(o.DefElem.arg));
    if (full) {
      for (const r of s.rels ?? []) if ('VacuumRelation' in r) addLock(locks, relationKey(r.VacuumRelation.relation), LOCK.accessExclusive);
    }
  } else if ('ClusterStmt' in node) {
    addLock(locks, relationKey(node.ClusterStmt.relation), LOCK.accessExclusive);
  } else if ('LockStmt' in node) {
    const level = (node.LockStmt.mode ?? LOCK.accessExclusive) as LockLevel;
    for (const rel of rangeVars(node.LockStmt.relations)) addLock(locks, relationKey(rel), level);
  } else if ('IndexStmt' in node) {
    addLock(locks, relationKey(node.IndexStmt.relation), node.IndexStmt.concurrent ? LOCK.shareUpdateExclusive : LOCK.share);
  } else if ('CreateTrigStmt' in node) {
    addLock(locks, relationKey(node.CreateTrigStmt.relation), LOCK.shareRowExclusive);
  } else if ('CreatePolicyStmt' in node) {
    addLock(locks, relationKey(node.CreatePolicyStmt.table), LOCK.accessExclusive);
  } else if ('AlterPolicyStmt' in node) {
    addLock(locks, relationKey(node.AlterPolicyStmt.table), LOCK.accessExclusive);
  } else if ('RuleStmt' in node) {
    addLock(locks, relationKey(node.RuleStmt.relation), LOCK.accessExclusive);
  } else if ('RefreshMatViewStmt' in node) {
    addLock(locks, relationKey(node.RefreshMatViewStmt.relation), node.RefreshMatViewStmt.concurrent ? LOCK.exclusive : LOCK.accessExclusive);
  } else if ('CreateStmt' in node) {
    const s = node.CreateStmt;
    for (const parent of rangeVars(s.inhRelations)) addLock(locks, relationKey(parent), s.partbound ? LOCK.accessExclusive : LOCK.shareUpdateExclusive);
    for (const elt of s.tableElts ?? []) {
      const constraints = 'Constraint' in elt ? [elt] : 'ColumnDef' in elt ? elt.ColumnDef.constraints ?? [] : [];
      for (const k of constraints) {
        if ('Constraint' in k && k.Constraint.contype === 'CONSTR_FOREIGN') addLock(locks, relationKey(k.Constraint.pktable), LOCK.shareRowExclusive);
      }
    }
  }
  return locks;
}

function isFalse(arg: Node | undefined): boolean {
  if (!arg) return false;
  if ('Boolean' in arg) return !arg.Boolean.boolval;
  if ('String' in arg) return /^(false|off|0)$/i.test(arg.String.sval ?? '');
  if ('Integer' in arg) return !arg.Integer.ival;
  return false;
}
