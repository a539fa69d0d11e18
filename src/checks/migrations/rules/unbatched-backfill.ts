import type { Node, RangeVar } from 'libpg-query';
import { relationKey } from '../catalog.js';
import { LOCK, LOCK_NAMES } from '../locks.js';
import type { Session } from '../session.js';
import { qualifiedIdent, tableName, type StatementInput, type StatementRule } from '../rule.js';

/** The terms of a WHERE joined by AND. */
function conjuncts(expr: Node | undefined): Node[] {
  if (!expr) return [];
  if ('BoolExpr' in expr && expr.BoolExpr.boolop === 'AND_EXPR') return (expr.BoolExpr.args ?? []).flatMap(conjuncts);
  return [expr];
}

/** `a.x = b.y`: a join condition, which filters nothing out of the updated table by itself. */
function isJoin(term: Node): boolean {
  if (!('A_Expr' in term) || term.A_Expr.kind !== 'AEXPR_OP') return false;
  const op = term.A_Expr.name?.[0];
  const isEq = !!op && 'String' in op && op.String.sval === '=';
  return isEq && !!term.A_Expr.lexpr && 'ColumnRef' in term.A_Expr.lexpr && !!term.A_Expr.rexpr && 'ColumnRef' in term.A_Expr.rexpr;
}

/** `col IS NULL` on a column added by a migration that has not run anywhere yet: every row matches. */
function isNewColumnNull(term: Node, table: RangeVar | undefined, input: StatementInput): boolean {
  if (!('NullTest' in term) || term.NullTest.nulltesttype !== 'IS_NULL') return false;
  const arg = term.NullTest.arg;
  const fields = arg && 'ColumnRef' in arg ? arg.ColumnRef.fields ?? [] : [];
  const last = fields[fields.length - 1];
  const name = last && 'String' in last ? last.String.sval : undefined;
  const column = input.catalog.column(table, name);
  return !!column && input.pending(column.addedIn);
}

/** Every row of the table matches: no WHERE, or one made only of join conditions and `new_col IS NULL`. */
function wholeTable(where: Node | undefined, table: RangeVar | undefined, input: StatementInput, joined: boolean): boolean {
  return conjuncts(where).every((t) => (joined && isJoin(t)) || isNewColumnNull(t, table, input));
}

/** The strong lock this transaction already holds from an earlier DDL statement, for messages. */
function heldDdlLock(session: Session, preferred: string): string | undefined {
  const own = session.holds(preferred);
  const pick = own !== undefined && own >= LOCK.shareRowExclusive ? { table: preferred, level: own } : session.strongestHeld();
  if (!pick || pick.level < LOCK.shareRowExclusive || !session.inTransaction) return undefined;
  const line = session.lockedOnLine(pick.table);
  return `this transaction already holds ${pick.level === LOCK.accessExclusive ? 'an' : 'a'} ${LOCK_NAMES[pick.level]} lock on ${pick.table}${line ? ` (taken on line ${line})` : ''}, so ${pick.level === LOCK.accessExclusive ? `nobody can read or write ${pick.table}` : `nobody can write to ${pick.table}`} until the backfill commits`;
}

export const unbatchedBackfill: StatementRule = {
  kinds: ['UpdateStmt', 'DeleteStmt', 'InsertStmt'],
  meta: {
    id: 'unbatched-backfill',
    check: 'migrations',
    severity: 'warning',
    description: 'A backfill over a whole existing table in one transaction (UPDATE or DELETE without WHERE, UPDATE ... FROM joined on every row, INSERT ... SELECT of a whole table): row locks on all of them, a burst of WAL and dead rows, replicas falling behind; after DDL in the same transaction, the DDL lock is held throughout.',
    help: 'Backfill in batches outside the migration transaction (e.g. by primary-key ranges, committing after each batch), or from a background job.',
  },
  run(input, report) {
    const { node, where, existed, session } = input;
    if ('InsertStmt' in node) {
      const s = node.InsertStmt;
      const select = s.selectStmt && 'SelectStmt' in s.selectStmt ? s.selectStmt.SelectStmt : undefined;
      if (!select || select.limitCount || select.valuesLists) return;
      // WITH x AS (...) INSERT ... SELECT ... FROM x: x is a query, not a table.
      const ctes = new Set([...(s.withClause?.ctes ?? []), ...(select.withClause?.ctes ?? [])].flatMap((c) => ('CommonTableExpr' in c ? [c.CommonTableExpr.ctename] : [])));
      const sources = (select.fromClause ?? []).flatMap((f) => ('RangeVar' in f && !(f.RangeVar.schemaname === undefined && ctes.has(f.RangeVar.relname)) ? [f.RangeVar] : []));
      const source = sources.find((r) => existed(r) && input.catalog.table(r)?.kind !== 'view');
      if (!source || !wholeTable(select.whereClause, source, input, sources.length > 1)) return;
      const target = tableName(s.relation);
      const from = tableName(source);
      const locked = heldDdlLock(session, relationKey(s.relation));
      report({
        ...where,
        ...(locked ? { severity: 'error' as const } : {}),
        message: `INSERT INTO ${target} ... SELECT copies every row of existing table ${from} in one transaction: a long transaction that holds back vacuum and writes a burst of WAL${locked ? `, and ${locked}` : ''}`,
        hint: `Copy in batches outside the migration's transaction: INSERT INTO ${qualifiedIdent(target)} SELECT ... FROM ${qualifiedIdent(from)} WHERE id > $last ORDER BY id LIMIT 10000, committing after each batch (a background job or a script); rows written to ${from} meanwhile need the app to write both, or a final catch-up batch.`,
      });
      return;
    }
    const s = 'UpdateStmt' in node ? node.UpdateStmt : 'DeleteStmt' in node ? node.DeleteStmt : undefined;
    if (!s || !existed(s.relation)) return;
    const verb = 'UpdateStmt' in node ? 'UPDATE' : 'DELETE';
    const joined = 'UpdateStmt' in node && !!node.UpdateStmt.fromClause?.length;
    if (!wholeTable(s.whereClause, s.relation, input, joined)) return;
    const table = tableName(s.relation);
    const locked = heldDdlLock(session, relationKey(s.relation));
    const what = !s.whereClause ? `${verb} without WHERE` : joined ? 'UPDATE ... FROM joined on every row' : `${verb} of every row (the WHERE matches a column added in this migration)`;
    report({
      ...where,
      ...(locked ? { severity: 'error' as const } : {}),
      message: `${what} on existing table ${table} locks and rewrites every row in one transaction${locked ? `, and ${locked}` : ''}`,
      hint: `Run it in batches outside the migration's transaction: ${verb === 'UPDATE' ? `UPDATE ${qualifiedIdent(table)} SET ... WHERE id >= $1 AND id < $1 + 10000` : `DELETE FROM ${qualifiedIdent(table)} WHERE id IN (SELECT id FROM ${qualifiedIdent(table)} ... LIMIT 10000)`}, committing after each batch (a background job or a script).${verb === 'DELETE' && !s.whereClause ? ' To empty a table on purpose, say so with an ignore comment.' : ''}`,
    });
  },
};
