import { tableName, type StatementRule } from '../rule.js';

export const truncateDataLoss: StatementRule = {
  kinds: ['TruncateStmt'],
  meta: {
    id: 'truncate-data-loss',
    check: 'migrations',
    severity: 'error',
    description: 'TRUNCATE on an existing table deletes all its rows, cannot be undone once committed, and takes an ACCESS EXCLUSIVE lock.',
    help: 'If the data must go, archive it first and say why in an ignore comment; to retire a table, stop using it and drop it in a later release.',
  },
  run({ node, where, existed }, report) {
    if (!('TruncateStmt' in node)) return;
    const s = node.TruncateStmt;
    const rels = (s.relations ?? []).flatMap((r) => ('RangeVar' in r ? [r.RangeVar] : [])).filter((r) => existed(r));
    if (!rels.length) return;
    const cascade = s.behavior === 'DROP_CASCADE' ? ' and, with CASCADE, every table that references them' : '';
    report({
      ...where,
      message: `TRUNCATE ${rels.map(tableName).join(', ')} deletes every row${cascade}; production data is gone once this commits`,
      hint: 'Back the data up (CREATE TABLE ..._archive AS SELECT ...) or delete only what must go, in batches. If emptying it is intended, keep the statement and add `-- release-gate-ignore truncate-data-loss: <why>` above it.',
    });
  },
};
