import type { AlterTableCmd, Node } from 'libpg-query';
import { columnTypeOf, type ColumnType } from '../catalog.js';
import { alterTable, ident, qualifiedIdent, tableName, type StatementRule } from '../rule.js';

/** Types whose length or precision modifier can grow without touching the rows (PostgreSQL's *_support functions). */
const WIDENABLE = new Set(['varchar', 'varbit', 'numeric', 'timestamp', 'timestamptz', 'time', 'timetz', 'interval']);
/** Precision when none is written: 6 for the time types. */
const DEFAULT_PRECISION: Partial<Record<string, number>> = { timestamp: 6, timestamptz: 6, time: 6, timetz: 6, interval: 6 };

function widens(from: ColumnType, to: ColumnType): boolean {
  if (!WIDENABLE.has(to.name) || to.mods.length === 0) return true; // no limit: never needs a check
  if (from.mods.length === 0) {
    const assumed = DEFAULT_PRECISION[from.name];
    return assumed !== undefined && to.mods[0]! >= assumed;
  }
  if (from.name === 'numeric') return (to.mods[1] ?? 0) === (from.mods[1] ?? 0) && to.mods[0]! >= from.mods[0]!;
  return to.mods[0]! >= from.mods[0]!;
}

/** Undefined when PostgreSQL changes the type without rewriting the table; otherwise why it rewrites. */
function rewriteReason(from: ColumnType, to: ColumnType, utc: boolean, postgresVersion: number): string | undefined {
  if (from.array !== to.array) return 'the values must be converted';
  if (from.name === to.name) {
    if (widens(from, to)) return undefined;
    return 'the new limit is smaller, so every value must be checked and rewritten';
  }
  const text = new Set(['text', 'varchar']);
  // varchar → text, text → varchar (unlimited) and cidr → inet are binary-coercible.
  if (text.has(from.name) && text.has(to.name) && (to.name === 'text' || to.mods.length === 0)) return undefined;
  if (from.name === 'cidr' && to.name === 'inet') return undefined;
  if ((from.name === 'timestamp' && to.name === 'timestamptz') || (from.name === 'timestamptz' && to.name === 'timestamp')) {
    if (postgresVersion >= 12 && utc && to.mods.length === 0) return undefined;
    return postgresVersion >= 12
      ? 'timestamp and timestamptz differ unless the session TimeZone is UTC (SET TIME ZONE \'UTC\' before it avoids the rewrite)'
      : 'before PostgreSQL 12 timestamp ↔ timestamptz always rewrites';
  }
  return `${describe(from)} → ${describe(to)} converts every value`;
}

function describe(t: ColumnType): string {
  return `${t.name}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}

/** A USING expression that is just the column (maybe cast to the new type) behaves as if there were none. */
function usingIsPlain(cmd: AlterTableCmd, raw: Node | undefined): boolean {
  if (!raw) return true;
  let expr = raw;
  if ('TypeCast' in expr && expr.TypeCast.arg) expr = expr.TypeCast.arg;
  if (!('ColumnRef' in expr)) return false;
  const fields = expr.ColumnRef.fields ?? [];
  const last = fields[fields.length - 1];
  return !!last && 'String' in last && last.String.sval === cmd.name;
}

export const columnTypeChangeRewrite: StatementRule = {
  kinds: ['AlterTableStmt'],
  meta: {
    id: 'column-type-change-rewrite',
    check: 'migrations',
    severity: 'error',
    description: 'ALTER COLUMN ... TYPE rewrites the table and its indexes under an ACCESS EXCLUSIVE lock, except for changes PostgreSQL does in place (widening varchar, varchar → text, ...).',
    help: 'Add a new column of the new type, write both from the app, backfill in batches, switch reads, then drop the old column in a later release.',
  },
  run({ node, where, existed, catalog, session, postgresVersion }, report) {
    const alter = alterTable(node);
    if (!alter || !existed(alter.stmt.relation)) return;
    const table = tableName(alter.stmt.relation);
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.def || !('ColumnDef' in cmd.def)) continue;
      const to = columnTypeOf(cmd.def.ColumnDef.typeName);
      const from = catalog.column(alter.stmt.relation, cmd.name)?.type;
      const plain = usingIsPlain(cmd, cmd.def.ColumnDef.raw_default);
      const hint = `Add a new column: ALTER TABLE ${qualifiedIdent(table)} ADD COLUMN ${ident(`${cmd.name}_new`)} <new type>; write both from the app, backfill in batches, switch reads, then drop ${ident(cmd.name ?? '')} in a later release.`;
      if (!to) continue;
      if (!from) {
        report({
          ...where,
          severity: 'warning',
          message: `ALTER COLUMN ${cmd.name} TYPE ${describe(to)} on ${table}: the migrations never declare the column's current type, so this may rewrite the whole table under an ACCESS EXCLUSIVE lock`,
          hint: `Only widening changes (varchar(n) → varchar(m ≥ n) or text, numeric precision up) skip the rewrite. ${hint}`,
        });
        continue;
      }
      const reason = plain ? rewriteReason(from, to, session.timezoneIsUtc, postgresVersion) : 'the USING expression computes every value';
      if (!reason) continue;
      report({
        ...where,
        message: `ALTER COLUMN ${cmd.name} TYPE on existing table ${table} rewrites the table and rebuilds its indexes while holding an ACCESS EXCLUSIVE lock (no reads or writes): ${reason}`,
        hint,
      });
    }
  },
};
