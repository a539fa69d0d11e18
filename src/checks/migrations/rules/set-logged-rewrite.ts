import { alterTable, qualifiedIdent, tableName, type StatementRule } from '../rule.js';

export const setLoggedRewrite: StatementRule = {
  kinds: ['AlterTableStmt'],
  meta: {
    id: 'set-logged-rewrite',
    check: 'migrations',
    severity: 'error',
    description: 'ALTER TABLE ... SET LOGGED or SET UNLOGGED rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock.',
    help: 'Do it in a maintenance window, not in a deploy; or create a new table with the wanted persistence, copy rows in batches and swap names.',
  },
  run({ node, where, existed, catalog }, report) {
    const alter = alterTable(node);
    if (!alter || !existed(alter.stmt.relation)) return;
    const cmd = alter.cmds.find((c) => c.subtype === 'AT_SetLogged' || c.subtype === 'AT_SetUnLogged');
    if (!cmd) return;
    const table = tableName(alter.stmt.relation);
    const logged = cmd.subtype === 'AT_SetLogged';
    // Already what it asks for: PostgreSQL does nothing.
    const known = catalog.table(alter.stmt.relation);
    if (known && known.unlogged === !logged) return;
    report({
      ...where,
      message: `SET ${logged ? 'LOGGED' : 'UNLOGGED'} on existing table ${table} rewrites the whole table and its indexes while holding an ACCESS EXCLUSIVE lock (no reads or writes)${logged ? ', writing all of it to the WAL (and to replicas)' : '; an unlogged table is emptied after a crash and is not replicated'}`,
      hint: `Run ALTER TABLE ${qualifiedIdent(table)} SET ${logged ? 'LOGGED' : 'UNLOGGED'} in a maintenance window rather than during a deploy; or create a new ${logged ? '' : 'UNLOGGED '}table, copy rows in batches, and swap the names in one short transaction.`,
    });
  },
};
