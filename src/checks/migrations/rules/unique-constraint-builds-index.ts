import type { Constraint, RangeVar } from 'libpg-query';
import { constraintsOf, relationKey, type Catalog } from '../catalog.js';
import { alterTable, ident, qualifiedIdent, tableName, type Location, type StatementRule } from '../rule.js';

const KIND: Partial<Record<string, string>> = { CONSTR_UNIQUE: 'UNIQUE', CONSTR_PRIMARY: 'PRIMARY KEY', CONSTR_EXCLUSION: 'EXCLUDE' };

export const uniqueConstraintBuildsIndex: StatementRule = {
  kinds: ['AlterTableStmt'],
  meta: {
    id: 'unique-constraint-builds-index',
    check: 'migrations',
    severity: 'error',
    description: 'ADD UNIQUE or PRIMARY KEY on an existing table builds its index while holding an ACCESS EXCLUSIVE lock.',
    help: 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX (or PRIMARY KEY USING INDEX), which is instant. PostgreSQL rejects UNIQUE ... NOT VALID.',
  },
  run({ node, where, existed, catalog }, report) {
    const alter = alterTable(node);
    if (!alter || !existed(alter.stmt.relation)) return;
    const table = tableName(alter.stmt.relation);
    const at: Where = { table, relation: alter.stmt.relation, where, catalog, report };
    for (const cmd of alter.cmds) {
      if (cmd.subtype === 'AT_AddConstraint' && cmd.def && 'Constraint' in cmd.def) {
        const c = cmd.def.Constraint;
        check(at, c, (c.keys ?? []).flatMap((k) => ('String' in k ? [k.String.sval ?? ''] : [])));
      } else if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def) {
        const def = cmd.def.ColumnDef;
        for (const c of constraintsOf(def)) check(at, c, [def.colname ?? '']);
      }
    }
  },
};

/** The statement a constraint is checked in: `check` is a module function, not a closure made per statement (see lint.ts's FileLinter). */
interface Where {
  table: string;
  relation: RangeVar | undefined;
  where: Location;
  catalog: Catalog;
  report: Parameters<StatementRule['run']>[1];
}

function check({ table, relation, where, catalog, report }: Where, c: Constraint, columns: string[]): void {
  const kind = KIND[c.contype ?? ''];
  if (!kind || c.indexname) return;
  const t = qualifiedIdent(table);
  const cols = columns.map(ident).join(', ');
  const base = table.split('.').pop()!;
  const rawName = c.conname ?? (c.contype === 'CONSTR_PRIMARY' ? `${base}_pkey` : `${base}_${columns.join('_')}_key`);
  const name = ident(rawName);
  if (c.contype === 'CONSTR_EXCLUSION') {
    report({
      ...where,
      message: `ADD EXCLUDE constraint on existing table ${table} builds its index while holding an ACCESS EXCLUSIVE lock (no reads or writes)`,
      hint: 'An exclusion constraint cannot adopt a concurrently built index: add it in a maintenance window, or enforce the rule in the app until then.',
    });
    return;
  }
  const existing = catalog.uniqueIndexOn(relationKey(relation), columns);
  const step1 = existing
    ? `The unique index ${existing.key} on (${cols}) already exists: `
    : `CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${t} (${cols}) in a migration without a transaction; then `;
  report({
    ...where,
    message: `ADD ${kind} on existing table ${table} builds a unique index while holding an ACCESS EXCLUSIVE lock (no reads or writes) until it is done`,
    hint: `${step1}ALTER TABLE ${t} ADD CONSTRAINT ${name} ${kind} USING INDEX ${ident(existing ? existing.key.split('.').pop()! : rawName)}. (UNIQUE ... NOT VALID does not exist: PostgreSQL rejects it.)`,
  });
}
