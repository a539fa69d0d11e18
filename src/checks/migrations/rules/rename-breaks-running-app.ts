import { qualifiedIdent, ident, tableName, type StatementRule } from '../rule.js';

const KINDS: Partial<Record<string, string>> = { OBJECT_TABLE: 'table', OBJECT_VIEW: 'view', OBJECT_MATVIEW: 'materialized view' };

export const renameBreaksRunningApp: StatementRule = {
  kinds: ['RenameStmt'],
  meta: {
    id: 'rename-breaks-running-app',
    check: 'migrations',
    severity: 'error',
    description: 'Renaming a table or column that exists breaks the version of the app still running during the deploy, which uses the old name.',
    help: 'Expand and contract: add the new name, make the app write both and read the new one, backfill, then remove the old name in a later release. For a table, rename it and leave a view with the old name.',
  },
  run({ node, where, existed, pending, catalog }, report) {
    if (!('RenameStmt' in node)) return;
    const s = node.RenameStmt;
    if (!existed(s.relation)) return;
    const table = tableName(s.relation);
    const t = qualifiedIdent(table);
    if (s.renameType === 'OBJECT_COLUMN') {
      // A column added by a migration that has not run yet is not used by the running app.
      const column = catalog.column(s.relation, s.subname);
      if (column && pending(column.addedIn)) return;
      report({
        ...where,
        message: `RENAME COLUMN ${s.subname} TO ${s.newname} on ${table}: the app version still running during the deploy keeps querying ${s.subname} and fails`,
        hint: `Add ${ident(s.newname ?? '')} alongside ${ident(s.subname ?? '')}, make the app write both and read ${ident(s.newname ?? '')}, backfill, and drop ${ident(s.subname ?? '')} in a later release. (Or keep the column and rename only in the app.)`,
      });
      return;
    }
    const kind = KINDS[s.renameType ?? ''];
    if (!kind) return;
    report({
      ...where,
      message: `RENAME of ${kind} ${table} to ${s.newname}: the app version still running during the deploy keeps querying ${table} and fails`,
      hint: `In one transaction: ALTER TABLE ${t} RENAME TO ${ident(s.newname ?? '')}; CREATE VIEW ${t} AS SELECT * FROM ${ident(s.newname ?? '')}; (a simple view is updatable). Drop the view once no running version uses the old name.`,
    });
  },
};
