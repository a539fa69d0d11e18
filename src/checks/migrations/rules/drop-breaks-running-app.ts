import { nameListKey } from '../catalog.js';
import { alterTable, ident, qualifiedIdent, tableName, type StatementRule } from '../rule.js';

const KINDS: Partial<Record<string, string>> = {
  OBJECT_TABLE: 'table', OBJECT_VIEW: 'view', OBJECT_MATVIEW: 'materialized view', OBJECT_SCHEMA: 'schema',
};

export const dropBreaksRunningApp: StatementRule = {
  kinds: ['AlterTableStmt', 'DropStmt'],
  meta: {
    id: 'drop-breaks-running-app',
    check: 'migrations',
    severity: 'warning',
    description: 'Dropping a table or column that exists breaks the app version still running during the deploy if it still uses it, and the data is gone.',
    help: 'First release app code that no longer reads or writes it (for Rails, ignored_columns); drop it in a later release. Ignore this finding with a reason once that has shipped.',
  },
  run({ node, where, existed, pending, catalog }, report) {
    const alter = alterTable(node);
    if (alter) {
      if (!existed(alter.stmt.relation)) return;
      const table = tableName(alter.stmt.relation);
      for (const cmd of alter.cmds) {
        if (cmd.subtype !== 'AT_DropColumn') continue;
        const column = catalog.column(alter.stmt.relation, cmd.name);
        if (column && pending(column.addedIn)) continue;
        report({
          ...where,
          message: `DROP COLUMN ${cmd.name} on ${table}: the app version still running during the deploy fails if it still reads or writes ${cmd.name} (SELECT * included), and the column's data is gone`,
          hint: `Release app code that no longer uses ${ident(cmd.name ?? '')} first, then drop it in a later migration; mark the drop with \`-- release-gate-ignore drop-breaks-running-app: <release that stopped using it>\`.`,
        });
      }
      return;
    }
    if (!('DropStmt' in node)) return;
    const s = node.DropStmt;
    const kind = KINDS[s.removeType ?? ''];
    if (!kind) return;
    for (const object of s.objects ?? []) {
      const key = 'List' in object ? nameListKey(object.List.items) : 'String' in object ? object.String.sval ?? '' : '';
      if (kind !== 'schema' && !existed(key)) continue;
      report({
        ...where,
        message: `DROP ${kind.toUpperCase()} ${key}: the app version still running during the deploy fails if it still uses it, and its data is gone`,
        hint: `Release app code that no longer uses ${qualifiedIdent(key)} first; drop it in a later migration (or rename it away and drop it a release later, so it can be restored).`,
      });
    }
  },
};
