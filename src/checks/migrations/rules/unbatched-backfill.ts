import { relationKey } from '../catalog.js';
import { LOCK } from '../locks.js';
import { qualifiedIdent, tableName, type StatementRule } from '../rule.js';

export const unbatchedBackfill: StatementRule = {
  kinds: ['UpdateStmt', 'DeleteStmt'],
  meta: {
    id: 'unbatched-backfill',
    check: 'migrations',
    severity: 'warning',
    description: 'UPDATE or DELETE without WHERE on an existing table touches every row in one transaction: row locks on all of them, a burst of WAL and dead rows, and replicas falling behind.',
    help: 'Backfill in batches outside the migration transaction (e.g. by primary-key ranges, committing after each batch), or from a background job.',
  },
  run({ node, where, existed, session }, report) {
    const s = 'UpdateStmt' in node ? node.UpdateStmt : 'DeleteStmt' in node ? node.DeleteStmt : undefined;
    if (!s || s.whereClause || !existed(s.relation)) return;
    const verb = 'UpdateStmt' in node ? 'UPDATE' : 'DELETE';
    const table = tableName(s.relation);
    const held = session.holds(relationKey(s.relation));
    const locked = held === LOCK.accessExclusive
      ? `, and this transaction already holds an ACCESS EXCLUSIVE lock on ${table}, so nobody can read it until the ${verb} commits`
      : '';
    report({
      ...where,
      message: `${verb} without WHERE on existing table ${table} locks and rewrites every row in one transaction${locked}`,
      hint: `Run it in batches outside the migration's transaction: ${verb === 'UPDATE' ? `UPDATE ${qualifiedIdent(table)} SET ... WHERE id >= $1 AND id < $1 + 10000` : `DELETE FROM ${qualifiedIdent(table)} WHERE id IN (SELECT id FROM ${qualifiedIdent(table)} ... LIMIT 10000)`}, committing after each batch (a background job or a script). To empty a table on purpose, say so with an ignore comment.`,
    });
  },
};
