import type { Node } from 'libpg-query';
import { failureOf, quoteIdent, type Database } from './database.js';

export interface SeedResult {
  table: string;
  rows: number;
  /** Why the table was left empty, when it was. */
  skipped?: string;
}

type Column = {
  name: string;
  type: string;
  base_type: string;
  base_name: string;
  category: string;
  typtype: string;
  notnull: boolean;
  default_expr: string | null;
  identity: string;
  generated: string;
  numeric_digits: number | null;
  fk_table: string | null;
  fk_column: string | null;
};

/** Every table named anywhere in these statements, as written (`users`, `billing.invoices`). */
export function tablesNamed(nodes: readonly Node[]): string[] {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) { for (const v of value) visit(v); return; }
    if (!value || typeof value !== 'object') return;
    // A RangeVar: wrapped ({ RangeVar: {...} }) in lists, bare in typed fields such as AlterTableStmt.relation.
    const range = value as { relname?: unknown; schemaname?: unknown };
    if (typeof range.relname === 'string') {
      names.add(typeof range.schemaname === 'string' ? `${quoteIdent(range.schemaname)}.${quoteIdent(range.relname)}` : quoteIdent(range.relname));
    }
    for (const v of Object.values(value)) visit(v);
  };
  visit(nodes);
  return [...names];
}

/** The oid of an ordinary table with this name, if there is one. */
export async function tableOid(db: Database, name: string): Promise<number | undefined> {
  const rows = await db.query<{ oid: string | null }>(
    `SELECT c.oid::bigint AS oid FROM pg_class c WHERE c.oid = to_regclass($1) AND c.relkind IN ('r', 'p')`, [name]);
  return rows[0]?.oid ? Number(rows[0].oid) : undefined;
}

/**
 * Fills an empty table with `rows` generated rows whose values fit each column's type and NOT NULL:
 * defaults (serials included) are evaluated, a single-column foreign key takes the referenced
 * table's values in turn, everything else gets a value made from the row number, so equal types
 * line up across tables. A table that cannot be filled is left empty and says why.
 */
export async function seedTable(db: Database, oid: number, rows: number): Promise<SeedResult> {
  const name = String((await db.query<{ name: string }>('SELECT $1::oid::regclass::text AS name', [oid]))[0]!.name);
  const hasRows = (await db.query(`SELECT 1 FROM ${name} LIMIT 1`)).length > 0;
  if (hasRows) return { table: name, rows: 0, skipped: 'it already has rows' };
  if (rows === 0) return { table: name, rows: 0 };
  const columns = await db.query<Column>(COLUMNS, [oid]);
  const targets: string[] = [];
  const values: string[] = [];
  const joins: string[] = [];
  for (const column of columns) {
    if (column.identity || column.generated) continue;
    let value: string | undefined;
    if (column.fk_table && column.fk_column) {
      const alias = `fk${joins.length}`;
      joins.push(`LEFT JOIN (SELECT ${quoteIdent(column.fk_column)} AS v, row_number() OVER () AS rn FROM ${column.fk_table}) ${alias}`
        + ` ON ${alias}.rn = 1 + (g.i - 1) % GREATEST((SELECT count(*) FROM ${column.fk_table}), 1)`);
      value = `${alias}.v`;
    } else if (column.default_expr !== null) {
      value = column.default_expr;
    } else {
      const made = generated(column);
      if (made !== undefined) value = `(${made})::${column.type}`;
    }
    if (value === undefined) {
      if (column.notnull) return { table: name, rows: 0, skipped: `no value can be generated for NOT NULL column ${column.name} (${column.type})` };
      continue;
    }
    targets.push(quoteIdent(column.name));
    values.push(value);
  }
  const insert = targets.length
    ? `INSERT INTO ${name} (${targets.join(', ')}) SELECT ${values.join(', ')} FROM generate_series(1, ${rows}) AS g(i) ${joins.join(' ')}`
    : `DO $seed$ BEGIN FOR i IN 1..${rows} LOOP INSERT INTO ${name} DEFAULT VALUES; END LOOP; END $seed$`;
  let failure: string | undefined;
  for (const replica of [false, true]) {
    try {
      await db.query('BEGIN');
      // Foreign keys are triggers: a second try skips them (superusers only), for keys the generator cannot satisfy.
      if (replica) await db.query('SET LOCAL session_replication_role = replica');
      await db.query(insert);
      await db.query('COMMIT');
      await db.query(`ANALYZE ${name}`);
      return { table: name, rows };
    } catch (error) {
      await db.query('ROLLBACK').catch(() => {});
      failure ??= failureOf(error).message;
    }
  }
  return { table: name, rows: 0, skipped: `the generated rows were refused: ${failure}` };
}

/** A value for row `g.i`, by the column's base type; undefined when there is no sensible one. */
function generated(c: Column): string | undefined {
  const i = 'g.i';
  if (c.typtype === 'e') return `(enum_range(NULL::${c.base_type}))[1 + ${i} % cardinality(enum_range(NULL::${c.base_type}))]`;
  switch (c.base_name) {
    case 'int2': return `${i} % 32767`;
    case 'int4': case 'int8': case 'float4': case 'float8': case 'oid': return `${i}`;
    case 'numeric': return c.numeric_digits !== null && c.numeric_digits < 10 ? `${i} % ${10 ** Math.max(0, c.numeric_digits)}` : `${i}`;
    case 'money': return `${i}::numeric`;
    case 'bool': return `${i} % 2 = 0`;
    case 'uuid': return `md5(${i}::text)::uuid`;
    case 'json': case 'jsonb': return `json_build_object('n', ${i})`;
    case 'bytea': return `decode(md5(${i}::text), 'hex')`;
    case 'inet': return `'10.0.0.0'::inet + ${i}`;
    case 'cidr': return `'10.0.0.0/8'`;
    case 'macaddr': return `'08:00:2b:01:02:03'`;
    case 'tsvector': return `to_tsvector('simple', 'v' || ${i})`;
    case 'point': return `point(${i}, ${i})`;
    case 'xml': return `xmlelement(name v, ${i})`;
    case 'bit': return `${i}::int4`;
    case 'varbit': return `B'1'`;
  }
  switch (c.category) {
    case 'S': return `'v' || ${i}`;
    case 'D': return `timestamptz '2020-01-01 00:00:00+00' + ${i} * interval '1 second'`;
    case 'T': return `${i} * interval '1 second'`;
    case 'A': return `'{}'`;
  }
  return undefined;
}

// Domains are generated by their base type and cast to the domain; numeric_digits is numeric(p, s)'s p - s.
const COLUMNS = `
  SELECT a.attname::text AS name, format_type(a.atttypid, a.atttypmod) AS type,
         format_type(b.oid, CASE WHEN t.typbasetype <> 0 THEN t.typtypmod ELSE a.atttypmod END) AS base_type,
         b.typname::text AS base_name, b.typcategory::text AS category, b.typtype::text AS typtype,
         a.attnotnull OR t.typnotnull AS notnull,
         pg_get_expr(d.adbin, d.adrelid) AS default_expr,
         a.attidentity::text AS identity, a.attgenerated::text AS generated,
         CASE WHEN b.typname = 'numeric' AND (CASE WHEN t.typbasetype <> 0 THEN t.typtypmod ELSE a.atttypmod END) >= 4
              THEN (((CASE WHEN t.typbasetype <> 0 THEN t.typtypmod ELSE a.atttypmod END) - 4) >> 16)
                   - (((CASE WHEN t.typbasetype <> 0 THEN t.typtypmod ELSE a.atttypmod END) - 4) & 65535) END AS numeric_digits,
         fk.ref_table AS fk_table, fk.ref_column AS fk_column
    FROM pg_attribute a
    JOIN pg_type t ON t.oid = a.atttypid
    JOIN pg_type b ON b.oid = CASE WHEN t.typbasetype <> 0 THEN t.typbasetype ELSE t.oid END
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    LEFT JOIN LATERAL (
      SELECT c.confrelid::regclass::text AS ref_table, r.attname::text AS ref_column
        FROM pg_constraint c JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = c.confkey[1]
       WHERE c.conrelid = a.attrelid AND c.contype = 'f' AND c.conkey = ARRAY[a.attnum] LIMIT 1
    ) fk ON true
   WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
   ORDER BY a.attnum`;

/** Orders tables so that a table comes after the tables its foreign keys reference (cycles keep their order). */
export async function referenceOrder(db: Database, oids: number[]): Promise<number[]> {
  if (oids.length < 2) return oids;
  const edges = await db.query<{ from: string; to: string }>(
    `SELECT conrelid::bigint AS "from", confrelid::bigint AS "to" FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ANY($1::oid[]) AND confrelid = ANY($1::oid[]) AND conrelid <> confrelid`, [oids]);
  const needs = new Map<number, number[]>();
  for (const e of edges) needs.set(Number(e.from), [...(needs.get(Number(e.from)) ?? []), Number(e.to)]);
  const out: number[] = [];
  const visiting = new Set<number>();
  const visit = (oid: number) => {
    if (out.includes(oid) || visiting.has(oid)) return;
    visiting.add(oid);
    for (const dep of needs.get(oid) ?? []) visit(dep);
    out.push(oid);
  };
  for (const oid of oids) visit(oid);
  return out;
}

/** These tables plus every table their foreign keys reference, transitively: a key needs rows to point at. */
export async function withReferencedTables(db: Database, oids: number[]): Promise<number[]> {
  if (!oids.length) return oids;
  const rows = await db.query<{ oid: string }>(`
    WITH RECURSIVE t(oid) AS (
      SELECT unnest($1::oid[])
      UNION
      SELECT c.confrelid FROM pg_constraint c JOIN t ON c.conrelid = t.oid WHERE c.contype = 'f'
    ) SELECT t.oid::bigint AS oid FROM t JOIN pg_class r ON r.oid = t.oid WHERE r.relkind IN ('r', 'p')`, [oids]);
  const all = rows.map((r) => Number(r.oid));
  return [...oids.filter((o) => all.includes(o)), ...all.filter((o) => !oids.includes(o))];
}
