export const id = 525;
export const ids = [525];
export const modules = {

/***/ 4669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defineCheck)
/* harmony export */ });
function defineCheck(check) {
    return check;
}


/***/ }),

/***/ 6384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ constraintsOf),
/* harmony export */   WC: () => (/* binding */ Catalog),
/* harmony export */   Yb: () => (/* binding */ relationKey),
/* harmony export */   gy: () => (/* binding */ columnTypeOf),
/* harmony export */   jZ: () => (/* binding */ nameListKey),
/* harmony export */   w$: () => (/* binding */ siblingKey)
/* harmony export */ });
/* unused harmony exports provenNotNull, describeConstraint */
/** Schema-qualified key of a relation; `public` is the default schema and is left out. */
function relationKey(rel) {
    const name = rel?.relname ?? '';
    return rel?.schemaname && rel.schemaname !== 'public' ? `${rel.schemaname}.${name}` : name;
}
/** Key of a dotted name list, e.g. from DROP INDEX s.i. */
function nameListKey(items) {
    const parts = (items ?? []).map((n) => ('String' in n ? n.String.sval ?? '' : ''));
    if (parts.length > 1 && parts[parts.length - 2] === 'public')
        parts.splice(parts.length - 2, 1);
    return parts.slice(-2).join('.');
}
const SERIALS = { serial: 'int4', serial4: 'int4', bigserial: 'int8', serial8: 'int8', smallserial: 'int2', serial2: 'int2' };
function columnTypeOf(typeName) {
    const names = typeName?.names ?? [];
    const last = names[names.length - 1];
    if (!last || !('String' in last))
        return undefined;
    const raw = last.String.sval ?? '';
    const mods = [];
    for (const m of typeName?.typmods ?? []) {
        if ('A_Const' in m)
            mods.push(m.A_Const.ival?.ival ?? 0);
    }
    return { name: SERIALS[raw] ?? raw, mods, array: !!typeName?.arrayBounds?.length, serial: raw in SERIALS };
}
function constraintsOf(def) {
    return (def.constraints ?? []).flatMap((c) => ('Constraint' in c ? [c.Constraint] : []));
}
/** Columns that an expression proves non-null: `a IS NOT NULL`, `a IS NOT NULL AND b > 0`. */
function provenNotNull(expr, depth = 0) {
    if (!expr || depth > 50)
        return [];
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
function columnRefName(fields) {
    const last = fields?.[fields.length - 1];
    return last && 'String' in last ? last.String.sval : undefined;
}
function firstColumnIn(expr) {
    let found;
    const walk = (n, depth) => {
        if (found || depth > 50 || !n || typeof n !== 'object')
            return;
        if ('ColumnRef' in n) {
            found = columnRefName(n.ColumnRef.fields);
            return;
        }
        for (const v of Object.values(n))
            walk(v, depth + 1);
    };
    walk(expr, 0);
    return found;
}
function stringList(nodes) {
    return (nodes ?? []).flatMap((n) => ('String' in n && n.String.sval !== undefined ? [n.String.sval] : []));
}
const KINDS = {
    CONSTR_CHECK: 'check', CONSTR_FOREIGN: 'foreign', CONSTR_UNIQUE: 'unique', CONSTR_PRIMARY: 'primary',
    CONSTR_EXCLUSION: 'exclusion', CONSTR_NOTNULL: 'notnull',
};
/** The name PostgreSQL gives an unnamed constraint (close enough for VALIDATE and DROP lookups). */
function defaultConstraintName(table, kind, columns) {
    const base = table.split('.').pop();
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
function describeConstraint(c, table, column) {
    const kind = KINDS[c.contype ?? ''];
    if (!kind)
        return undefined;
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
class Catalog {
    tables = new Map();
    indexes = new Map();
    functions = new Map();
    table(rel) {
        return this.tables.get(typeof rel === 'string' ? rel : relationKey(rel));
    }
    column(rel, name) {
        return name === undefined ? undefined : this.table(rel)?.columns.get(name);
    }
    /** A unique, complete index on exactly these columns, which a UNIQUE or PRIMARY KEY constraint could adopt. */
    uniqueIndexOn(table, columns) {
        for (const index of this.indexes.values()) {
            if (index.table === table && index.unique && !index.partial && sameColumns(index.columns, columns))
                return index;
        }
        return undefined;
    }
    /** Records what a statement changes. Statements the catalog does not model are ignored. */
    apply(node, ordinal) {
        const n = node;
        for (const kind in n) {
            switch (kind) {
                case 'CreateStmt': return this.createTable(n[kind], ordinal);
                case 'CreateTableAsStmt': {
                    const s = n[kind];
                    const key = relationKey(s.into?.rel);
                    if (!this.tables.has(key))
                        this.tables.set(key, newTable(key, s.objtype === 'OBJECT_MATVIEW' ? 'matview' : 'table', ordinal));
                    return;
                }
                case 'ViewStmt': {
                    const key = relationKey(n[kind].view);
                    if (!this.tables.has(key))
                        this.tables.set(key, newTable(key, 'view', ordinal));
                    return;
                }
                case 'AlterTableStmt': return this.alterTable(n[kind], ordinal);
                case 'RenameStmt': return this.rename(n[kind]);
                case 'DropStmt': return this.drop(n[kind]);
                case 'IndexStmt': return this.createIndex(n[kind], ordinal);
                case 'CreateFunctionStmt': return this.createFunction(n[kind]);
            }
        }
    }
    createTable(s, ordinal) {
        const key = relationKey(s.relation);
        if (this.tables.has(key) && s.if_not_exists)
            return;
        const table = newTable(key, 'table', ordinal);
        table.partitioned = !!s.partspec;
        table.unlogged = s.relation?.relpersistence === 'u';
        for (const elt of s.tableElts ?? []) {
            if ('ColumnDef' in elt)
                this.addColumn(table, elt.ColumnDef, ordinal);
            else if ('Constraint' in elt)
                this.addConstraint(table, elt.Constraint, ordinal);
        }
        this.tables.set(key, table);
    }
    addColumn(table, def, ordinal) {
        const name = def.colname ?? '';
        const constraints = constraintsOf(def);
        const notNull = def.is_not_null === true || constraints.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
        table.columns.set(name, { name, type: columnTypeOf(def.typeName), notNull, addedIn: ordinal });
        for (const c of constraints) {
            const info = describeConstraint(c, table.key, name);
            if (info && info.kind !== 'notnull')
                table.constraints.set(info.name, info);
            if (info?.kind === 'primary' || info?.kind === 'unique')
                this.indexForConstraint(table, info, ordinal);
        }
    }
    addConstraint(table, c, ordinal) {
        const info = describeConstraint(c, table.key);
        if (!info)
            return;
        if (c.indexname) {
            // ADD CONSTRAINT ... USING INDEX renames the index to the constraint's name.
            const indexKey = schemaOf(table.key) + c.indexname;
            const index = this.indexes.get(indexKey);
            if (index) {
                this.indexes.delete(indexKey);
                info.columns = index.columns;
                if (!c.conname)
                    info.name = indexKey.split('.').pop();
            }
        }
        if (info.kind === 'primary' || (info.kind === 'notnull' && info.validated)) {
            for (const col of info.columns) {
                const column = table.columns.get(col);
                if (column)
                    column.notNull = true;
            }
        }
        table.constraints.set(info.name, info);
        if (info.kind === 'primary' || info.kind === 'unique')
            this.indexForConstraint(table, info, ordinal);
    }
    indexForConstraint(table, info, ordinal) {
        const key = schemaOf(table.key) + info.name;
        this.indexes.set(key, { key, table: table.key, unique: true, columns: info.columns, partial: false, createdIn: ordinal });
    }
    alterTable(s, ordinal) {
        if (s.objtype !== 'OBJECT_TABLE')
            return;
        const table = this.table(s.relation);
        if (!table)
            return;
        for (const c of s.cmds ?? []) {
            if ('AlterTableCmd' in c)
                this.alterTableCmd(table, c.AlterTableCmd, ordinal);
        }
    }
    alterTableCmd(table, cmd, ordinal) {
        const column = cmd.name !== undefined ? table.columns.get(cmd.name) : undefined;
        switch (cmd.subtype) {
            case 'AT_AddColumn':
                if (cmd.def && 'ColumnDef' in cmd.def) {
                    const name = cmd.def.ColumnDef.colname ?? '';
                    if (!(cmd.missing_ok && table.columns.has(name)))
                        this.addColumn(table, cmd.def.ColumnDef, ordinal);
                }
                break;
            case 'AT_DropColumn':
                if (cmd.name !== undefined) {
                    table.columns.delete(cmd.name);
                    for (const [name, c] of table.constraints)
                        if (c.columns.includes(cmd.name))
                            table.constraints.delete(name);
                    for (const [name, index] of this.indexes) {
                        if (index.table === table.key && index.columns.includes(cmd.name))
                            this.indexes.delete(name);
                    }
                }
                break;
            case 'AT_AlterColumnType':
                if (column && cmd.def && 'ColumnDef' in cmd.def)
                    column.type = columnTypeOf(cmd.def.ColumnDef.typeName);
                break;
            case 'AT_SetLogged':
            case 'AT_SetUnLogged':
                table.unlogged = cmd.subtype === 'AT_SetUnLogged';
                break;
            case 'AT_SetNotNull':
                if (column)
                    column.notNull = true;
                break;
            case 'AT_DropNotNull':
                if (column)
                    column.notNull = false;
                break;
            case 'AT_AddConstraint':
                if (cmd.def && 'Constraint' in cmd.def)
                    this.addConstraint(table, cmd.def.Constraint, ordinal);
                break;
            case 'AT_ValidateConstraint': {
                const c = cmd.name !== undefined ? table.constraints.get(cmd.name) : undefined;
                if (c) {
                    c.validated = true;
                    if (c.kind === 'notnull')
                        for (const col of c.columns) {
                            const info = table.columns.get(col);
                            if (info)
                                info.notNull = true;
                        }
                }
                break;
            }
            case 'AT_DropConstraint':
                if (cmd.name !== undefined) {
                    table.constraints.delete(cmd.name);
                    this.indexes.delete(schemaOf(table.key) + cmd.name);
                }
                break;
        }
    }
    rename(s) {
        const table = this.table(s.relation);
        switch (s.renameType) {
            case 'OBJECT_TABLE':
            case 'OBJECT_VIEW':
            case 'OBJECT_MATVIEW': {
                if (!table || !s.newname)
                    return;
                const key = schemaOf(table.key) + s.newname;
                this.tables.delete(table.key);
                for (const index of this.indexes.values())
                    if (index.table === table.key)
                        index.table = key;
                table.key = key;
                this.tables.set(key, table);
                return;
            }
            case 'OBJECT_COLUMN': {
                const column = s.subname !== undefined ? table?.columns.get(s.subname) : undefined;
                if (!table || !column || !s.newname)
                    return;
                table.columns.delete(column.name);
                column.name = s.newname;
                table.columns.set(s.newname, column);
                // Copies only where the column appears: a table with thousands of constraints renames often.
                const renamed = (names) => (names.includes(s.subname) ? names.map((x) => (x === s.subname ? s.newname : x)) : names);
                for (const c of table.constraints.values()) {
                    c.columns = renamed(c.columns);
                    c.provesNotNull = renamed(c.provesNotNull);
                }
                for (const index of this.indexes.values()) {
                    if (index.table === table.key)
                        index.columns = renamed(index.columns);
                }
                return;
            }
            case 'OBJECT_TABCONSTRAINT': {
                const c = s.subname !== undefined ? table?.constraints.get(s.subname) : undefined;
                if (!table || !c || !s.newname)
                    return;
                table.constraints.delete(c.name);
                c.name = s.newname;
                table.constraints.set(c.name, c);
                return;
            }
            case 'OBJECT_INDEX': {
                const key = relationKey(s.relation);
                const index = this.indexes.get(key);
                if (!index || !s.newname)
                    return;
                this.indexes.delete(key);
                index.key = schemaOf(key) + s.newname;
                this.indexes.set(index.key, index);
                return;
            }
        }
    }
    drop(s) {
        for (const object of s.objects ?? []) {
            const key = 'List' in object ? nameListKey(object.List.items) : '';
            if (!key)
                continue;
            if (s.removeType === 'OBJECT_TABLE' || s.removeType === 'OBJECT_VIEW' || s.removeType === 'OBJECT_MATVIEW') {
                this.tables.delete(key);
                for (const [name, index] of this.indexes)
                    if (index.table === key)
                        this.indexes.delete(name);
            }
            else if (s.removeType === 'OBJECT_INDEX') {
                this.indexes.delete(key);
            }
        }
    }
    createIndex(s, ordinal) {
        const table = relationKey(s.relation);
        const columns = (s.indexParams ?? []).map((p) => ('IndexElem' in p ? p.IndexElem.name ?? '' : ''));
        const name = s.idxname ?? `${table.split('.').pop()}_${columns.filter(Boolean).join('_') || 'expr'}_idx`;
        const key = schemaOf(relationKey(s.relation)) + name;
        if (s.if_not_exists && this.indexes.has(key))
            return;
        this.indexes.set(key, { key, table, unique: !!s.unique, columns, partial: !!s.whereClause, createdIn: ordinal });
    }
    createFunction(s) {
        const name = nameListKey(s.funcname);
        let volatility = 'volatile';
        for (const option of s.options ?? []) {
            if ('DefElem' in option && option.DefElem.defname === 'volatility') {
                const arg = option.DefElem.arg;
                const value = arg && 'String' in arg ? arg.String.sval : undefined;
                if (value === 'immutable' || value === 'stable')
                    volatility = value;
            }
        }
        this.functions.set(name, volatility);
    }
}
function newTable(key, kind, ordinal) {
    return { key, kind, columns: new Map(), constraints: new Map(), partitioned: false, unlogged: false, createdIn: ordinal };
}
/** "s." for a key in schema s, "" for the default schema. */
function schemaOf(key) {
    const dot = key.lastIndexOf('.');
    return dot < 0 ? '' : key.slice(0, dot + 1);
}
function sameColumns(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/** Key of an object (index, constraint) named `name` in the schema of `rel`. */
function siblingKey(rel, name) {
    return schemaOf(relationKey(rel)) + name;
}


/***/ }),

/***/ 3508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ directivesFor),
/* harmony export */   Gq: () => (/* binding */ readIgnores),
/* harmony export */   fn: () => (/* binding */ expiredFor),
/* harmony export */   qr: () => (/* binding */ withExpiredNote),
/* harmony export */   wg: () => (/* binding */ suppresses)
/* harmony export */ });
/* harmony import */ var _source_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7401);

const MARKER = 'release-gate-ignore';
const UNTIL = /\(\s*until\s+(\d{4}-\d{2}-\d{2})\s*\)/;
const DIRECTIVE = /^(?:--|\/\*)\s*release-gate-ignore(-file)?(?=[\s:]|\*\/|$)([\s\S]*?)(?:\*\/)?\s*$/;
/**
 * Reads `-- release-gate-ignore rule-a, rule-b: reason` (the statement below or around it) and
 * `-- release-gate-ignore-file rule: reason` (the whole file) from the scanner's comments, so text
 * inside string literals never counts.
 */
function readIgnores(source, parser) {
    if (!source.includes(MARKER))
        return [];
    const comments = parser.comments(source) ?? lineComments(source);
    const map = new _source_map_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceMap */ .o(source);
    const out = [];
    for (const comment of comments) {
        const m = DIRECTIVE.exec(comment.text.trim());
        if (!m)
            continue;
        const body = m[2].trim();
        const colon = body.indexOf(':');
        const names = colon < 0 ? body : body.slice(0, colon);
        let reason = colon < 0 ? '' : body.slice(colon + 1).trim();
        const until = UNTIL.exec(reason)?.[1];
        if (until)
            reason = reason.replace(UNTIL, '').trim();
        out.push({
            rules: names.split(/[\s,]+/).filter(Boolean),
            reason: reason || undefined,
            ...(until ? { until } : {}),
            fileWide: !!m[1],
            ...map.position(comment.start),
            start: comment.start,
            end: comment.end,
        });
    }
    return out;
}
/** When the scanner gives up (an unterminated literal), `--` comments that start a line are still found. */
function lineComments(source) {
    const out = [];
    const re = /^[ \t]*(--[^\n]*)/gm;
    for (let m = re.exec(source); m; m = re.exec(source)) {
        const start = m.index + m[0].indexOf('--');
        out.push({ start, end: start + m[1].length, text: m[1] });
    }
    return out;
}
/** The directives that cover a statement: inside it, or between the previous statement and it. */
function directivesFor(directives, previousEnd, start, end) {
    if (!directives.length)
        return directives;
    return directives.filter((d) => !d.fileWide && d.start >= previousEnd && d.end <= Math.max(end, start));
}
/** Whether a directive hides the rule; one whose `(until DATE)` has come no longer does (`today` is YYYY-MM-DD). */
function suppresses(directives, ruleId, today) {
    return directives.some((d) => d.rules.includes(ruleId) && !isExpired(d, today));
}
/** The expired directive that would have hidden the rule, to say so in the finding. */
function expiredFor(directives, ruleId, today) {
    return directives.find((d) => d.rules.includes(ruleId) && isExpired(d, today));
}
function isExpired(d, today) {
    return !!d.until && today !== undefined && d.until <= today;
}
/** The finding again, saying which ignore expired and why it was written. */
function withExpiredNote(f, d) {
    return { ...f, message: `${f.message} (the ignore at line ${d.line} expired on ${d.until}${d.reason ? `; its reason was: ${d.reason}` : ''})` };
}


/***/ }),

/***/ 3525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_POSTGRES_VERSION: () => (/* binding */ DEFAULT_POSTGRES_VERSION),
  MAX_MIGRATION_BYTES: () => (/* binding */ MAX_MIGRATION_BYTES),
  MAX_MIGRATION_FILES: () => (/* binding */ MAX_MIGRATION_FILES),
  migrationsCheck: () => (/* binding */ migrationsCheck)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/files/read-bounded.ts
var read_bounded = __webpack_require__(1543);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/files/special-entries.ts



/**
 * What a glob leaves out in silence: tinyglobby returns neither FIFOs, sockets and devices nor (with
 * followSymbolicLinks: false, which keeps a walk inside the workspace) symbolic links. This lists
 * such entries in the globs' base directories and beside every match, so the bounded reader can say
 * why each one is not read instead of the file vanishing from the check.
 */
function specialEntries(cwd, patterns, matched, ignore = []) {
    const isMatch = picomatch_default()([...patterns], { dot: true, ignore: [...ignore] });
    const dirs = new Set();
    for (const pattern of patterns)
        dirs.add(picomatch_default().scan(pattern).base);
    for (const path of matched)
        dirs.add(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    const found = [];
    for (const dir of dirs) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(cwd, dir), { withFileTypes: true });
        }
        catch {
            continue; // an unreadable directory: the glob did not see into it either
        }
        for (const entry of entries) {
            if (entry.isFile() || entry.isDirectory())
                continue;
            const path = dir ? `${dir}/${entry.name}` : entry.name;
            if (isMatch(path))
                found.push(path);
        }
    }
    return found;
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./src/rules/registry.ts
var registry = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(4669);
// EXTERNAL MODULE: ./src/checks/migrations/ignores.ts
var ignores = __webpack_require__(3508);
// EXTERNAL MODULE: ./src/checks/migrations/lint.ts + 1 modules
var migrations_lint = __webpack_require__(8465);
// EXTERNAL MODULE: ./src/checks/migrations/presets.ts
var presets = __webpack_require__(2047);
// EXTERNAL MODULE: ./src/checks/migrations/rules/index.ts + 31 modules
var rules = __webpack_require__(349);
;// CONCATENATED MODULE: ./src/checks/migrations/block-comments.ts
/**
 * PostgreSQL's scanner, as libpg-query builds it, takes quadratic time on nested block comments
 * (`/* /* /* … *\/ *\/ *\/`: 80 KB took 11 s). This finds block comments in linear time, skipping
 * string literals, quoted identifiers, dollar quotes and line comments as PostgreSQL does, so that
 * nested ones can be blanked before the parser sees them.
 */
function findBlockComments(text) {
    const found = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? n : nl + 1;
        }
        else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
            const start = i;
            let depth = 1;
            let deepest = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text.charCodeAt(i) === 47 && text.charCodeAt(i + 1) === 42) {
                    depth++;
                    deepest = Math.max(deepest, depth);
                    i += 2;
                }
                else if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
            found.push({ start, end: i, depth: deepest, terminated: depth === 0 });
        }
        else if (c === 39 /* ' */) {
            // E'...' takes backslash escapes; '' is a quote in either.
            const escapes = i > 0 && (text[i - 1] === 'E' || text[i - 1] === 'e') && !isIdentChar(text.charCodeAt(i - 2));
            i = skipQuoted(text, i + 1, 39, escapes);
        }
        else if (c === 34 /* " */) {
            i = skipQuoted(text, i + 1, 34, false);
        }
        else if (c === 36 /* $ */ && !isIdentChar(text.charCodeAt(i - 1))) {
            const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z_0-9\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
            if (tag) {
                const close = text.indexOf(tag[0], i + tag[0].length);
                i = close < 0 ? n : close + tag[0].length;
            }
            else {
                i++;
            }
        }
        else {
            i++;
        }
    }
    return found;
}
/** The text with every nested block comment (and an unterminated one) replaced by spaces, line breaks kept: same length, same lines and columns. */
function blankNestedComments(text, comments) {
    let out = '';
    let at = 0;
    for (const comment of comments) {
        if (comment.depth < 2 && comment.terminated)
            continue;
        out += text.slice(at, comment.start) + text.slice(comment.start, comment.end).replace(/[^\n\r]/g, ' ');
        at = comment.end;
    }
    return at === 0 ? text : out + text.slice(at);
}
function skipQuoted(text, from, quote, backslashEscapes) {
    let i = from;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (backslashEscapes && c === 92) {
            i += 2;
            continue;
        }
        if (c === quote) {
            if (text.charCodeAt(i + 1) === quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i++;
    }
    return text.length;
}
function isIdentChar(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c >= 128;
}

// EXTERNAL MODULE: ./src/checks/migrations/source-map.ts
var source_map = __webpack_require__(7401);
;// CONCATENATED MODULE: ./src/checks/migrations/sql-parser.ts


let loading;
/**
 * Loads the WebAssembly parser on first use. libpg-query compiles its WASM as soon as it is
 * imported, so it is imported here, lazily, and never at module load: other checks and --help do
 * not pay for it.
 */
function loadSqlParser() {
    loading ??= (async () => {
        const imported = (await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23)));
        const pg = typeof imported.parseSync === 'function' ? imported : imported.default;
        await pg.loadModule();
        return createSqlParser(pg);
    })();
    loading.catch(() => { loading = undefined; });
    return loading;
}
function createSqlParser(pg) {
    const parse = (original) => {
        // The parser reads a C string: anything after a NUL byte would silently vanish.
        const nul = original.indexOf('\0');
        // Nested block comments are blanked first (same length, same lines): the parser is quadratic on them.
        const { text: readable, unterminated } = withoutNestedComments(nul >= 0 ? original.slice(0, nul) : original);
        const text = nul >= 0 ? readable + original.slice(nul) : readable;
        const map = new source_map/* SourceMap */.o(text);
        if (unterminated !== undefined) {
            return { statements: statementsBefore(readable, unterminated, map, pg), map, error: { message: 'unterminated /* comment', ...map.position(unterminated) } };
        }
        if (readable.trim() === '') {
            return { statements: [], map, error: nul >= 0 ? nulError(map, nul) : undefined };
        }
        try {
            const statements = toStatements(pg.parseSync(readable), map, pg, readable.length);
            return { statements, map, error: nul >= 0 ? nulError(map, nul) : undefined };
        }
        catch (error) {
            const details = error.sqlDetails;
            const index = details?.cursorPosition !== undefined ? map.indexOfCodePoint(details.cursorPosition) : 0;
            const where = map.position(index);
            const message = error instanceof Error ? error.message : String(error);
            return { statements: statementsBefore(readable, index, map, pg), map, error: { message, ...where } };
        }
    };
    return {
        parse,
        parsePlpgsqlBody(body) {
            let tag = '$rg$';
            for (let n = 0; body.includes(tag); n++)
                tag = `$rg${n}$`;
            try {
                return pg.parsePlPgSQLSync(`CREATE FUNCTION rg_do_block() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag}`);
            }
            catch {
                return undefined;
            }
        },
        comments(original) {
            const blocks = original.includes('/*') ? findBlockComments(original) : [];
            const nested = blocks.filter((b) => b.depth > 1 || !b.terminated);
            const text = nested.length ? blankNestedComments(original, nested) : original;
            const tokens = scan(pg, text);
            if (!tokens)
                return undefined;
            const map = new source_map/* SourceMap */.o(text);
            return [
                ...tokens
                    .filter((t) => t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT')
                    .map((t) => ({ start: map.indexOfByte(t.start), end: map.indexOfByte(t.end), text: t.text })),
                ...nested.map((b) => ({ start: b.start, end: b.end, text: original.slice(b.start, b.end) })),
            ].sort((a, b) => a.start - b.start);
        },
    };
}
/** The text with nested (and unterminated) block comments blanked, and where an unterminated one starts. */
function withoutNestedComments(text) {
    if (!text.includes('/*'))
        return { text };
    const blocks = findBlockComments(text);
    const open = blocks.find((b) => !b.terminated);
    return { text: blankNestedComments(text, blocks), ...(open ? { unterminated: open.start } : {}) };
}
function nulError(map, index) {
    return { message: 'the file contains a NUL byte; PostgreSQL stops reading there', ...map.position(index) };
}
function scan(pg, text) {
    try {
        return pg.scanSync(text).tokens ?? [];
    }
    catch {
        return undefined;
    }
}
function toStatements(result, map, pg, limit) {
    const out = [];
    for (const raw of result.stmts ?? []) {
        if (!raw.stmt)
            continue;
        const location = raw.stmt_location ?? 0;
        const start = skipSpaceAndComments(map.text, map.indexOfByte(location));
        let end = raw.stmt_len ? map.indexOfByte(location + raw.stmt_len) : limit;
        if (!raw.stmt_len)
            end = trimTrailing(map.text, start, end, pg);
        const kind = Object.keys(raw.stmt)[0];
        const from = map.position(start);
        const to = map.position(Math.max(start, end - 1));
        out.push({ node: raw.stmt, kind, start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1 });
    }
    return out;
}
/**
 * With a syntax error the parser returns nothing, so the statements before the error are parsed
 * again on their own: everything up to the last semicolon the scanner sees before the error.
 */
function statementsBefore(text, errorIndex, map, pg) {
    const prefix = text.slice(0, errorIndex);
    if (!prefix.includes(';'))
        return [];
    const tokens = scan(pg, prefix);
    const semicolon = tokens?.filter((t) => t.text === ';').pop();
    if (!semicolon)
        return [];
    const cut = map.indexOfByte(semicolon.end);
    try {
        return toStatements(pg.parseSync(text.slice(0, cut)), map, pg, cut);
    }
    catch {
        return [];
    }
}
/** Moves past whitespace and comments, in case the parser's location points before them. */
function skipSpaceAndComments(text, index) {
    let i = index;
    for (;;) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (text.startsWith('--', i)) {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl + 1;
        }
        else if (text.startsWith('/*', i)) {
            let depth = 0;
            let j = i;
            while (j < text.length) {
                if (text.startsWith('/*', j)) {
                    depth++;
                    j += 2;
                }
                else if (text.startsWith('*/', j)) {
                    depth--;
                    j += 2;
                    if (depth === 0)
                        break;
                }
                else
                    j++;
            }
            i = j;
        }
        else {
            return i;
        }
    }
}
/** The last statement has no length: drop trailing whitespace and comments so endLine is its last line. */
function trimTrailing(text, start, end, pg) {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]))
        e--;
    const body = text.slice(start, e);
    if (!body.includes('--') && !body.includes('/*'))
        return e;
    const tokens = scan(pg, body);
    const last = tokens?.filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT').pop();
    if (!last)
        return e;
    return start + new source_map/* SourceMap */.o(body).indexOfByte(last.end);
}

// EXTERNAL MODULE: ./src/checks/migrations/trace/rules/index.ts + 7 modules
var trace_rules = __webpack_require__(4715);
;// CONCATENATED MODULE: ./src/checks/migrations/index.ts














const DEFAULT_POSTGRES_VERSION = 15;
/** A migration larger than this is not read (migration-unreadable): no hand-written migration comes near it. */
const MAX_MIGRATION_BYTES = 16 * 1024 * 1024;
/** The most migration files one run reads (in name order); a glob matching more is reported (migration-paths-capped). */
const MAX_MIGRATION_FILES = 20_000;
const migrationsCheck = (0,check/* defineCheck */.q)({
    name: 'migrations',
    section: 'migrations',
    description: 'PostgreSQL migration safety: locks, table rewrites, deploy-time breakage, data loss and ordering, on the exact line.',
    rules: [...rules/* ALL_RULES */.Uj, ...trace_rules/* TRACE_RULES */.AE],
    inputs: [{ name: 'no-trace', description: 'Skip the migrations.trace section: no PostgreSQL is started or connected to.', flag: true }],
    async run(ctx, section) {
        const preset = presets/* PRESETS */.fG[section.preset ?? 'plain'];
        const patterns = (section.paths ?? preset.paths).map(normalizePattern);
        const exclude = (section.exclude ?? []).map(normalizePattern);
        const postgresVersion = section['postgres-version'] ?? DEFAULT_POSTGRES_VERSION;
        const metrics = { preset: preset.name, postgresVersion, files: 0, statements: 0 };
        // Symbolic links are not followed by the walk (one could lead out of the workspace, or loop);
        // links, FIFOs and devices that match are added back for the bounded reader to report.
        const files = await (0,dist/* glob */.TI)(patterns, { cwd: ctx.cwd, ignore: exclude, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false });
        const paths = [...new Set([...files, ...specialEntries(ctx.cwd, patterns, files, exclude)])].sort();
        let found = paths.map((path) => ({ path, classified: preset.classify(path) })).filter((m) => m.classified.kind !== 'ignored');
        const capped = [];
        if (found.length > MAX_MIGRATION_FILES) {
            const where = ctx.manifest.locate(['migrations', 'paths']) ?? ctx.manifest.locate(['migrations'], 'key');
            capped.push(...(0,registry/* runRules */.xG)([rules/* SETUP_RULES */.OD.pathsCapped], { manifestFile: ctx.manifest.file, line: where?.line, column: where?.column, patterns, matched: found.length, cap: MAX_MIGRATION_FILES }));
            found = found.slice(0, MAX_MIGRATION_FILES);
        }
        if (!found.length) {
            const where = ctx.manifest.locate(['migrations', 'paths']) ?? ctx.manifest.locate(['migrations'], 'key');
            return {
                findings: (0,registry/* runRules */.xG)([rules/* SETUP_RULES */.OD.pathsEmpty], {
                    manifestFile: ctx.manifest.file, line: where?.line, column: where?.column, patterns, preset: preset.name,
                }),
                metrics,
            };
        }
        const ordered = replayOrder(found).map((m, ordinal) => ({ ...m, ordinal, preset: preset.name }));
        // The WebAssembly parser compiles in the background while git and the files are read.
        const parserLoading = loadSqlParser();
        const findings = [...capped];
        let base;
        if (ctx.base) {
            try {
                base = await readBase(ctx, ctx.base, preset, picomatch_default()(patterns, { ignore: exclude }));
            }
            catch (error) {
                findings.push(...(0,registry/* runRules */.xG)([rules/* SETUP_RULES */.OD.baseUnavailable], { base: ctx.base, reason: error.message }));
            }
        }
        const onBaseTip = new Set(base?.tip.map((t) => t.path));
        const pendingOrdinals = new Set(base ? ordered.filter((m) => !base.applied.has(m.path) && !onBaseTip.has(m.path)).map((m) => m.ordinal) : []);
        const sources = [];
        for (const m of ordered)
            sources.push(await loadSource(ctx, m, preset, section.transaction ?? 'auto'));
        const today = ctx.now().toISOString().slice(0, 10);
        const enabled = rules/* STATEMENT_RULES */._7.filter((r) => !r.defaultOff || isTurnedOn(section, r.meta.id));
        const parser = await parserLoading;
        const lint = (0,migrations_lint/* lintMigrations */.JW)(sources, parser, {
            postgresVersion,
            rules: enabled,
            pendingOrdinals,
            knownRules: new Set([...rules/* ALL_RULES */.Uj, ...trace_rules/* TRACE_RULES */.AE].map((r) => r.id)),
            offRules: new Set(Object.entries(section.rules ?? {}).filter(([, v]) => v === 'off').map(([k]) => k)),
            today,
        }, ctx.signal);
        // With --base, files already on the base are replayed for the catalog and ordering, never reported.
        const changed = base && new Set(base.changes.map((c) => c.path));
        const reported = changed ? lint.findings.filter((f) => f.file === undefined || changed.has(f.file)) : lint.findings;
        findings.push(...reported);
        let suppressed = lint.suppressed;
        for (const f of (0,registry/* runRules */.xG)(rules/* HISTORY_RULES */.dJ, { migrations: ordered, base })) {
            const directives = f.file ? lint.fileDirectives.get(f.file) ?? [] : [];
            const expired = (0,ignores/* expiredFor */.fn)(directives, f.ruleId, today);
            if ((0,ignores/* suppresses */.wg)(directives, f.ruleId, today))
                suppressed++;
            else
                findings.push(expired ? (0,ignores/* withExpiredNote */.qr)(f, expired) : f);
        }
        Object.assign(metrics, {
            files: ordered.length,
            statements: lint.statements,
            syntaxErrors: lint.syntaxErrors,
            ignored: suppressed,
            ...(base ? { base: { ref: base.ref, newMigrations: pendingOrdinals.size, appliedMigrations: base.applied.size, hidden: lint.findings.length - reported.length } } : {}),
        });
        if (section.trace && ctx.input('no-trace') !== 'true') {
            const { traceMigrations } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(428)]).then(__webpack_require__.bind(__webpack_require__, 3428));
            const { mergeTraceFindings } = await __webpack_require__.e(/* import() */ 109).then(__webpack_require__.bind(__webpack_require__, 7109));
            const trace = await traceMigrations(ctx, section.trace, { sources, pending: base ? pendingOrdinals : undefined, parser, postgresVersion });
            metrics.trace = trace.metrics;
            return { findings: mergeTraceFindings(findings, trace.findings, (id) => section.rules?.[id] === 'off'), metrics };
        }
        return { findings, metrics };
    },
});
function normalizePattern(pattern) {
    return pattern.replace(/\\/g, '/').replace(/^\.\//, '');
}
/** A style rule runs only when the manifest's `rules:` gives it a severity. */
function isTurnedOn(section, id) {
    const value = section.rules?.[id];
    return value !== undefined && value !== 'off';
}
/** Version order (ties by path), then files without a version by path, then repeatable migrations. */
function replayOrder(files) {
    const rank = (m) => (m.classified.kind === 'repeatable' ? 2 : m.classified.version ? 0 : 1);
    return [...files].sort((a, b) => rank(a) - rank(b) ||
        (a.classified.version && b.classified.version ? (0,presets/* compareVersions */.Zy)(a.classified.version, b.classified.version) : 0) ||
        a.path.localeCompare(b.path));
}
async function loadSource(ctx, m, preset, transaction) {
    // Synchronous: a thousand small files read faster this way than through the promise API.
    const read = (0,read_bounded/* readBounded */.CB)((0,external_node_path_.join)(ctx.cwd, m.path), { maxBytes: MAX_MIGRATION_BYTES, root: ctx.cwd });
    if (!read.ok) {
        const skipped = read.reason === 'not-regular' || read.reason === 'outside-workspace' || read.reason === 'directory';
        return { ...m, source: '', runner: 'script', runnerNote: '', unreadable: read.detail, skipped };
    }
    let text = read.bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const prepared = preset.prepare ? preset.prepare(text) : { source: text };
    let runner = preset.runner;
    let runnerNote = preset.runnerNote;
    if (transaction === 'auto' && prepared.transaction === true) {
        runner = 'wrapped';
        runnerNote = prepared.runnerNote ?? runnerNote;
    }
    if (transaction === 'always') {
        runner = 'wrapped';
        runnerNote = 'the manifest says the runner wraps each migration in a transaction (transaction: always)';
    }
    if (transaction === 'never')
        runner = 'script';
    if (transaction === 'auto' && prepared.transaction === false)
        runner = 'script';
    if (transaction === 'auto' && preset.transactionConfig && (await configTurnsTransactionOff(ctx, m.path, preset.transactionConfig)))
        runner = 'script';
    return { ...m, source: prepared.source, runner, runnerNote, psql: !!preset.psql && prepared.transaction === undefined };
}
/** A per-migration configuration (Flyway's V1__x.sql.conf, diesel's metadata.toml) can turn the transaction off. */
async function configTurnsTransactionOff(ctx, path, config) {
    try {
        return config.off.test(await (0,promises_.readFile)((0,external_node_path_.join)(ctx.cwd, config.path(path)), 'utf8'));
    }
    catch {
        return false;
    }
}
async function readBase(ctx, ref, preset, isMigration) {
    const mergeBase = await ctx.git.mergeBase(ref);
    const [tipFiles, mergeBaseFiles, changes] = await Promise.all([
        ctx.git.listFiles(ref), ctx.git.listFiles(mergeBase), ctx.git.changes(ref),
    ]);
    const migrations = (files) => files.filter(isMigration).map((path) => ({ path, classified: preset.classify(path) })).filter((m) => m.classified.kind !== 'ignored');
    return {
        ref,
        tip: migrations(tipFiles),
        applied: new Set(migrations(mergeBaseFiles).filter((m) => m.classified.kind === 'versioned').map((m) => m.path)),
        changes: changes.filter((c) => isMigration(c.path)),
    };
}


/***/ }),

/***/ 8465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JW: () => (/* binding */ lintMigrations),
  I5: () => (/* binding */ runnerWraps)
});

// UNUSED EXPORTS: oneFindingPerStatement

// EXTERNAL MODULE: ./src/rules/registry.ts
var registry = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/checks/migrations/catalog.ts
var migrations_catalog = __webpack_require__(6384);
;// CONCATENATED MODULE: ./src/checks/migrations/do-blocks.ts
/**
 * A DO block runs its body when the migration runs, so the static SQL inside it is linted like
 * any other statement (unlike a function body, which runs only when called). The body is parsed
 * with PostgreSQL's PL/pgSQL parser; each statement's text is found again in the file for its line.
 */
function readDoBlock(s, map, parser) {
    let language = 'plpgsql';
    let body;
    let bodyLocation;
    for (const arg of s.args ?? []) {
        if (!('DefElem' in arg))
            continue;
        const value = arg.DefElem.arg && 'String' in arg.DefElem.arg ? arg.DefElem.arg.String.sval : undefined;
        if (arg.DefElem.defname === 'language')
            language = (value ?? '').toLowerCase();
        if (arg.DefElem.defname === 'as') {
            body = value;
            bodyLocation = arg.DefElem.location;
        }
    }
    if (language !== 'plpgsql')
        return { statements: [], dynamic: `is written in ${language}, which is not read statically` };
    if (body === undefined)
        return { statements: [] };
    const tree = parser.parsePlpgsqlBody(body);
    if (!tree)
        return { statements: [], dynamic: 'does not parse as PL/pgSQL, so its statements were not read' };
    // Only a dollar-quoted body appears verbatim in the file; a '...' body has doubled quotes.
    const at = bodyLocation !== undefined ? map.indexOfByte(bodyLocation) : -1;
    const tag = at >= 0 ? /^\$[A-Za-z_0-9]*\$/.exec(map.text.slice(at, at + 64))?.[0] : undefined;
    const bodyStart = tag ? at + tag.length : undefined;
    const found = [];
    collect(tree, found, 0);
    const statements = [];
    const dynamicLines = [];
    for (const f of found) {
        const sql = f.kind === 'static' ? f.query : literalSql(f.query);
        const offset = bodyStart === undefined ? undefined : locate(body, f.kind === 'static' ? f.query : f.query.trim(), f.lineno);
        if (sql === undefined) {
            dynamicLines.push(offset !== undefined && bodyStart !== undefined ? map.position(bodyStart + offset).line : f.lineno);
            continue;
        }
        const parsed = parser.parse(sql);
        for (const inner of parsed.statements) {
            // A literal's text starts one character (the quote) after the expression; its statements are placed at the EXECUTE.
            const start = offset !== undefined && bodyStart !== undefined ? bodyStart + offset + (f.kind === 'static' ? inner.start : 0) : undefined;
            statements.push(place(inner, start, start === undefined ? undefined : start + (f.kind === 'static' ? inner.end - inner.start : f.query.trim().length), map));
        }
    }
    const dynamic = dynamicLines.length
        ? `runs EXECUTE with SQL built at run time (line${dynamicLines.length > 1 ? 's' : ''} ${[...new Set(dynamicLines)].join(', ')})`
        : undefined;
    return { statements, dynamic };
}
/** Positions an inner statement in the file; without a known offset it keeps no position (the caller uses the DO's). */
function place(inner, start, end, map) {
    if (start === undefined || end === undefined)
        return { ...inner, start: -1, end: -1 };
    const from = map.position(start);
    const to = map.position(Math.max(start, end - 1));
    return { ...inner, start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1 };
}
/** Index of `query` in the body, searching from the start of its 1-based line. */
function locate(body, query, lineno) {
    let from = 0;
    for (let line = 1; line < lineno && from >= 0; line++) {
        const nl = body.indexOf('\n', from);
        from = nl < 0 ? -1 : nl + 1;
    }
    if (from < 0)
        return undefined;
    const index = body.indexOf(query, from);
    return index < 0 ? undefined : index;
}
/** The SQL of `EXECUTE 'constant'` or `EXECUTE $$constant$$`; undefined when it is built at run time. */
function literalSql(expr) {
    const trimmed = expr.trim();
    const quoted = /^'((?:[^']|'')*)'$/.exec(trimmed);
    if (quoted)
        return quoted[1].replace(/''/g, "'");
    const dollar = /^\$([A-Za-z_0-9]*)\$([\s\S]*)\$\1\$$/.exec(trimmed);
    return dollar ? dollar[2] : undefined;
}
const DYNAMIC_QUERY_KEYS = {
    PLpgSQL_stmt_dynexecute: 'query',
    PLpgSQL_stmt_dynfors: 'query',
    PLpgSQL_stmt_open: 'dynquery',
    PLpgSQL_stmt_return_query: 'dynquery',
};
function exprQuery(node) {
    if (!node || typeof node !== 'object' || !('PLpgSQL_expr' in node))
        return undefined;
    return node.PLpgSQL_expr.query;
}
function collect(node, out, depth) {
    if (!node || typeof node !== 'object' || depth > 200)
        return;
    if (Array.isArray(node)) {
        for (const n of node)
            collect(n, out, depth + 1);
        return;
    }
    for (const [key, value] of Object.entries(node)) {
        if (key === 'PLpgSQL_stmt_execsql') {
            const v = value;
            const query = exprQuery(v.sqlstmt);
            if (query !== undefined)
                out.push({ kind: 'static', query, lineno: v.lineno ?? 1 });
        }
        else if (key in DYNAMIC_QUERY_KEYS) {
            const v = value;
            const query = exprQuery(v[DYNAMIC_QUERY_KEYS[key]]);
            if (query !== undefined)
                out.push({ kind: 'dynamic', query, lineno: v.lineno ?? 1 });
        }
        collect(value, out, depth + 1);
    }
}

// EXTERNAL MODULE: ./src/checks/migrations/ignores.ts
var ignores = __webpack_require__(3508);
// EXTERNAL MODULE: ./src/checks/migrations/locks.ts
var migrations_locks = __webpack_require__(1115);
// EXTERNAL MODULE: ./src/checks/migrations/psql-script.ts
var psql_script = __webpack_require__(9827);
// EXTERNAL MODULE: ./src/checks/migrations/rules/index.ts + 31 modules
var rules = __webpack_require__(349);
// EXTERNAL MODULE: ./src/checks/migrations/session.ts
var migrations_session = __webpack_require__(5495);
;// CONCATENATED MODULE: ./src/checks/migrations/lint.ts









/** Lints migrations in replay order, building the catalog as it goes, so each statement sees the schema before it. */
function lintMigrations(files, parser, settings, signal) {
    const catalog = new migrations_catalog/* Catalog */.WC();
    const result = { findings: [], statements: 0, suppressed: 0, syntaxErrors: 0, fileDirectives: new Map() };
    const rulesFor = rulesByKind(settings.rules);
    for (const file of files) {
        signal?.throwIfAborted();
        lintFile(file, catalog, parser, settings, rulesFor, result);
    }
    return result;
}
/** The rules to run on a statement kind, in registry order: its own rules and those that look at every kind. */
function rulesByKind(rules) {
    const cache = new Map();
    return (kind) => {
        let list = cache.get(kind);
        if (!list)
            cache.set(kind, (list = rules.filter((r) => !r.kinds || r.kinds.includes(kind))));
        return list;
    };
}
function lintFile(file, catalog, parser, settings, rulesFor, result) {
    if (file.unreadable) {
        // Not a syntax error: nothing is known of the SQL.
        result.findings.push(...(0,registry/* runRules */.xG)([rules/* SETUP_RULES */.OD.unreadable], { file, detail: file.unreadable, skipped: file.skipped === true }));
        return;
    }
    const parsed = parser.parse(file.source);
    const directives = (0,ignores/* readIgnores */.Gq)(file.source, parser);
    const fileWide = directives.filter((d) => d.fileWide);
    result.fileDirectives.set(file.path, fileWide);
    const keep = (f, local) => {
        if ((0,ignores/* suppresses */.wg)(fileWide, f.ruleId, settings.today) || (0,ignores/* suppresses */.wg)(local, f.ruleId, settings.today)) {
            result.suppressed++;
            return;
        }
        const expired = (0,ignores/* expiredFor */.fn)(local, f.ruleId, settings.today) ?? (0,ignores/* expiredFor */.fn)(fileWide, f.ruleId, settings.today);
        result.findings.push(expired ? (0,ignores/* withExpiredNote */.qr)(f, expired) : f);
    };
    const statements = parsed.statements;
    result.statements += statements.length;
    const { wrapped, flywayMixed } = runnerWraps(file, statements, settings.postgresVersion);
    const session = new migrations_session/* Session */.Nn(wrapped, file.runnerNote);
    const pending = (ordinal) => ordinal === file.ordinal || settings.pendingOrdinals.has(ordinal);
    const existed = (table) => {
        const info = catalog.table(typeof table === 'string' ? table : (0,migrations_catalog/* relationKey */.Yb)(table));
        return !info || !pending(info.createdIn);
    };
    const lintOne = (statement, where, inDoBlock, index, dynamicReason) => {
        const locks = (0,migrations_locks/* tableLocks */.F_)(statement.node, catalog);
        const input = {
            node: statement.node, where, file, catalog, session, locks, postgresVersion: settings.postgresVersion,
            inDoBlock, dynamicReason, flywayMixed, existed, pending,
            recreatedInTransaction: (key) => !inDoBlock && session.inTransaction && recreatedLater(statements, index, key),
        };
        const findings = (0,registry/* runRules */.xG)(rulesFor(statement.kind), input);
        catalog.apply(statement.node, file.ordinal);
        session.after(statement.node, locks, where.line);
        return findings;
    };
    const keepAll = (findings, local) => {
        if (!findings.length)
            return;
        const kept = [];
        for (const f of findings) {
            if ((0,ignores/* suppresses */.wg)(fileWide, f.ruleId, settings.today) || (0,ignores/* suppresses */.wg)(local, f.ruleId, settings.today)) {
                result.suppressed++;
                continue;
            }
            const expired = (0,ignores/* expiredFor */.fn)(local, f.ruleId, settings.today) ?? (0,ignores/* expiredFor */.fn)(fileWide, f.ruleId, settings.today);
            kept.push(expired ? (0,ignores/* withExpiredNote */.qr)(f, expired) : f);
        }
        result.findings.push(...oneFindingPerStatement(kept, settings.offRules ?? new Set()));
    };
    let previousEnd = 0;
    for (const [index, statement] of statements.entries()) {
        const where = locationOf(file.path, statement);
        const local = (0,ignores/* directivesFor */.A)(directives, previousEnd, statement.start, statement.end);
        previousEnd = statement.end;
        if ('DoStmt' in statement.node) {
            const block = readDoBlock(statement.node.DoStmt, parsed.map, parser);
            session.enterDoBlock();
            for (const inner of block.statements) {
                const at = inner.start < 0 ? where : locationOf(file.path, inner);
                const innerLocal = inner.start < 0 ? [] : directivesOnLineAbove(file.source, parsed.map.lineStart(inner.line), inner.line, parser);
                keepAll(lintOne(inner, at, true, index), [...local, ...innerLocal]);
            }
            session.leaveDoBlock();
            keepAll(lintOne(statement, where, false, index, block.dynamic), local);
        }
        else {
            keepAll(lintOne(statement, where, false, index), local);
        }
    }
    if (parsed.error) {
        result.syntaxErrors++;
        const local = directives.filter((d) => !d.fileWide && d.start >= previousEnd && d.line < parsed.error.line + 1);
        const command = (0,psql_script/* psqlCommandAt */.p)(file.source, parsed.error.line);
        const error = command && !file.psql
            ? { ...parsed.error, message: `${command} is a psql command, not SQL: ${file.preset === 'plain' ? 'the migration tool' : file.preset} sends the file to PostgreSQL, which rejects it (only psql runs such lines)` }
            : parsed.error;
        for (const f of (0,registry/* runRules */.xG)(rules/* SYNTAX_RULES */.wM, { file, error }))
            keep(f, local);
    }
    result.findings.push(...(0,registry/* runRules */.xG)(rules/* IGNORE_RULES */.t9, { file, directives, knownRules: settings.knownRules }));
}
const LOCK_TIMEOUT_RULE = 'missing-lock-timeout';
/**
 * One finding per rule and statement (a statement adding 13 generated columns is one rewrite), and
 * the lock-timeout advice joined to the statement's main finding as a second hint: it stands alone
 * only where nothing else is reported on the statement.
 */
function oneFindingPerStatement(findings, offRules) {
    if (findings.length < 2)
        return findings;
    const byRule = new Map();
    for (const f of findings)
        byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    const merged = [...byRule.values()].map(mergeSameRule);
    const lockTimeout = merged.find((f) => f.ruleId === LOCK_TIMEOUT_RULE);
    const host = merged
        .filter((f) => f.ruleId !== LOCK_TIMEOUT_RULE && !offRules.has(f.ruleId))
        .sort((a, b) => types/* SEVERITY_RANK */.f[a.severity] - types/* SEVERITY_RANK */.f[b.severity])[0];
    if (!lockTimeout || !host || offRules.has(LOCK_TIMEOUT_RULE))
        return merged;
    return merged
        .filter((f) => f !== lockTimeout)
        .map((f) => (f === host ? { ...f, hint: `${f.hint ?? ''} Also: ${lockTimeout.hint ?? ''}`.trim() } : f));
}
function mergeSameRule(group) {
    if (group.length === 1)
        return group[0];
    const unique = (values) => [...new Set(values.filter((v) => !!v))];
    const messages = unique(group.map((f) => f.message));
    const hints = unique(group.map((f) => f.hint));
    const shown = messages.slice(0, 3).join('; ');
    const more = messages.length > 3 ? `; and ${messages.length - 3} more like it in this statement` : '';
    const severity = group.map((f) => f.severity).sort((a, b) => types/* SEVERITY_RANK */.f[a] - types/* SEVERITY_RANK */.f[b])[0];
    return { ...group[0], severity, message: shown + more, hint: hints.slice(0, 3).join(' ') };
}
/** Whether a statement after `index`, before the transaction ends, creates the view `key` again (a redefinition). */
function recreatedLater(statements, index, key) {
    for (const s of statements.slice(index + 1)) {
        const node = s.node;
        if ('TransactionStmt' in node) {
            const kind = node.TransactionStmt.kind;
            if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE')
                return false;
        }
        if ('ViewStmt' in node && (0,migrations_catalog/* relationKey */.Yb)(node.ViewStmt.view) === key)
            return true;
        if ('CreateTableAsStmt' in node && node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW' && (0,migrations_catalog/* relationKey */.Yb)(node.CreateTableAsStmt.into?.rel) === key)
            return true;
    }
    return false;
}
/** Whether the runner's own transaction covers the file, from its mode and what the file holds. */
function runnerWraps(file, statements, postgresVersion) {
    switch (file.runner) {
        case 'wrapped': return { wrapped: true, flywayMixed: false };
        case 'script': return { wrapped: false, flywayMixed: false };
        case 'implicit': return { wrapped: statements.length > 1, flywayMixed: false };
        case 'flyway': {
            const special = statements.filter((s) => (0,migrations_session/* nonTransactional */.lG)(s.node, postgresVersion));
            const others = statements.filter((s) => !(0,migrations_session/* nonTransactional */.lG)(s.node, postgresVersion) && !isSessionSetting(s.node));
            return { wrapped: special.length === 0, flywayMixed: special.length > 0 && others.length > 0 };
        }
    }
}
function isSessionSetting(node) {
    return 'VariableSetStmt' in node || 'VariableShowStmt' in node;
}
function locationOf(path, s) {
    return { file: path, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
}
/** Ignore comments inside a DO body are part of a string to the scanner; read the line above by hand. */
function directivesOnLineAbove(source, lineStart, line, parser) {
    if (line < 2)
        return [];
    const previousStart = source.lastIndexOf('\n', lineStart - 2) + 1;
    const text = source.slice(previousStart, lineStart - 1);
    const m = /--[^\n]*/.exec(text);
    if (!m || !m[0].includes('release-gate-ignore'))
        return [];
    return (0,ignores/* readIgnores */.Gq)(m[0], parser).filter((d) => !d.fileWide);
}


/***/ }),

/***/ 1115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ tableLocks),
/* harmony export */   YM: () => (/* binding */ LOCK),
/* harmony export */   bn: () => (/* binding */ LOCK_NAMES)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6384);

/**
 * The table-level locks a statement takes, from PostgreSQL's AlterTableGetLockLevel and the
 * "Explicit Locking" table of the manual. Numbers follow PostgreSQL's LOCKMODE, so a bigger number
 * conflicts with more.
 */
const LOCK = {
    accessShare: 1,
    rowShare: 2,
    rowExclusive: 3,
    shareUpdateExclusive: 4,
    share: 5,
    shareRowExclusive: 6,
    exclusive: 7,
    accessExclusive: 8,
};
const LOCK_NAMES = {
    1: 'ACCESS SHARE', 2: 'ROW SHARE', 3: 'ROW EXCLUSIVE', 4: 'SHARE UPDATE EXCLUSIVE', 5: 'SHARE',
    6: 'SHARE ROW EXCLUSIVE', 7: 'EXCLUSIVE', 8: 'ACCESS EXCLUSIVE',
};
/** Sub-commands of ALTER TABLE that take less than ACCESS EXCLUSIVE. */
const ALTER_TABLE_LEVELS = {
    AT_SetStatistics: LOCK.shareUpdateExclusive,
    AT_ClusterOn: LOCK.shareUpdateExclusive,
    AT_DropCluster: LOCK.shareUpdateExclusive,
    AT_SetOptions: LOCK.shareUpdateExclusive,
    AT_ResetOptions: LOCK.shareUpdateExclusive,
    AT_ValidateConstraint: LOCK.shareUpdateExclusive,
    AT_SetRelOptions: LOCK.shareUpdateExclusive,
    AT_ResetRelOptions: LOCK.shareUpdateExclusive,
    AT_AttachPartition: LOCK.shareUpdateExclusive,
    AT_DetachPartitionFinalize: LOCK.shareUpdateExclusive,
    AT_EnableTrig: LOCK.shareRowExclusive,
    AT_EnableAlwaysTrig: LOCK.shareRowExclusive,
    AT_EnableReplicaTrig: LOCK.shareRowExclusive,
    AT_EnableTrigAll: LOCK.shareRowExclusive,
    AT_EnableTrigUser: LOCK.shareRowExclusive,
    AT_DisableTrig: LOCK.shareRowExclusive,
    AT_DisableTrigAll: LOCK.shareRowExclusive,
    AT_DisableTrigUser: LOCK.shareRowExclusive,
};
function alterTableCmdLevel(cmd) {
    if (cmd.subtype === 'AT_AddConstraint' && cmd.def && 'Constraint' in cmd.def && cmd.def.Constraint.contype === 'CONSTR_FOREIGN') {
        return LOCK.shareRowExclusive;
    }
    if (cmd.subtype === 'AT_DetachPartition' && cmd.def && 'PartitionCmd' in cmd.def && cmd.def.PartitionCmd.concurrent) {
        return LOCK.shareUpdateExclusive;
    }
    return ALTER_TABLE_LEVELS[cmd.subtype ?? ''] ?? LOCK.accessExclusive;
}
const rangeVars = (nodes) => (nodes ?? []).flatMap((n) => ('RangeVar' in n ? [n.RangeVar] : []));
/** Every table lock a statement takes; the catalog maps an index to its table. */
function tableLocks(node, catalog) {
    const locks = [];
    const add = (table, level) => { if (table)
        locks.push({ table, level }); };
    if ('AlterTableStmt' in node) {
        const s = node.AlterTableStmt;
        if (s.objtype !== 'OBJECT_TABLE')
            return locks;
        const table = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(s.relation);
        let level = LOCK.accessShare;
        for (const c of s.cmds ?? []) {
            if (!('AlterTableCmd' in c))
                continue;
            const cmd = c.AlterTableCmd;
            level = Math.max(level, alterTableCmdLevel(cmd));
            const def = cmd.def;
            if (def && 'Constraint' in def && def.Constraint.contype === 'CONSTR_FOREIGN')
                add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(def.Constraint.pktable), LOCK.shareRowExclusive);
            if (def && 'PartitionCmd' in def)
                add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(def.PartitionCmd.name), LOCK.accessExclusive);
            if (def && 'ColumnDef' in def) {
                for (const k of def.ColumnDef.constraints ?? []) {
                    if ('Constraint' in k && k.Constraint.contype === 'CONSTR_FOREIGN')
                        add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(k.Constraint.pktable), LOCK.shareRowExclusive);
                }
            }
        }
        add(table, level);
    }
    else if ('RenameStmt' in node) {
        const s = node.RenameStmt;
        if (['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_TABCONSTRAINT', 'OBJECT_VIEW', 'OBJECT_MATVIEW'].includes(s.renameType ?? '')) {
            add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(s.relation), LOCK.accessExclusive);
        }
    }
    else if ('DropStmt' in node) {
        const s = node.DropStmt;
        for (const object of s.objects ?? []) {
            if (!('List' in object))
                continue;
            const items = object.List.items ?? [];
            switch (s.removeType) {
                case 'OBJECT_TABLE':
                case 'OBJECT_VIEW':
                case 'OBJECT_MATVIEW':
                    add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .nameListKey */ .jZ)(items), LOCK.accessExclusive);
                    break;
                case 'OBJECT_INDEX':
                    if (!s.concurrent)
                        add(catalog.indexes.get((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .nameListKey */ .jZ)(items))?.table ?? '', LOCK.accessExclusive);
                    break;
                case 'OBJECT_TRIGGER':
                case 'OBJECT_POLICY':
                case 'OBJECT_RULE':
                    // DROP TRIGGER t ON s.table: the list is the table's name followed by the object's.
                    add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .nameListKey */ .jZ)(items.slice(0, -1)), LOCK.accessExclusive);
                    break;
            }
        }
    }
    else if ('TruncateStmt' in node) {
        for (const rel of rangeVars(node.TruncateStmt.relations))
            add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(rel), LOCK.accessExclusive);
    }
    else if ('VacuumStmt' in node) {
        const s = node.VacuumStmt;
        const full = (s.options ?? []).some((o) => 'DefElem' in o && o.DefElem.defname === 'full' && !isFalse(o.DefElem.arg));
        if (full) {
            for (const r of s.rels ?? [])
                if ('VacuumRelation' in r)
                    add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(r.VacuumRelation.relation), LOCK.accessExclusive);
        }
    }
    else if ('ClusterStmt' in node) {
        add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(node.ClusterStmt.relation), LOCK.accessExclusive);
    }
    else if ('LockStmt' in node) {
        const level = (node.LockStmt.mode ?? LOCK.accessExclusive);
        for (const rel of rangeVars(node.LockStmt.relations))
            add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(rel), level);
    }
    else if ('IndexStmt' in node) {
        add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(node.IndexStmt.relation), node.IndexStmt.concurrent ? LOCK.shareUpdateExclusive : LOCK.share);
    }
    else if ('CreateTrigStmt' in node) {
        add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(node.CreateTrigStmt.relation), LOCK.shareRowExclusive);
    }
    else if ('CreatePolicyStmt' in node) {
        add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(node.CreatePolicyStmt.table), LOCK.accessExclusive);
    }
    else if ('AlterPolicyStmt' in node) {
        add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(node.AlterPolicyStmt.table), LOCK.accessExclusive);
    }
    else if ('RuleStmt' in node) {
        add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(node.RuleStmt.relation), LOCK.accessExclusive);
    }
    else if ('RefreshMatViewStmt' in node) {
        add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(node.RefreshMatViewStmt.relation), node.RefreshMatViewStmt.concurrent ? LOCK.exclusive : LOCK.accessExclusive);
    }
    else if ('CreateStmt' in node) {
        const s = node.CreateStmt;
        for (const parent of rangeVars(s.inhRelations))
            add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(parent), s.partbound ? LOCK.accessExclusive : LOCK.shareUpdateExclusive);
        for (const elt of s.tableElts ?? []) {
            const constraints = 'Constraint' in elt ? [elt] : 'ColumnDef' in elt ? elt.ColumnDef.constraints ?? [] : [];
            for (const k of constraints) {
                if ('Constraint' in k && k.Constraint.contype === 'CONSTR_FOREIGN')
                    add((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(k.Constraint.pktable), LOCK.shareRowExclusive);
            }
        }
    }
    return locks;
}
function isFalse(arg) {
    if (!arg)
        return false;
    if ('Boolean' in arg)
        return !arg.Boolean.boolval;
    if ('String' in arg)
        return /^(false|off|0)$/i.test(arg.String.sval ?? '');
    if ('Integer' in arg)
        return !arg.Integer.ival;
    return false;
}


/***/ }),

/***/ 2047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   fG: () => (/* binding */ PRESETS)
/* harmony export */ });
/* unused harmony export parseVersion */
/* harmony import */ var _psql_script_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9827);

function parseVersion(text) {
    return { text, parts: text.split(/[._]/).filter(Boolean).map((p) => BigInt(p)) };
}
/**
 * diesel's 2019-02-27-170003 (or 2019-02-27-170003-0000): the date and time are one number, as diesel
 * records the version without its dashes; a further -0000 part sorts after it.
 */
const DATED = /^(\d{4})-(\d{2})-(\d{2})-(\d{6})((?:-\d+)*)(?=_|$)/;
function compareVersions(a, b) {
    const n = Math.max(a.parts.length, b.parts.length);
    for (let i = 0; i < n; i++) {
        const x = a.parts[i] ?? -1n;
        const y = b.parts[i] ?? -1n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
const baseName = (path) => path.slice(path.lastIndexOf('/') + 1);
const parentName = (path) => {
    const parts = path.split('/');
    return parts.length > 1 ? parts[parts.length - 2] : '';
};
/** Versioned by the leading digits of `name`, or not versioned. */
function leadingDigits(name, scope = '') {
    const dated = DATED.exec(name);
    if (dated) {
        const rest = dated[5].split('-').filter(Boolean).map((p) => BigInt(p));
        return { kind: 'versioned', version: { text: dated[0], parts: [BigInt(dated.slice(1, 5).join('')), ...rest] }, scope };
    }
    const m = /^(\d+)(?=[_\-.]|$)/.exec(name);
    return m ? { kind: 'versioned', version: parseVersion(m[1]), scope } : { kind: 'versioned', scope };
}
/** Down and undo files never run on deploy. */
const DOWN_FILE = /(^|[._-])down\.sql$/i;
/** Keeps the text between an up marker and a down marker; blanks the rest so lines stay where they were. */
function upSection(source, up, down) {
    const upMatch = up.exec(source);
    if (!upMatch)
        return { source };
    const start = upMatch.index + upMatch[0].length;
    down.lastIndex = start;
    const downMatch = down.exec(source);
    const end = downMatch && downMatch.index >= start ? downMatch.index : source.length;
    const blank = (s) => s.replace(/[^\n]/g, ' ');
    return { source: blank(source.slice(0, start)) + source.slice(start, end) + blank(source.slice(end)), upLine: upMatch[0] };
}
const GOOSE_UP = /^--\s*\+goose\s+up\b[^\n]*/im;
const SQL_MIGRATE_UP = /^--\s*\+migrate\s+up\b[^\n]*/im;
const DBMATE_UP = /^--\s*migrate:up\b[^\n]*/m;
/** goose: `-- +goose Up` to `-- +goose Down`; `NO TRANSACTION` anywhere; `${VAR}` substituted between `ENVSUB ON` and `OFF`. */
function gooseUp(source) {
    const { source: up } = upSection(source, GOOSE_UP, /^--\s*\+goose\s+down\b/gim);
    return {
        source: substituteEnv(up),
        transaction: /^--\s*\+goose\s+NO\s+TRANSACTION\b/im.test(source) ? false : undefined,
    };
}
function substituteEnv(source) {
    return source.replace(/^--\s*\+goose\s+ENVSUB\s+ON\b[\s\S]*?(?=^--\s*\+goose\s+ENVSUB\s+OFF\b|(?![\s\S]))/gim, (region) => region.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}\n]*)?\}/g, (m) => 'x'.repeat(m.length)));
}
/** sql-migrate: `-- +migrate Up [notransaction]` to `-- +migrate Down`. */
function sqlMigrateUp(source) {
    const { source: up, upLine } = upSection(source, SQL_MIGRATE_UP, /^--\s*\+migrate\s+down\b/gim);
    return { source: up, transaction: upLine && /\bnotransaction\b/i.test(upLine) ? false : undefined };
}
/** dbmate: `-- migrate:up [transaction:false]` to `-- migrate:down`. */
function dbmateUp(source) {
    const { source: up, upLine } = upSection(source, DBMATE_UP, /^--\s*migrate:down\b/gm);
    return { source: up, transaction: upLine && /transaction:\s*false/i.test(upLine) ? false : undefined };
}
/**
 * The plain preset reads files of any tool: a file annotated for goose, sql-migrate or dbmate runs
 * its up part only, in that tool's transaction; any other file is a psql script.
 */
function preparePlain(source) {
    const annotated = [
        [GOOSE_UP, gooseUp, 'the file is annotated for goose, which runs each migration in a transaction'],
        [SQL_MIGRATE_UP, sqlMigrateUp, 'the file is annotated for sql-migrate, which runs each migration in a transaction'],
        [DBMATE_UP, dbmateUp, 'the file is annotated for dbmate, which runs each migration in a transaction'],
    ];
    for (const [marker, prepare, runnerNote] of annotated) {
        if (!marker.test(source))
            continue;
        const prepared = prepare(source);
        return prepared.transaction === false ? prepared : { ...prepared, transaction: true, runnerNote };
    }
    return { source: (0,_psql_script_js__WEBPACK_IMPORTED_MODULE_0__/* .preparePsqlScript */ .J)(source) };
}
const PRESETS = {
    plain: {
        name: 'plain',
        paths: ['db/migrations/**/*.sql', 'migrations/**/*.sql'],
        runner: 'script',
        runnerNote: 'the statements run one by one, each in its own transaction unless the file says BEGIN',
        identity: 'version',
        psql: true,
        classify(path) {
            const name = baseName(path);
            if (DOWN_FILE.test(name))
                return { kind: 'ignored', scope: '' };
            const flyway = /^V(\d+(?:[._]\d+)*)__/i.exec(name);
            if (flyway)
                return { kind: 'versioned', version: parseVersion(flyway[1]), scope: '' };
            const own = leadingDigits(name);
            return own.version ? own : leadingDigits(parentName(path));
        },
        prepare: preparePlain,
    },
    flyway: {
        name: 'flyway',
        paths: ['db/migration/**/*.sql', 'src/main/resources/db/migration/**/*.sql', 'sql/**/*.sql'],
        runner: 'flyway',
        runnerNote: 'Flyway runs each migration in a transaction',
        identity: 'version',
        transactionConfig: { path: (m) => `${m}.conf`, off: /^\s*executeInTransaction\s*=\s*false\s*$/m },
        classify(path) {
            const name = baseName(path);
            if (/^R__/i.test(name))
                return { kind: 'repeatable', scope: '' };
            if (/^U\d/i.test(name))
                return { kind: 'ignored', scope: '' };
            const m = /^[VB](\d+(?:[._]\d+)*)__/i.exec(name);
            return m ? { kind: 'versioned', version: parseVersion(m[1]), scope: '' } : { kind: 'ignored', scope: '' };
        },
        prepare(source) {
            // ${placeholders} are replaced by Flyway before PostgreSQL sees the file; keep their width.
            return { source: source.replace(/\$\{[^}\n]*\}/g, (m) => 'x'.repeat(m.length)) };
        },
    },
    'golang-migrate': {
        name: 'golang-migrate',
        paths: ['migrations/*.up.sql', 'db/migrations/*.up.sql'],
        runner: 'implicit',
        runnerNote: 'golang-migrate sends the whole file as one query, which PostgreSQL runs as one transaction',
        identity: 'version',
        classify(path) {
            const name = baseName(path);
            if (/\.down\.sql$/i.test(name))
                return { kind: 'ignored', scope: '' };
            return leadingDigits(name);
        },
    },
    prisma: {
        name: 'prisma',
        paths: ['prisma/migrations/*/migration.sql'],
        runner: 'implicit',
        runnerNote: 'Prisma sends migration.sql as one query, which PostgreSQL runs as one transaction',
        identity: 'name',
        classify(path) {
            return leadingDigits(parentName(path));
        },
    },
    dbmate: {
        name: 'dbmate',
        paths: ['db/migrations/*.sql'],
        runner: 'wrapped',
        runnerNote: 'dbmate runs each migration in a transaction unless it says `-- migrate:up transaction:false`',
        classify(path) {
            return leadingDigits(baseName(path));
        },
        identity: 'version',
        prepare: dbmateUp,
    },
    'node-pg-migrate': {
        name: 'node-pg-migrate',
        paths: ['migrations/*.sql'],
        runner: 'wrapped',
        runnerNote: 'node-pg-migrate runs migrations in a transaction',
        identity: 'name',
        classify(path) {
            return leadingDigits(baseName(path));
        },
        prepare(source) {
            return { source: upSection(source, /^--\s*up migration\b[^\n]*/im, /^--\s*down migration\b/gim).source };
        },
    },
    rails: {
        name: 'rails',
        paths: ['db/migrate/*.sql'],
        runner: 'wrapped',
        runnerNote: 'Rails runs each migration in a transaction unless it calls disable_ddl_transaction!',
        identity: 'version',
        classify(path) {
            return leadingDigits(baseName(path));
        },
    },
    django: {
        name: 'django',
        paths: ['**/migrations/*.sql'],
        runner: 'script',
        runnerNote: 'sqlmigrate output says BEGIN and COMMIT itself',
        // Two leaves numbered alike make Django refuse to migrate ("Conflicting migrations detected").
        identity: 'version',
        classify(path) {
            const dir = path.slice(0, path.lastIndexOf('/'));
            return leadingDigits(baseName(path), dir);
        },
    },
    alembic: {
        name: 'alembic',
        paths: ['migrations/sql/*.sql', 'alembic/sql/*.sql'],
        runner: 'script',
        runnerNote: 'alembic --sql output says BEGIN and COMMIT itself',
        identity: 'name',
        psql: true,
        // Alembic revisions are hashes chained by down_revision; file names carry no order.
        classify() {
            return { kind: 'versioned', scope: '' };
        },
    },
    diesel: {
        name: 'diesel',
        paths: ['migrations/*/up.sql'],
        runner: 'wrapped',
        runnerNote: 'diesel runs each migration in a transaction unless its metadata.toml says run_in_transaction = false',
        identity: 'version',
        transactionConfig: { path: (m) => `${m.slice(0, m.lastIndexOf('/') + 1)}metadata.toml`, off: /^\s*run_in_transaction\s*=\s*false\s*$/m },
        // 2019-02-27-170003_create_users/up.sql: the folder's whole timestamp is the version.
        classify(path) {
            if (baseName(path) !== 'up.sql')
                return { kind: 'ignored', scope: '' };
            return leadingDigits(parentName(path));
        },
    },
    goose: {
        name: 'goose',
        paths: ['migrations/*.sql', 'db/migrations/*.sql', 'sql/schema/*.sql'],
        runner: 'wrapped',
        runnerNote: 'goose runs each migration in a transaction unless it says `-- +goose NO TRANSACTION`',
        identity: 'version',
        classify(path) {
            return leadingDigits(baseName(path));
        },
        prepare: gooseUp,
    },
    'sql-migrate': {
        name: 'sql-migrate',
        paths: ['migrations/*.sql', 'db/migrations/*.sql'],
        runner: 'wrapped',
        runnerNote: 'sql-migrate runs each migration in a transaction unless it says `-- +migrate Up notransaction`',
        // sql-migrate records a migration by its file name and sorts by the number the name starts with.
        identity: 'name',
        classify(path) {
            return leadingDigits(baseName(path));
        },
        prepare: sqlMigrateUp,
    },
};


/***/ }),

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ preparePsqlScript),
/* harmony export */   p: () => (/* binding */ psqlCommandAt)
/* harmony export */ });
/**
 * What psql does to a file before PostgreSQL sees it: a line starting with a backslash is a psql
 * command (\connect, \set, \i, \echo), not SQL; the rows after `COPY ... FROM stdin;` up to `\.`
 * are data; `:name`, `:'name'` and `:"name"` are replaced by the values of \set variables.
 * The text keeps its length and lines, so positions stay where they were.
 */
function preparePsqlScript(source) {
    // Most files hold no psql command: the copy is made only when something is blanked or replaced.
    let out;
    const blank = (from, to) => {
        out ??= source.split('');
        for (let i = from; i < to; i++)
            if (out[i] !== '\n')
                out[i] = ' ';
    };
    const variables = new Set();
    // A COPY ... FROM stdin needs the word; without it no statement is looked at again.
    const mayCopyFromStdin = /stdin/i.test(source);
    let statementStart = 0;
    let i = 0;
    const n = source.length;
    const lineEnd = (at) => { const e = source.indexOf('\n', at); return e < 0 ? n : e; };
    while (i < n) {
        const c = source[i];
        if (c === '\\' && atLineStart(source, i)) {
            const end = lineEnd(i);
            const set = /^\\set\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(source.slice(i, end));
            if (set)
                variables.add(set[1]);
            blank(i, end);
            i = end;
            continue;
        }
        if (c === '-' && source[i + 1] === '-') {
            i = lineEnd(i);
            continue;
        }
        if (c === '/' && source[i + 1] === '*') {
            let depth = 0;
            while (i < n) {
                if (source.startsWith('/*', i)) {
                    depth++;
                    i += 2;
                }
                else if (source.startsWith('*/', i)) {
                    depth--;
                    i += 2;
                    if (depth === 0)
                        break;
                }
                else
                    i++;
            }
            continue;
        }
        if (c === "'") {
            // E'...' strings may escape a quote with a backslash; '' doubles it in both kinds.
            const escapes = i > 0 && /[eE]/.test(source[i - 1]) && !/[A-Za-z0-9_]/.test(source[i - 2] ?? ' ');
            i++;
            while (i < n) {
                if (escapes && source[i] === '\\') {
                    i += 2;
                    continue;
                }
                if (source[i] === "'") {
                    if (source[i + 1] === "'") {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                i++;
            }
            continue;
        }
        if (c === '"') {
            const e = source.indexOf('"', i + 1);
            i = e < 0 ? n : e + 1;
            continue;
        }
        if (c === '$') {
            const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(source.slice(i, i + 64));
            if (tag && !/[A-Za-z0-9_]/.test(source[i - 1] ?? ' ')) {
                const e = source.indexOf(tag[0], i + tag[0].length);
                i = e < 0 ? n : e + tag[0].length;
                continue;
            }
        }
        if (c === ':' && source[i + 1] !== ':' && source[i - 1] !== ':') {
            const ref = /^:(?:'([A-Za-z_][A-Za-z0-9_]*)'|"([A-Za-z_][A-Za-z0-9_]*)"|([A-Za-z_][A-Za-z0-9_]*))/.exec(source.slice(i, i + 80));
            const name = ref ? ref[1] ?? ref[2] ?? ref[3] : undefined;
            if (ref && name && variables.has(name)) {
                const len = ref[0].length;
                const fill = ref[1] ? `'${'x'.repeat(len - 2)}'` : ref[2] ? `"${'x'.repeat(len - 2)}"` : 'x'.repeat(len);
                out ??= source.split('');
                for (let k = 0; k < len; k++)
                    out[i + k] = fill[k];
                i += len;
                continue;
            }
        }
        if (c === ';' && mayCopyFromStdin) {
            const statement = source.slice(statementStart, i);
            statementStart = i + 1;
            if (/^\s*COPY\b[\s\S]*\bFROM\s+STDIN\b/i.test(stripComments(statement))) {
                // The data rows follow on the next line and end at a line holding only \. (or the end of the file).
                const dataStart = lineEnd(i) + 1;
                // Searched in place: slicing the rest of the file at every COPY would be quadratic.
                COPY_END.lastIndex = dataStart;
                const terminator = COPY_END.exec(source);
                const dataEnd = terminator ? terminator.index + terminator[0].length : n;
                blank(Math.min(dataStart, n), dataEnd);
                i = dataEnd;
                statementStart = dataEnd;
                continue;
            }
        }
        i++;
    }
    return out ? out.join('') : source;
}
/** Only spaces and tabs between the line's start and `at`. */
function atLineStart(source, at) {
    for (let j = at - 1; j >= 0; j--) {
        const c = source.charCodeAt(j);
        if (c === 10)
            return true;
        if (c !== 32 && c !== 9)
            return false;
    }
    return true;
}
const COPY_END = /^\\\.[ \t\r]*$/gm;
function stripComments(text) {
    return text.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
}
/** The psql command that starts the line at `line` (1-based), if the line holds one. */
function psqlCommandAt(source, line) {
    const text = source.split('\n')[line - 1] ?? '';
    return /^[ \t]*(\\[A-Za-z!?]+)/.exec(text)?.[1];
}


/***/ }),

/***/ 349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uj: () => (/* binding */ ALL_RULES),
  dJ: () => (/* binding */ HISTORY_RULES),
  t9: () => (/* binding */ IGNORE_RULES),
  OD: () => (/* binding */ SETUP_RULES),
  _7: () => (/* binding */ STATEMENT_RULES),
  wM: () => (/* binding */ SYNTAX_RULES)
});

;// CONCATENATED MODULE: ./src/checks/migrations/rules/migration-paths-capped.ts
const migrationPathsCapped = {
    meta: {
        id: 'migration-paths-capped',
        check: 'migrations',
        severity: 'error',
        description: 'migrations.paths matches more files than one run reads (20,000); only the first, in name order, were checked.',
        help: 'Point migrations.paths at the migration folder itself (e.g. db/migrations/*.sql), not at a tree that holds data or generated files.',
    },
    run({ manifestFile, line, column, patterns, matched, cap }, report) {
        report({
            file: manifestFile, line, column,
            message: `${patterns.map((p) => JSON.stringify(p)).join(', ')} match ${matched.toLocaleString('en-US')} files, more than the ${cap.toLocaleString('en-US')} one run reads; only the first ${cap.toLocaleString('en-US')} in name order were checked`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/migration-unreadable.ts
const migrationUnreadable = {
    meta: {
        id: 'migration-unreadable',
        check: 'migrations',
        severity: 'error',
        description: 'A migration file cannot be read (permissions, too large), so it was not checked; one that is not a regular file or links out of the workspace is skipped with a notice.',
        help: 'Make the file readable by the user that runs the gate (it must read what the migration runner reads), or exclude it with migrations.exclude if it is not a migration.',
    },
    run({ file, detail, skipped }, report) {
        report({
            file: file.path, line: 1, column: 1,
            ...(skipped ? { severity: 'notice' } : {}),
            message: `the migration ${detail.replace(/; skipped$/, '')}, so it was not checked`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/applied-migration-edited.ts
const appliedMigrationEdited = {
    meta: {
        id: 'applied-migration-edited',
        check: 'migrations',
        severity: 'error',
        description: 'A migration that is already on the base branch (so already applied where it deploys) was changed, renamed or deleted: the change never runs there, and checksum-checking runners refuse to start.',
        help: 'Revert the change and write a new migration that makes the change on top of the old one.',
    },
    run({ migrations, base }, report) {
        if (!base)
            return;
        const versioned = migrations.filter((m) => m.classified.kind === 'versioned');
        const byPath = new Map(versioned.map((m) => [m.path, m]));
        for (const change of base.changes) {
            if (change.status !== 'modified' || !base.applied.has(change.path) || !byPath.has(change.path))
                continue;
            const first = change.added[0];
            report({
                file: change.path, line: first?.start ?? 1, column: 1,
                ...(first && Number.isFinite(first.end) ? { endLine: first.end } : {}),
                message: `this migration is already on ${base.ref}, so it has run wherever ${base.ref} deploys: the edit will never run there, and runners that checksum applied migrations (Flyway, Atlas, Prisma) refuse to start`,
                hint: 'Revert this file and put the change in a new migration.',
            });
        }
        const present = new Set(migrations.map((m) => m.path));
        for (const path of [...base.applied].sort()) {
            if (present.has(path))
                continue;
            report({
                file: path,
                message: `${path} is already on ${base.ref} but was deleted or renamed on this branch: where it has run, its version stays recorded as applied without a file, which runners such as Flyway reject`,
                hint: 'Restore the file under its old name; to undo what it did, write a new migration.',
            });
        }
    },
};

// EXTERNAL MODULE: ./src/checks/migrations/catalog.ts
var migrations_catalog = __webpack_require__(6384);
// EXTERNAL MODULE: ./src/checks/migrations/locks.ts
var migrations_locks = __webpack_require__(1115);
;// CONCATENATED MODULE: ./src/checks/migrations/rule.ts
function defineRule(meta, run) {
    return { meta, run };
}
/** The ALTER TABLE statement and its sub-commands, when the statement is one on a table. */
function alterTable(node) {
    if (!('AlterTableStmt' in node) || node.AlterTableStmt.objtype !== 'OBJECT_TABLE')
        return undefined;
    // Every ALTER TABLE rule asks for the same statement: built once per statement, not once per rule.
    let found = alterTables.get(node);
    if (!found) {
        const stmt = node.AlterTableStmt;
        found = { stmt, cmds: (stmt.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : [])) };
        alterTables.set(node, found);
    }
    return found;
}
const alterTables = new WeakMap();
/** How a table is named in messages: `users`, `billing.invoices`. */
function tableName(rel) {
    if (typeof rel === 'string')
        return rel;
    return rel?.schemaname ? `${rel.schemaname}.${rel.relname}` : rel?.relname ?? '?';
}
/** Double-quotes an identifier when PostgreSQL would need it. */
function ident(name) {
    return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function qualifiedIdent(name) {
    return name.split('.').map(ident).join('.');
}

;// CONCATENATED MODULE: ./src/checks/migrations/rules/blocking-maintenance.ts



const blockingMaintenance = {
    kinds: ['VacuumStmt', 'ClusterStmt', 'ReindexStmt', 'RefreshMatViewStmt', 'LockStmt'],
    meta: {
        id: 'blocking-maintenance',
        check: 'migrations',
        severity: 'error',
        description: 'VACUUM FULL, CLUSTER, REINDEX without CONCURRENTLY, REFRESH MATERIALIZED VIEW without CONCURRENTLY and LOCK TABLE block the table for as long as they run.',
        help: 'Use REINDEX CONCURRENTLY, REFRESH MATERIALIZED VIEW CONCURRENTLY, pg_repack instead of VACUUM FULL or CLUSTER, and never LOCK a busy table in a migration.',
    },
    run({ node, where, existed, catalog, postgresVersion }, report) {
        if ('VacuumStmt' in node) {
            const s = node.VacuumStmt;
            const full = (s.options ?? []).some((o) => 'DefElem' in o && o.DefElem.defname === 'full');
            if (!full)
                return;
            const rels = (s.rels ?? []).flatMap((r) => ('VacuumRelation' in r ? [r.VacuumRelation.relation] : []));
            if (rels.length && rels.every((r) => !existed(r)))
                return;
            report({
                ...where,
                message: `VACUUM FULL${rels.length ? ` ${rels.map(tableName).join(', ')}` : ' (every table)'} rewrites the table while holding an ACCESS EXCLUSIVE lock (no reads or writes)`,
                hint: 'Use pg_repack (or pg_squeeze), which rewrites the table online; plain VACUUM does not block and is usually enough.',
            });
        }
        else if ('ClusterStmt' in node) {
            const rel = node.ClusterStmt.relation;
            if (rel && !existed(rel))
                return;
            report({
                ...where,
                message: `CLUSTER${rel ? ` ${tableName(rel)}` : ''} rewrites the table while holding an ACCESS EXCLUSIVE lock (no reads or writes)`,
                hint: 'Use pg_repack --order-by to reorder the table online.',
            });
        }
        else if ('ReindexStmt' in node) {
            const s = node.ReindexStmt;
            const concurrently = (s.params ?? []).some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently');
            if (concurrently && s.kind === 'REINDEX_OBJECT_SYSTEM') {
                report({
                    ...where,
                    message: 'REINDEX SYSTEM CONCURRENTLY fails: PostgreSQL cannot reindex system catalogs concurrently, so this migration stops here',
                    hint: 'Remove it from the migration; if the catalogs really need it, run REINDEX SYSTEM by hand in a maintenance window.',
                });
                return;
            }
            if (concurrently)
                return;
            const target = s.relation ? (0,migrations_catalog/* relationKey */.Yb)(s.relation) : s.name ?? '';
            const table = s.kind === 'REINDEX_OBJECT_INDEX' ? catalog.indexes.get(target)?.table : s.kind === 'REINDEX_OBJECT_TABLE' ? target : undefined;
            if (table !== undefined && !existed(table))
                return;
            const kind = (s.kind ?? '').replace('REINDEX_OBJECT_', '');
            if (kind === 'SYSTEM' || kind === 'DATABASE') {
                // PostgreSQL cannot reindex system catalogs concurrently; REINDEX DATABASE CONCURRENTLY skips them.
                report({
                    ...where,
                    message: `REINDEX ${kind}${target ? ` ${target}` : ''} rebuilds every ${kind === 'SYSTEM' ? 'system catalog index' : 'index in the database'} one table at a time, blocking writes to each table${kind === 'SYSTEM' ? ', and every new connection and query plan waits on the catalogs' : ''}; it cannot run inside a transaction`,
                    hint: kind === 'SYSTEM'
                        ? 'REINDEX SYSTEM has no CONCURRENTLY form (PostgreSQL refuses to reindex system catalogs concurrently): run it by hand in a maintenance window, not in a migration.'
                        : postgresVersion >= 12
                            ? `Reindex only the indexes that need it, each with REINDEX INDEX CONCURRENTLY, in a migration that does not run in a transaction; REINDEX DATABASE CONCURRENTLY${target ? ` ${qualifiedIdent(target)}` : ''} also works but skips the system catalogs and rebuilds everything.`
                            : 'Before PostgreSQL 12: rebuild the indexes that need it with CREATE INDEX CONCURRENTLY a replacement, DROP INDEX CONCURRENTLY the old one, then rename.',
                });
                return;
            }
            report({
                ...where,
                message: `REINDEX ${kind} ${target} without CONCURRENTLY blocks writes to the table, and reads that would use the index, until it finishes`,
                hint: postgresVersion >= 12
                    ? `REINDEX ${kind} CONCURRENTLY ${qualifiedIdent(target)}, in a migration that does not run in a transaction.`
                    : 'Before PostgreSQL 12: CREATE INDEX CONCURRENTLY a replacement, DROP INDEX CONCURRENTLY the old one, then rename.',
            });
        }
        else if ('RefreshMatViewStmt' in node) {
            const s = node.RefreshMatViewStmt;
            if (s.concurrent || s.skipData || !existed(s.relation))
                return;
            report({
                ...where,
                message: `REFRESH MATERIALIZED VIEW ${tableName(s.relation)} without CONCURRENTLY holds an ACCESS EXCLUSIVE lock (no reads) until it finishes`,
                hint: `REFRESH MATERIALIZED VIEW CONCURRENTLY ${qualifiedIdent(tableName(s.relation))} (needs a unique index on the view).`,
            });
        }
        else if ('LockStmt' in node) {
            const level = (node.LockStmt.mode ?? migrations_locks/* LOCK */.YM.accessExclusive);
            if (level < migrations_locks/* LOCK */.YM.share)
                return;
            const rels = (node.LockStmt.relations ?? []).flatMap((r) => ('RangeVar' in r ? [r.RangeVar] : []));
            const busy = rels.filter((r) => existed(r));
            if (!busy.length)
                return;
            report({
                ...where,
                message: `LOCK TABLE ${busy.map(tableName).join(', ')} IN ${migrations_locks/* LOCK_NAMES */.bn[level]} MODE blocks ${level === migrations_locks/* LOCK */.YM.accessExclusive ? 'every read and write' : 'every write'} until the transaction ends`,
                hint: 'Do not lock busy tables explicitly in a migration; if you must, SET lock_timeout first and keep the transaction short.',
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/column-type-change-rewrite.ts


/** Types whose length or precision modifier can grow without touching the rows (PostgreSQL's *_support functions). */
const WIDENABLE = new Set(['varchar', 'varbit', 'numeric', 'timestamp', 'timestamptz', 'time', 'timetz', 'interval']);
/** Precision when none is written: 6 for the time types. */
const DEFAULT_PRECISION = { timestamp: 6, timestamptz: 6, time: 6, timetz: 6, interval: 6 };
function widens(from, to) {
    if (!WIDENABLE.has(to.name) || to.mods.length === 0)
        return true; // no limit: never needs a check
    if (from.mods.length === 0) {
        const assumed = DEFAULT_PRECISION[from.name];
        return assumed !== undefined && to.mods[0] >= assumed;
    }
    if (from.name === 'numeric')
        return (to.mods[1] ?? 0) === (from.mods[1] ?? 0) && to.mods[0] >= from.mods[0];
    return to.mods[0] >= from.mods[0];
}
/** Undefined when PostgreSQL changes the type without rewriting the table; otherwise why it rewrites. */
function rewriteReason(from, to, utc, postgresVersion) {
    if (from.array !== to.array)
        return 'the values must be converted';
    if (from.name === to.name) {
        if (widens(from, to))
            return undefined;
        return 'the new limit is smaller, so every value must be checked and rewritten';
    }
    const text = new Set(['text', 'varchar']);
    // varchar → text, text → varchar (unlimited) and cidr → inet are binary-coercible.
    if (text.has(from.name) && text.has(to.name) && (to.name === 'text' || to.mods.length === 0))
        return undefined;
    if (from.name === 'cidr' && to.name === 'inet')
        return undefined;
    if ((from.name === 'timestamp' && to.name === 'timestamptz') || (from.name === 'timestamptz' && to.name === 'timestamp')) {
        if (postgresVersion >= 12 && utc && to.mods.length === 0)
            return undefined;
        return postgresVersion >= 12
            ? 'timestamp and timestamptz differ unless the session TimeZone is UTC (SET TIME ZONE \'UTC\' before it avoids the rewrite)'
            : 'before PostgreSQL 12 timestamp ↔ timestamptz always rewrites';
    }
    return `${describe(from)} → ${describe(to)} converts every value`;
}
function describe(t) {
    return `${t.name}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}
/** A USING expression that is just the column (maybe cast to the new type) behaves as if there were none. */
function usingIsPlain(cmd, raw) {
    if (!raw)
        return true;
    let expr = raw;
    if ('TypeCast' in expr && expr.TypeCast.arg)
        expr = expr.TypeCast.arg;
    if (!('ColumnRef' in expr))
        return false;
    const fields = expr.ColumnRef.fields ?? [];
    const last = fields[fields.length - 1];
    return !!last && 'String' in last && last.String.sval === cmd.name;
}
const columnTypeChangeRewrite = {
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
        if (!alter || !existed(alter.stmt.relation))
            return;
        const table = tableName(alter.stmt.relation);
        for (const cmd of alter.cmds) {
            if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.def || !('ColumnDef' in cmd.def))
                continue;
            const to = (0,migrations_catalog/* columnTypeOf */.gy)(cmd.def.ColumnDef.typeName);
            const from = catalog.column(alter.stmt.relation, cmd.name)?.type;
            const plain = usingIsPlain(cmd, cmd.def.ColumnDef.raw_default);
            const hint = `Add a new column: ALTER TABLE ${qualifiedIdent(table)} ADD COLUMN ${ident(`${cmd.name}_new`)} <new type>; write both from the app, backfill in batches, switch reads, then drop ${ident(cmd.name ?? '')} in a later release.`;
            if (!to)
                continue;
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
            if (!reason)
                continue;
            report({
                ...where,
                message: `ALTER COLUMN ${cmd.name} TYPE on existing table ${table} rewrites the table and rebuilds its indexes while holding an ACCESS EXCLUSIVE lock (no reads or writes): ${reason}`,
                hint,
            });
        }
    },
};

// EXTERNAL MODULE: ./src/checks/migrations/session.ts
var migrations_session = __webpack_require__(5495);
;// CONCATENATED MODULE: ./src/checks/migrations/rules/concurrent-in-transaction.ts

const concurrentInTransaction = {
    kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt', 'AlterTableStmt', 'VacuumStmt', 'CreatedbStmt', 'DropdbStmt', 'AlterSystemStmt', 'CreateTableSpaceStmt', 'DropTableSpaceStmt', 'AlterEnumStmt'],
    meta: {
        id: 'concurrent-in-transaction',
        check: 'migrations',
        severity: 'error',
        description: 'A statement that PostgreSQL refuses inside a transaction (CREATE INDEX CONCURRENTLY, VACUUM...) runs inside one, so the migration fails.',
        help: 'Put the statement alone in its own migration and tell the runner not to wrap it in a transaction.',
    },
    run({ node, where, session, inDoBlock, flywayMixed, postgresVersion }, report) {
        const what = (0,migrations_session/* nonTransactional */.lG)(node, postgresVersion);
        if (!what)
            return;
        if (inDoBlock) {
            report({
                ...where,
                message: `${what} cannot run inside a DO block: PostgreSQL rejects it there`,
                hint: `Move ${what} out of the DO block into a plain statement in a migration that does not run in a transaction.`,
            });
            return;
        }
        if (flywayMixed) {
            report({
                ...where,
                message: `${what} shares a migration with statements that need a transaction: Flyway refuses to run the file unless mixed=true, and then runs all of it without a transaction`,
                hint: `Move ${what} to a migration of its own; Flyway then runs that file outside a transaction.`,
            });
            return;
        }
        const reason = session.transactionReason;
        if (!reason)
            return;
        report({
            ...where,
            message: `${what} cannot run inside a transaction block, and here ${reason}: the migration fails`,
            hint: `Put ${what} alone in its own migration and run that file without a transaction (e.g. dbmate \`-- migrate:up transaction:false\`, Rails disable_ddl_transaction!, a golang-migrate or Prisma file with this single statement).`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/constraint-not-valid-missing.ts



function constraint_not_valid_missing_describe(c) {
    return c.contype === 'CONSTR_FOREIGN'
        ? { what: 'FOREIGN KEY', lock: `a SHARE ROW EXCLUSIVE lock on it and on ${tableName(c.pktable)} (no writes to either)` }
        : { what: 'CHECK', lock: 'an ACCESS EXCLUSIVE lock (no reads or writes)' };
}
const constraintNotValidMissing = {
    kinds: ['AlterTableStmt'],
    meta: {
        id: 'constraint-not-valid-missing',
        check: 'migrations',
        severity: 'error',
        description: 'Adding a FOREIGN KEY or CHECK constraint to an existing table without NOT VALID checks every row while holding a lock that blocks writes.',
        help: 'ADD CONSTRAINT ... NOT VALID (instant), then VALIDATE CONSTRAINT in a separate transaction: validation takes only a SHARE UPDATE EXCLUSIVE lock.',
    },
    run({ node, where, existed, session }, report) {
        const alter = alterTable(node);
        if (!alter)
            return;
        const table = tableName(alter.stmt.relation);
        const t = qualifiedIdent(table);
        if (!existed(alter.stmt.relation))
            return;
        for (const cmd of alter.cmds) {
            if (cmd.subtype === 'AT_ValidateConstraint') {
                const held = session.holds((0,migrations_catalog/* relationKey */.Yb)(alter.stmt.relation));
                if (held !== undefined && held >= migrations_locks/* LOCK */.YM.shareRowExclusive && session.inTransaction) {
                    report({
                        ...where,
                        message: `VALIDATE CONSTRAINT ${cmd.name} runs in the same transaction that already holds ${migrations_locks/* LOCK_NAMES */.bn[held]} on ${table}, so that lock is held for the whole validation scan`,
                        hint: `Commit after ADD CONSTRAINT ... NOT VALID and run ALTER TABLE ${t} VALIDATE CONSTRAINT ${ident(cmd.name ?? '')} in a separate transaction (a later migration when the runner wraps each file).`,
                    });
                }
                continue;
            }
            if (cmd.subtype === 'AT_AddConstraint' && cmd.def && 'Constraint' in cmd.def) {
                const c = cmd.def.Constraint;
                if ((c.contype !== 'CONSTR_FOREIGN' && c.contype !== 'CONSTR_CHECK') || c.skip_validation)
                    continue;
                const { what, lock } = constraint_not_valid_missing_describe(c);
                const name = c.conname ? ident(c.conname) : '<name>';
                const names = (list) => (list ?? []).flatMap((n) => ('String' in n ? [ident(n.String.sval ?? '')] : [])).join(', ');
                const body = c.contype === 'CONSTR_FOREIGN'
                    ? `FOREIGN KEY (${names(c.fk_attrs)}) REFERENCES ${qualifiedIdent(tableName(c.pktable))}${c.pk_attrs?.length ? ` (${names(c.pk_attrs)})` : ''}`
                    : 'CHECK (...)';
                report({
                    ...where,
                    message: `ADD ${what} constraint on existing table ${table} without NOT VALID checks every row while holding ${lock}`,
                    hint: `ALTER TABLE ${t} ADD CONSTRAINT ${name} ${body} NOT VALID; then, in a separate transaction, ALTER TABLE ${t} VALIDATE CONSTRAINT ${name}.`,
                });
            }
            else if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def) {
                const def = cmd.def.ColumnDef;
                const constraints = (0,migrations_catalog/* constraintsOf */.Im)(def);
                const filled = !!(0,migrations_catalog/* columnTypeOf */.gy)(def.typeName)?.serial || constraints.some((c) => (c.contype === 'CONSTR_DEFAULT' && !(c.raw_expr && 'A_Const' in c.raw_expr && c.raw_expr.A_Const.isnull)) ||
                    c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
                for (const c of constraints) {
                    if (c.contype !== 'CONSTR_FOREIGN' && c.contype !== 'CONSTR_CHECK')
                        continue;
                    // A new column without a default is all NULL: PostgreSQL skips the foreign key check (a CHECK still scans).
                    if (c.contype === 'CONSTR_FOREIGN' && !filled)
                        continue;
                    const { what, lock } = constraint_not_valid_missing_describe(c);
                    const col = ident(def.colname ?? '');
                    report({
                        ...where,
                        message: `ADD COLUMN ${def.colname} with an inline ${what} on existing table ${table} checks every row while holding ${lock}; a column constraint cannot be NOT VALID`,
                        hint: `ALTER TABLE ${t} ADD COLUMN ${col} <type>; then ALTER TABLE ${t} ADD CONSTRAINT <name> ${c.contype === 'CONSTR_FOREIGN' ? `FOREIGN KEY (${col}) REFERENCES ${qualifiedIdent(tableName(c.pktable))}` : 'CHECK (...)'} NOT VALID; then VALIDATE CONSTRAINT <name> in a separate transaction.`,
                    });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/drop-breaks-running-app.ts


const KINDS = {
    OBJECT_TABLE: 'table', OBJECT_VIEW: 'view', OBJECT_MATVIEW: 'materialized view', OBJECT_SCHEMA: 'schema',
};
const dropBreaksRunningApp = {
    kinds: ['AlterTableStmt', 'DropStmt'],
    meta: {
        id: 'drop-breaks-running-app',
        check: 'migrations',
        severity: 'warning',
        description: 'Dropping a table or column that exists breaks the app version still running during the deploy if it still uses it, and the data is gone.',
        help: 'First release app code that no longer reads or writes it (for Rails, ignored_columns); drop it in a later release. Ignore this finding with a reason once that has shipped.',
    },
    run({ node, where, existed, pending, catalog, recreatedInTransaction }, report) {
        const alter = alterTable(node);
        if (alter) {
            if (!existed(alter.stmt.relation))
                return;
            const table = tableName(alter.stmt.relation);
            const columns = alter.cmds
                .filter((cmd) => cmd.subtype === 'AT_DropColumn')
                .filter((cmd) => { const column = catalog.column(alter.stmt.relation, cmd.name); return !(column && pending(column.addedIn)); })
                .map((cmd) => cmd.name ?? '');
            if (!columns.length)
                return;
            // One finding per statement, naming every column it drops.
            const list = columns.join(', ');
            report({
                ...where,
                message: `DROP COLUMN ${list} on ${table}: the app version still running during the deploy fails if it still reads or writes ${columns.length > 1 ? 'them' : list} (SELECT * included), and the column's data is gone`,
                hint: `Release app code that no longer uses ${columns.map(ident).join(', ')} first, then drop ${columns.length > 1 ? 'them' : 'it'} in a later migration; mark the drop with \`-- release-gate-ignore drop-breaks-running-app: <release that stopped using it>\`.`,
            });
            return;
        }
        if (!('DropStmt' in node))
            return;
        const s = node.DropStmt;
        const kind = KINDS[s.removeType ?? ''];
        if (!kind)
            return;
        const keys = [];
        for (const object of s.objects ?? []) {
            const key = 'List' in object ? (0,migrations_catalog/* nameListKey */.jZ)(object.List.items) : 'String' in object ? object.String.sval ?? '' : '';
            if (kind !== 'schema' && !existed(key))
                continue;
            // DROP VIEW v; CREATE VIEW v AS ... in one transaction: other sessions only ever see a view v.
            if ((kind === 'view' || kind === 'materialized view') && recreatedInTransaction(key))
                continue;
            keys.push(key);
        }
        if (!keys.length)
            return;
        report({
            ...where,
            message: `DROP ${kind.toUpperCase()} ${keys.join(', ')}: the app version still running during the deploy fails if it still uses ${keys.length > 1 ? 'them' : 'it'}, and ${keys.length > 1 ? 'their' : 'its'} data is gone`,
            hint: `Release app code that no longer uses ${keys.map(qualifiedIdent).join(', ')} first; drop ${keys.length > 1 ? 'them' : 'it'} in a later migration (or rename ${keys.length > 1 ? 'them' : 'it'} away and drop a release later, so ${keys.length > 1 ? 'they' : 'it'} can be restored).${kind === 'view' || kind === 'materialized view' ? ` To redefine a view, CREATE OR REPLACE VIEW, or DROP and CREATE it again in the same transaction.` : ''}`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/dynamic-sql-unchecked.ts
/**
 * The lint engine reads static SQL inside DO blocks itself; this rule reports what it could not
 * read: EXECUTE of a computed string, a DO block in another language, or one that does not parse.
 * The engine tells the rule through `dynamicReason` on DO statements.
 */
const dynamicSqlUnchecked = {
    kinds: ['ExecuteStmt', 'DoStmt'],
    meta: {
        id: 'dynamic-sql-unchecked',
        check: 'migrations',
        severity: 'notice',
        description: 'SQL built at run time (EXECUTE in a DO block, EXECUTE of a prepared statement) cannot be checked statically.',
        help: 'Prefer plain statements; if the SQL must be dynamic, review the statements it builds against the other rules by hand.',
    },
    run({ node, where, dynamicReason }, report) {
        if ('ExecuteStmt' in node) {
            report({
                ...where,
                message: `EXECUTE ${node.ExecuteStmt.name} runs a prepared statement; what it does is not checked`,
            });
        }
        else if ('DoStmt' in node && dynamicReason) {
            report({ ...where, message: `this DO block ${dynamicReason}; those statements are not checked` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/ignore-comment-invalid.ts
const ignoreCommentInvalid = {
    meta: {
        id: 'ignore-comment-invalid',
        check: 'migrations',
        severity: 'warning',
        description: 'A release-gate-ignore comment names no rule, or a rule the migrations check does not have, so it ignores nothing.',
        help: 'Name the rule ids to ignore, as printed in the findings: `-- release-gate-ignore missing-lock-timeout: <reason>`.',
    },
    run({ file, directives, knownRules }, report) {
        for (const d of directives) {
            const unknown = d.rules.filter((r) => !knownRules.has(r));
            if (d.rules.length && !unknown.length)
                continue;
            report({
                file: file.path, line: d.line, column: d.column,
                message: d.rules.length
                    ? `release-gate-ignore names ${unknown.map((r) => `"${r}"`).join(', ')}, which ${unknown.length > 1 ? 'are not rules' : 'is not a rule'} of the migrations check`
                    : 'release-gate-ignore names no rule, so it ignores nothing',
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/ignore-without-reason.ts
const ignoreWithoutReason = {
    meta: {
        id: 'ignore-without-reason',
        check: 'migrations',
        severity: 'warning',
        description: 'A release-gate-ignore comment gives no reason, so reviewers cannot tell why the hazard is acceptable.',
        help: 'Write the reason after a colon: `-- release-gate-ignore index-not-concurrent: table holds 12 rows`.',
    },
    run({ file, directives }, report) {
        for (const d of directives) {
            if (d.reason || !d.rules.length)
                continue;
            report({
                file: file.path, line: d.line, column: d.column,
                message: `release-gate-ignore${d.fileWide ? '-file' : ''} ${d.rules.join(', ')} gives no reason`,
                hint: `-- release-gate-ignore${d.fileWide ? '-file' : ''} ${d.rules.join(', ')}: <why this is safe here>`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/index-not-concurrent.ts


const indexNotConcurrent = {
    kinds: ['IndexStmt', 'DropStmt'],
    meta: {
        id: 'index-not-concurrent',
        check: 'migrations',
        severity: 'error',
        description: 'CREATE INDEX or DROP INDEX without CONCURRENTLY on a table that already exists blocks writes (or all access) while it runs.',
        help: 'Use CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY, alone in a migration that does not run in a transaction.',
    },
    run({ node, where, existed, catalog }, report) {
        if ('IndexStmt' in node) {
            const s = node.IndexStmt;
            if (s.concurrent || !existed(s.relation))
                return;
            const table = tableName(s.relation);
            const partitioned = catalog.table(s.relation)?.partitioned;
            if (partitioned && !s.relation?.inh)
                return; // ON ONLY parent: instant, builds nothing
            const name = s.idxname ? ident(s.idxname) : '<name>';
            const columns = (s.indexParams ?? []).map((p) => ('IndexElem' in p && p.IndexElem.name ? ident(p.IndexElem.name) : '...')).join(', ');
            const unique = s.unique ? 'UNIQUE ' : '';
            if (partitioned) {
                report({
                    ...where,
                    message: `CREATE ${unique}INDEX on partitioned table ${table} holds a SHARE lock on every partition, blocking writes, until all partitions are indexed`,
                    hint: `PostgreSQL cannot build an index on a partitioned table concurrently. Create it on the parent only (CREATE ${unique}INDEX ${name} ON ONLY ${qualifiedIdent(table)} (${columns})), then CREATE ${unique}INDEX CONCURRENTLY on each partition and ALTER INDEX ${name} ATTACH PARTITION each one.`,
                });
                return;
            }
            report({
                ...where,
                message: `CREATE ${unique}INDEX on existing table ${table} holds a SHARE lock that blocks every INSERT, UPDATE and DELETE until the index is built`,
                hint: `CREATE ${unique}INDEX CONCURRENTLY ${s.if_not_exists ? 'IF NOT EXISTS ' : ''}${name} ON ${qualifiedIdent(table)} (${columns}), in a migration of its own that does not run in a transaction. If it fails it leaves an INVALID index: DROP INDEX CONCURRENTLY it and retry.`,
            });
        }
        else if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_INDEX' && !node.DropStmt.concurrent) {
            for (const object of node.DropStmt.objects ?? []) {
                if (!('List' in object))
                    continue;
                const key = (0,migrations_catalog/* nameListKey */.jZ)(object.List.items);
                const index = catalog.indexes.get(key);
                if (index && !existed(index.table))
                    continue;
                const on = index ? ` on ${index.table}` : '';
                report({
                    ...where,
                    message: `DROP INDEX ${key} takes an ACCESS EXCLUSIVE lock on its table${on}: it waits for every running query on it, and every query queued behind it waits too`,
                    hint: `DROP INDEX CONCURRENTLY ${node.DropStmt.missing_ok ? 'IF EXISTS ' : ''}${qualifiedIdent(key)}, alone in a migration that does not run in a transaction.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/migration-base-unavailable.ts
const migrationBaseUnavailable = {
    meta: {
        id: 'migration-base-unavailable',
        check: 'migrations',
        severity: 'error',
        description: 'With --base, the base branch could not be read, so migration order, duplicate versions and edits to applied migrations were not checked.',
        help: 'Fetch the base branch with its history (actions/checkout with fetch-depth: 0, or git fetch origin <branch>) and pass it as --base.',
    },
    run({ base, reason }, report) {
        report({ message: `cannot compare migrations with ${base}: ${reason}` });
    },
};

// EXTERNAL MODULE: ./src/checks/migrations/presets.ts
var presets = __webpack_require__(2047);
;// CONCATENATED MODULE: ./src/checks/migrations/rules/migration-out-of-order.ts

/** The next version after `v`, keeping its width: 0042 → 0043. */
function nextVersion(v) {
    if (v.parts.length !== 1)
        return `a version above ${v.text}`;
    const next = (v.parts[0] + 1n).toString();
    return next.padStart(v.text.length, '0');
}
const migrationOutOfOrder = {
    meta: {
        id: 'migration-out-of-order',
        check: 'migrations',
        severity: 'error',
        description: 'A migration added on this branch has a version lower than the newest migration on the base branch, so it runs out of order or not at all.',
        help: 'Rename the migration so its version sorts after the newest one on the base branch (rebase on it first).',
    },
    run({ migrations, base }, report) {
        if (!base)
            return;
        const newest = new Map();
        for (const m of base.tip) {
            const v = m.classified.version;
            if (m.classified.kind !== 'versioned' || !v)
                continue;
            const best = newest.get(m.classified.scope);
            if (!best || (0,presets/* compareVersions */.Zy)(v, best.classified.version) > 0)
                newest.set(m.classified.scope, m);
        }
        const onBase = new Set(base.tip.map((m) => m.path));
        for (const m of migrations) {
            const v = m.classified.version;
            if (m.classified.kind !== 'versioned' || !v || base.applied.has(m.path) || onBase.has(m.path))
                continue;
            const top = newest.get(m.classified.scope);
            if (!top || (0,presets/* compareVersions */.Zy)(v, top.classified.version) >= 0)
                continue;
            report({
                file: m.path, line: 1, column: 1,
                message: `version ${v.text} sorts before ${top.classified.version.text} (${top.path}), the newest migration on ${base.ref}: wherever ${top.classified.version.text} has run, runners skip this migration or refuse to continue, and elsewhere it runs in a different order`,
                hint: `Rename it to version ${nextVersion(top.classified.version)} (after ${top.path}) and check that it still makes sense after that migration.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/migration-paths-empty.ts
const migrationPathsEmpty = {
    meta: {
        id: 'migration-paths-empty',
        check: 'migrations',
        severity: 'warning',
        description: 'The migrations section matches no file, so nothing is checked.',
        help: 'Point migrations.paths at the migration files (globs relative to the working directory), or pick the right preset.',
    },
    run({ manifestFile, line, column, patterns, preset }, report) {
        report({
            file: manifestFile, line, column,
            message: `no migration file matches ${patterns.map((p) => JSON.stringify(p)).join(', ')} (preset ${preset}), so no migration was checked`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/migration-version-duplicate.ts

const TOOL_NAMES = { prisma: 'Prisma', 'sql-migrate': 'sql-migrate', 'node-pg-migrate': 'node-pg-migrate', alembic: 'Alembic' };
/** A Prisma migration is its folder; other tools' migrations are files. */
function migrationName(path, preset) {
    return preset === 'prisma' ? path.slice(0, path.lastIndexOf('/')) : path;
}
const migrationVersionDuplicate = {
    meta: {
        id: 'migration-version-duplicate',
        check: 'migrations',
        severity: 'error',
        description: 'Two migrations share a version: runners refuse to start, or silently apply only one of them.',
        help: 'Give the newer migration a version after the newest existing one.',
    },
    run({ migrations, base }, report) {
        const current = new Set(migrations.map((m) => m.path));
        const entries = [
            ...migrations.map((m) => ({ path: m.path, classified: m.classified, inTree: true })),
            ...(base?.tip ?? []).filter((m) => !current.has(m.path)).map((m) => ({ ...m, inTree: false })),
        ];
        const groups = new Map();
        for (const e of entries) {
            const v = e.classified.version;
            if (e.classified.kind !== 'versioned' || !v)
                continue;
            const key = `${e.classified.scope}\0${v.parts.join('.')}`;
            groups.set(key, [...(groups.get(key) ?? []), e]);
        }
        const onBase = new Set([...(base?.tip ?? []).map((m) => m.path), ...(base?.applied ?? [])]);
        for (const group of groups.values()) {
            if (group.length < 2)
                continue;
            group.sort((a, b) => a.path.localeCompare(b.path));
            // With --base, blame the files this branch adds; without it, every file but the first.
            const blamed = base ? group.filter((e) => e.inTree && !onBase.has(e.path)) : group.filter((e) => e.inTree).slice(1);
            const preset = migrations[0]?.preset ?? 'plain';
            for (const e of blamed) {
                if (presets/* PRESETS */.fG[preset].identity === 'name') {
                    // The tool records each migration by name: both run, and only their order is in doubt.
                    const names = group.map((o) => migrationName(o.path, preset) + (o.inTree ? '' : ` on ${base.ref}`));
                    const tool = TOOL_NAMES[preset] ?? preset;
                    report({
                        file: e.path, line: 1, column: 1, severity: 'warning',
                        message: `${names.join(' and ')} share version ${e.classified.version.text}: ${tool} records each by its name, so both run, in name order (${names[0]} first, then ${names.slice(1).join(', then ')}); if they were written in the other order, one may depend on what the other creates`,
                        hint: `Give ${migrationName(e.path, preset)} a version after the newest existing one, so the order is the order they were written in.`,
                    });
                    continue;
                }
                const others = group.filter((o) => o !== e).map((o) => (o.inTree ? o.path : `${o.path} on ${base.ref}`));
                report({
                    file: e.path, line: 1, column: 1,
                    message: `version ${e.classified.version.text} is also used by ${others.join(', ')}: runners refuse to start or apply only one of them`,
                    hint: 'Give this migration a version after the newest existing one.',
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/missing-lock-timeout.ts

const missingLockTimeout = {
    meta: {
        id: 'missing-lock-timeout',
        check: 'migrations',
        severity: 'warning',
        description: 'A statement takes an ACCESS EXCLUSIVE lock on an existing table with no lock_timeout set: while it waits behind a long query, every query on the table queues behind it.',
        help: "SET lock_timeout = '5s' before it (SET LOCAL inside the transaction), and retry the migration if it times out.",
    },
    run({ node, where, locks, existed, session, inDoBlock }, report) {
        // blocking-maintenance already reports these: their own run time is the problem, not the wait.
        if (session.lockTimeout || 'VacuumStmt' in node || 'ClusterStmt' in node || 'LockStmt' in node)
            return;
        for (const lock of locks) {
            if (lock.level !== migrations_locks/* LOCK */.YM.accessExclusive || !existed(lock.table))
                continue;
            // The transaction already holds it: this statement does not wait for it again.
            if (session.holds(lock.table) === migrations_locks/* LOCK */.YM.accessExclusive)
                continue;
            // ADD COLUMN ... REFERENCES users: the referenced table is locked against writes while this waits too.
            const referenced = [...new Set(locks.filter((l) => l.level === migrations_locks/* LOCK */.YM.shareRowExclusive && l.table !== lock.table && existed(l.table)).map((l) => l.table))];
            const also = referenced.length ? ` (and a SHARE ROW EXCLUSIVE lock on ${referenced.join(', ')}, which blocks writes to ${referenced.length > 1 ? 'them' : 'it'})` : '';
            report({
                ...where,
                message: `takes an ACCESS EXCLUSIVE lock on ${lock.table}${also} with no lock_timeout: if a long query holds the table, this waits, and every read and write queued behind it waits too`,
                hint: `SET ${session.inTransaction && !inDoBlock ? 'LOCAL ' : ''}lock_timeout = '5s'; before this statement, so it gives up instead of stalling traffic; retry the migration later if it times out.`,
            });
            return;
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/not-null-column-without-default.ts


const notNullColumnWithoutDefault = {
    kinds: ['AlterTableStmt'],
    meta: {
        id: 'not-null-column-without-default',
        check: 'migrations',
        severity: 'error',
        description: 'ADD COLUMN ... NOT NULL without a DEFAULT fails on a table that has rows, and breaks inserts from the running app.',
        help: 'Add the column with a constant DEFAULT (cheap from PostgreSQL 11), or add it nullable, backfill, then CHECK (col IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL.',
    },
    run({ node, where, existed }, report) {
        const alter = alterTable(node);
        if (!alter || !existed(alter.stmt.relation))
            return;
        for (const cmd of alter.cmds) {
            if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def))
                continue;
            const def = cmd.def.ColumnDef;
            const constraints = (0,migrations_catalog/* constraintsOf */.Im)(def);
            const notNull = def.is_not_null || constraints.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
            const filled = constraints.some((c) => (c.contype === 'CONSTR_DEFAULT' && !isNullConstant(c.raw_expr)) || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
            const serial = !!(0,migrations_catalog/* columnTypeOf */.gy)(def.typeName)?.serial;
            if (!notNull || filled || serial)
                continue;
            const table = tableName(alter.stmt.relation);
            const col = ident(def.colname ?? '');
            report({
                ...where,
                message: `ADD COLUMN ${def.colname} NOT NULL without a DEFAULT on existing table ${table}: it fails if the table has any row, and the running app's INSERTs that do not name the column start failing`,
                hint: `ALTER TABLE ${qualifiedIdent(table)} ADD COLUMN ${col} ... NOT NULL DEFAULT <constant> (no rewrite from PostgreSQL 11). Or add it nullable, backfill in batches, then ADD CONSTRAINT ${col}_not_null CHECK (${col} IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; SET NOT NULL.`,
            });
        }
    },
};
function isNullConstant(expr) {
    return !!expr && typeof expr === 'object' && 'A_Const' in expr && !!expr.A_Const.isnull;
}

;// CONCATENATED MODULE: ./src/checks/migrations/column-definitions.ts

/** Columns declared by CREATE TABLE, ALTER TABLE ADD COLUMN and ALTER COLUMN TYPE. */
function declaredColumns(node) {
    const out = [];
    const push = (def, name, keys) => {
        const type = (0,migrations_catalog/* columnTypeOf */.gy)(def.typeName);
        if (!type || name === undefined)
            return;
        const constraints = (0,migrations_catalog/* constraintsOf */.Im)(def);
        out.push({
            name,
            type,
            primaryKey: keys.has(name) || constraints.some((c) => c.contype === 'CONSTR_PRIMARY'),
            identity: constraints.some((c) => c.contype === 'CONSTR_IDENTITY'),
        });
    };
    if ('CreateStmt' in node) {
        const elts = node.CreateStmt.tableElts ?? [];
        const keys = new Set();
        for (const e of elts) {
            if ('Constraint' in e && e.Constraint.contype === 'CONSTR_PRIMARY') {
                for (const k of e.Constraint.keys ?? [])
                    if ('String' in k)
                        keys.add(k.String.sval ?? '');
            }
        }
        for (const e of elts)
            if ('ColumnDef' in e)
                push(e.ColumnDef, e.ColumnDef.colname, keys);
    }
    else if ('AlterTableStmt' in node) {
        for (const c of node.AlterTableStmt.cmds ?? []) {
            if (!('AlterTableCmd' in c) || !c.AlterTableCmd.def || !('ColumnDef' in c.AlterTableCmd.def))
                continue;
            const cmd = c.AlterTableCmd;
            const def = cmd.def.ColumnDef;
            if (cmd.subtype === 'AT_AddColumn')
                push(def, def.colname, new Set());
            if (cmd.subtype === 'AT_AlterColumnType')
                push(def, cmd.name, new Set());
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/migrations/rules/prefer-bigint-id.ts


const preferBigintId = {
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
            if (!(c.primaryKey || c.identity) || (c.type.name !== 'int4' && c.type.name !== 'int2'))
                continue;
            report({
                ...where,
                message: `id column ${c.name} is ${c.type.serial ? 'a serial' : c.type.name === 'int2' ? 'smallint' : 'integer'}; it overflows at ${c.type.name === 'int2' ? '32,767' : '2,147,483,647'} and changing it later rewrites the table`,
                hint: `${ident(c.name)} bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/prefer-text.ts


const preferText = {
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
            if (!limited)
                continue;
            const shown = `${c.type.name === 'bpchar' ? 'char' : 'varchar'}(${c.type.mods[0] ?? 1})`;
            report({ ...where, message: `column ${c.name} is ${shown}`, hint: `${ident(c.name)} text${c.type.mods[0] ? ` CHECK (char_length(${ident(c.name)}) <= ${c.type.mods[0]})` : ''}` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/prefer-timestamptz.ts


const preferTimestamptz = {
    kinds: ['CreateStmt', 'AlterTableStmt'],
    defaultOff: true,
    meta: {
        id: 'prefer-timestamptz',
        check: 'migrations',
        severity: 'warning',
        description: 'Style (off by default): timestamp without time zone stores wall-clock time with no zone, which shifts when servers or sessions change zone.',
        help: 'Use timestamptz; it stores an absolute instant and displays it in the session time zone.',
    },
    run({ node, where }, report) {
        for (const c of declaredColumns(node)) {
            if (c.type.name !== 'timestamp')
                continue;
            report({ ...where, message: `column ${c.name} is timestamp without time zone`, hint: `${ident(c.name)} timestamptz` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/rename-breaks-running-app.ts

const rename_breaks_running_app_KINDS = { OBJECT_TABLE: 'table', OBJECT_VIEW: 'view', OBJECT_MATVIEW: 'materialized view' };
const renameBreaksRunningApp = {
    kinds: ['RenameStmt'],
    meta: {
        id: 'rename-breaks-running-app',
        check: 'migrations',
        severity: 'error',
        description: 'Renaming a table or column that exists breaks the version of the app still running during the deploy, which uses the old name.',
        help: 'Expand and contract: add the new name, make the app write both and read the new one, backfill, then remove the old name in a later release. For a table, rename it and leave a view with the old name.',
    },
    run({ node, where, existed, pending, catalog }, report) {
        if (!('RenameStmt' in node))
            return;
        const s = node.RenameStmt;
        if (!existed(s.relation))
            return;
        const table = tableName(s.relation);
        const t = qualifiedIdent(table);
        if (s.renameType === 'OBJECT_COLUMN') {
            // A column added by a migration that has not run yet is not used by the running app.
            const column = catalog.column(s.relation, s.subname);
            if (column && pending(column.addedIn))
                return;
            report({
                ...where,
                message: `RENAME COLUMN ${s.subname} TO ${s.newname} on ${table}: the app version still running during the deploy keeps querying ${s.subname} and fails`,
                hint: `Add ${ident(s.newname ?? '')} alongside ${ident(s.subname ?? '')}, make the app write both and read ${ident(s.newname ?? '')}, backfill, and drop ${ident(s.subname ?? '')} in a later release. (Or keep the column and rename only in the app.)`,
            });
            return;
        }
        const kind = rename_breaks_running_app_KINDS[s.renameType ?? ''];
        if (!kind)
            return;
        report({
            ...where,
            message: `RENAME of ${kind} ${table} to ${s.newname}: the app version still running during the deploy keeps querying ${table} and fails`,
            hint: `In one transaction: ALTER TABLE ${t} RENAME TO ${ident(s.newname ?? '')}; CREATE VIEW ${t} AS SELECT * FROM ${ident(s.newname ?? '')}; (a simple view is updatable). Drop the view once no running version uses the old name.`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/set-logged-rewrite.ts

const setLoggedRewrite = {
    kinds: ['AlterTableStmt'],
    meta: {
        id: 'set-logged-rewrite',
        check: 'migrations',
        severity: 'error',
        description: 'ALTER TABLE ... SET LOGGED or SET UNLOGGED rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock.',
        help: 'Do it in a maintenance window, not in a deploy; or create a new table with the wanted persistence, copy rows in batches and swap names.',
    },
    run({ node, where, existed, catalog }, report) {
        const alter = alterTable(node);
        if (!alter || !existed(alter.stmt.relation))
            return;
        const cmd = alter.cmds.find((c) => c.subtype === 'AT_SetLogged' || c.subtype === 'AT_SetUnLogged');
        if (!cmd)
            return;
        const table = tableName(alter.stmt.relation);
        const logged = cmd.subtype === 'AT_SetLogged';
        // Already what it asks for: PostgreSQL does nothing.
        const known = catalog.table(alter.stmt.relation);
        if (known && known.unlogged === !logged)
            return;
        report({
            ...where,
            message: `SET ${logged ? 'LOGGED' : 'UNLOGGED'} on existing table ${table} rewrites the whole table and its indexes while holding an ACCESS EXCLUSIVE lock (no reads or writes)${logged ? ', writing all of it to the WAL (and to replicas)' : '; an unlogged table is emptied after a crash and is not replicated'}`,
            hint: `Run ALTER TABLE ${qualifiedIdent(table)} SET ${logged ? 'LOGGED' : 'UNLOGGED'} in a maintenance window rather than during a deploy; or create a new ${logged ? '' : 'UNLOGGED '}table, copy rows in batches, and swap the names in one short transaction.`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/set-not-null-scan.ts


function provenByCheck(table, column) {
    return [...(table?.constraints.values() ?? [])].some((c) => c.kind === 'check' && c.validated && c.provesNotNull.includes(column));
}
function recipe(table, column, postgresVersion) {
    const t = qualifiedIdent(table);
    const c = ident(column);
    const name = ident(`${table.split('.').pop()}_${column}_not_null`);
    if (postgresVersion < 12) {
        return `Before PostgreSQL 12, SET NOT NULL always scans the table. Enforce it with ALTER TABLE ${t} ADD CONSTRAINT ${name} CHECK (${c} IS NOT NULL) NOT VALID; then, in a later migration, VALIDATE CONSTRAINT ${name} (no write lock), and keep the CHECK instead of SET NOT NULL.`;
    }
    const pg18 = postgresVersion >= 18 ? ` On PostgreSQL 18 you can also ADD CONSTRAINT ${name} NOT NULL ${c} NOT VALID, then VALIDATE it.` : '';
    return `ALTER TABLE ${t} ADD CONSTRAINT ${name} CHECK (${c} IS NOT NULL) NOT VALID; then, in a separate transaction, ALTER TABLE ${t} VALIDATE CONSTRAINT ${name}; then SET NOT NULL (PostgreSQL uses the validated CHECK and skips the scan) and DROP CONSTRAINT ${name}.${pg18}`;
}
const setNotNullScan = {
    kinds: ['AlterTableStmt'],
    meta: {
        id: 'set-not-null-scan',
        check: 'migrations',
        severity: 'error',
        description: 'SET NOT NULL on an existing table scans every row while holding an ACCESS EXCLUSIVE lock.',
        help: 'Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a separate transaction, then SET NOT NULL, which PostgreSQL 12+ proves from the CHECK without a scan.',
    },
    run({ node, where, existed, catalog, postgresVersion }, report) {
        const alter = alterTable(node);
        if (!alter || !existed(alter.stmt.relation))
            return;
        const table = catalog.table(alter.stmt.relation);
        const name = tableName(alter.stmt.relation);
        const needsScan = (column) => {
            if (table?.columns.get(column)?.notNull)
                return false;
            return postgresVersion < 12 || !provenByCheck(table, column);
        };
        for (const cmd of alter.cmds) {
            if (cmd.subtype === 'AT_SetNotNull' && cmd.name !== undefined && needsScan(cmd.name)) {
                report({
                    ...where,
                    message: `SET NOT NULL on ${name}.${cmd.name} scans the whole table while holding an ACCESS EXCLUSIVE lock (no reads or writes)` +
                        (postgresVersion >= 12 ? ': no validated CHECK (... IS NOT NULL) constraint lets PostgreSQL skip the scan' : ''),
                    hint: recipe(name, cmd.name, postgresVersion),
                });
            }
            if (cmd.subtype !== 'AT_AddConstraint' || !cmd.def || !('Constraint' in cmd.def))
                continue;
            const c = cmd.def.Constraint;
            if (c.contype === 'CONSTR_NOTNULL' && !c.skip_validation) {
                const column = c.keys?.[0] && 'String' in c.keys[0] ? c.keys[0].String.sval ?? '' : '';
                if (!needsScan(column))
                    continue;
                report({
                    ...where,
                    message: `ADD CONSTRAINT ... NOT NULL ${column} on ${name} scans the whole table while holding an ACCESS EXCLUSIVE lock`,
                    hint: `Add it NOT VALID, then VALIDATE CONSTRAINT in a separate transaction. ${recipe(name, column, postgresVersion)}`,
                });
            }
            else if (c.contype === 'CONSTR_PRIMARY') {
                const columns = c.indexname
                    ? catalog.indexes.get((0,migrations_catalog/* siblingKey */.w$)(alter.stmt.relation, c.indexname))?.columns ?? []
                    : (c.keys ?? []).flatMap((k) => ('String' in k ? [k.String.sval ?? ''] : []));
                // Only columns the replay knows to be nullable: an unknown column may well be NOT NULL already.
                const nullable = columns.filter((col) => table?.columns.get(col)?.notNull === false && needsScan(col));
                if (!nullable.length)
                    continue;
                report({
                    ...where,
                    message: `ADD PRIMARY KEY makes ${nullable.join(', ')} NOT NULL, which scans the whole table ${name} while holding an ACCESS EXCLUSIVE lock`,
                    hint: `Make ${nullable.join(', ')} NOT NULL first, without a scan: ${recipe(name, nullable[0], postgresVersion)}`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/sql-syntax-error.ts
const sqlSyntaxError = {
    meta: {
        id: 'sql-syntax-error',
        check: 'migrations',
        severity: 'error',
        description: 'PostgreSQL cannot parse the migration, so it will fail when it runs; statements after the error are not checked.',
        help: 'Fix the SQL at the reported line (run the file against a scratch database to confirm).',
    },
    run({ file, error }, report) {
        report({ file: file.path, line: error.line, column: error.column, message: `PostgreSQL cannot parse this migration: ${error.message}` });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/truncate-data-loss.ts

const truncateDataLoss = {
    kinds: ['TruncateStmt'],
    meta: {
        id: 'truncate-data-loss',
        check: 'migrations',
        severity: 'error',
        description: 'TRUNCATE on an existing table deletes all its rows, cannot be undone once committed, and takes an ACCESS EXCLUSIVE lock.',
        help: 'If the data must go, archive it first and say why in an ignore comment; to retire a table, stop using it and drop it in a later release.',
    },
    run({ node, where, existed }, report) {
        if (!('TruncateStmt' in node))
            return;
        const s = node.TruncateStmt;
        const rels = (s.relations ?? []).flatMap((r) => ('RangeVar' in r ? [r.RangeVar] : [])).filter((r) => existed(r));
        if (!rels.length)
            return;
        const cascade = s.behavior === 'DROP_CASCADE' ? ' and, with CASCADE, every table that references them' : '';
        report({
            ...where,
            message: `TRUNCATE ${rels.map(tableName).join(', ')} deletes every row${cascade}; production data is gone once this commits`,
            hint: 'Back the data up (CREATE TABLE ..._archive AS SELECT ...) or delete only what must go, in batches. If emptying it is intended, keep the statement and add `-- release-gate-ignore truncate-data-loss: <why>` above it.',
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/unbatched-backfill.ts



/** The terms of a WHERE joined by AND. */
function conjuncts(expr) {
    if (!expr)
        return [];
    if ('BoolExpr' in expr && expr.BoolExpr.boolop === 'AND_EXPR')
        return (expr.BoolExpr.args ?? []).flatMap(conjuncts);
    return [expr];
}
/** `a.x = b.y`: a join condition, which filters nothing out of the updated table by itself. */
function isJoin(term) {
    if (!('A_Expr' in term) || term.A_Expr.kind !== 'AEXPR_OP')
        return false;
    const op = term.A_Expr.name?.[0];
    const isEq = !!op && 'String' in op && op.String.sval === '=';
    return isEq && !!term.A_Expr.lexpr && 'ColumnRef' in term.A_Expr.lexpr && !!term.A_Expr.rexpr && 'ColumnRef' in term.A_Expr.rexpr;
}
/** `col IS NULL` on a column added by a migration that has not run anywhere yet: every row matches. */
function isNewColumnNull(term, table, input) {
    if (!('NullTest' in term) || term.NullTest.nulltesttype !== 'IS_NULL')
        return false;
    const arg = term.NullTest.arg;
    const fields = arg && 'ColumnRef' in arg ? arg.ColumnRef.fields ?? [] : [];
    const last = fields[fields.length - 1];
    const name = last && 'String' in last ? last.String.sval : undefined;
    const column = input.catalog.column(table, name);
    return !!column && input.pending(column.addedIn);
}
/** Every row of the table matches: no WHERE, or one made only of join conditions and `new_col IS NULL`. */
function wholeTable(where, table, input, joined) {
    return conjuncts(where).every((t) => (joined && isJoin(t)) || isNewColumnNull(t, table, input));
}
/** The strong lock this transaction already holds from an earlier DDL statement, for messages. */
function heldDdlLock(session, preferred) {
    const own = session.holds(preferred);
    const pick = own !== undefined && own >= migrations_locks/* LOCK */.YM.shareRowExclusive ? { table: preferred, level: own } : session.strongestHeld();
    if (!pick || pick.level < migrations_locks/* LOCK */.YM.shareRowExclusive || !session.inTransaction)
        return undefined;
    const line = session.lockedOnLine(pick.table);
    return `this transaction already holds ${pick.level === migrations_locks/* LOCK */.YM.accessExclusive ? 'an' : 'a'} ${migrations_locks/* LOCK_NAMES */.bn[pick.level]} lock on ${pick.table}${line ? ` (taken on line ${line})` : ''}, so ${pick.level === migrations_locks/* LOCK */.YM.accessExclusive ? `nobody can read or write ${pick.table}` : `nobody can write to ${pick.table}`} until the backfill commits`;
}
const unbatchedBackfill = {
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
            if (!select || select.limitCount || select.valuesLists)
                return;
            // WITH x AS (...) INSERT ... SELECT ... FROM x: x is a query, not a table.
            const ctes = new Set([...(s.withClause?.ctes ?? []), ...(select.withClause?.ctes ?? [])].flatMap((c) => ('CommonTableExpr' in c ? [c.CommonTableExpr.ctename] : [])));
            const sources = (select.fromClause ?? []).flatMap((f) => ('RangeVar' in f && !(f.RangeVar.schemaname === undefined && ctes.has(f.RangeVar.relname)) ? [f.RangeVar] : []));
            const source = sources.find((r) => existed(r) && input.catalog.table(r)?.kind !== 'view');
            if (!source || !wholeTable(select.whereClause, source, input, sources.length > 1))
                return;
            const target = tableName(s.relation);
            const from = tableName(source);
            const locked = heldDdlLock(session, (0,migrations_catalog/* relationKey */.Yb)(s.relation));
            report({
                ...where,
                ...(locked ? { severity: 'error' } : {}),
                message: `INSERT INTO ${target} ... SELECT copies every row of existing table ${from} in one transaction: a long transaction that holds back vacuum and writes a burst of WAL${locked ? `, and ${locked}` : ''}`,
                hint: `Copy in batches outside the migration's transaction: INSERT INTO ${qualifiedIdent(target)} SELECT ... FROM ${qualifiedIdent(from)} WHERE id > $last ORDER BY id LIMIT 10000, committing after each batch (a background job or a script); rows written to ${from} meanwhile need the app to write both, or a final catch-up batch.`,
            });
            return;
        }
        const s = 'UpdateStmt' in node ? node.UpdateStmt : 'DeleteStmt' in node ? node.DeleteStmt : undefined;
        if (!s || !existed(s.relation))
            return;
        const verb = 'UpdateStmt' in node ? 'UPDATE' : 'DELETE';
        const joined = 'UpdateStmt' in node && !!node.UpdateStmt.fromClause?.length;
        if (!wholeTable(s.whereClause, s.relation, input, joined))
            return;
        const table = tableName(s.relation);
        const locked = heldDdlLock(session, (0,migrations_catalog/* relationKey */.Yb)(s.relation));
        const what = !s.whereClause ? `${verb} without WHERE` : joined ? 'UPDATE ... FROM joined on every row' : `${verb} of every row (the WHERE matches a column added in this migration)`;
        report({
            ...where,
            ...(locked ? { severity: 'error' } : {}),
            message: `${what} on existing table ${table} locks and rewrites every row in one transaction${locked ? `, and ${locked}` : ''}`,
            hint: `Run it in batches outside the migration's transaction: ${verb === 'UPDATE' ? `UPDATE ${qualifiedIdent(table)} SET ... WHERE id >= $1 AND id < $1 + 10000` : `DELETE FROM ${qualifiedIdent(table)} WHERE id IN (SELECT id FROM ${qualifiedIdent(table)} ... LIMIT 10000)`}, committing after each batch (a background job or a script).${verb === 'DELETE' && !s.whereClause ? ' To empty a table on purpose, say so with an ignore comment.' : ''}`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/unique-constraint-builds-index.ts


const KIND = { CONSTR_UNIQUE: 'UNIQUE', CONSTR_PRIMARY: 'PRIMARY KEY', CONSTR_EXCLUSION: 'EXCLUDE' };
const uniqueConstraintBuildsIndex = {
    kinds: ['AlterTableStmt'],
    meta: {
        id: 'unique-constraint-builds-index',
        check: 'migrations',
        severity: 'error',
        description: 'ADD UNIQUE or PRIMARY KEY on an existing table builds its index while holding an ACCESS EXCLUSIVE lock.',
        help: 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX (or PRIMARY KEY USING INDEX), which is instant. PostgreSQL rejects UNIQUE ... NOT VALID.',
    },
    run({ node, where, existed, catalog }, report) {
        const alter = alterTable(node);
        if (!alter || !existed(alter.stmt.relation))
            return;
        const table = tableName(alter.stmt.relation);
        const t = qualifiedIdent(table);
        const check = (c, columns) => {
            const kind = KIND[c.contype ?? ''];
            if (!kind || c.indexname)
                return;
            const cols = columns.map(ident).join(', ');
            const base = table.split('.').pop();
            const rawName = c.conname ?? (c.contype === 'CONSTR_PRIMARY' ? `${base}_pkey` : `${base}_${columns.join('_')}_key`);
            const name = ident(rawName);
            if (c.contype === 'CONSTR_EXCLUSION') {
                report({
                    ...where,
                    message: `ADD EXCLUDE constraint on existing table ${table} builds its index while holding an ACCESS EXCLUSIVE lock (no reads or writes)`,
                    hint: 'An exclusion constraint cannot adopt a concurrently built index: add it in a maintenance window, or enforce the rule in the app until then.',
                });
                return;
            }
            const existing = catalog.uniqueIndexOn((0,migrations_catalog/* relationKey */.Yb)(alter.stmt.relation), columns);
            const step1 = existing
                ? `The unique index ${existing.key} on (${cols}) already exists: `
                : `CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${t} (${cols}) in a migration without a transaction; then `;
            report({
                ...where,
                message: `ADD ${kind} on existing table ${table} builds a unique index while holding an ACCESS EXCLUSIVE lock (no reads or writes) until it is done`,
                hint: `${step1}ALTER TABLE ${t} ADD CONSTRAINT ${name} ${kind} USING INDEX ${ident(existing ? existing.key.split('.').pop() : rawName)}. (UNIQUE ... NOT VALID does not exist: PostgreSQL rejects it.)`,
            });
        };
        for (const cmd of alter.cmds) {
            if (cmd.subtype === 'AT_AddConstraint' && cmd.def && 'Constraint' in cmd.def) {
                const c = cmd.def.Constraint;
                check(c, (c.keys ?? []).flatMap((k) => ('String' in k ? [k.String.sval ?? ''] : [])));
            }
            else if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def) {
                const def = cmd.def.ColumnDef;
                for (const c of (0,migrations_catalog/* constraintsOf */.Im)(def))
                    check(c, [def.colname ?? '']);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/volatile-default-rewrite.ts


/**
 * Volatile functions a default is likely to call: PostgreSQL 15's pg_proc (provolatile = 'v') plus
 * uuid-ossp, pgcrypto and PostgreSQL 16-18 additions. now() and CURRENT_TIMESTAMP are stable:
 * evaluated once, so they do not force a rewrite.
 */
const VOLATILE_FUNCTIONS = new Set([
    'random', 'random_normal', 'setseed', 'gen_random_uuid', 'uuidv4', 'uuidv7', 'uuid_generate_v1', 'uuid_generate_v1mc',
    'uuid_generate_v4', 'gen_random_bytes', 'clock_timestamp', 'timeofday', 'nextval', 'setval', 'currval', 'lastval',
    'txid_status', 'set_config', 'query_to_xml', 'cursor_to_xml', 'current_query', 'pg_sleep',
]);
/**
 * Built-in functions a default commonly calls that are IMMUTABLE or STABLE in pg_proc for every
 * overload (postgres.test.ts checks each one on a real server): evaluated once for ADD COLUMN, so no
 * rewrite. A function on neither list, and not created in the migrations, is treated as volatile.
 */
const NON_VOLATILE_FUNCTIONS = new Set([
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
function rewriteCause(def, catalog, postgresVersion) {
    if ((0,migrations_catalog/* columnTypeOf */.gy)(def.typeName)?.serial)
        return { cause: `a ${lastTypeName(def)} column fills every row from a sequence`, certain: true };
    for (const c of (0,migrations_catalog/* constraintsOf */.Im)(def)) {
        if (c.contype === 'CONSTR_IDENTITY')
            return { cause: 'an identity column fills every row from a sequence', certain: true };
        if (c.contype === 'CONSTR_GENERATED' && (c.generated_kind ?? 's') === 's')
            return { cause: 'a stored generated column computes every row', certain: true };
        if (c.contype === 'CONSTR_DEFAULT' && c.raw_expr) {
            const isNull = 'A_Const' in c.raw_expr && c.raw_expr.A_Const.isnull;
            if (isNull)
                continue;
            const call = volatileCall(c.raw_expr, catalog, 0);
            if (call?.known)
                return { cause: `the default calls ${call.name}(), which is volatile and is evaluated for every row`, certain: true };
            if (postgresVersion < 11)
                return { cause: 'before PostgreSQL 11 any non-null default is written into every row', certain: true };
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
function volatileCall(expr, catalog, depth) {
    if (!expr || typeof expr !== 'object' || depth > 100)
        return undefined;
    if (Array.isArray(expr)) {
        let unknown;
        for (const e of expr) {
            const v = volatileCall(e, catalog, depth + 1);
            if (v?.known)
                return v;
            unknown ??= v;
        }
        return unknown;
    }
    if ('FuncCall' in expr) {
        const call = expr.FuncCall;
        const key = (0,migrations_catalog/* nameListKey */.jZ)(call.funcname);
        const name = key.split('.').pop();
        const builtin = !key.includes('.') || key.startsWith('pg_catalog.');
        const declared = catalog.functions.get(key);
        if (declared === 'volatile' || (declared === undefined && VOLATILE_FUNCTIONS.has(name)))
            return { name: key, known: true };
        const inner = volatileCall(call.args, catalog, depth + 1);
        if (inner?.known)
            return inner;
        if (declared === undefined && !(builtin && NON_VOLATILE_FUNCTIONS.has(name)))
            return { name: key, known: false };
        return inner;
    }
    let unknown;
    for (const value of Object.values(expr)) {
        const v = volatileCall(value, catalog, depth + 1);
        if (v?.known)
            return v;
        unknown ??= v;
    }
    return unknown;
}
function lastTypeName(def) {
    const names = def.typeName?.names ?? [];
    const last = names[names.length - 1];
    return last && 'String' in last ? last.String.sval ?? '' : '';
}
const volatileDefaultRewrite = {
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
        if (!alter || !existed(alter.stmt.relation))
            return;
        const found = [];
        for (const cmd of alter.cmds) {
            if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def))
                continue;
            const def = cmd.def.ColumnDef;
            const why = rewriteCause(def, catalog, postgresVersion);
            if (why)
                found.push({ column: def.colname ?? '', ...why });
        }
        if (!found.length)
            return;
        // One finding per statement: 13 generated columns added at once are one rewrite.
        const table = tableName(alter.stmt.relation);
        const certain = found.some((f) => f.certain);
        const causes = [...new Set(found.map((f) => f.cause))];
        const columns = found.map((f) => f.column);
        const col = found.length === 1 ? ident(columns[0]) : '<column>';
        report({
            ...where,
            severity: certain ? 'error' : 'warning',
            message: `ADD COLUMN ${columns.join(', ')} on existing table ${table} ${certain ? 'rewrites' : 'may rewrite'} the whole table while holding an ACCESS EXCLUSIVE lock (no reads or writes): ${causes.join('; ')}`,
            hint: `ALTER TABLE ${qualifiedIdent(table)} ADD COLUMN ${col} <type>; then ALTER TABLE ${qualifiedIdent(table)} ALTER COLUMN ${col} SET DEFAULT <expression> (applies to new rows only); then backfill old rows in batches (UPDATE ... WHERE id BETWEEN ...).${found.length > 1 ? ' Do the same for each column.' : ''}`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/rules/index.ts





























/** Rules that look at one statement with the schema as it was just before it. */
const STATEMENT_RULES = [
    indexNotConcurrent,
    concurrentInTransaction,
    notNullColumnWithoutDefault,
    volatileDefaultRewrite,
    setNotNullScan,
    constraintNotValidMissing,
    uniqueConstraintBuildsIndex,
    columnTypeChangeRewrite,
    setLoggedRewrite,
    renameBreaksRunningApp,
    dropBreaksRunningApp,
    missingLockTimeout,
    blockingMaintenance,
    unbatchedBackfill,
    truncateDataLoss,
    dynamicSqlUnchecked,
    preferBigintId,
    preferTimestamptz,
    preferText,
];
const SYNTAX_RULES = [sqlSyntaxError];
const IGNORE_RULES = [ignoreWithoutReason, ignoreCommentInvalid];
/** Rules that compare the migrations with each other and, with --base, with the base branch. */
const HISTORY_RULES = [migrationOutOfOrder, migrationVersionDuplicate, appliedMigrationEdited];
const SETUP_RULES = { pathsEmpty: migrationPathsEmpty, pathsCapped: migrationPathsCapped, baseUnavailable: migrationBaseUnavailable, unreadable: migrationUnreadable };
const ALL_RULES = [
    ...STATEMENT_RULES, ...SYNTAX_RULES, ...IGNORE_RULES, ...HISTORY_RULES, SETUP_RULES.pathsEmpty, SETUP_RULES.pathsCapped, SETUP_RULES.baseUnavailable, SETUP_RULES.unreadable,
].map((r) => r.meta);


/***/ }),

/***/ 5495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nn: () => (/* binding */ Session),
/* harmony export */   lG: () => (/* binding */ nonTransactional)
/* harmony export */ });
/* unused harmony export constantText */
/* harmony import */ var _locks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1115);

/**
 * What PostgreSQL's session looks like while a migration file runs: whether the current statement
 * is inside a transaction (and why), which table locks that transaction already holds, and the
 * settings that change what a statement costs (lock_timeout, TimeZone).
 */
class Session {
    wrapped;
    wrapNote;
    explicitSince;
    doBlock = false;
    lockTimeoutSession = false;
    lockTimeoutLocal = false;
    utcTimezone = false;
    held = new Map();
    /** The line of the statement that took the lock now held on a table. */
    heldFrom = new Map();
    /**
     * @param wrapped the runner opened a transaction around the file
     * @param wrapNote why, for messages
     */
    constructor(wrapped, wrapNote) {
        this.wrapped = wrapped;
        this.wrapNote = wrapNote;
    }
    get inTransaction() {
        return this.doBlock || this.wrapped || this.explicitSince !== undefined;
    }
    /** Why the current statement runs inside a transaction, for messages; undefined when it does not. */
    get transactionReason() {
        if (this.doBlock)
            return 'it runs inside a DO block, which is a single statement and transaction';
        if (this.explicitSince !== undefined)
            return `it follows BEGIN on line ${this.explicitSince}`;
        if (this.wrapped)
            return this.wrapNote;
        return undefined;
    }
    /** A non-zero lock_timeout is in effect for the current statement. */
    get lockTimeout() {
        return this.lockTimeoutSession || (this.lockTimeoutLocal && this.inTransaction);
    }
    get timezoneIsUtc() {
        return this.utcTimezone;
    }
    /** The strongest lock this transaction already holds on a table. */
    holds(table) {
        return this.held.get(table);
    }
    /** The line of the statement that took the lock this transaction holds on a table. */
    lockedOnLine(table) {
        return this.heldFrom.get(table);
    }
    /** The strongest lock this transaction holds on any table, with the table. */
    strongestHeld() {
        let best;
        for (const [table, level] of this.held)
            if (!best || level > best.level)
                best = { table, level };
        return best;
    }
    enterDoBlock() {
        this.doBlock = true;
    }
    leaveDoBlock() {
        this.doBlock = false;
        if (!this.inTransaction)
            this.endTransaction();
    }
    /** Records the effects of a statement that has run, at `line`. */
    after(node, locks, line) {
        if ('TransactionStmt' in node) {
            const kind = node.TransactionStmt.kind;
            if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
                if (!this.inTransaction)
                    this.explicitSince = line;
                return;
            }
            if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') {
                // A COMMIT inside a wrapped file ends the runner's transaction too; what follows autocommits.
                this.explicitSince = undefined;
                this.wrapped = false;
                this.endTransaction();
                return;
            }
        }
        if ('VariableSetStmt' in node)
            this.applySet(node.VariableSetStmt);
        if ('SelectStmt' in node)
            this.applySetConfig(node);
        if (this.inTransaction) {
            for (const lock of locks) {
                const before = this.held.get(lock.table) ?? _locks_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCK */ .YM.accessShare;
                if (lock.level > before || !this.heldFrom.has(lock.table))
                    this.heldFrom.set(lock.table, line);
                this.held.set(lock.table, Math.max(before, lock.level));
            }
        }
        else {
            this.endTransaction();
        }
    }
    endTransaction() {
        this.held.clear();
        this.heldFrom.clear();
        this.lockTimeoutLocal = false;
    }
    applySet(s) {
        if (s.kind === 'VAR_RESET_ALL') {
            this.lockTimeoutSession = this.lockTimeoutLocal = false;
            this.utcTimezone = false;
            return;
        }
        const value = s.kind === 'VAR_SET_VALUE' ? constantText(s.args?.[0]) : undefined;
        if (s.name === 'lock_timeout')
            this.setLockTimeout(value !== undefined && !isZeroDuration(value), !!s.is_local);
        if (s.name === 'timezone')
            this.utcTimezone = value !== undefined && isUtc(value);
    }
    /** SELECT set_config('lock_timeout', '5s', false) is the function form of SET. */
    applySetConfig(node) {
        if (!('SelectStmt' in node))
            return;
        for (const target of node.SelectStmt.targetList ?? []) {
            const val = 'ResTarget' in target ? target.ResTarget.val : undefined;
            if (!val || !('FuncCall' in val))
                continue;
            const name = val.FuncCall.funcname?.map((n) => ('String' in n ? n.String.sval : '')).pop();
            const args = val.FuncCall.args ?? [];
            if (name !== 'set_config' || args.length !== 3)
                continue;
            const setting = constantText(args[0]);
            const value = constantText(args[1]);
            const local = constantText(args[2]);
            if (setting === 'lock_timeout')
                this.setLockTimeout(value !== undefined && !isZeroDuration(value), local === 'true');
            if (setting?.toLowerCase() === 'timezone')
                this.utcTimezone = value !== undefined && isUtc(value);
        }
    }
    setLockTimeout(on, local) {
        if (local) {
            // SET LOCAL outside a transaction only warns and changes nothing.
            if (this.inTransaction)
                this.lockTimeoutLocal = on;
        }
        else {
            this.lockTimeoutSession = on;
            this.lockTimeoutLocal = false;
        }
    }
}
/** The text of a constant: '5s' → "5s", 0 → "0", true → "true". */
function constantText(node) {
    if (!node)
        return undefined;
    if ('A_Const' in node) {
        const c = node.A_Const;
        if (c.sval)
            return c.sval.sval ?? '';
        if (c.ival)
            return String(c.ival.ival ?? 0);
        if (c.fval)
            return c.fval.fval;
        if (c.boolval)
            return String(!!c.boolval.boolval);
        return undefined;
    }
    if ('TypeCast' in node)
        return constantText(node.TypeCast.arg);
    return undefined;
}
function isZeroDuration(value) {
    return /^\s*0*(\.0*)?\s*(us|ms|s|min|h|d)?\s*$/i.test(value);
}
function isUtc(value) {
    return /^(utc|etc\/utc|gmt|etc\/gmt|z|zulu|universal|etc\/universal|\+?0+(:00)?)$/i.test(value.trim());
}
/** What a statement is, when PostgreSQL refuses to run it inside a transaction block; undefined otherwise. */
function nonTransactional(node, postgresVersion) {
    if ('IndexStmt' in node)
        return node.IndexStmt.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
    if ('DropStmt' in node)
        return node.DropStmt.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
    if ('ReindexStmt' in node) {
        const s = node.ReindexStmt;
        const concurrently = (s.params ?? []).some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently');
        if (concurrently)
            return 'REINDEX CONCURRENTLY';
        if (s.kind === 'REINDEX_OBJECT_SYSTEM' || s.kind === 'REINDEX_OBJECT_DATABASE')
            return 'REINDEX DATABASE';
        return undefined;
    }
    if ('AlterTableStmt' in node) {
        const detach = (node.AlterTableStmt.cmds ?? []).some((c) => 'AlterTableCmd' in c && c.AlterTableCmd.subtype === 'AT_DetachPartition' &&
            !!c.AlterTableCmd.def && 'PartitionCmd' in c.AlterTableCmd.def && !!c.AlterTableCmd.def.PartitionCmd.concurrent);
        return detach ? 'DETACH PARTITION CONCURRENTLY' : undefined;
    }
    if ('VacuumStmt' in node)
        return node.VacuumStmt.is_vacuumcmd ? 'VACUUM' : undefined;
    if ('CreatedbStmt' in node)
        return 'CREATE DATABASE';
    if ('DropdbStmt' in node)
        return 'DROP DATABASE';
    if ('AlterSystemStmt' in node)
        return 'ALTER SYSTEM';
    if ('CreateTableSpaceStmt' in node)
        return 'CREATE TABLESPACE';
    if ('DropTableSpaceStmt' in node)
        return 'DROP TABLESPACE';
    if ('AlterEnumStmt' in node && postgresVersion < 12 && node.AlterEnumStmt.newVal !== undefined && !node.AlterEnumStmt.oldVal) {
        return 'ALTER TYPE ... ADD VALUE (before PostgreSQL 12)';
    }
    return undefined;
}


/***/ }),

/***/ 7401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SourceMap)
/* harmony export */ });
class SourceMap {
    text;
    lineStarts = [0];
    ascii;
    byteToIndex;
    codePointToIndex;
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
        this.ascii = !/[^\x00-\x7f]/.test(text);
    }
    /** String index of a UTF-8 byte offset (as in stmt_location and scanner tokens). */
    indexOfByte(byte) {
        if (byte <= 0)
            return 0;
        if (this.ascii)
            return Math.min(byte, this.text.length);
        this.byteToIndex ??= this.buildByteMap();
        return this.byteToIndex[Math.min(byte, this.byteToIndex.length - 1)];
    }
    /** String index of a code point offset (as in a syntax error's cursor position). */
    indexOfCodePoint(codePoint) {
        if (codePoint <= 0)
            return 0;
        if (this.ascii)
            return Math.min(codePoint, this.text.length);
        if (!this.codePointToIndex) {
            const map = [];
            for (let i = 0; i < this.text.length; i++) {
                map.push(i);
                if (isHighSurrogate(this.text.charCodeAt(i)))
                    i++;
            }
            map.push(this.text.length);
            this.codePointToIndex = Uint32Array.from(map);
        }
        return this.codePointToIndex[Math.min(codePoint, this.codePointToIndex.length - 1)];
    }
    /** 1-based line and column of a string index. */
    position(index) {
        const clamped = Math.max(0, Math.min(index, this.text.length));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - this.lineStarts[lo] + 1 };
    }
    /** String index where a 1-based line starts. */
    lineStart(line) {
        return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
    }
    get lineCount() {
        return this.lineStarts.length;
    }
    buildByteMap() {
        const map = [];
        for (let i = 0; i < this.text.length; i++) {
            const code = this.text.codePointAt(i);
            const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
            for (let b = 0; b < bytes; b++)
                map.push(i);
            if (code >= 0x10000)
                i++;
        }
        map.push(this.text.length);
        return Uint32Array.from(map);
    }
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}


/***/ }),

/***/ 4715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SK: () => (/* binding */ SAME_HAZARD),
  AE: () => (/* binding */ TRACE_RULES),
  MF: () => (/* binding */ TRACE_STATEMENT_RULES),
  _G: () => (/* reexport */ traceNotRun)
});

;// CONCATENATED MODULE: ./src/checks/migrations/trace/rules/input.ts
function at(s) {
    return { file: s.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
}
function ms(value) {
    return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
}
function rowsText(rows) {
    return `${rows.toLocaleString('en-US')} seeded ${rows === 1 ? 'row' : 'rows'}`;
}

;// CONCATENATED MODULE: ./src/checks/migrations/trace/rules/foreign-key-without-index.ts

const foreignKeyWithoutIndex = {
    meta: {
        id: 'foreign-key-without-index',
        check: 'migrations',
        severity: 'warning',
        description: 'Trace: a new foreign key whose referencing columns lead no index: every DELETE or key UPDATE on the referenced table scans the referencing one.',
        help: 'CREATE INDEX CONCURRENTLY on the referencing columns, in a migration of its own.',
    },
    run({ statement: s, unindexed }, report) {
        for (const fk of unindexed) {
            const columns = fk.columns.join(', ');
            report({
                ...at(s),
                message: `foreign key ${fk.name} on ${fk.table} (${columns}) references ${fk.references}, but no index of ${fk.table} starts with (${columns}): deleting or re-keying a ${fk.references} row scans ${fk.table}`,
                hint: `CREATE INDEX CONCURRENTLY ON ${fk.table} (${columns}); in a migration of its own, outside a transaction.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/trace/rules/lock-access-exclusive-held.ts

const lockAccessExclusiveHeld = {
    meta: {
        id: 'lock-access-exclusive-held',
        check: 'migrations',
        severity: 'warning',
        description: 'Trace: the statement took an ACCESS EXCLUSIVE lock on an existing table and held it (until its transaction ended) longer than migrations.trace.lock-hold.',
        help: "Keep the lock short: SET lock_timeout, run the statement in a transaction of its own, and move slow work (backfills, index builds, validation) out of the transaction that holds the lock.",
    },
    run({ statement: s, lockHoldMs }, report) {
        const held = s.exclusive;
        if (s.error || !held || held.heldMs < lockHoldMs)
            return;
        const under = held.under.length
            ? `; under it ran ${held.under.slice(0, 5).map((u) => `line ${u.line} (${u.text})`).join(', ')}${held.under.length > 5 ? ` and ${held.under.length - 5} more` : ''}`
            : '';
        report({ ...at(s), message: `held an ACCESS EXCLUSIVE lock on ${held.relations.join(', ')} for ${ms(held.heldMs)}, blocking every read and write of it${under}` });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/trace/rules/migration-failed-to-apply.ts

const migrationFailedToApply = {
    meta: {
        id: 'migration-failed-to-apply',
        check: 'migrations',
        severity: 'error',
        description: 'Trace: PostgreSQL refused the statement when the migration was applied, so the deploy fails there too; later migrations were not traced.',
        help: "Fix the statement from PostgreSQL's message; the migration fails the same way when the deploy runs it.",
    },
    run({ statement: s }, report) {
        if (!s.error)
            return;
        report({ ...at(s), message: `PostgreSQL refused this statement: ${s.error.message}` });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/trace/rules/statement-slow-on-seeded-data.ts

const statementSlowOnSeededData = {
    meta: {
        id: 'statement-slow-on-seeded-data',
        check: 'migrations',
        severity: 'warning',
        description: 'Trace: the statement took longer than migrations.trace.slow-statement on the seeded rows; on production data it takes longer still.',
        help: 'Split the work: batch backfills, CREATE INDEX CONCURRENTLY, ADD CONSTRAINT ... NOT VALID then VALIDATE CONSTRAINT; or raise migrations.trace.slow-statement when the time is expected.',
    },
    run({ statement: s, rows, slowMs }, report) {
        if (s.error || s.kind === 'TransactionStmt' || s.ms <= slowMs)
            return;
        report({ ...at(s), message: `took ${ms(s.ms)} on ${rowsText(rows)} per table (slow-statement: ${ms(slowMs)})` });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/trace/rules/table-rewrite-observed.ts

const tableRewriteObserved = {
    meta: {
        id: 'table-rewrite-observed',
        check: 'migrations',
        severity: 'error',
        description: 'Trace: running the statement gave an existing table (or its indexes) a new relfilenode: PostgreSQL copied every row under an ACCESS EXCLUSIVE lock.',
        help: 'Make the change without a rewrite: add the column without a volatile default and backfill in batches, or add a new column of the new type, backfill it and switch over.',
    },
    run({ statement: s, rows }, report) {
        if (s.error || !s.rewrites.length)
            return;
        report({ ...at(s), message: `rewrote ${s.rewrites.join(', ')} (new relfilenode) in ${ms(s.ms)} on ${rowsText(rows)}; production copies every row of it while holding an ACCESS EXCLUSIVE lock` });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/trace/rules/trace-not-run.ts
const traceNotRun = {
    meta: {
        id: 'trace-not-run',
        check: 'migrations',
        severity: 'error',
        description: 'The migrations.trace section is there, but the trace could not run (no PostgreSQL to start, the url unset, unreachable or not empty, a base migration refused), so nothing was observed.',
        help: 'For local: true install the PostgreSQL server (apt-get install postgresql); for url, point it at an empty scratch database. --no-trace skips the trace.',
    },
    run({ reason, file, line, column }, report) {
        report({ message: `the trace did not run: ${reason}`, file, line, column });
    },
};

;// CONCATENATED MODULE: ./src/checks/migrations/trace/rules/index.ts






/** Rules over each traced statement. */
const TRACE_STATEMENT_RULES = [
    migrationFailedToApply,
    tableRewriteObserved,
    lockAccessExclusiveHeld,
    statementSlowOnSeededData,
    foreignKeyWithoutIndex,
];

const TRACE_RULES = [...TRACE_STATEMENT_RULES, traceNotRun].map((r) => r.meta);
/**
 * Static rules that report the same hazard as a trace rule, most specific first: a trace finding on
 * the line of one of these adds its evidence to that finding instead of standing beside it.
 */
const SAME_HAZARD = {
    'table-rewrite-observed': ['volatile-default-rewrite', 'column-type-change-rewrite', 'set-logged-rewrite', 'blocking-maintenance'],
    'lock-access-exclusive-held': [
        'volatile-default-rewrite', 'column-type-change-rewrite', 'set-logged-rewrite', 'set-not-null-scan', 'unique-constraint-builds-index',
        'constraint-not-valid-missing', 'blocking-maintenance', 'index-not-concurrent', 'truncate-data-loss', 'missing-lock-timeout',
    ],
    'statement-slow-on-seeded-data': [
        'unbatched-backfill', 'set-not-null-scan', 'constraint-not-valid-missing', 'index-not-concurrent',
        'unique-constraint-builds-index', 'volatile-default-rewrite', 'column-type-change-rewrite', 'set-logged-rewrite', 'blocking-maintenance',
    ],
    'foreign-key-without-index': [],
    'migration-failed-to-apply': ['concurrent-in-transaction', 'not-null-column-without-default', 'sql-syntax-error'],
};


/***/ })

};
