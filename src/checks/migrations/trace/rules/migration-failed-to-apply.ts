import type { Rule } from '../../../../rules/registry.js';
import { at, type TraceRuleInput } from './input.js';

export const migrationFailedToApply: Rule<TraceRuleInput> = {
  meta: {
    id: 'migration-failed-to-apply',
    check: 'migrations',
    severity: 'error',
    description: 'Trace: PostgreSQL refused the statement when the migration was applied, so the deploy fails there too; later migrations were not traced.',
    help: "Fix the statement from PostgreSQL's message; the migration fails the same way when the deploy runs it.",
  },
  run({ statement: s }, report) {
    if (!s.error) return;
    report({ ...at(s), message: `PostgreSQL refused this statement: ${s.error.message}` });
  },
};
