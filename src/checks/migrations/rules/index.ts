import { migrationPathsCapped, type PathsCappedInput } from './migration-paths-capped.js';
import { migrationUnreadable, type UnreadableInput } from './migration-unreadable.js';
import type { Rule } from '../../../rules/registry.js';
import type { HistoryInput, IgnoreInput, StatementRule, SyntaxInput } from '../rule.js';
import { appliedMigrationEdited } from './applied-migration-edited.js';
import { blockingMaintenance } from './blocking-maintenance.js';
import { columnTypeChangeRewrite } from './column-type-change-rewrite.js';
import { concurrentInTransaction } from './concurrent-in-transaction.js';
import { constraintNotValidMissing } from './constraint-not-valid-missing.js';
import { dropBreaksRunningApp } from './drop-breaks-running-app.js';
import { dynamicSqlUnchecked } from './dynamic-sql-unchecked.js';
import { ignoreCommentInvalid } from './ignore-comment-invalid.js';
import { ignoreWithoutReason } from './ignore-without-reason.js';
import { indexNotConcurrent } from './index-not-concurrent.js';
import { migrationBaseUnavailable, type BaseUnavailableInput } from './migration-base-unavailable.js';
import { migrationOutOfOrder } from './migration-out-of-order.js';
import { migrationPathsEmpty, type PathsInput } from './migration-paths-empty.js';
import { migrationVersionDuplicate } from './migration-version-duplicate.js';
import { missingLockTimeout } from './missing-lock-timeout.js';
import { notNullColumnWithoutDefault } from './not-null-column-without-default.js';
import { preferBigintId } from './prefer-bigint-id.js';
import { preferText } from './prefer-text.js';
import { preferTimestamptz } from './prefer-timestamptz.js';
import { renameBreaksRunningApp } from './rename-breaks-running-app.js';
import { setLoggedRewrite } from './set-logged-rewrite.js';
import { setNotNullScan } from './set-not-null-scan.js';
import { sqlSyntaxError } from './sql-syntax-error.js';
import { truncateDataLoss } from './truncate-data-loss.js';
import { unbatchedBackfill } from './unbatched-backfill.js';
import { uniqueConstraintBuildsIndex } from './unique-constraint-builds-index.js';
import { volatileDefaultRewrite } from './volatile-default-rewrite.js';

/** Rules that look at one statement with the schema as it was just before it. */
export const STATEMENT_RULES: readonly StatementRule[] = [
  indexNotConcurrent,
  concurrentInTransaction,
  notNullColumnWithoutDefault,
  volatileDefaultRewrite,
  setNotNullScan,
  constraintNotValidMissing,
  uniqueConstraintBuildsIndex,
  columnTypeChangeRewrite,
  setLoggedRewrite,
  renameBreaksRunningApp,
  dropBreaksRunningApp,
  missingLockTimeout,
  blockingMaintenance,
  unbatchedBackfill,
  truncateDataLoss,
  dynamicSqlUnchecked,
  preferBigintId,
  preferTimestamptz,
  preferText,
];

export const SYNTAX_RULES: readonly Rule<SyntaxInput>[] = [sqlSyntaxError];
export const IGNORE_RULES: readonly Rule<IgnoreInput>[] = [ignoreWithoutReason, ignoreCommentInvalid];
/** Rules that compare the migrations with each other and, with --base, with the base branch. */
export const HISTORY_RULES: readonly Rule<HistoryInput>[] = [migrationOutOfOrder, migrationVersionDuplicate, appliedMigrationEdited];
export const SETUP_RULES = { pathsEmpty: migrationPathsEmpty, pathsCapped: migrationPathsCapped, baseUnavailable: migrationBaseUnavailable, unreadable: migrationUnreadable } as {
  pathsEmpty: Rule<PathsInput>;
  pathsCapped: Rule<PathsCappedInput>;
  baseUnavailable: Rule<BaseUnavailableInput>;
  unreadable: Rule<UnreadableInput>;
};

export const ALL_RULES = [
  ...STATEMENT_RULES, ...SYNTAX_RULES, ...IGNORE_RULES, ...HISTORY_RULES, SETUP_RULES.pathsEmpty, SETUP_RULES.pathsCapped, SETUP_RULES.baseUnavailable, SETUP_RULES.unreadable,
].map((r) => r.meta);
