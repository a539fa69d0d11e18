import type {
  AlterTableCmd, AlterTableStmt, ColumnDef, Constraint, CreateFunctionStmt, CreateStmt, CreateTableAsStmt, DropStmt, IndexStmt,
  Node, RangeVar, RenameStmt, TypeName, ViewStmt,
} from 'libpg-query';

/**
 * An in-memory schema built by replaying every migration in version order, so rules know what
 * existed before a statement: which tables are new, a column's old type, which constraints are
 * validated and which indexes exist. Anything the replay never saw is unknown, and rules treat
 * unknown tables as existing, busy ones.
 */

export interface ColumnType {
  /** The parser's canonical name: int4, int8, varchar, text, numeric, timestamptz... */
  name: string;
  /** Type modifiers: varchar(200) → [200], numeric(10,2) → [10, 2]. */
  mods: number[];
  array: boolean;
  /** Declared as serial, bigserial or smallserial. */
  serial: boolean;
}

export interface ColumnInfo {
  name: string;
  type: ColumnType | undefined;
  notNull: boolean;
  /** Ordinal of the migration that added it. */
  addedIn: number;
}

export type ConstraintKind = 'check' | 'foreign' | 'unique' | 'primary' | 'exclusion' | 'notnull';

export interface ConstraintInfo {
  name: string;
  kind: ConstraintKind;
  validated: boolean;
  columns: string[];
  /** Columns a CHECK proves non-null (`col IS NOT NULL`, possibly inside an AND). */
  provesNotNull: string[];
}

export interface TableInfo {
  key: string;
  kind: 'table' | 'view' | 'matview';
  columns: Map<string, ColumnInfo>;
  constraints: Map<string, ConstraintInfo>;
  partitioned: boolean;
  /** CREATE UNLOGGED TABLE, or SET UNLOGGED since. */
  unlogged: boolean;
  /** Ordinal of the migration that created it. */
  createdIn: number;
}

export interface IndexInfo {
  key: string;
  table: string;
  unique: boolean;
  columns: string[];
  partial: boolean;
  createdIn: number;
}

export type Volatility = 'immutable' | 'stable' | 'volatile';

/** Schema-qualified key of a relation; `public` is the default schema and is left out. */
export function relationKey(rel: { schemaname?: string; relname?: string } | undefined): string {
  const name = rel?.relname ?? '';
  return rel?.schemaname && rel.schemaname !== 'public' ? `${rel.schemaname}.${name}` : name;
}

/** Key of a dotted name list, e.g. from DROP INDEX s.i. */
export function nameListKey(items: Node[] | undefined): string {
  const parts = (items ?? []).map((n) => ('String' in n ? n.String.sval ?? '' : ''));
  if (parts.length > 1 && parts[parts.length - 2] === 'public') parts.splice(parts.length - 2, 1);
  return parts.slice(-2).join('.');
}

const SERIALS: Record<string, string> = { serial: 'int4', serial4: 'int4', bigserial: 'int8', serial8: 'int8', smallserial: 'int2', serial2: 'int2' };

export function columnTypeOf(typeName: TypeName | undefined): ColumnType | undefined {
  const names = typeName?.names ?? [];
  const last = names[names.length - 1];
  if (!last || !('String' in last)) return undefined;
  const raw = last.String.sval ?? '';
  const mods: number[] = [];
  for (const m of typeName?.typmods ?? []) {
    if ('A_Const' in m) mods.push(m.A_Const.ival?.ival ?? 0);
  }
  return { name: SERIALS[raw] ?? raw, mods, array: !!typeName?.arrayBounds?.length, serial: raw in SERIALS };
}

export function constraintsOf(def: ColumnDef): Constraint[] {
  return (def.constraints ?? []).flatMap((c) => ('Constraint' in c ? [c.Constraint] : []));
}

/** Columns that an expression proves non-null: `a IS NOT NULL`, `a IS NOT NULL AND b > 0`. */
export function provenNotNull(expr: Node | undefined, depth = 0): string[] {
  if (!expr || depth > 50) return [];
  if ('NullTest' in expr && expr.NullTest.nulltesttype === 'IS_NOT_NULL') {
    const arg = expr.NullTest.arg;
    const col = arg && 'ColumnRef' in arg ? columnRefName(arg.ColumnRef.fields) : undefined;
    return col ? [col] : [];
  }
  if ('BoolExpr' in expr && expr.BoolExpr.boolop === 'AND_EXPR') {
    return (expr.BoolExpr.args ?? []).flatMap((a) => provenNotNull(a, depth + 1));
  }
  return [];
}

function columnRefName(fields: Node[] | undefined): string | undefined {
  const last = fields?.[fields.length - 1];
  return last && 'String' in last ? last.String.sval : undefined;
}

function firstColumnIn(expr: Node | undefined): string | undefined {
  let found: string | undefined;
  const walk = (n: unknown, depth: number): void => {
    if (found || depth > 50 || !n || typeof n !== 'object') return;
    if ('ColumnRef' in n) { found = columnRefName((n as { ColumnRef: { fields?: Node[] } }).ColumnRef.fields); return; }
    for (const v of Object.values(n)) walk(v, depth + 1);
  };
  walk(expr, 0);
  return found;
}

function stringList(nodes: Node[] | undefined): string[] {
  return (nodes ?? []).flatMap((n) => ('String' in n && n.String.sval !== undefined ? [n.String.sval] : []));
}

const KINDS: Partial<Record<string, ConstraintKind>> = {
  CONSTR_CHECK: 'check', CONSTR_FOREIGN: 'foreign', CONSTR_UNIQUE: 'unique', CONSTR_PRIMARY: 'primary',
  CONSTR_EXCLUSION: 'exclusion', CONSTR_NOTNULL: 'notnull',
};

/** The name PostgreSQL gives an unnamed constraint (close enough for VALIDATE and DROP lookups). */
function defaultConstraintName(table: string, kind: ConstraintKind, columns: string[]): string {
  const base = table.split('.').pop()!;
  const cols = columns.join('_');
  switch (kind) {
    case 'primary': return `${base}_pkey`;
    case 'unique': return `${base}_${cols}_key`;
    case 'foreign': return `${base}_${cols}_fkey`;
    case 'exclusion': return `${base}_${cols}_excl`;
    case 'notnull': return `${base}_${cols}_not_null`;
    case 'check': return cols ? `${base}_${cols}_check` : `${base}_check`;
  }
}

export function describeConstraint(c: Constraint, table: string, column?: string): ConstraintInfo | undefined {
  const kind = KINDS[c.contype ?? ''];
  if (!kind) return undefined;
  // A table-level CHECK is named after the first column it mentions, as PostgreSQL does.
  const columns = column ? [column]
    : kind === 'check' ? [firstColumnIn(c.raw_expr) ?? ''].filter(Boolean)
    : stringList(kind === 'foreign' ? c.fk_attrs : c.keys);
  return {
    name: c.conname ?? defaultConstraintName(table, kind, columns),
    kind,
    validated: !c.skip_validation,
    columns,
    provesNotNull: kind === 'check' ? provenNotNull(c.raw_expr) : [],
  };
}

export class Catalog {
  readonly tables = new Map<string, TableInfo>();
  /** Read-only outside the catalog: changed through setIndex and deleteIndex, which keep indexesByTable with it. */
  readonly indexes = new Map<string, IndexInfo>();
  readonly functions = new Map<string, Volatility>();
  /**
   * Each table's indexes, so that renaming a column, dropping one and renaming or dropping a table look
   * at that table's indexes, not at every index of the schema (the 5 MB bench migration renames
   * columns 2,000 times among thousands of indexes). `order` is each index's place in `indexes`.
   */
  private readonly indexesByTable = new Map<string, Set<IndexInfo>>();
  private readonly order = new Map<IndexInfo, number>();
  private nextOrder = 0;

  /**
   * The catalog whose fields `v8.deserialize` gave back (the linting state kept after a run's migrations,
   * lint.ts): the structured clone keeps the maps, their order and the indexes shared between them, but not the class.
   */
  static revive(fields: object): Catalog {
    return Object.assign(new Catalog(), fields);
  }

  table(rel: RangeVar | string | undefined): TableInfo | undefined {
    return this.tables.get(typeof rel === 'string' ? rel : relationKey(rel));
  }

  column(rel: RangeVar | string | undefined, name: string | undefined): ColumnInfo | undefined {
    return name === undefined ? undefined : this.table(rel)?.columns.get(name);
  }

  /** A unique, complete index on exactly these columns, which a UNIQUE or PRIMARY KEY constraint could adopt. */
  uniqueIndexOn(table: string, columns: string[]): IndexInfo | undefined {
    // The first such index in `indexes`' order, as a scan of every index would find.
    let found: IndexInfo | undefined;
    for (const index of this.indexesByTable.get(table) ?? []) {
      if (!index.unique || index.partial || !sameColumns(index.columns, columns)) continue;
      if (!found || this.order.get(index)! < this.order.get(found)!) found = index;
    }
    return found;
  }

  private setIndex(index: IndexInfo): void {
    const replaced = this.indexes.get(index.key);
    // Map.set keeps a replaced key where it was: so does the order.
    const order = replaced ? this.order.get(replaced)! : this.nextOrder++;
    if (replaced) this.forgetIndex(replaced);
    this.indexes.set(index.key, index);
    this.track(index, order);
  }

  private deleteIndex(key: string): void {
    const index = this.indexes.get(key);
    if (!index) return;
    this.indexes.delete(key);
    this.forgetIndex(index);
  }

  private forgetIndex(index: IndexInfo): void {
    this.order.delete(index);
    const own = this.indexesByTable.get(index.table);
    own?.delete(index);
    if (own && own.size === 0) this.indexesByTable.delete(index.table);
  }

  /** The index now belongs to `table` (its table was renamed); its place in `indexes` stays. */
  private moveIndex(index: IndexInfo, table: string): void {
    const order = this.order.get(index)!;
    this.forgetIndex(index);
    index.table = table;
    this.track(index, order);
  }

  private track(index: IndexInfo, order: number): void {
    this.order.set(index, order);
    let own = this.indexesByTable.get(index.table);
    if (!own) this.indexesByTable.set(index.table, (own = new Set()));
    own.add(index);
  }

  /** A copy: callers delete while they go. */
  private indexesOf(table: string): IndexInfo[] {
    return [...(this.indexesByTable.get(table) ?? [])];
  }

  /** Records what a statement changes. Statements the catalog does not model are ignored. */
  apply(node: Node, ordinal: number): void {
    const n = node as Record<string, unknown>;
    for (const kind in n) {
      switch (kind) {
        case 'CreateStmt': return this.createTable(n[kind] as CreateStmt, ordinal);
        case 'CreateTableAsStmt': {
          const s = n[kind] as CreateTableAsStmt;
          const key = relationKey(s.into?.rel);
          if (!this.tables.has(key)) this.tables.set(key, newTable(key, s.objtype === 'OBJECT_MATVIEW' ? 'matview' : 'table', ordinal));
          return;
        }
        case 'ViewStmt': {
          const key = relationKey((n[kind] as ViewStmt).view);
          if (!this.tables.has(key)) this.tables.set(key, newTable(key, 'view', ordinal));
          return;
        }
        case 'AlterTableStmt': return this.alterTable(n[kind] as AlterTableStmt, ordinal);
        case 'RenameStmt': return this.rename(n[kind] as RenameStmt);
        case 'DropStmt': return this.drop(n[kind] as DropStmt);
        case 'IndexStmt': return this.createIndex(n[kind] as IndexStmt, ordinal);
        case 'CreateFunctionStmt': return this.createFunction(n[kind] as CreateFunctionStmt);
      }
    }
  }

  private createTable(s: CreateStmt, ordinal: number): void {
    const key = relationKey(s.relation);
    if (this.tables.has(key) && s.if_not_exists) return;
    const table = newTable(key, 'table', ordinal);
    table.partitioned = !!s.partspec;
    table.unlogged = s.relation?.relpersistence === 'u';
    for (const elt of s.tableElts ?? []) {
      if ('ColumnDef' in elt) this.addColumn(table, elt.ColumnDef, ordinal);
      else if ('Constraint' in elt) this.addConstraint(table, elt.Constraint, ordinal);
    }
    this.tables.set(key, table);
  }

  private addColumn(table: TableInfo, def: ColumnDef, ordinal: number): void {
    const name = def.colname ?? '';
    const constraints = constraintsOf(def);
    const notNull = def.is_not_null === true || constraints.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
    table.columns.set(name, { name, type: columnTypeOf(def.typeName), notNull, addedIn: ordinal });
    for (const c of constraints) {
      const info = describeConstraint(c, table.key, name);
      if (info && info.kind !== 'notnull') table.constraints.set(info.name, info);
      if (info?.kind === 'primary' || info?.kind === 'unique') this.indexForConstraint(table, info, ordinal);
    }
  }

  private addConstraint(table: TableInfo, c: Constraint, ordinal: number): void {
    const info = describeConstraint(c, table.key);
    if (!info) return;
    if (c.indexname) {
      // ADD CONSTRAINT ... USING INDEX renames the index to the constraint's name.
      const indexKey = schemaOf(table.key) + c.indexname;
      const index = this.indexes.get(indexKey);
      if (index) {
        this.deleteIndex(indexKey);
        info.columns = index.columns;
        if (!c.conname) info.name = indexKey.split('.').pop()!;
      }
    }
    if (info.kind === 'primary' || (info.kind === 'notnull' && info.validated)) {
      for (const col of info.columns) { const column = table.columns.get(col); if (column) column.notNull = true; }
    }
    table.constraints.set(info.name, info);
    if (info.kind === 'primary' || info.kind === 'unique') this.indexForConstraint(table, info, ordinal);
  }

  private indexForConstraint(table: TableInfo, info: ConstraintInfo, ordinal: number): void {
    const key = schemaOf(table.key) + info.name;
    this.setIndex({ key, table: table.key, unique: true, columns: info.columns, partial: false, createdIn: ordinal });
  }

  private alterTable(s: AlterTableStmt, ordinal: number): void {
    if (s.objtype !== 'OBJECT_TABLE') return;
    const table = this.table(s.relation);
    if (!table) return;
    for (const c of s.cmds ?? []) {
      if ('AlterTableCmd' in c) this.alterTableCmd(table, c.AlterTableCmd, ordinal);
    }
  }

  private alterTableCmd(table: TableInfo, cmd: AlterTableCmd, ordinal: number): void {
    const column = cmd.name !== undefined ? table.columns.get(cmd.name) : undefined;
    switch (cmd.subtype) {
      case 'AT_AddColumn':
        if (cmd.def && 'ColumnDef' in cmd.def) {
          const name = cmd.def.ColumnDef.colname ?? '';
          if (!(cmd.missing_ok && table.columns.has(name))) this.addColumn(table, cmd.def.ColumnDef, ordinal);
        }
        break;
      case 'AT_DropColumn':
        if (cmd.name !== undefined) {
          table.columns.delete(cmd.name);
          for (const [name, c] of table.constraints) if (c.columns.includes(cmd.name)) table.constraints.delete(name);
          for (const index of this.indexesOf(table.key)) if (index.columns.includes(cmd.name)) this.deleteIndex(index.key);
        }
        break;
      case 'AT_AlterColumnType':
        if (column && cmd.def && 'ColumnDef' in cmd.def) column.type = columnTypeOf(cmd.def.ColumnDef.typeName);
        break;
      case 'AT_SetLogged':
      case 'AT_SetUnLogged':
        table.unlogged = cmd.subtype === 'AT_SetUnLogged';
        break;
      case 'AT_SetNotNull':
        if (column) column.notNull = true;
        break;
      case 'AT_DropNotNull':
        if (column) column.notNull = false;
        break;
      case 'AT_AddConstraint':
        if (cmd.def && 'Constraint' in cmd.def) this.addConstraint(table, cmd.def.Constraint, ordinal);
        break;
      case 'AT_ValidateConstraint': {
        const c = cmd.name !== undefined ? table.constraints.get(cmd.name) : undefined;
        if (c) {
          c.validated = true;
          if (c.kind === 'notnull') for (const col of c.columns) { const info = table.columns.get(col); if (info) info.notNull = true; }
        }
        break;
      }
      case 'AT_DropConstraint':
        if (cmd.name !== undefined) {
          table.constraints.delete(cmd.name);
          this.deleteIndex(schemaOf(table.key) + cmd.name);
        }
        break;
    }
  }

  private rename(s: RenameStmt): void {
    const table = this.table(s.relation);
    switch (s.renameType) {
      case 'OBJECT_TABLE':
      case 'OBJECT_VIEW':
      case 'OBJECT_MATVIEW': {
        if (!table || !s.newname) return;
        const key = schemaOf(table.key) + s.newname;
        this.tables.delete(table.key);
        for (const index of this.indexesOf(table.key)) this.moveIndex(index, key);
        table.key = key;
        this.tables.set(key, table);
        return;
      }
      case 'OBJECT_COLUMN': {
        const column = s.subname !== undefined ? table?.columns.get(s.subname) : undefined;
        if (!table || !column || !s.newname) return;
        table.columns.delete(column.name);
        column.name = s.newname;
        table.columns.set(s.newname, column);
        // Copies only where the column appears: a table with thousands of constraints renames often.
        const renamed = (names: string[]) => (names.includes(s.subname!) ? names.map((x) => (x === s.subname ? s.newname! : x)) : names);
        for (const c of table.constraints.values()) {
          c.columns = renamed(c.columns);
          c.provesNotNull = renamed(c.provesNotNull);
        }
        for (const index of this.indexesByTable.get(table.key) ?? []) index.columns = renamed(index.columns);
        return;
      }
      case 'OBJECT_TABCONSTRAINT': {
        const c = s.subname !== undefined ? table?.constraints.get(s.subname) : undefined;
        if (!table || !c || !s.newname) return;
        table.constraints.delete(c.name);
        c.name = s.newname;
        table.constraints.set(c.name, c);
        return;
      }
      case 'OBJECT_INDEX': {
        const key = relationKey(s.relation);
        const index = this.indexes.get(key);
        if (!index || !s.newname) return;
        this.deleteIndex(key);
        index.key = schemaOf(key) + s.newname;
        this.setIndex(index);
        return;
      }
    }
  }

  private drop(s: DropStmt): void {
    for (const object of s.objects ?? []) {
      const key = 'List' in object ? nameListKey(object.List.items) : '';
      if (!key) continue;
      if (s.removeType === 'OBJECT_TABLE' || s.removeType === 'OBJECT_VIEW' || s.removeType === 'OBJECT_MATVIEW') {
        this.tables.delete(key);
        for (const index of this.indexesOf(key)) this.deleteIndex(index.key);
      } else if (s.removeType === 'OBJECT_INDEX') {
        this.deleteIndex(key);
      }
    }
  }

  private createIndex(s: IndexStmt, ordinal: number): void {
    const table = relationKey(s.relation);
    const columns = (s.indexParams ?? []).map((p) => ('IndexElem' in p ? p.IndexElem.name ?? '' : ''));
    const name = s.idxname ?? `${table.split('.').pop()}_${columns.filter(Boolean).join('_') || 'expr'}_idx`;
    const key = schemaOf(relationKey(s.relation)) + name;
    if (s.if_not_exists && this.indexes.has(key)) return;
    this.setIndex({ key, table, unique: !!s.unique, columns, partial: !!s.whereClause, createdIn: ordinal });
  }

  private createFunction(s: CreateFunctionStmt): void {
    const name = nameListKey(s.funcname);
    let volatility: Volatility = 'volatile';
    for (const option of s.options ?? []) {
      if ('DefElem' in option && option.DefElem.defname === 'volatility') {
        const arg = option.DefElem.arg;
        const value = arg && 'String' in arg ? arg.String.sval : undefined;
        if (value === 'immutable' || value === 'stable') volatility = value;
      }
    }
    this.functions.set(name, volatility);
  }
}

function newTable(key: string, kind: TableInfo['kind'], ordinal: number): TableInfo {
  return { key, kind, columns: new Map(), constraints: new Map(), partitioned: false, unlogged: false, createdIn: ordinal };
}

/** "s." for a key in schema s, "" for the default schema. */
function schemaOf(key: string): string {
  const dot = key.lastIndexOf('.');
  return dot < 0 ? '' : key.slice(0, dot + 1);
}

function sameColumns(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Key of an object (index, constraint) named `name` in the schema of `rel`. */
export function siblingKey(rel: RangeVar | undefined, name: string): string {
  return schemaOf(relationKey(rel)) + name;
}
