import type { Rule } from '../../../../rules/registry.js';
import { foreignKeyWithoutIndex } from './foreign-key-without-index.js';
import type { TraceRuleInput } from './input.js';
import { lockAccessExclusiveHeld } from './lock-access-exclusive-held.js';
import { migrationFailedToApply } from './migration-failed-to-apply.js';
import { statementSlowOnSeededData } from './statement-slow-on-seeded-data.js';
import { tableRewriteObserved } from './table-rewrite-observed.js';
import { traceNotRun } from './trace-not-run.js';

/** Rules over each traced statement. */
export const TRACE_STATEMENT_RULES: readonly Rule<TraceRuleInput>[] = [
  migrationFailedToApply,
  tableRewriteObserved,
  lockAccessExclusiveHeld,
  statementSlowOnSeededData,
  foreignKeyWithoutIndex,
];

export { traceNotRun };

export const TRACE_RULES = [...TRACE_STATEMENT_RULES, traceNotRun].map((r) => r.meta);

/**
 * Static rules that report the same hazard as a trace rule, most specific first: a trace finding on
 * the line of one of these adds its evidence to that finding instead of standing beside it.
 */
export const SAME_HAZARD: Readonly<Record<string, readonly string[]>> = {
  'table-rewrite-observed': ['volatile-default-rewrite', 'column-type-change-rewrite', 'set-logged-rewrite', 'blocking-maintenance'],
  'lock-access-exclusive-held': [
    'volatile-default-rewrite', 'column-type-change-rewrite', 'set-logged-rewrite', 'set-not-null-scan', 'unique-constraint-builds-index',
    'constraint-not-valid-missing', 'blocking-maintenance', 'index-not-concurrent', 'truncate-data-loss', 'missing-lock-timeout',
  ],
  'statement-slow-on-seeded-data': [
    'unbatched-backfill', 'set-not-null-scan', 'constraint-not-valid-missing', 'index-not-concurrent',
    'unique-constraint-builds-index', 'volatile-default-rewrite', 'column-type-change-rewrite', 'set-logged-rewrite', 'blocking-maintenance',
  ],
  'foreign-key-without-index': [],
  'migration-failed-to-apply': ['concurrent-in-transaction', 'not-null-column-without-default', 'sql-syntax-error'],
};
