import { siblingKey, type TableInfo } from '../catalog.js';
import { alterTable, ident, qualifiedIdent, tableName, type StatementRule } from '../rule.js';

/** Whether making `column` NOT NULL scans the table: not already NOT NULL, and no validated CHECK proves it (PostgreSQL 12+). */
function needsScan(table: TableInfo | undefined, column: string, postgresVersion: number): boolean {
  if (table?.columns.get(column)?.notNull) return false;
  return postgresVersion < 12 || !provenByCheck(table, column);
}

function provenByCheck(table: TableInfo | undefined, column: string): boolean {
  return [...(table?.constraints.values() ?? [])].some((c) => c.kind === 'check' && c.validated && c.provesNotNull.includes(column));
}

function recipe(table: string, column: string, postgresVersion: number): string {
  const t = qualifiedIdent(table);
  const c = ident(column);
  const name = ident(`${table.split('.').pop()}_${column}_not_null`);
  if (postgresVersion < 12) {
    return `Before PostgreSQL 12, SET NOT NULL always scans the table. Enforce it with ALTER TABLE ${t} ADD CONSTRAINT ${name} CHECK (${c} IS NOT NULL) NOT VALID; then, in a later migration, VALIDATE CONSTRAINT ${name} (no write lock), and keep the CHECK instead of SET NOT NULL.`;
  }
  const pg18 = postgresVersion >= 18 ? ` On PostgreSQL 18 you can also ADD CONSTRAINT ${name} NOT NULL ${c} NOT VALID, then VALIDATE it.` : '';
  return `ALTER TABLE ${t} ADD CONSTRAINT ${name} CHECK (${c} IS NOT NULL) NOT VALID; then, in a separate transaction, ALTER TABLE ${t} VALIDATE CONSTRAINT ${name}; then SET NOT NULL (PostgreSQL uses the validated CHECK and skips the scan) and DROP CONSTRAINT ${name}.${pg18}`;
}

export const setNotNullScan: StatementRule = {
  kinds: ['AlterTableStmt'],
  meta: {
    id: 'set-not-null-scan',
    check: 'migrations',
    severity: 'error',
    description: 'SET NOT NULL on an existing table scans every row while holding an ACCESS EXCLUSIVE lock.',
    help: 'Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a separate transaction, then SET NOT NULL, which PostgreSQL 12+ proves from the CHECK without a scan.',
  },
  run({ node, where, existed, catalog, postgresVersion }, report) {
    const alter = alterTable(node);
    if (!alter || !existed(alter.stmt.relation)) return;
    const table = catalog.table(alter.stmt.relation);
    const name = tableName(alter.stmt.relation);
    for (const cmd of alter.cmds) {
      if (cmd.subtype === 'AT_SetNotNull' && cmd.name !== undefined && needsScan(table, cmd.name, postgresVersion)) {
        report({
          ...where,
          message: `SET NOT NULL on ${name}.${cmd.name} scans the whole table while holding an ACCESS EXCLUSIVE lock (no reads or writes)` +
            (postgresVersion >= 12 ? ': no validated CHECK (... IS NOT NULL) constraint lets PostgreSQL skip the scan' : ''),
          hint: recipe(name, cmd.name, postgresVersion),
        });
      }
      if (cmd.subtype !== 'AT_AddConstraint' || !cmd.def || !('Constraint' in cmd.def)) continue;
      const c = cmd.def.Constraint;
      if (c.contype === 'CONSTR_NOTNULL' && !c.skip_validation) {
        const column = c.keys?.[0] && 'String' in c.keys[0] ? c.keys[0].String.sval ?? '' : '';
        if (!needsScan(table, column, postgresVersion)) continue;
        report({
          ...where,
          message: `ADD CONSTRAINT ... NOT NULL ${column} on ${name} scans the whole table while holding an ACCESS EXCLUSIVE lock`,
          hint: `Add it NOT VALID, then VALIDATE CONSTRAINT in a separate transaction. ${recipe(name, column, postgresVersion)}`,
        });
      } else if (c.contype === 'CONSTR_PRIMARY') {
        const columns = c.indexname
          ? catalog.indexes.get(siblingKey(alter.stmt.relation, c.indexname))?.columns ?? []
          : (c.keys ?? []).flatMap((k) => ('String' in k ? [k.String.sval ?? ''] : []));
        // Only columns the replay knows to be nullable: an unknown column may well be NOT NULL already.
        const nullable = columns.filter((col) => table?.columns.get(col)?.notNull === false && needsScan(table, col, postgresVersion));
        if (!nullable.length) continue;
        report({
          ...where,
          message: `ADD PRIMARY KEY makes ${nullable.join(', ')} NOT NULL, which scans the whole table ${name} while holding an ACCESS EXCLUSIVE lock`,
          hint: `Make ${nullable.join(', ')} NOT NULL first, without a scan: ${recipe(name, nullable[0]!, postgresVersion)}`,
        });
      }
    }
  },
};
