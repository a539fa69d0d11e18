import type { Database } from './database.js';

/** A user relation as pg_class has it. */
export interface Relation {
  oid: number;
  name: string;
  /** r table, p partitioned table, i index, m materialized view, ... */
  kind: string;
  relfilenode: number;
  /** For an index: its table's oid. */
  tableOid?: number;
}

export interface HeldLock {
  oid: number;
  relation: string;
  /** pg_class.relkind: r table, i index, S sequence, ... */
  kind: string;
  /** As pg_locks names it: AccessExclusiveLock, ShareLock, ... */
  mode: string;
}

// FirstNormalObjectId: everything below is the system's own.
const USER_OIDS = 'c.oid >= 16384';
const NAME = `CASE WHEN n.nspname = 'public' THEN c.relname::text ELSE n.nspname || '.' || c.relname END`;

/** Every user relation by oid, with its relfilenode: a new relfilenode means the relation was rewritten. */
export async function relations(db: Database): Promise<Map<number, Relation>> {
  const rows = await db.query<{ oid: string; name: string; kind: string; relfilenode: string; table_oid: string | null }>(`
    SELECT c.oid::bigint AS oid, ${NAME} AS name, c.relkind::text AS kind, c.relfilenode::bigint AS relfilenode,
           i.indrelid::bigint AS table_oid
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_index i ON i.indexrelid = c.oid
     WHERE ${USER_OIDS} AND c.relkind IN ('r', 'p', 'i', 'I', 'm', 't')
       AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'`);
  return new Map(rows.map((r) => [Number(r.oid), {
    oid: Number(r.oid), name: r.name, kind: r.kind, relfilenode: Number(r.relfilenode),
    tableOid: r.table_oid === null ? undefined : Number(r.table_oid),
  }]));
}

/** The relation locks a backend holds: the trace's own session, or (pid given) the one it watches. */
export async function locksOf(db: Database, pid = db.pid): Promise<HeldLock[]> {
  // Toast tables and relations the statement made and dropped again (a rewrite's transient heap) are left out.
  const rows = await db.query<{ oid: string; name: string; kind: string; mode: string }>(`
    SELECT l.relation::bigint AS oid, ${NAME} AS name, c.relkind::text AS kind, l.mode
      FROM pg_locks l
      JOIN pg_class c ON c.oid = l.relation
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE l.pid = $1 AND l.locktype = 'relation' AND l.granted AND l.relation >= 16384
       AND n.nspname NOT LIKE 'pg\\_%'`, [pid]);
  return rows.map((r) => ({ oid: Number(r.oid), relation: r.name, kind: r.kind, mode: r.mode }));
}

/** Oids of the foreign keys declared on tables (a partition's inherited copies are left out). */
export async function foreignKeys(db: Database): Promise<Set<number>> {
  const rows = await db.query<{ oid: string }>(`SELECT oid::bigint AS oid FROM pg_constraint WHERE contype = 'f' AND conparentid = 0`);
  return new Set(rows.map((r) => Number(r.oid)));
}

export interface UnindexedForeignKey {
  oid: number;
  name: string;
  table: string;
  columns: string[];
  references: string;
}

/** Of these foreign keys, those whose referencing columns do not lead any valid, non-partial index of their table. */
export async function unindexedForeignKeys(db: Database, oids: number[]): Promise<UnindexedForeignKey[]> {
  if (!oids.length) return [];
  const rows = await db.query<{ oid: string; name: string; table_name: string; columns: string[]; references: string }>(`
    SELECT c.oid::bigint AS oid, c.conname AS name, c.conrelid::regclass::text AS table_name,
           c.confrelid::regclass::text AS references,
           ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
      FROM pg_constraint c
     WHERE c.oid = ANY($1::oid[])
       AND NOT EXISTS (
         SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid AND i.indisvalid AND i.indpred IS NULL
            AND i.indnkeyatts >= cardinality(c.conkey)
            AND ARRAY(SELECT x FROM unnest((string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)]) x ORDER BY x)
                = ARRAY(SELECT x FROM unnest(c.conkey) x ORDER BY x))
     ORDER BY c.oid`, [oids]);
  return rows.map((r) => ({ oid: Number(r.oid), name: r.name, table: r.table_name, columns: r.columns, references: r.references }));
}

/** How PostgreSQL's documentation names a lock mode: AccessExclusiveLock → ACCESS EXCLUSIVE. */
export function lockModeName(mode: string): string {
  return mode.replace(/Lock$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}
