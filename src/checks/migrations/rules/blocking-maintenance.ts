import { relationKey } from '../catalog.js';
import { LOCK, LOCK_NAMES, type LockLevel } from '../locks.js';
import { qualifiedIdent, tableName, type StatementRule } from '../rule.js';

export const blockingMaintenance: StatementRule = {
  kinds: ['VacuumStmt', 'ClusterStmt', 'ReindexStmt', 'RefreshMatViewStmt', 'LockStmt'],
  meta: {
    id: 'blocking-maintenance',
    check: 'migrations',
    severity: 'error',
    description: 'VACUUM FULL, CLUSTER, REINDEX without CONCURRENTLY, REFRESH MATERIALIZED VIEW without CONCURRENTLY and LOCK TABLE block the table for as long as they run.',
    help: 'Use REINDEX CONCURRENTLY, REFRESH MATERIALIZED VIEW CONCURRENTLY, pg_repack instead of VACUUM FULL or CLUSTER, and never LOCK a busy table in a migration.',
  },
  run({ node, where, existed, catalog, postgresVersion }, report) {
    if ('VacuumStmt' in node) {
      const s = node.VacuumStmt;
      const full = (s.options ?? []).some((o) => 'DefElem' in o && o.DefElem.defname === 'full');
      if (!full) return;
      const rels = (s.rels ?? []).flatMap((r) => ('VacuumRelation' in r ? [r.VacuumRelation.relation] : []));
      if (rels.length && rels.every((r) => !existed(r))) return;
      report({
        ...where,
        message: `VACUUM FULL${rels.length ? ` ${rels.map(tableName).join(', ')}` : ' (every table)'} rewrites the table while holding an ACCESS EXCLUSIVE lock (no reads or writes)`,
        hint: 'Use pg_repack (or pg_squeeze), which rewrites the table online; plain VACUUM does not block and is usually enough.',
      });
    } else if ('ClusterStmt' in node) {
      const rel = node.ClusterStmt.relation;
      if (rel && !existed(rel)) return;
      report({
        ...where,
        message: `CLUSTER${rel ? ` ${tableName(rel)}` : ''} rewrites the table while holding an ACCESS EXCLUSIVE lock (no reads or writes)`,
        hint: 'Use pg_repack --order-by to reorder the table online.',
      });
    } else if ('ReindexStmt' in node) {
      const s = node.ReindexStmt;
      const concurrently = (s.params ?? []).some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently');
      if (concurrently && s.kind === 'REINDEX_OBJECT_SYSTEM') {
        report({
          ...where,
          message: 'REINDEX SYSTEM CONCURRENTLY fails: PostgreSQL cannot reindex system catalogs concurrently, so this migration stops here',
          hint: 'Remove it from the migration; if the catalogs really need it, run REINDEX SYSTEM by hand in a maintenance window.',
        });
        return;
      }
      if (concurrently) return;
      const target = s.relation ? relationKey(s.relation) : s.name ?? '';
      const table = s.kind === 'REINDEX_OBJECT_INDEX' ? catalog.indexes.get(target)?.table : s.kind === 'REINDEX_OBJECT_TABLE' ? target : undefined;
      if (table !== undefined && !existed(table)) return;
      const kind = (s.kind ?? '').replace('REINDEX_OBJECT_', '');
      if (kind === 'SYSTEM' || kind === 'DATABASE') {
        // PostgreSQL cannot reindex system catalogs concurrently; REINDEX DATABASE CONCURRENTLY skips them.
        report({
          ...where,
          message: `REINDEX ${kind}${target ? ` ${target}` : ''} rebuilds every ${kind === 'SYSTEM' ? 'system catalog index' : 'index in the database'} one table at a time, blocking writes to each table${kind === 'SYSTEM' ? ', and every new connection and query plan waits on the catalogs' : ''}; it cannot run inside a transaction`,
          hint: kind === 'SYSTEM'
            ? 'REINDEX SYSTEM has no CONCURRENTLY form (PostgreSQL refuses to reindex system catalogs concurrently): run it by hand in a maintenance window, not in a migration.'
            : postgresVersion >= 12
              ? `Reindex only the indexes that need it, each with REINDEX INDEX CONCURRENTLY, in a migration that does not run in a transaction; REINDEX DATABASE CONCURRENTLY${target ? ` ${qualifiedIdent(target)}` : ''} also works but skips the system catalogs and rebuilds everything.`
              : 'Before PostgreSQL 12: rebuild the indexes that need it with CREATE INDEX CONCURRENTLY a replacement, DROP INDEX CONCURRENTLY the old one, then rename.',
        });
        return;
      }
      report({
        ...where,
        message: `REINDEX ${kind} ${target} without CONCURRENTLY blocks writes to the table, and reads that would use the index, until it finishes`,
        hint: postgresVersion >= 12
          ? `REINDEX ${kind} CONCURRENTLY ${qualifiedIdent(target)}, in a migration that does not run in a transaction.`
          : 'Before PostgreSQL 12: CREATE INDEX CONCURRENTLY a replacement, DROP INDEX CONCURRENTLY the old one, then rename.',
      });
    } else if ('RefreshMatViewStmt' in node) {
      const s = node.RefreshMatViewStmt;
      if (s.concurrent || s.skipData || !existed(s.relation)) return;
      report({
        ...where,
        message: `REFRESH MATERIALIZED VIEW ${tableName(s.relation)} without CONCURRENTLY holds an ACCESS EXCLUSIVE lock (no reads) until it finishes`,
        hint: `REFRESH MATERIALIZED VIEW CONCURRENTLY ${qualifiedIdent(tableName(s.relation))} (needs a unique index on the view).`,
      });
    } else if ('LockStmt' in node) {
      const level = (node.LockStmt.mode ?? LOCK.accessExclusive) as LockLevel;
      if (level < LOCK.share) return;
      const rels = (node.LockStmt.relations ?? []).flatMap((r) => ('RangeVar' in r ? [r.RangeVar] : []));
      const busy = rels.filter((r) => existed(r));
      if (!busy.length) return;
      report({
        ...where,
        message: `LOCK TABLE ${busy.map(tableName).join(', ')} IN ${LOCK_NAMES[level]} MODE blocks ${level === LOCK.accessExclusive ? 'every read and write' : 'every write'} until the transaction ends`,
        hint: 'Do not lock busy tables explicitly in a migration; if you must, SET lock_timeout first and keep the transaction short.',
      });
    }
  },
};
