import type { Rule } from '../../../../rules/registry.js';
import { at, ms, rowsText, type TraceRuleInput } from './input.js';

export const tableRewriteObserved: Rule<TraceRuleInput> = {
  meta: {
    id: 'table-rewrite-observed',
    check: 'migrations',
    severity: 'error',
    description: 'Trace: running the statement gave an existing table (or its indexes) a new relfilenode: PostgreSQL copied every row under an ACCESS EXCLUSIVE lock.',
    help: 'Make the change without a rewrite: add the column without a volatile default and backfill in batches, or add a new column of the new type, backfill it and switch over.',
  },
  run({ statement: s, rows }, report) {
    if (s.error || !s.rewrites.length) return;
    report({ ...at(s), message: `rewrote ${s.rewrites.join(', ')} (new relfilenode) in ${ms(s.ms)} on ${rowsText(rows)}; production copies every row of it while holding an ACCESS EXCLUSIVE lock` });
  },
};
