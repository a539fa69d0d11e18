import { columnTypeOf, constraintsOf } from '../catalog.js';
import { alterTable, ident, qualifiedIdent, tableName, type StatementRule } from '../rule.js';

export const notNullColumnWithoutDefault: StatementRule = {
  kinds: ['AlterTableStmt'],
  meta: {
    id: 'not-null-column-without-default',
    check: 'migrations',
    severity: 'error',
    description: 'ADD COLUMN ... NOT NULL without a DEFAULT fails on a table that has rows, and breaks inserts from the running app.',
    help: 'Add the column with a constant DEFAULT (cheap from PostgreSQL 11), or add it nullable, backfill, then CHECK (col IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL.',
  },
  run({ node, where, existed }, report) {
    const alter = alterTable(node);
    if (!alter || !existed(alter.stmt.relation)) return;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def)) continue;
      const def = cmd.def.ColumnDef;
      const constraints = constraintsOf(def);
      const notNull = def.is_not_null || constraints.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
      const filled = constraints.some((c) =>
        (c.contype === 'CONSTR_DEFAULT' && !isNullConstant(c.raw_expr)) || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
      const serial = !!columnTypeOf(def.typeName)?.serial;
      if (!notNull || filled || serial) continue;
      const table = tableName(alter.stmt.relation);
      const col = ident(def.colname ?? '');
      report({
        ...where,
        message: `ADD COLUMN ${def.colname} NOT NULL without a DEFAULT on existing table ${table}: it fails if the table has any row, and the running app's INSERTs that do not name the column start failing`,
        hint: `ALTER TABLE ${qualifiedIdent(table)} ADD COLUMN ${col} ... NOT NULL DEFAULT <constant> (no rewrite from PostgreSQL 11). Or add it nullable, backfill in batches, then ADD CONSTRAINT ${col}_not_null CHECK (${col} IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; SET NOT NULL.`,
      });
    }
  },
};

function isNullConstant(expr: unknown): boolean {
  return !!expr && typeof expr === 'object' && 'A_Const' in expr && !!(expr as { A_Const: { isnull?: boolean } }).A_Const.isnull;
}
