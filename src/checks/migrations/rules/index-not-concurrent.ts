import { nameListKey } from '../catalog.js';
import { ident, qualifiedIdent, tableName, type StatementRule } from '../rule.js';

export const indexNotConcurrent: StatementRule = {
  kinds: ['IndexStmt', 'DropStmt'],
  meta: {
    id: 'index-not-concurrent',
    check: 'migrations',
    severity: 'error',
    description: 'CREATE INDEX or DROP INDEX without CONCURRENTLY on a table that already exists blocks writes (or all access) while it runs.',
    help: 'Use CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY, alone in a migration that does not run in a transaction.',
  },
  run({ node, where, existed, catalog }, report) {
    if ('IndexStmt' in node) {
      const s = node.IndexStmt;
      if (s.concurrent || !existed(s.relation)) return;
      const table = tableName(s.relation);
      const partitioned = catalog.table(s.relation)?.partitioned;
      if (partitioned && !s.relation?.inh) return; // ON ONLY parent: instant, builds nothing
      const name = s.idxname ? ident(s.idxname) : '<name>';
      const columns = (s.indexParams ?? []).map((p) => ('IndexElem' in p && p.IndexElem.name ? ident(p.IndexElem.name) : '...')).join(', ');
      const unique = s.unique ? 'UNIQUE ' : '';
      if (partitioned) {
        report({
          ...where,
          message: `CREATE ${unique}INDEX on partitioned table ${table} holds a SHARE lock on every partition, blocking writes, until all partitions are indexed`,
          hint: `PostgreSQL cannot build an index on a partitioned table concurrently. Create it on the parent only (CREATE ${unique}INDEX ${name} ON ONLY ${qualifiedIdent(table)} (${columns})), then CREATE ${unique}INDEX CONCURRENTLY on each partition and ALTER INDEX ${name} ATTACH PARTITION each one.`,
        });
        return;
      }
      report({
        ...where,
        message: `CREATE ${unique}INDEX on existing table ${table} holds a SHARE lock that blocks every INSERT, UPDATE and DELETE until the index is built`,
        hint: `CREATE ${unique}INDEX CONCURRENTLY ${s.if_not_exists ? 'IF NOT EXISTS ' : ''}${name} ON ${qualifiedIdent(table)} (${columns}), in a migration of its own that does not run in a transaction. If it fails it leaves an INVALID index: DROP INDEX CONCURRENTLY it and retry.`,
      });
    } else if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_INDEX' && !node.DropStmt.concurrent) {
      for (const object of node.DropStmt.objects ?? []) {
        if (!('List' in object)) continue;
        const key = nameListKey(object.List.items);
        const index = catalog.indexes.get(key);
        if (index && !existed(index.table)) continue;
        const on = index ? ` on ${index.table}` : '';
        report({
          ...where,
          message: `DROP INDEX ${key} takes an ACCESS EXCLUSIVE lock on its table${on}: it waits for every running query on it, and every query queued behind it waits too`,
          hint: `DROP INDEX CONCURRENTLY ${node.DropStmt.missing_ok ? 'IF EXISTS ' : ''}${qualifiedIdent(key)}, alone in a migration that does not run in a transaction.`,
        });
      }
    }
  },
};
