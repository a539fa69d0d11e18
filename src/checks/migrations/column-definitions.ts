import type { ColumnDef, Node } from 'libpg-query';
import { columnTypeOf, constraintsOf, type ColumnType } from './catalog.js';

/** A column a statement declares or retypes, for the style rules. */
export interface DeclaredColumn {
  name: string;
  type: ColumnType;
  primaryKey: boolean;
  identity: boolean;
}

/** Columns declared by CREATE TABLE, ALTER TABLE ADD COLUMN and ALTER COLUMN TYPE. */
export function declaredColumns(node: Node): DeclaredColumn[] {
  const out: DeclaredColumn[] = [];
  const push = (def: ColumnDef, name: string | undefined, keys: Set<string>) => {
    const type = columnTypeOf(def.typeName);
    if (!type || name === undefined) return;
    const constraints = constraintsOf(def);
    out.push({
      name,
      type,
      primaryKey: keys.has(name) || constraints.some((c) => c.contype === 'CONSTR_PRIMARY'),
      identity: constraints.some((c) => c.contype === 'CONSTR_IDENTITY'),
    });
  };
  if ('CreateStmt' in node) {
    const elts = node.CreateStmt.tableElts ?? [];
    const keys = new Set<string>();
    for (const e of elts) {
      if ('Constraint' in e && e.Constraint.contype === 'CONSTR_PRIMARY') {
        for (const k of e.Constraint.keys ?? []) if ('String' in k) keys.add(k.String.sval ?? '');
      }
    }
    for (const e of elts) if ('ColumnDef' in e) push(e.ColumnDef, e.ColumnDef.colname, keys);
  } else if ('AlterTableStmt' in node) {
    for (const c of node.AlterTableStmt.cmds ?? []) {
      if (!('AlterTableCmd' in c) || !c.AlterTableCmd.def || !('ColumnDef' in c.AlterTableCmd.def)) continue;
      const cmd = c.AlterTableCmd;
      const def = (cmd.def as { ColumnDef: ColumnDef }).ColumnDef;
      if (cmd.subtype === 'AT_AddColumn') push(def, def.colname, new Set());
      if (cmd.subtype === 'AT_AlterColumnType') push(def, cmd.name, new Set());
    }
  }
  return out;
}
