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

/**
 * Built-in functions a default commonly calls that are IMMUTABLE or STABLE in pg_proc for every
 * overload (postgres.test.ts checks each one on a real server): evaluated once for ADD COLUMN, so no
 * rewrite. A function on neither list, and not created in the migrations, is treated as volatile.
 */
export const NON_VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  // time
  'now', 'statement_timestamp', 'transaction_timestamp', 'timezone', 'date_trunc', 'date_part', 'extract', 'date_bin',
  'make_date', 'make_time', 'make_timestamp', 'make_timestamptz', 'make_interval', 'to_timestamp', 'to_date', 'to_char', 'to_number',
  'age', 'justify_interval', 'justify_days', 'justify_hours', 'isfinite',
  // text
  'lower', 'upper', 'initcap', 'md5', 'sha256', 'sha512', 'concat', 'concat_ws', 'format', 'length', 'char_length', 'octet_length',
  'btrim', 'ltrim', 'rtrim', 'substring', 'substr', 'replace', 'translate', 'regexp_replace', 'split_part', 'left', 'right', 'lpad', 'rpad',
  'repeat', 'reverse', 'strpos', 'position', 'encode', 'decode', 'quote_ident', 'quote_literal', 'string_to_array', 'array_to_string',
  'to_hex', 'chr', 'ascii', 'normalize',
  // numbers
  'abs', 'round', 'floor', 'ceil', 'ceiling', 'trunc', 'power', 'sqrt', 'mod', 'div', 'exp', 'ln', 'log', 'pi', 'sign', 'width_bucket',
  // json, arrays, ranges, search
  'jsonb_build_object', 'jsonb_build_array', 'json_build_object', 'json_build_array', 'to_jsonb', 'to_json', 'row_to_json', 'array_to_json',
  'jsonb_object', 'json_object', 'jsonb_set', 'jsonb_strip_nulls', 'array_length', 'cardinality', 'array_fill', 'array_append', 'array_prepend', 'array_cat',
  'int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange', 'to_tsvector', 'setweight', 'to_tsquery', 'plainto_tsquery',
  // session and identifiers
  'current_setting', 'current_database', 'current_schema', 'pg_backend_pid', 'txid_current', 'pg_current_xact_id', 'inet_client_addr',
  'to_regclass', 'version',
]);

/** Why a column added with this definition fills every row on the spot, forcing a rewrite; undefined when it does not. */
function rewriteCause(def: ColumnDef, catalog: Catalog, postgresVersion: number): { cause: string; certain: boolean } | undefined {
  if (columnTypeOf(def.typeName)?.serial) return { cause: `a ${lastTypeName(def)} column fills every row from a sequence`, certain: true };
  for (const c of constraintsOf(def)) {
    if (c.contype === 'CONSTR_IDENTITY') return { cause: 'an identity column fills every row from a sequence', certain: true };
    if (c.contype === 'CONSTR_GENERATED' && (c.generated_kind ?? 's') === 's') return { cause: 'a stored generated column computes every row', certain: true };
    if (c.contype === 'CONSTR_DEFAULT' && c.raw_expr) {
      const isNull = 'A_Const' in c.raw_expr && c.raw_expr.A_Const.isnull;
      if (isNull) continue;
      const call = volatileCall(c.raw_expr, catalog, 0);
      if (call?.known) return { cause: `the default calls ${call.name}(), which is volatile and is evaluated for every row`, certain: true };
      if (postgresVersion < 11) return { cause: 'before PostgreSQL 11 any non-null default is written into every row', certain: true };
      if (call) {
        return {
          cause: `the default calls ${call.name}(), which is neither a built-in function known to be IMMUTABLE or STABLE nor created so in these migrations: PostgreSQL evaluates a volatile default for every row`,
          certain: false,
        };
      }
    }
  }
  return undefined;
}

/** The first volatile call in an expression: `known` when it is certainly volatile, otherwise a function the check cannot vouch for. */
function volatileCall(expr: unknown, catalog: Catalog, depth: number): { name: string; known: boolean } | undefined {
  if (!expr || typeof expr !== 'object' || depth > 100) return undefined;
  if (Array.isArray(expr)) {
    let unknown: { name: string; known: boolean } | undefined;
    for (const e of expr) {
      const v = volatileCall(e, catalog, depth + 1);
      if (v?.known) return v;
      unknown ??= v;
    }
    return unknown;
  }
  if ('FuncCall' in expr) {
    const call = (expr as { FuncCall: { funcname?: Node[]; args?: Node[] } }).FuncCall;
    const key = nameListKey(call.funcname);
    const name = key.split('.').pop()!;
    const builtin = !key.includes('.') || key.startsWith('pg_catalog.');
    const declared = catalog.functions.get(key);
    if (declared === 'volatile' || (declared === undefined && VOLATILE_FUNCTIONS.has(name))) return { name: key, known: true };
    const inner = volatileCall(call.args, catalog, depth + 1);
    if (inner?.known) return inner;
    if (declared === undefined && !(builtin && NON_VOLATILE_FUNCTIONS.has(name))) return { name: key, known: false };
    return inner;
  }
  let unknown: { name: string; known: boolean } | undefined;
  for (const value of Object.values(expr)) {
    const v = volatileCall(value, catalog, depth + 1);
    if (v?.known) return v;
    unknown ??= v;
  }
  return unknown;
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
    const found: { column: string; cause: string; certain: boolean }[] = [];
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def)) continue;
      const def = cmd.def.ColumnDef;
      const why = rewriteCause(def, catalog, postgresVersion);
      if (why) found.push({ column: def.colname ?? '', ...why });
    }
    if (!found.length) return;
    // One finding per statement: 13 generated columns added at once are one rewrite.
    const table = tableName(alter.stmt.relation);
    const certain = found.some((f) => f.certain);
    const causes = [...new Set(found.map((f) => f.cause))];
    const columns = found.map((f) => f.column);
    const col = found.length === 1 ? ident(columns[0]!) : '<column>';
    report({
      ...where,
      severity: certain ? 'error' : 'warning',
      message: `ADD COLUMN ${columns.join(', ')} on existing table ${table} ${certain ? 'rewrites' : 'may rewrite'} the whole table while holding an ACCESS EXCLUSIVE lock (no reads or writes): ${causes.join('; ')}`,
      hint: `ALTER TABLE ${qualifiedIdent(table)} ADD COLUMN ${col} <type>; then ALTER TABLE ${qualifiedIdent(table)} ALTER COLUMN ${col} SET DEFAULT <expression> (applies to new rows only); then backfill old rows in batches (UPDATE ... WHERE id BETWEEN ...).${found.length > 1 ? ' Do the same for each column.' : ''}`,
    });
  },
};
