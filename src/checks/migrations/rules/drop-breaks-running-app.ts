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
  run({ node, where, existed, pending, catalog, recreatedInTransaction }, report) {
    const alter = alterTable(node);
    if (alter) {
      if (!existed(alter.stmt.relation)) return;
      const table = tableName(alter.stmt.relation);
      const columns = alter.cmds
        .filter((cmd) => cmd.subtype === 'AT_DropColumn')
        .filter((cmd) => { const column = catalog.column(alter.stmt.relation, cmd.name); return !(column && pending(column.addedIn)); })
        .map((cmd) => cmd.name ?? '');
      if (!columns.length) return;
      // One finding per statement, naming every column it drops.
      const list = columns.join(', ');
      report({
        ...where,
        message: `DROP COLUMN ${list} on ${table}: the app version still running during the deploy fails if it still reads or writes ${columns.length > 1 ? 'them' : list} (SELECT * included), and the column's data is gone`,
        hint: `Release app code that no longer uses ${columns.map(ident).join(', ')} first, then drop ${columns.length > 1 ? 'them' : 'it'} in a later migration; mark the drop with \`-- release-gate-ignore drop-breaks-running-app: <release that stopped using it>\`.`,
      });
      return;
    }
    if (!('DropStmt' in node)) return;
    const s = node.DropStmt;
    const kind = KINDS[s.removeType ?? ''];
    if (!kind) return;
    const keys: string[] = [];
    for (const object of s.objects ?? []) {
      const key = 'List' in object ? nameListKey(object.List.items) : 'String' in object ? object.String.sval ?? '' : '';
      if (kind !== 'schema' && !existed(key)) continue;
      // DROP VIEW v; CREATE VIEW v AS ... in one transaction: other sessions only ever see a view v.
      if ((kind === 'view' || kind === 'materialized view') && recreatedInTransaction(key)) continue;
      keys.push(key);
    }
    if (!keys.length) return;
    report({
      ...where,
      message: `DROP ${kind.toUpperCase()} ${keys.join(', ')}: the app version still running during the deploy fails if it still uses ${keys.length > 1 ? 'them' : 'it'}, and ${keys.length > 1 ? 'their' : 'its'} data is gone`,
      hint: `Release app code that no longer uses ${keys.map(qualifiedIdent).join(', ')} first; drop ${keys.length > 1 ? 'them' : 'it'} in a later migration (or rename ${keys.length > 1 ? 'them' : 'it'} away and drop a release later, so ${keys.length > 1 ? 'they' : 'it'} can be restored).${kind === 'view' || kind === 'materialized view' ? ` To redefine a view, CREATE OR REPLACE VIEW, or DROP and CREATE it again in the same transaction.` : ''}`,
    });
  },
};
