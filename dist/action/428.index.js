export const id = 428;
export const ids = [428];
export const modules = {

/***/ 83428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  traceMigrations: () => (/* binding */ traceMigrations)
});

// UNUSED EXPORTS: DEFAULT_LOCK_HOLD_MS, DEFAULT_ROWS, DEFAULT_SLOW_MS

// EXTERNAL MODULE: ./src/http/duration.ts
var duration = __webpack_require__(77810);
// EXTERNAL MODULE: ./src/manifest/templates.ts
var templates = __webpack_require__(75006);
// EXTERNAL MODULE: ./src/rules/registry.ts
var registry = __webpack_require__(14964);
// EXTERNAL MODULE: ./src/checks/migrations/ignores.ts
var ignores = __webpack_require__(43508);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/checks/migrations/trace/cluster.ts






/** Why no cluster could be started: a value, so the trace reports it instead of crashing. */
class ClusterUnavailable extends Error {
}
/**
 * The PostgreSQL server binaries: the requested major version under /usr/lib/postgresql (the Debian
 * layout) when present, else the newest there, else initdb on PATH.
 */
function findPostgresBin(major, path, root = '/usr/lib/postgresql') {
    let versions = [];
    try {
        versions = (0,external_node_fs_.readdirSync)(root).filter((v) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, v, 'bin', 'initdb')));
    }
    catch { /* no Debian layout */ }
    const wanted = versions.find((v) => Number(v) === Math.floor(major));
    const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
    if (wanted ?? newest)
        return (0,external_node_path_.join)(root, (wanted ?? newest), 'bin');
    return (path ?? '').split(external_node_path_.delimiter).find((dir) => dir && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'initdb')) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'postgres')));
}
// Clusters still running, removed synchronously if the process exits or is interrupted first.
const live = new Set();
const onExit = () => { for (const cluster of live)
    cluster.destroySync(); };
const onSignal = (signal) => {
    // Re-raise when nobody else handles the signal, so the process still ends as it would have.
    const alone = process.listenerCount(signal) === 1;
    onExit();
    unwatchProcess();
    if (alone)
        process.kill(process.pid, signal);
};
function watchProcess() {
    if (live.size !== 1)
        return;
    process.on('exit', onExit);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
}
function unwatchProcess() {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
}
/**
 * A PostgreSQL cluster made with initdb in a fresh temporary directory, listening on a free loopback
 * port with a random password, and removed with its directory by stop(). initdb refuses to run as
 * root, so as root every server binary runs as the `postgres` user through runuser.
 */
class LocalCluster {
    bin;
    owner;
    dir;
    child;
    exited;
    address;
    destroyed = false;
    constructor(bin, owner, parent) {
        this.bin = bin;
        this.owner = owner;
        this.dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, 'release-gate-trace-'));
    }
    /**
     * Creates and starts a cluster in a new directory under `parent` (the system's temporary directory
     * by default); on any failure nothing is left behind.
     */
    static async start(bin, options = {}) {
        const { signal, parent = (0,external_node_os_.tmpdir)() } = options;
        const owner = process.getuid?.() === 0 ? postgresUser() : undefined;
        const cluster = new LocalCluster(bin, owner, parent);
        live.add(cluster);
        watchProcess();
        try {
            await cluster.boot(signal);
            return cluster;
        }
        catch (error) {
            await cluster.stop();
            throw error;
        }
    }
    get connection() {
        if (!this.address)
            throw new Error('the cluster is not running');
        return this.address;
    }
    async boot(signal) {
        signal?.throwIfAborted();
        const password = (0,external_node_crypto_.randomBytes)(18).toString('base64url');
        const data = (0,external_node_path_.join)(this.dir, 'data');
        const pwfile = (0,external_node_path_.join)(this.dir, 'pwfile');
        (0,external_node_fs_.writeFileSync)(pwfile, `${password}\n`, { mode: 0o600 });
        if (this.owner)
            for (const path of [this.dir, pwfile])
                (0,external_node_fs_.chownSync)(path, this.owner.uid, this.owner.gid);
        const initdb = (0,external_node_child_process_.spawnSync)(...this.asOwner('initdb', [
            '-D', data, '-U', 'postgres', '-A', 'scram-sha-256', `--pwfile=${pwfile}`, '--no-sync', '-E', 'UTF8', '--locale', 'C',
        ]), { encoding: 'utf8' });
        (0,external_node_fs_.rmSync)(pwfile, { force: true });
        if (initdb.status !== 0) {
            throw new ClusterUnavailable(`initdb failed: ${lastLines(initdb.stderr || initdb.stdout || String(initdb.error ?? ''))}`);
        }
        signal?.throwIfAborted();
        const port = await freePort();
        const [command, args] = this.asOwner('postgres', [
            '-D', data, '-p', String(port), '-k', this.dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off',
            '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
        ]);
        const child = (0,external_node_child_process_.spawn)(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
        this.child = child;
        let log = '';
        child.stderr.setEncoding('utf8').on('data', (chunk) => { log = (log + chunk).slice(-4000); });
        let settled = false;
        this.exited = new Promise((resolve) => {
            child.once('exit', () => resolve());
            child.once('error', (error) => { log += `\n${error.message}`; resolve(); });
        });
        const readyOrExited = await Promise.race([
            waitFor(() => settled || /ready to accept connections/.test(log), 30_000, signal).then(() => 'ready'),
            this.exited.then(() => 'exited'),
        ]).finally(() => { settled = true; });
        if (readyOrExited === 'exited')
            throw new ClusterUnavailable(`postgres stopped while starting: ${lastLines(log)}`);
        this.address = { host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' };
    }
    /** Stops the server at once (nothing in it is worth keeping) and removes its directory. */
    async stop() {
        if (this.destroyed)
            return;
        const pid = this.postmasterPid();
        if (pid)
            signalProcess(pid, 'SIGQUIT');
        else if (this.child && this.child.exitCode === null)
            this.child.kill('SIGQUIT');
        if (this.exited) {
            const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
            if ((await Promise.race([this.exited, timeout])) === 'timeout')
                this.killHard(pid);
        }
        this.remove();
    }
    /** The same, synchronously: for process exit and signals, where nothing asynchronous runs any more. */
    destroySync() {
        if (this.destroyed)
            return;
        const pid = this.postmasterPid();
        if (pid) {
            signalProcess(pid, 'SIGQUIT');
            const until = Date.now() + 5_000;
            while (alive(pid) && Date.now() < until)
                Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
            this.killHard(pid);
        }
        else if (this.child && this.child.exitCode === null) {
            this.child.kill('SIGKILL');
        }
        this.remove();
    }
    killHard(pid) {
        if (pid && alive(pid))
            signalProcess(pid, 'SIGKILL');
        if (this.child && this.child.exitCode === null)
            this.child.kill('SIGKILL');
    }
    remove() {
        this.destroyed = true;
        (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true, maxRetries: 3 });
        live.delete(this);
        if (live.size === 0)
            unwatchProcess();
    }
    /** The postmaster's pid, from postmaster.pid (as root the child is runuser, not postgres itself). */
    postmasterPid() {
        try {
            const pid = Number((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
            return Number.isInteger(pid) && pid > 0 ? pid : undefined;
        }
        catch {
            return undefined;
        }
    }
    asOwner(tool, args) {
        const path = (0,external_node_path_.join)(this.bin, tool);
        return this.owner ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
    }
}
function postgresUser() {
    const uid = (0,external_node_child_process_.spawnSync)('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = (0,external_node_child_process_.spawnSync)('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (uid.status !== 0 || gid.status !== 0) {
        throw new ClusterUnavailable('initdb refuses to run as root and there is no postgres user to run it as (useradd --system postgres)');
    }
    return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}
function signalProcess(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch { /* already gone */ }
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
async function waitFor(condition, timeoutMs, signal) {
    const until = Date.now() + timeoutMs;
    while (!condition()) {
        signal?.throwIfAborted();
        if (Date.now() > until)
            throw new ClusterUnavailable(`postgres did not accept connections within ${timeoutMs / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
}
function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0,external_node_net_.createServer)();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
    });
}
function lastLines(text) {
    return text.trim().split('\n').slice(-3).join(' ').slice(0, 500);
}

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(83849);
;// CONCATENATED MODULE: ./src/checks/migrations/trace/database.ts

class Database {
    client;
    pid;
    constructor(client, pid) {
        this.client = client;
        this.pid = pid;
    }
    /**
     * Connects with exactly these settings. node-postgres falls back to PGHOST, PGDATABASE, PGPASSWORD
     * and ~/.pgpass for anything left out; every field is given, and the password is a function, so
     * it never looks there: the trace connects to the database the manifest named and to no other.
     */
    static async connect(settings, applicationName = 'release-gate trace') {
        const client = new esm/* default.Client */.Ay.Client({
            host: settings.host,
            port: settings.port,
            user: settings.user,
            database: settings.database,
            password: async () => settings.password ?? '',
            ssl: settings.ssl,
            application_name: applicationName,
            connectionTimeoutMillis: 15_000,
        });
        // A dropped connection is reported by the query that was running; an idle one must not crash the process.
        client.on('error', () => { });
        await client.connect();
        const pid = Number((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
        return new Database(client, pid);
    }
    async query(text, values) {
        const result = await this.client.query(values ? { text, values } : text);
        // A multi-statement query returns one result per statement; callers send one statement.
        const last = Array.isArray(result) ? result[result.length - 1] : result;
        return (last?.rows ?? []);
    }
    async close() {
        await this.client.end().catch(() => { });
    }
}
function failureOf(error) {
    const e = error;
    const message = [e.message ?? String(error), e.detail, e.hint].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
    const position = e.position !== undefined ? Number(e.position) : undefined;
    return { message, position: Number.isFinite(position) ? position : undefined };
}
/** Quotes an identifier for SQL. */
function quoteIdent(name) {
    return `"${name.replace(/"/g, '""')}"`;
}

;// CONCATENATED MODULE: ./src/checks/migrations/trace/observe.ts
// FirstNormalObjectId: everything below is the system's own.
const USER_OIDS = 'c.oid >= 16384';
const NAME = `CASE WHEN n.nspname = 'public' THEN c.relname::text ELSE n.nspname || '.' || c.relname END`;
/** Every user relation by oid, with its relfilenode: a new relfilenode means the relation was rewritten. */
async function relations(db) {
    const rows = await db.query(`
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
async function locksOf(db, pid = db.pid) {
    // Toast tables and relations the statement made and dropped again (a rewrite's transient heap) are left out.
    const rows = await db.query(`
    SELECT l.relation::bigint AS oid, ${NAME} AS name, c.relkind::text AS kind, l.mode
      FROM pg_locks l
      JOIN pg_class c ON c.oid = l.relation
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE l.pid = $1 AND l.locktype = 'relation' AND l.granted AND l.relation >= 16384
       AND n.nspname NOT LIKE 'pg\\_%'`, [pid]);
    return rows.map((r) => ({ oid: Number(r.oid), relation: r.name, kind: r.kind, mode: r.mode }));
}
/** Oids of the foreign keys declared on tables (a partition's inherited copies are left out). */
async function foreignKeys(db) {
    const rows = await db.query(`SELECT oid::bigint AS oid FROM pg_constraint WHERE contype = 'f' AND conparentid = 0`);
    return new Set(rows.map((r) => Number(r.oid)));
}
/** Of these foreign keys, those whose referencing columns do not lead any valid, non-partial index of their table. */
async function unindexedForeignKeys(db, oids) {
    if (!oids.length)
        return [];
    const rows = await db.query(`
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
function lockModeName(mode) {
    return mode.replace(/Lock$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

// EXTERNAL MODULE: ./src/checks/migrations/trace/rules/index.ts + 7 modules
var rules = __webpack_require__(4715);
// EXTERNAL MODULE: ./src/checks/migrations/lint.ts + 1 modules
var lint = __webpack_require__(8465);
// EXTERNAL MODULE: ./src/checks/migrations/session.ts
var session = __webpack_require__(5495);
;// CONCATENATED MODULE: ./src/checks/migrations/trace/seed.ts

/** Every table named anywhere in these statements, as written (`users`, `billing.invoices`). */
function tablesNamed(nodes) {
    const names = new Set();
    const visit = (value) => {
        if (Array.isArray(value)) {
            for (const v of value)
                visit(v);
            return;
        }
        if (!value || typeof value !== 'object')
            return;
        // A RangeVar: wrapped ({ RangeVar: {...} }) in lists, bare in typed fields such as AlterTableStmt.relation.
        const range = value;
        if (typeof range.relname === 'string') {
            names.add(typeof range.schemaname === 'string' ? `${quoteIdent(range.schemaname)}.${quoteIdent(range.relname)}` : quoteIdent(range.relname));
        }
        for (const v of Object.values(value))
            visit(v);
    };
    visit(nodes);
    return [...names];
}
/** The oid of an ordinary table with this name, if there is one. */
async function tableOid(db, name) {
    const rows = await db.query(`SELECT c.oid::bigint AS oid FROM pg_class c WHERE c.oid = to_regclass($1) AND c.relkind IN ('r', 'p')`, [name]);
    return rows[0]?.oid ? Number(rows[0].oid) : undefined;
}
/**
 * Fills an empty table with `rows` generated rows whose values fit each column's type and NOT NULL:
 * defaults (serials included) are evaluated, a single-column foreign key takes the referenced
 * table's values in turn, everything else gets a value made from the row number, so equal types
 * line up across tables. A table that cannot be filled is left empty and says why.
 */
async function seedTable(db, oid, rows) {
    const name = String((await db.query('SELECT $1::oid::regclass::text AS name', [oid]))[0].name);
    const hasRows = (await db.query(`SELECT 1 FROM ${name} LIMIT 1`)).length > 0;
    if (hasRows)
        return { table: name, rows: 0, skipped: 'it already has rows' };
    if (rows === 0)
        return { table: name, rows: 0 };
    const columns = await db.query(COLUMNS, [oid]);
    const targets = [];
    const values = [];
    const joins = [];
    for (const column of columns) {
        if (column.identity || column.generated)
            continue;
        let value;
        if (column.fk_table && column.fk_column) {
            const alias = `fk${joins.length}`;
            joins.push(`LEFT JOIN (SELECT ${quoteIdent(column.fk_column)} AS v, row_number() OVER () AS rn FROM ${column.fk_table}) ${alias}`
                + ` ON ${alias}.rn = 1 + (g.i - 1) % GREATEST((SELECT count(*) FROM ${column.fk_table}), 1)`);
            value = `${alias}.v`;
        }
        else if (column.default_expr !== null) {
            value = column.default_expr;
        }
        else {
            const made = generated(column);
            if (made !== undefined)
                value = `(${made})::${column.type}`;
        }
        if (value === undefined) {
            if (column.notnull)
                return { table: name, rows: 0, skipped: `no value can be generated for NOT NULL column ${column.name} (${column.type})` };
            continue;
        }
        targets.push(quoteIdent(column.name));
        values.push(value);
    }
    const insert = targets.length
        ? `INSERT INTO ${name} (${targets.join(', ')}) SELECT ${values.join(', ')} FROM generate_series(1, ${rows}) AS g(i) ${joins.join(' ')}`
        : `DO $seed$ BEGIN FOR i IN 1..${rows} LOOP INSERT INTO ${name} DEFAULT VALUES; END LOOP; END $seed$`;
    let failure;
    for (const replica of [false, true]) {
        try {
            await db.query('BEGIN');
            // Foreign keys are triggers: a second try skips them (superusers only), for keys the generator cannot satisfy.
            if (replica)
                await db.query('SET LOCAL session_replication_role = replica');
            await db.query(insert);
            await db.query('COMMIT');
            await db.query(`ANALYZE ${name}`);
            return { table: name, rows };
        }
        catch (error) {
            await db.query('ROLLBACK').catch(() => { });
            failure ??= failureOf(error).message;
        }
    }
    return { table: name, rows: 0, skipped: `the generated rows were refused: ${failure}` };
}
/** A value for row `g.i`, by the column's base type; undefined when there is no sensible one. */
function generated(c) {
    const i = 'g.i';
    if (c.typtype === 'e')
        return `(enum_range(NULL::${c.base_type}))[1 + ${i} % cardinality(enum_range(NULL::${c.base_type}))]`;
    switch (c.base_name) {
        case 'int2': return `${i} % 32767`;
        case 'int4':
        case 'int8':
        case 'float4':
        case 'float8':
        case 'oid': return `${i}`;
        case 'numeric': return c.numeric_digits !== null && c.numeric_digits < 10 ? `${i} % ${10 ** Math.max(0, c.numeric_digits)}` : `${i}`;
        case 'money': return `${i}::numeric`;
        case 'bool': return `${i} % 2 = 0`;
        case 'uuid': return `md5(${i}::text)::uuid`;
        case 'json':
        case 'jsonb': return `json_build_object('n', ${i})`;
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
async function referenceOrder(db, oids) {
    if (oids.length < 2)
        return oids;
    const edges = await db.query(`SELECT conrelid::bigint AS "from", confrelid::bigint AS "to" FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ANY($1::oid[]) AND confrelid = ANY($1::oid[]) AND conrelid <> confrelid`, [oids]);
    const needs = new Map();
    for (const e of edges)
        needs.set(Number(e.from), [...(needs.get(Number(e.from)) ?? []), Number(e.to)]);
    const out = [];
    const visiting = new Set();
    const visit = (oid) => {
        if (out.includes(oid) || visiting.has(oid))
            return;
        visiting.add(oid);
        for (const dep of needs.get(oid) ?? [])
            visit(dep);
        out.push(oid);
    };
    for (const oid of oids)
        visit(oid);
    return out;
}
/** These tables plus every table their foreign keys reference, transitively: a key needs rows to point at. */
async function withReferencedTables(db, oids) {
    if (!oids.length)
        return oids;
    const rows = await db.query(`
    WITH RECURSIVE t(oid) AS (
      SELECT unnest($1::oid[])
      UNION
      SELECT c.confrelid FROM pg_constraint c JOIN t ON c.conrelid = t.oid WHERE c.contype = 'f'
    ) SELECT t.oid::bigint AS oid FROM t JOIN pg_class r ON r.oid = t.oid WHERE r.relkind IN ('r', 'p')`, [oids]);
    const all = rows.map((r) => Number(r.oid));
    return [...oids.filter((o) => all.includes(o)), ...all.filter((o) => !oids.includes(o))];
}

;// CONCATENATED MODULE: ./src/checks/migrations/trace/run.ts





// Tables and materialized views: what the app reads and writes (their indexes are locked along with them).
const TABLE_KINDS = new Set(['r', 'p', 'm']);
const BEGIN_KINDS = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START']);
const END_KINDS = new Set(['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE']);
/**
 * Applies `untraced` migrations as they are, then runs `traced` ones statement by statement the way
 * their runner would (its transaction, the file's own BEGIN/COMMIT), seeding the tables each file
 * touches first, and records each statement's locks, rewrites, time and new foreign keys.
 */
async function runMigrations(db, monitor, parser, untraced, traced, settings, signal) {
    const run = { files: [], unindexedForeignKeys: [] };
    // Which migration created each relation (-1: there before the trace), to tell existing tables from new ones.
    const createdBy = new Map();
    const remember = async (ordinal) => {
        for (const oid of (await relations(db)).keys())
            if (!createdBy.has(oid))
                createdBy.set(oid, ordinal);
    };
    await remember(-1);
    for (const file of untraced) {
        signal.throwIfAborted();
        const failure = await applyUntraced(db, parser, file, settings.postgresVersion);
        if (failure) {
            run.untracedFailure = failure;
            return run;
        }
        await remember(file.ordinal);
    }
    const seeded = new Set();
    const fkStatements = new Map();
    for (const file of traced) {
        signal.throwIfAborted();
        const existing = (oid) => {
            const by = createdBy.get(oid);
            return by !== undefined && by !== file.ordinal && !settings.pending?.has(by);
        };
        const parsed = parser.parse(file.source);
        const tracedFile = { path: file.path, statements: [], seeded: [] };
        run.files.push(tracedFile);
        tracedFile.seeded = await seedTouched(db, parsed.statements.map((s) => s.node), existing, seeded, settings.rows);
        const failed = await traceFile(db, monitor, file, parsed.statements, tail(file.source, parsed), settings, existing, tracedFile, signal);
        for (const s of tracedFile.statements)
            for (const oid of s.newForeignKeys)
                fkStatements.set(oid, s);
        if (failed) {
            run.failed = failed;
            break;
        }
        await remember(file.ordinal);
    }
    if (!run.failed) {
        for (const fk of await unindexedForeignKeys(db, [...fkStatements.keys()]))
            run.unindexedForeignKeys.push({ ...fk, statement: fkStatements.get(fk.oid) });
    }
    return run;
}
/** Text after the last statement the parser could read (a syntax error): sent as it is, so PostgreSQL says what is wrong. */
function tail(source, parsed) {
    if (!parsed.error)
        return undefined;
    const start = parsed.statements.at(-1)?.end ?? 0;
    const rest = source.slice(start).replace(/^[\s;]+/, '');
    if (!rest)
        return undefined;
    const at = source.length - rest.length;
    return { start: at, ...parsed.map.position(at) };
}
async function seedTouched(db, nodes, existing, seeded, rows) {
    const oids = [];
    for (const name of tablesNamed(nodes)) {
        const oid = await tableOid(db, name);
        if (oid !== undefined && existing(oid) && !seeded.has(oid) && !oids.includes(oid))
            oids.push(oid);
    }
    const results = [];
    const all = (await withReferencedTables(db, oids)).filter((oid) => !seeded.has(oid));
    for (const oid of await referenceOrder(db, all)) {
        seeded.add(oid);
        results.push(await seedTable(db, oid, rows));
    }
    return results;
}
async function applyUntraced(db, parser, file, postgresVersion) {
    const parsed = parser.parse(file.source);
    const { wrapped } = (0,lint/* runnerWraps */.I5)(file, parsed.statements, postgresVersion);
    const pieces = parsed.statements.map((s) => ({ sql: file.source.slice(s.start, s.end), line: s.line }));
    const rest = tail(file.source, parsed);
    if (rest)
        pieces.push({ sql: file.source.slice(rest.start), line: rest.line });
    let inTransaction = false;
    try {
        if (wrapped) {
            await db.query('BEGIN');
            inTransaction = true;
        }
        for (const piece of pieces) {
            try {
                await db.query(piece.sql);
            }
            catch (error) {
                return { file: file.path, line: piece.line, message: failureOf(error).message };
            }
        }
        if (wrapped) {
            await db.query('COMMIT');
            inTransaction = false;
        }
    }
    finally {
        if (inTransaction)
            await db.query('ROLLBACK').catch(() => { });
    }
    return undefined;
}
/** Runs one migration statement by statement; returns the statement PostgreSQL refused, if any. */
async function traceFile(db, monitor, file, statements, rest, settings, existing, out, signal) {
    const { wrapped } = (0,lint/* runnerWraps */.I5)(file, statements, settings.postgresVersion);
    // The statements of the open transaction (the runner's or the file's own), to close together.
    let transaction;
    const open = () => { transaction = { statements: [], commitMs: 0 }; };
    const close = async (sql) => {
        const started = performance.now();
        await db.query(sql);
        if (transaction) {
            transaction.commitMs = performance.now() - started;
            settleLocks(transaction);
        }
        transaction = undefined;
    };
    if (wrapped) {
        await db.query('BEGIN');
        open();
    }
    const pieces = statements.map((s) => ({
        sql: file.source.slice(s.start, s.end), node: s.node, kind: s.kind,
        where: { line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn },
    }));
    if (rest) {
        const lines = file.source.slice(rest.start).trimEnd().split('\n');
        pieces.push({
            sql: file.source.slice(rest.start), kind: 'unparsed',
            where: { line: rest.line, column: rest.column, endLine: rest.line + lines.length - 1, endColumn: lines.at(-1).length + 1 },
        });
    }
    try {
        for (const piece of pieces) {
            signal.throwIfAborted();
            const traced = {
                file: file.path, ...piece.where, kind: piece.kind, text: oneLine(piece.sql), ms: 0, locks: [], rewrites: [], newForeignKeys: [],
            };
            out.statements.push(traced);
            const txKind = piece.node && 'TransactionStmt' in piece.node ? piece.node.TransactionStmt.kind ?? '' : undefined;
            if (txKind !== undefined && (BEGIN_KINDS.has(txKind) || END_KINDS.has(txKind))) {
                const started = performance.now();
                try {
                    if (BEGIN_KINDS.has(txKind)) {
                        await db.query(piece.sql);
                        if (!transaction)
                            open();
                    }
                    else {
                        await close(piece.sql);
                    }
                }
                catch (error) {
                    traced.error = failureOf(error);
                    return traced;
                }
                finally {
                    traced.ms = performance.now() - started;
                }
                continue;
            }
            const special = piece.node ? (0,session/* nonTransactional */.lG)(piece.node, settings.postgresVersion) : undefined;
            const own = !transaction && !special;
            if (own) {
                await db.query('BEGIN');
                open();
            }
            const before = await relations(db);
            const keysBefore = await foreignKeys(db);
            const locksBefore = transaction ? await locksOf(db) : [];
            const watching = !transaction ? watchLocks(monitor, db.pid) : undefined;
            const started = performance.now();
            try {
                await db.query(piece.sql);
            }
            catch (error) {
                traced.ms = performance.now() - started;
                traced.error = failureOf(error);
                await watching?.stop();
                return traced;
            }
            traced.ms = performance.now() - started;
            const locksAfter = transaction ? await locksOf(db) : await watching.stop();
            const had = new Set(locksBefore.map((l) => `${l.oid}:${l.mode}`));
            traced.locks = locksAfter.filter((l) => !had.has(`${l.oid}:${l.mode}`)).map((l) => ({ ...l, existing: existing(l.oid) }));
            traced.rewrites = rewrites(before, await relations(db), existing, piece.kind);
            traced.newForeignKeys = [...await foreignKeys(db)].filter((oid) => !keysBefore.has(oid));
            if (transaction)
                transaction.statements.push(traced);
            if (own) {
                try {
                    await close('COMMIT');
                }
                catch (error) {
                    traced.error = failureOf(error); // a deferred constraint fails at commit
                    return traced;
                }
            }
        }
        // The runner's transaction, or a BEGIN the file never closed (its work is kept, as psql's session would not).
        if (transaction) {
            const last = out.statements.at(-1);
            try {
                await close('COMMIT');
            }
            catch (error) {
                if (last) {
                    last.error = failureOf(error);
                    return last;
                }
            }
        }
    }
    finally {
        if (transaction)
            await db.query('ROLLBACK').catch(() => { });
    }
    return undefined;
}
/** Once a transaction ends: each ACCESS EXCLUSIVE lock on an existing relation was held from its statement to the commit. */
function settleLocks(transaction) {
    const seen = new Set();
    transaction.statements.forEach((s, i) => {
        const taken = s.locks.filter((l) => l.existing && TABLE_KINDS.has(l.kind) && l.mode === 'AccessExclusiveLock' && !seen.has(l.oid));
        for (const l of taken)
            seen.add(l.oid);
        if (!taken.length)
            return;
        const later = transaction.statements.slice(i + 1);
        s.exclusive = {
            relations: taken.map((l) => l.relation),
            heldMs: [s, ...later].reduce((sum, x) => sum + x.ms, 0) + transaction.commitMs,
            under: later.map((x) => ({ line: x.line, text: x.text })),
        };
    });
}
/** Existing tables whose relfilenode (or an index's) changed. TRUNCATE swaps in empty storage: not a rewrite. */
function rewrites(before, after, existing, kind) {
    if (kind === 'TruncateStmt')
        return [];
    const byTable = new Map();
    for (const [oid, was] of before) {
        const now = after.get(oid);
        if (!now || !was.relfilenode || !now.relfilenode || now.relfilenode === was.relfilenode)
            continue;
        const tableOid = was.tableOid ?? oid;
        if (!existing(tableOid))
            continue;
        const entry = byTable.get(tableOid) ?? { table: false, indexes: 0 };
        if (was.tableOid === undefined)
            entry.table = true;
        else
            entry.indexes++;
        byTable.set(tableOid, entry);
    }
    return [...byTable].map(([oid, e]) => {
        const name = after.get(oid)?.name ?? before.get(oid)?.name ?? `oid ${oid}`;
        if (e.table)
            return name;
        return `${name} (${e.indexes} ${e.indexes === 1 ? 'index' : 'indexes'})`;
    });
}
/**
 * A statement that cannot run in a transaction releases its locks before pg_locks can be asked, so
 * a second connection samples that backend's locks while it runs (short locks may be missed).
 */
function watchLocks(monitor, pid) {
    const seen = new Map();
    let running = true;
    const loop = (async () => {
        while (running) {
            for (const l of await locksOf(monitor, pid).catch(() => []))
                seen.set(`${l.oid}:${l.mode}`, l);
            await new Promise((resolve) => setTimeout(resolve, 5));
        }
    })();
    return {
        async stop() {
            running = false;
            await loop;
            return [...seen.values()];
        },
    };
}
function oneLine(sql) {
    const text = sql.replace(/--[^\n]*/g, ' ').replace(/\s+/g, ' ').trim();
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

;// CONCATENATED MODULE: ./src/checks/migrations/trace/target.ts
/**
 * Reads postgres://user:password@host:port/database[?sslmode=...]. The URL must name the host, the
 * user and the database itself: nothing is filled in from the environment, so the trace can only
 * ever touch the database the manifest named.
 */
function parseTraceUrl(text) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        return { problem: 'migrations.trace.url is not a URL (expected postgres://user:password@host:port/database)', secrets: [] };
    }
    const secrets = url.password ? [url.password, safeDecode(url.password)] : [];
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        return { problem: `migrations.trace.url must start with postgres://, not ${url.protocol}//`, secrets };
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const database = safeDecode(url.pathname.replace(/^\//, ''));
    const user = safeDecode(url.username);
    const missing = [!host && 'host', !user && 'user', !database && 'database'].filter(Boolean);
    if (missing.length)
        return { problem: `migrations.trace.url names no ${missing.join(', no ')}; the trace connects only to a database the URL names in full`, secrets };
    const port = url.port ? Number(url.port) : 5432;
    const sslmode = url.searchParams.get('sslmode') ?? 'disable';
    const ssl = sslmode === 'require' || sslmode === 'no-verify' ? { rejectUnauthorized: false }
        : sslmode === 'verify-ca' || sslmode === 'verify-full' ? { rejectUnauthorized: true } : false;
    return {
        settings: { host, port, user, password: url.password ? safeDecode(url.password) : undefined, database, ssl },
        display: `postgres://${user}@${url.host}/${database}`,
        secrets,
    };
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/checks/migrations/trace/index.ts










const DEFAULT_ROWS = 10_000;
const DEFAULT_SLOW_MS = 1_000;
const DEFAULT_LOCK_HOLD_MS = 100;
/**
 * Trace mode: applies the migrations to a real PostgreSQL (a throwaway local cluster, or the scratch
 * database the manifest names, and no other), seeds the tables they touch, and reports what each
 * statement locked, rewrote and cost. Findings point at the statement's line.
 */
async function traceMigrations(ctx, section, input) {
    const rows = section.rows ?? DEFAULT_ROWS;
    const slowMs = (0,duration/* durationMs */.p)(section['slow-statement'], DEFAULT_SLOW_MS);
    const lockHoldMs = (0,duration/* durationMs */.p)(section['lock-hold'], DEFAULT_LOCK_HOLD_MS);
    const where = ctx.manifest.locate(['migrations', 'trace'], 'key');
    const notRun = (reason, at) => ({
        findings: (0,registry/* runRules */.xG)([rules/* traceNotRun */._G], at ? { reason, ...at } : { reason, file: ctx.manifest.file, line: where?.line, column: where?.column }),
        metrics: { target: section.local ? 'local' : 'url', ran: false },
    });
    const readable = input.sources.filter((s) => !s.unreadable);
    const untraced = input.pending ? readable.filter((s) => !input.pending.has(s.ordinal)) : [];
    const traced = input.pending ? readable.filter((s) => input.pending.has(s.ordinal)) : readable;
    if (section.local && section.url)
        return notRun('migrations.trace sets both local: true and url; choose one');
    if (!section.local && !section.url)
        return notRun('migrations.trace needs local: true or a url');
    if (!traced.length)
        return { findings: [], metrics: { target: section.local ? 'local' : 'url', ran: false, statements: 0, reason: 'no new migrations to trace' } };
    let cluster;
    let settings;
    let target;
    if (section.local) {
        const bin = findPostgresBin(input.postgresVersion, ctx.env.PATH);
        if (!bin)
            return notRun('local: true needs the PostgreSQL server binaries (initdb, postgres), found neither under /usr/lib/postgresql/*/bin nor on PATH (apt-get install postgresql)');
        try {
            cluster = await LocalCluster.start(bin, { signal: ctx.signal, parent: ctx.env.TMPDIR || undefined });
        }
        catch (error) {
            if (error instanceof ClusterUnavailable)
                return notRun(`the local cluster did not start: ${error.message}`);
            throw error;
        }
        ctx.masker.add(cluster.connection.password);
        settings = { ...cluster.connection, ssl: false };
        target = 'local';
    }
    else {
        let text;
        try {
            text = (0,templates/* expandTemplate */.Ly)(section.url, { env: ctx.env, captures: new Map() });
        }
        catch (error) {
            return notRun(`migrations.trace.url: ${error.message}`);
        }
        ctx.masker.add(text);
        const parsed = parseTraceUrl(text);
        for (const secret of parsed.secrets)
            ctx.masker.add(secret);
        if ('problem' in parsed)
            return notRun(parsed.problem);
        settings = parsed.settings;
        target = parsed.display;
    }
    const opened = [];
    const onAbort = () => { void cancel(opened); };
    try {
        let db;
        let monitor;
        try {
            db = await Database.connect(settings);
            opened.push(db);
            monitor = await Database.connect(settings, 'release-gate trace monitor');
            opened.push(monitor);
        }
        catch (error) {
            return notRun(`cannot connect to ${target}: ${failureOf(error).message}`);
        }
        if (!cluster && !section['allow-existing']) {
            const tables = await userTables(db);
            if (tables > 0) {
                return notRun(`${target} already has ${tables} ${tables === 1 ? 'table' : 'tables'}; the trace applies migrations and seeds rows, so it runs only on an empty scratch database (allow-existing: true to use this one anyway)`);
            }
        }
        const server = String((await db.query("SELECT current_setting('server_version') AS v"))[0]?.v ?? '?');
        ctx.signal.addEventListener('abort', onAbort, { once: true });
        const run = await runMigrations(db, monitor, input.parser, untraced, traced, { rows, postgresVersion: input.postgresVersion, pending: input.pending }, ctx.signal);
        ctx.signal.throwIfAborted();
        if (run.untracedFailure) {
            const f = run.untracedFailure;
            return notRun(`the base branch's migration ${f.file} (line ${f.line}) failed to apply: ${f.message}`, { file: f.file, line: f.line });
        }
        const findings = suppressed(statementFindings(run, { rows, slowMs, lockHoldMs }), traced, input.parser);
        return { findings, metrics: traceMetrics(run, { target, server, rows }) };
    }
    finally {
        ctx.signal.removeEventListener('abort', onAbort);
        for (const db of opened)
            await db.close();
        await cluster?.stop();
    }
}
/** Stops the running statement: the trace's own connections only. */
async function cancel(opened) {
    const [db, monitor] = opened;
    if (db && monitor)
        await monitor.query('SELECT pg_cancel_backend($1)', [db.pid]).catch(() => { });
}
async function userTables(db) {
    const rows = await db.query(`
    SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'`);
    return Number(rows[0]?.n ?? 0);
}
function statementFindings(run, settings) {
    const unindexed = new Map();
    for (const fk of run.unindexedForeignKeys)
        unindexed.set(fk.statement, [...(unindexed.get(fk.statement) ?? []), fk]);
    const findings = [];
    for (const file of run.files) {
        for (const statement of file.statements) {
            findings.push(...(0,registry/* runRules */.xG)(rules/* TRACE_STATEMENT_RULES */.MF, { statement, ...settings, unindexed: unindexed.get(statement) ?? [] }));
        }
    }
    return findings;
}
/**
 * Drops trace findings that a release-gate-ignore comment covers: one naming the trace rule, or a
 * static rule about the same hazard (the author already accepted it).
 */
function suppressed(findings, files, parser) {
    const byLine = new Map();
    for (const file of files) {
        const directives = (0,ignores/* readIgnores */.Gq)(file.source, parser);
        if (!directives.length)
            continue;
        let previousEnd = 0;
        for (const s of parser.parse(file.source).statements) {
            byLine.set(`${file.path}:${s.line}`, [...directives.filter((d) => d.fileWide), ...(0,ignores/* directivesFor */.A)(directives, previousEnd, s.start, s.end)]);
            previousEnd = s.end;
        }
    }
    return findings.filter((f) => {
        const directives = byLine.get(`${f.file}:${f.line}`) ?? [];
        return ![f.ruleId, ...(rules/* SAME_HAZARD */.SK[f.ruleId] ?? [])].some((id) => (0,ignores/* suppresses */.wg)(directives, id));
    });
}
const round = (ms) => Math.round(ms * 10) / 10;
/** The summary: per migration, its statements with lock modes, rewrites and time. */
function traceMetrics(run, about) {
    const statements = run.files.reduce((n, f) => n + f.statements.length, 0);
    return {
        target: about.target,
        server: about.server,
        rows: about.rows,
        ran: true,
        statements,
        seeded: run.files.flatMap((f) => f.seeded).map((s) => ({ name: s.table, rows: s.rows, ...(s.skipped ? { skipped: s.skipped } : {}) })),
        migrations: run.files.map((f) => ({
            name: f.path,
            statements: f.statements.map((s) => ({
                name: s.text,
                line: s.line,
                locks: s.locks.map((l) => `${l.relation}: ${lockModeName(l.mode)}`).join('; '),
                rewrite: s.rewrites.join(', '),
                ms: round(s.ms),
                ...(s.error ? { error: s.error.message } : {}),
            })),
        })),
        ...(run.failed ? { stoppedAt: `${run.failed.file}:${run.failed.line}` } : {}),
    };
}


/***/ })

};
