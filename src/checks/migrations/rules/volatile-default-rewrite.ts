import type { ColumnDef, Node } from 'libpg-query';
import { columnTypeOf, constraintsOf, nameListKey, type Catalog } from '../catalog.js';
import { alterTable, ident, qualifiedIdent, tableName, type StatementRule } from '../rule.js';

/**
 * Volatile functions a default is likely to call: PostgreSQL 15's pg_proc (provolatile = 'v') plus
 * uuid-ossp, pgcrypto and PostgreSQL 16-18 additions. now() and CURRENT_TIMESTAMP are stable:
 * evaluated once, so they do not force a rewrite.
 */
export const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  'random', 'random_normal', 'setseed', 'gen_random_uuid', 'uuidv4', 'uuidv7', 'uuid_generate_v1', 'uuid_generate_v1mc',
  'uuid_generate_v4', 'gen_random_bytes', 'clock_timestamp', 'timeofday', 'nextval', 'setval', 'currval', 'lastval',
  'txid_status', 'set_config', 'query_to_xml', 'cursor_to_xml', 'current_query', 'pg_sleep',
]);

/** Why a column added with this definition fills every row on the spot, forcing a rewrite; undefined when it does not. */
function rewriteCause(def: ColumnDef, catalog: Catalog, postgresVersion: number): string | undefined {
  if (columnTypeOf(def.typeName)?.serial) return `a ${lastTypeName(def)} column fills every row from a sequence`;
  for (const c of constraintsOf(def)) {
    if (c.contype === 'CONSTR_IDENTITY') return 'an identity column fills every row from a sequence';
    if (c.contype === 'CONSTR_GENERATED' && (c.generated_kind ?? 's') === 's') return 'a stored generated column computes every row';
    if (c.contype === 'CONSTR_DEFAULT' && c.raw_expr) {
      const isNull = 'A_Const' in c.raw_expr && c.raw_expr.A_Const.isnull;
      if (isNull) continue;
      const volatile = volatileCall(c.raw_expr, catalog, 0);
      if (volatile) return `the default calls ${volatile}(), which is volatile and is evaluated for every row`;
      if (postgresVersion < 11) return `before PostgreSQL 11 any non-null default is written into every row`;
    }
  }
  return undefined;
}

function volatileCall(expr: unknown, catalog: Catalog, depth: number): string | undefined {
  if (!expr || typeof expr !== 'object' || depth > 100) return undefined;
  if (Array.isArray(expr)) {
    for (const e of expr) { const v = volatileCall(e, catalog, depth + 1); if (v) return v; }
    return undefined;
  }
  if ('FuncCall' in expr) {
    const call = (expr as { FuncCall: { funcname?: Node[]; args?: Node[] } }).FuncCall;
    const key = nameListKey(call.funcname);
    const name = key.split('.').pop()!;
    const declared = catalog.functions.get(key);
    if (declared === 'volatile' || (declared === undefined && VOLATILE_FUNCTIONS.has(name))) return key;
    return volatileCall(call.args, catalog, depth + 1);
  }
  for (const value of Object.values(expr)) {
    const v = volatileCall(value, catalog, depth + 1);
    if (v) return v;
  }
  return undefined;
}

function lastTypeName(def: ColumnDef): string {
  const names = def.typeName?.names ?? [];
  const last = names[names.length - 1];
  return last && 'String' in last ? last.String.sval ?? '' : '';
}

export const volatileDefaultRewrite: StatementRule = {
  kinds: ['AlterTableStmt'],
  meta: {
    id: 'volatile-default-rewrite',
    check: 'migrations',
    severity: 'error',
    description: 'ADD COLUMN with a volatile default (gen_random_uuid(), random(), clock_timestamp()), a serial, identity or stored generated column rewrites the whole table under an ACCESS EXCLUSIVE lock.',
    help: 'Add the column without a default (or with a constant one), set the default for new rows with ALTER COLUMN ... SET DEFAULT, and backfill existing rows in batches.',
  },
  run({ node, where, existed, catalog, postgresVersion }, report) {
    const alter = alterTable(node);
    if (!alter || !existed(alter.stmt.relation)) return;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def)) continue;
      const def = cmd.def.ColumnDef;
      const cause = rewriteCause(def, catalog, postgresVersion);
      if (!cause) continue;
      const table = tableName(alter.stmt.relation);
      const col = ident(def.colname ?? '');
      report({
        ...where,
        message: `ADD COLUMN ${def.colname} on existing table ${table} rewrites the whole table while holding an ACCESS EXCLUSIVE lock (no reads or writes): ${cause}`,
        hint: `ALTER TABLE ${qualifiedIdent(table)} ADD COLUMN ${col} <type>; then ALTER TABLE ${qualifiedIdent(table)} ALTER COLUMN ${col} SET DEFAULT <expression> (applies to new rows only); then backfill old rows in batches (UPDATE ... WHERE id BETWEEN ...).`,
      });
    }
  },
};
