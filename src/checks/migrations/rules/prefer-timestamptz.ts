import { declaredColumns } from '../column-definitions.js';
import { ident, type StatementRule } from '../rule.js';

export const preferTimestamptz: StatementRule = {
  kinds: ['CreateStmt', 'AlterTableStmt'],
  defaultOff: true,
  meta: {
    id: 'prefer-timestamptz',
    check: 'migrations',
    severity: 'warning',
    description: 'Style (off by default): timestamp without time zone stores wall-clock time with no zone, which shifts when servers or sessions change zone.',
    help: 'Use timestamptz; it stores an absolute instant and displays it in the session time zone.',
  },
  run({ node, where }, report) {
    for (const c of declaredColumns(node)) {
      if (c.type.name !== 'timestamp') continue;
      report({ ...where, message: `column ${c.name} is timestamp without time zone`, hint: `${ident(c.name)} timestamptz` });
    }
  },
};
