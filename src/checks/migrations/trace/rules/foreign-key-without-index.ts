import type { Rule } from '../../../../rules/registry.js';
import { at, type TraceRuleInput } from './input.js';

export const foreignKeyWithoutIndex: Rule<TraceRuleInput> = {
  meta: {
    id: 'foreign-key-without-index',
    check: 'migrations',
    severity: 'warning',
    description: 'Trace: a new foreign key whose referencing columns lead no index: every DELETE or key UPDATE on the referenced table scans the referencing one.',
    help: 'CREATE INDEX CONCURRENTLY on the referencing columns, in a migration of its own.',
  },
  run({ statement: s, unindexed }, report) {
    for (const fk of unindexed) {
      const columns = fk.columns.join(', ');
      report({
        ...at(s),
        message: `foreign key ${fk.name} on ${fk.table} (${columns}) references ${fk.references}, but no index of ${fk.table} starts with (${columns}): deleting or re-keying a ${fk.references} row scans ${fk.table}`,
        hint: `CREATE INDEX CONCURRENTLY ON ${fk.table} (${columns}); in a migration of its own, outside a transaction.`,
      });
    }
  },
};
