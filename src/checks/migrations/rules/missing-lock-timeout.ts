import { LOCK } from '../locks.js';
import type { StatementRule } from '../rule.js';

export const missingLockTimeout: StatementRule = {
  meta: {
    id: 'missing-lock-timeout',
    check: 'migrations',
    severity: 'warning',
    description: 'A statement takes an ACCESS EXCLUSIVE lock on an existing table with no lock_timeout set: while it waits behind a long query, every query on the table queues behind it.',
    help: "SET lock_timeout = '5s' before it (SET LOCAL inside the transaction), and retry the migration if it times out.",
  },
  run({ node, where, locks, existed, session, inDoBlock }, report) {
    // blocking-maintenance already reports these: their own run time is the problem, not the wait.
    if (session.lockTimeout || 'VacuumStmt' in node || 'ClusterStmt' in node || 'LockStmt' in node) return;
    for (const lock of locks) {
      if (lock.level !== LOCK.accessExclusive || !existed(lock.table)) continue;
      // The transaction already holds it: this statement does not wait for it again.
      if (session.holds(lock.table) === LOCK.accessExclusive) continue;
      // ADD COLUMN ... REFERENCES users: the referenced table is locked against writes while this waits too.
      const referenced = [...new Set(locks.filter((l) => l.level === LOCK.shareRowExclusive && l.table !== lock.table && existed(l.table)).map((l) => l.table))];
      const also = referenced.length ? ` (and a SHARE ROW EXCLUSIVE lock on ${referenced.join(', ')}, which blocks writes to ${referenced.length > 1 ? 'them' : 'it'})` : '';
      report({
        ...where,
        message: `takes an ACCESS EXCLUSIVE lock on ${lock.table}${also} with no lock_timeout: if a long query holds the table, this waits, and every read and write queued behind it waits too`,
        hint: `SET ${session.inTransaction && !inDoBlock ? 'LOCAL ' : ''}lock_timeout = '5s'; before this statement, so it gives up instead of stalling traffic; retry the migration later if it times out.`,
      });
      return;
    }
  },
};
