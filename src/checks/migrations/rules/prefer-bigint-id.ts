import { declaredColumns } from '../column-definitions.js';
import { ident, type StatementRule } from '../rule.js';

export const preferBigintId: StatementRule = {
  kinds: ['CreateStmt', 'AlterTableStmt'],
  defaultOff: true,
  meta: {
    id: 'prefer-bigint-id',
    check: 'migrations',
    severity: 'warning',
    description: 'Style (off by default): an integer or serial primary key runs out at 2,147,483,647 rows, and widening it later rewrites the table.',
    help: 'Use bigint (bigint GENERATED ALWAYS AS IDENTITY, or bigserial) for ids from the start.',
  },
  run({ node, where }, report) {
    for (const c of declaredColumns(node)) {
      if (!(c.primaryKey || c.identity) || (c.type.name !== 'int4' && c.type.name !== 'int2')) continue;
      report({
        ...where,
        message: `id column ${c.name} is ${c.type.serial ? 'a serial' : c.type.name === 'int2' ? 'smallint' : 'integer'}; it overflows at ${c.type.name === 'int2' ? '32,767' : '2,147,483,647'} and changing it later rewrites the table`,
        hint: `${ident(c.name)} bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`,
      });
    }
  },
};
