import type { Rule } from '../../../../rules/registry.js';
import { at, ms, rowsText, type TraceRuleInput } from './input.js';

export const statementSlowOnSeededData: Rule<TraceRuleInput> = {
  meta: {
    id: 'statement-slow-on-seeded-data',
    check: 'migrations',
    severity: 'warning',
    description: 'Trace: the statement took longer than migrations.trace.slow-statement on the seeded rows; on production data it takes longer still.',
    help: 'Split the work: batch backfills, CREATE INDEX CONCURRENTLY, ADD CONSTRAINT ... NOT VALID then VALIDATE CONSTRAINT; or raise migrations.trace.slow-statement when the time is expected.',
  },
  run({ statement: s, rows, slowMs }, report) {
    if (s.error || s.kind === 'TransactionStmt' || s.ms <= slowMs) return;
    report({ ...at(s), message: `took ${ms(s.ms)} on ${rowsText(rows)} per table (slow-statement: ${ms(slowMs)})` });
  },
};
