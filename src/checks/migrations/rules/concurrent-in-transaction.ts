import { nonTransactional } from '../session.js';
import type { StatementRule } from '../rule.js';

export const concurrentInTransaction: StatementRule = {
  kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt', 'AlterTableStmt', 'VacuumStmt', 'CreatedbStmt', 'DropdbStmt', 'AlterSystemStmt', 'CreateTableSpaceStmt', 'DropTableSpaceStmt', 'AlterEnumStmt'],
  meta: {
    id: 'concurrent-in-transaction',
    check: 'migrations',
    severity: 'error',
    description: 'A statement that PostgreSQL refuses inside a transaction (CREATE INDEX CONCURRENTLY, VACUUM...) runs inside one, so the migration fails.',
    help: 'Put the statement alone in its own migration and tell the runner not to wrap it in a transaction.',
  },
  run({ node, where, session, inDoBlock, flywayMixed, postgresVersion }, report) {
    const what = nonTransactional(node, postgresVersion);
    if (!what) return;
    if (inDoBlock) {
      report({
        ...where,
        message: `${what} cannot run inside a DO block: PostgreSQL rejects it there`,
        hint: `Move ${what} out of the DO block into a plain statement in a migration that does not run in a transaction.`,
      });
      return;
    }
    if (flywayMixed) {
      report({
        ...where,
        message: `${what} shares a migration with statements that need a transaction: Flyway refuses to run the file unless mixed=true, and then runs all of it without a transaction`,
        hint: `Move ${what} to a migration of its own; Flyway then runs that file outside a transaction.`,
      });
      return;
    }
    const reason = session.transactionReason;
    if (!reason) return;
    report({
      ...where,
      message: `${what} cannot run inside a transaction block, and here ${reason}: the migration fails`,
      hint: `Put ${what} alone in its own migration and run that file without a transaction (e.g. dbmate \`-- migrate:up transaction:false\`, Rails disable_ddl_transaction!, a golang-migrate or Prisma file with this single statement).`,
    });
  },
};
