import type { RuleTable } from '../rule-tester.js';
import { blockingMaintenance } from './blocking-maintenance.js';
import { columnTypeChangeRewrite } from './column-type-change-rewrite.js';
import { concurrentInTransaction } from './concurrent-in-transaction.js';
import { constraintNotValidMissing } from './constraint-not-valid-missing.js';
import { dropBreaksRunningApp } from './drop-breaks-running-app.js';
import { dynamicSqlUnchecked } from './dynamic-sql-unchecked.js';
import { indexNotConcurrent } from './index-not-concurrent.js';
import { missingLockTimeout } from './missing-lock-timeout.js';
import { notNullColumnWithoutDefault } from './not-null-column-without-default.js';
import { renameBreaksRunningApp } from './rename-breaks-running-app.js';
import { setLoggedRewrite } from './set-logged-rewrite.js';
import { setNotNullScan } from './set-not-null-scan.js';
import { sqlSyntaxError } from './sql-syntax-error.js';
import { preferBigintId, preferText, preferTimestamptz } from './style-rules.js';
import { truncateDataLoss } from './truncate-data-loss.js';
import { unbatchedBackfill } from './unbatched-backfill.js';
import { uniqueConstraintBuildsIndex } from './unique-constraint-builds-index.js';
import { volatileDefaultRewrite } from './volatile-default-rewrite.js';

/** One table per rule (test/checks/migrations/cases/<rule>.ts); postgres.test.ts runs the same tables on PostgreSQL. */
export const RULE_TABLES: Record<string, RuleTable> = {
  'index-not-concurrent': indexNotConcurrent,
  'concurrent-in-transaction': concurrentInTransaction,
  'not-null-column-without-default': notNullColumnWithoutDefault,
  'volatile-default-rewrite': volatileDefaultRewrite,
  'set-not-null-scan': setNotNullScan,
  'constraint-not-valid-missing': constraintNotValidMissing,
  'unique-constraint-builds-index': uniqueConstraintBuildsIndex,
  'column-type-change-rewrite': columnTypeChangeRewrite,
  'set-logged-rewrite': setLoggedRewrite,
  'rename-breaks-running-app': renameBreaksRunningApp,
  'drop-breaks-running-app': dropBreaksRunningApp,
  'missing-lock-timeout': missingLockTimeout,
  'blocking-maintenance': blockingMaintenance,
  'unbatched-backfill': unbatchedBackfill,
  'truncate-data-loss': truncateDataLoss,
  'dynamic-sql-unchecked': dynamicSqlUnchecked,
  'sql-syntax-error': sqlSyntaxError,
  'prefer-bigint-id': preferBigintId,
  'prefer-timestamptz': preferTimestamptz,
  'prefer-text': preferText,
};

