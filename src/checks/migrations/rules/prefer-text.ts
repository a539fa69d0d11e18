import { declaredColumns } from '../column-definitions.js';
import { ident, type StatementRule } from '../rule.js';

export const preferText: StatementRule = {
  kinds: ['CreateStmt', 'AlterTableStmt'],
  defaultOff: true,
  meta: {
    id: 'prefer-text',
    check: 'migrations',
    severity: 'warning',
    description: 'Style (off by default): varchar(n) and char(n) are no faster than text in PostgreSQL, and char(n) pads with spaces.',
    help: 'Use text, with a CHECK (char_length(col) <= n) constraint when a limit matters; a CHECK can be changed without a rewrite.',
  },
  run({ node, where }, report) {
    for (const c of declaredColumns(node)) {
      const limited = (c.type.name === 'varchar' && c.type.mods.length > 0) || c.type.name === 'bpchar';
      if (!limited) continue;
      const shown = `${c.type.name === 'bpchar' ? 'char' : 'varchar'}(${c.type.mods[0] ?? 1})`;
      report({ ...where, message: `column ${c.name} is ${shown}`, hint: `${ident(c.name)} text${c.type.mods[0] ? ` CHECK (char_length(${ident(c.name)}) <= ${c.type.mods[0]})` : ''}` });
    }
  },
};
