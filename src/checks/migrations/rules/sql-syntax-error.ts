import type { Rule } from '../../../rules/registry.js';
import type { SyntaxInput } from '../rule.js';

export const sqlSyntaxError: Rule<SyntaxInput> = {
  meta: {
    id: 'sql-syntax-error',
    check: 'migrations',
    severity: 'error',
    description: 'PostgreSQL cannot parse the migration, so it will fail when it runs; statements after the error are not checked.',
    help: 'Fix the SQL at the reported line (run the file against a scratch database to confirm).',
  },
  run({ file, error }, report) {
    report({ file: file.path, line: error.line, column: error.column, message: `PostgreSQL cannot parse this migration: ${error.message}` });
  },
};
