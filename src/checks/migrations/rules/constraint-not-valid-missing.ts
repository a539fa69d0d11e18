import type { Constraint } from 'libpg-query';
import { columnTypeOf, constraintsOf, relationKey } from '../catalog.js';
import { LOCK, LOCK_NAMES } from '../locks.js';
import { alterTable, ident, qualifiedIdent, tableName, type StatementRule } from '../rule.js';

function describe(c: Constraint): { what: string; lock: string } {
  return c.contype === 'CONSTR_FOREIGN'
    ? { what: 'FOREIGN KEY', lock: `a SHARE ROW EXCLUSIVE lock on it and on ${tableName(c.pktable)} (no writes to either)` }
    : { what: 'CHECK', lock: 'an ACCESS EXCLUSIVE lock (no reads or writes)' };
}

export const constraintNotValidMissing: StatementRule = {
  kinds: ['AlterTableStmt'],
  meta: {
    id: 'constraint-not-valid-missing',
    check: 'migrations',
    severity: 'error',
    description: 'Adding a FOREIGN KEY or CHECK constraint to an existing table without NOT VALID checks every row while holding a lock that blocks writes.',
    help: 'ADD CONSTRAINT ... NOT VALID (instant), then VALIDATE CONSTRAINT in a separate transaction: validation takes only a SHARE UPDATE EXCLUSIVE lock.',
  },
  run({ node, where, existed, session }, report) {
    const alter = alterTable(node);
    if (!alter) return;
    const table = tableName(alter.stmt.relation);
    const t = qualifiedIdent(table);
    if (!existed(alter.stmt.relation)) return;
    for (const cmd of alter.cmds) {
      if (cmd.subtype === 'AT_ValidateConstraint') {
        const held = session.holds(relationKey(alter.stmt.relation));
        if (held !== undefined && held >= LOCK.shareRowExclusive && session.inTransaction) {
          report({
            ...where,
            message: `VALIDATE CONSTRAINT ${cmd.name} runs in the same transaction that already holds ${LOCK_NAMES[held]} on ${table}, so that lock is held for the whole validation scan`,
            hint: `Commit after ADD CONSTRAINT ... NOT VALID and run ALTER TABLE ${t} VALIDATE CONSTRAINT ${ident(cmd.name ?? '')} in a separate transaction (a later migration when the runner wraps each file).`,
          });
        }
        continue;
      }
      if (cmd.subtype === 'AT_AddConstraint' && cmd.def && 'Constraint' in cmd.def) {
        const c = cmd.def.Constraint;
        if ((c.contype !== 'CONSTR_FOREIGN' && c.contype !== 'CONSTR_CHECK') || c.skip_validation) continue;
        const { what, lock } = describe(c);
        const name = c.conname ? ident(c.conname) : '<name>';
        const names = (list: typeof c.fk_attrs) => (list ?? []).flatMap((n) => ('String' in n ? [ident(n.String.sval ?? '')] : [])).join(', ');
        const body = c.contype === 'CONSTR_FOREIGN'
          ? `FOREIGN KEY (${names(c.fk_attrs)}) REFERENCES ${qualifiedIdent(tableName(c.pktable))}${c.pk_attrs?.length ? ` (${names(c.pk_attrs)})` : ''}`
          : 'CHECK (...)';
        report({
          ...where,
          message: `ADD ${what} constraint on existing table ${table} without NOT VALID checks every row while holding ${lock}`,
          hint: `ALTER TABLE ${t} ADD CONSTRAINT ${name} ${body} NOT VALID; then, in a separate transaction, ALTER TABLE ${t} VALIDATE CONSTRAINT ${name}.`,
        });
      } else if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def) {
        const def = cmd.def.ColumnDef;
        const constraints = constraintsOf(def);
        const filled = !!columnTypeOf(def.typeName)?.serial || constraints.some((c) =>
          (c.contype === 'CONSTR_DEFAULT' && !(c.raw_expr && 'A_Const' in c.raw_expr && c.raw_expr.A_Const.isnull)) ||
          c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
        for (const c of constraints) {
          if (c.contype !== 'CONSTR_FOREIGN' && c.contype !== 'CONSTR_CHECK') continue;
          // A new column without a default is all NULL: PostgreSQL skips the foreign key check (a CHECK still scans).
          if (c.contype === 'CONSTR_FOREIGN' && !filled) continue;
          const { what, lock } = describe(c);
          const col = ident(def.colname ?? '');
          report({
            ...where,
            message: `ADD COLUMN ${def.colname} with an inline ${what} on existing table ${table} checks every row while holding ${lock}; a column constraint cannot be NOT VALID`,
            hint: `ALTER TABLE ${t} ADD COLUMN ${col} <type>; then ALTER TABLE ${t} ADD CONSTRAINT <name> ${c.contype === 'CONSTR_FOREIGN' ? `FOREIGN KEY (${col}) REFERENCES ${qualifiedIdent(tableName(c.pktable))}` : 'CHECK (...)'} NOT VALID; then VALIDATE CONSTRAINT <name> in a separate transaction.`,
          });
        }
      }
    }
  },
};
