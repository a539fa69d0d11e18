export const id = 216;
export const ids = [216];
export const modules = {

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

/***/ 6216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMANDS: () => (/* binding */ COMMANDS)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/baseline/baseline.ts
var baseline = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/checks/index.ts
var src_checks = __webpack_require__(2369);
// EXTERNAL MODULE: ./src/manifest/errors.ts
var errors = __webpack_require__(1738);
// EXTERNAL MODULE: ./src/manifest/load.ts + 3 modules
var load = __webpack_require__(7745);
// EXTERNAL MODULE: ./src/run.ts + 3 modules
var src_run = __webpack_require__(967);
;// CONCATENATED MODULE: ./src/cli/commands/baseline.ts








const USAGE = `Usage: release-gate baseline write [FILE] [options]
       release-gate baseline prune [FILE] [options]

write  records every current finding in FILE (default: the manifest's \`baseline:\`, else
       ${baseline/* DEFAULT_BASELINE */.Mz}); later runs hide them and say how many.
prune  drops the entries of FILE that no longer match a finding, keeping the rest and the salt.

Options:
  -m, --manifest PATH   the manifest (default ${load/* DEFAULT_MANIFEST */.mj})
      --checks LIST     comma-separated checks (default: every configured check that does not
                        touch a live environment: env, migrations, secrets)
  -e, --environment NAME
  -h, --help            this help
`;
/** `release-gate baseline write|prune [FILE]`: records today's findings, or forgets the fixed ones. */
const baselineCommand = {
    description: 'write or prune the baseline of known findings that later runs hide',
    async run(argv, io) {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({
                args: argv, allowPositionals: true,
                options: { manifest: { type: 'string', short: 'm' }, checks: { type: 'string' }, environment: { type: 'string', short: 'e' }, help: { type: 'boolean', short: 'h' } },
            });
        }
        catch (error) {
            io.stderr(`release-gate baseline: ${error.message}\n${USAGE}`);
            return 2;
        }
        const { values, positionals } = parsed;
        if (values.help) {
            io.stdout(USAGE);
            return 0;
        }
        const [verb, fileArg, ...extra] = positionals;
        if ((verb !== 'write' && verb !== 'prune') || extra.length) {
            io.stderr(`release-gate baseline: ${verb ? `unknown action "${[verb, ...extra].join(' ')}"` : 'say write or prune'}\n${USAGE}`);
            return 2;
        }
        const checks = values.checks ? values.checks.split(',').filter(Boolean) : undefined;
        for (const name of checks ?? []) {
            if (!src_checks/* CHECKS */.u.some((c) => c.name === name)) {
                io.stderr(`release-gate baseline: unknown check "${name}"\n`);
                return 2;
            }
        }
        try {
            const run = await (0,src_run/* runReleaseGate */.u)({
                cwd: io.cwd, env: io.env, manifestPath: values.manifest ?? load/* DEFAULT_MANIFEST */.mj, failOn: 'error',
                checks, environment: values.environment, inputs: {}, recordBaseline: true, baselinePath: fileArg,
                // Live checks would reach production: record them only when asked by name.
                available: checks ? src_checks/* CHECKS */.u : src_checks/* CHECKS */.u.filter((c) => !c.live),
            });
            const path = fileArg ?? run.manifest.data.baseline ?? baseline/* DEFAULT_BASELINE */.Mz;
            const found = run.entries ?? [];
            let entries;
            let message;
            if (verb === 'write') {
                entries = found;
                message = `recorded ${count(entries.length, 'finding')} in ${path}; later runs hide them. Review it before committing: every entry is a problem someone accepted`;
            }
            else {
                if (!run.baseline || run.baseline.path !== path) {
                    io.stderr(`release-gate baseline prune: ${path} is not a baseline to prune; write one with \`release-gate baseline write ${path}\`\n`);
                    return 2;
                }
                const current = new Set(found.map((e) => e.fingerprint));
                entries = run.baseline.entries.filter((e) => current.has(e.fingerprint));
                message = `pruned ${count(run.baseline.entries.length - entries.length, 'entry', 'entries')} no longer matching a finding; ${entries.length} kept in ${path}`;
            }
            const target = (0,external_node_path_.resolve)(io.cwd, path);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,promises_.writeFile)(target, (0,baseline/* renderBaseline */.qL)({ salt: run.salt, entries }));
            io.stdout(`release-gate baseline: ${message}\n`);
            return 0;
        }
        catch (error) {
            if (error instanceof errors/* ManifestError */.S) {
                io.stderr(`${error.message}\n`);
                return 2;
            }
            if (error instanceof baseline/* BaselineError */.s$) {
                io.stderr(`release-gate baseline: ${error.message}\n`);
                return 2;
            }
            throw error;
        }
    },
};
function count(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}

;// CONCATENATED MODULE: ./src/operate/dashboard/data.ts
/** Puts series with their own timestamps on one axis (the union), null where a series has no point. */
function align(series) {
    const times = [...new Set(series.flatMap((s) => s.map((p) => Math.floor(Date.parse(p.time) / 1000))))].sort((a, b) => a - b);
    const index = new Map(times.map((t, i) => [t, i]));
    const values = series.map((s) => {
        const column = times.map(() => null);
        for (const p of s)
            column[index.get(Math.floor(Date.parse(p.time) / 1000))] = p.value;
        return column;
    });
    return { times, values };
}
/** Pass ratio per UTC day: the share of that day's runs that passed. */
function dailyRatio(points) {
    const days = new Map();
    for (const p of points) {
        const day = `${p.time.slice(0, 10)}T00:00:00.000Z`;
        const d = days.get(day) ?? { runs: 0, passed: 0 };
        d.runs++;
        if (p.passed)
            d.passed++;
        days.set(day, d);
    }
    return [...days].map(([time, d]) => ({ time, value: d.passed / d.runs }));
}
function dashboardData(trends, options) {
    const label = (s) => `${s.endpoint} · ${s.environment} · ${s.kind}`;
    const legend = trends.latency.map((s) => ({
        label: label(s),
        latestP95Ms: s.latest?.p95Ms ?? null,
        baselineP95Ms: s.p95Baseline?.median ?? null,
        p95Verdict: s.p95Verdict,
        latestErrorRate: s.latest?.errorRate ?? null,
        errorRateVerdict: s.errorRateVerdict,
        thresholdP95Ms: s.thresholdP95Ms ?? null,
    }));
    return {
        title: options.title,
        generatedAt: trends.generatedAt,
        source: options.source,
        runs: trends.runs,
        p95: { ...align(trends.latency.map((s) => s.points.map((p) => ({ time: p.time, value: p.p95Ms })))), legend },
        errorRate: { ...align(trends.latency.map((s) => s.points.map((p) => ({ time: p.time, value: p.errorRate * 100 })))), legend },
        deploys: {
            ...align(trends.deploys.map((d) => dailyRatio(d.points).map((p) => ({ time: p.time, value: p.value * 100 })))),
            legend: trends.deploys.map((d) => ({ label: d.environment, days7: d.days7, days30: d.days30 })),
        },
        uptime: {
            ...align(trends.uptime.map((u) => dailyRatio(u.points).map((p) => ({ time: p.time, value: p.value * 100 })))),
            legend: trends.uptime.map((u) => ({ label: `${u.step} · ${u.environment}`, days7: u.days7, days30: u.days30 })),
        },
        certificates: {
            ...align(trends.certificates.map((c) => c.points.map((p) => ({ time: p.time, value: p.daysLeft })))),
            legend: trends.certificates.map((c) => ({ label: c.host, daysLeft: c.latest?.daysLeft ?? null })),
        },
        lastRuns: trends.lastRuns,
        checklist: options.checklist ?? null,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/operate/dashboard/build.ts




/** The page's files: its own code and the vendored chart library (uPlot, MIT), copied as they are. */
const PAGE_FILES = ['index.html', 'dashboard.js', 'dashboard.css'];
const CHART_FILES = ['uPlot.iife.min.js', 'uPlot.min.css', 'LICENSE'];
// In the bundle the build copies every asset to dist/cli/dashboard/; from source they are beside this
// file (page/) and in node_modules/uplot. No CDN: the site works from file:// and offline.
const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
const PLACES = [(0,external_node_path_.join)(here, 'dashboard'), (0,external_node_path_.join)(here, 'page'), (0,external_node_path_.join)(here, '..', '..', '..', 'node_modules', 'uplot'), (0,external_node_path_.join)(here, '..', '..', '..', 'node_modules', 'uplot', 'dist')];
function findAsset(name) {
    for (const place of PLACES) {
        const path = (0,external_node_path_.join)(place, name);
        if ((0,external_node_fs_.existsSync)(path))
            return path;
    }
    throw new Error(`the dashboard asset ${name} is missing from this release-gate build`);
}
/**
 * Writes the static site: index.html, the page code, uPlot, and the data twice: data.js (a script, so
 * the page works from file://, where browsers refuse to fetch JSON) and data.json for other tools.
 */
async function writeDashboard(data, outDir) {
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const written = [];
    for (const name of [...PAGE_FILES, ...CHART_FILES]) {
        const target = name === 'LICENSE' ? 'uPlot.LICENSE' : name;
        await (0,promises_.copyFile)(findAsset(name), (0,external_node_path_.join)(outDir, target));
        written.push(target);
    }
    const json = JSON.stringify(data);
    // Inside a <script>, "</script>" in a label would end it; escaped, the same string parses back.
    const script = json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
    await (0,promises_.writeFile)((0,external_node_path_.join)(outDir, 'data.js'), `window.RELEASE_GATE_DASHBOARD = ${script};\n`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(outDir, 'data.json'), `${JSON.stringify(data, null, 2)}\n`);
    written.push('data.js', 'data.json');
    return written;
}

// EXTERNAL MODULE: ./src/operate/history/branch-store.ts
var branch_store = __webpack_require__(5095);
// EXTERNAL MODULE: ./src/operate/history/ndjson.ts
var ndjson = __webpack_require__(7947);
// EXTERNAL MODULE: ./src/operate/history/open-store.ts + 1 modules
var open_store = __webpack_require__(985);
// EXTERNAL MODULE: ./src/operate/history/record.ts
var record = __webpack_require__(702);
;// CONCATENATED MODULE: ./src/operate/history/run-context.ts

/**
 * Where a run came from, read from the GitHub Actions variables when present (so `history add` in a
 * workflow step needs no flags), each overridable. Throws on a kind or time that cannot be used.
 */
function run_context_runContext(report, env, now, overrides = {}) {
    const kind = (overrides.kind ?? (0,record/* kindOfEvent */.k6)(env.GITHUB_EVENT_NAME));
    if (!record/* RUN_KINDS */.ab.includes(kind))
        throw new Error(`--kind must be one of ${record/* RUN_KINDS */.ab.join(', ')}, got "${overrides.kind}"`);
    const time = overrides.time ?? now.toISOString();
    if (Number.isNaN(Date.parse(time)))
        throw new Error(`--time must be an ISO date such as 2026-01-31T03:17:00Z, got "${time}"`);
    const runUrl = overrides.runUrl ?? (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined);
    return {
        time: new Date(time).toISOString(),
        commit: overrides.commit ?? env.GITHUB_SHA,
        ref: overrides.ref ?? env.GITHUB_REF,
        kind,
        environment: overrides.environment ?? (0,record/* environmentOfReport */.VO)(report),
        runUrl,
    };
}

// EXTERNAL MODULE: ./src/reporters/markdown-cell.ts
var markdown_cell = __webpack_require__(5250);
;// CONCATENATED MODULE: ./src/operate/history/trend-summary.ts

const ARROWS = {
    worse: '🔺 worse than the baseline',
    better: '🔽 better than the baseline',
    steady: '➡️ steady',
    'too-few-runs': '· too few runs to judge',
};
const ms = (v) => (v == null ? '—' : `${Math.round(v).toLocaleString('en-US')} ms`);
const pct = (v, digits = 1) => (v == null ? '—' : `${(v * 100).toFixed(digits)}%`);
const share = (r) => (r.ratio === null ? 'no runs' : `${pct(r.ratio)} (${r.passed}/${r.runs})`);
const trend_summary_baseline = (b, format) => (b ? `${format(b.median)} ± ${format(b.spread)} (${b.runs} runs)` : '—');
/**
 * The job summary's trends: the dashboard's figures as tables, each latest value against its rolling
 * baseline (median and spread of earlier comparable runs), and a Mermaid chart of recent p95s.
 */
function trend_summary_renderTrendSummary(trends, options = {}) {
    const out = ['## Trends\n\n'];
    if (options.dashboardUrl)
        out.push(`Dashboard: ${options.dashboardUrl}\n\n`);
    if (trends.runs === 0)
        return `${out.join('')}No runs in the history yet.\n`;
    out.push(`${trends.runs} run(s) in the history. A figure is judged against the median and spread of the earlier comparable runs (same kind, environment and endpoint), never against one run.\n\n`);
    const series = trends.latency.slice(0, options.maxSeries ?? 12);
    if (series.length) {
        out.push('| Figure | Latest | Baseline | Trend |\n| --- | ---: | ---: | --- |\n');
        for (const s of series) {
            const label = `${s.endpoint} (${s.environment}, ${s.kind})`;
            out.push(`| p95 ${(0,markdown_cell/* cell */.H)(label)} | ${ms(s.latest?.p95Ms)} | ${trend_summary_baseline(s.p95Baseline, ms)} | ${ARROWS[s.p95Verdict]} |\n`);
            out.push(`| error rate ${(0,markdown_cell/* cell */.H)(label)} | ${pct(s.latest?.errorRate, 2)} | ${trend_summary_baseline(s.errorRateBaseline, (v) => pct(v, 2))} | ${ARROWS[s.errorRateVerdict]} |\n`);
        }
        if (trends.latency.length > series.length)
            out.push(`\n${trends.latency.length - series.length} more endpoint series on the dashboard.\n`);
        out.push('\n');
    }
    const rates = [];
    for (const d of trends.deploys)
        rates.push(`| deploy success (${(0,markdown_cell/* cell */.H)(d.environment)}) | ${share(d.days7)} | ${share(d.days30)} |\n`);
    for (const u of trends.uptime)
        rates.push(`| uptime ${(0,markdown_cell/* cell */.H)(u.step)} (${(0,markdown_cell/* cell */.H)(u.environment)}) | ${share(u.days7)} | ${share(u.days30)} |\n`);
    if (rates.length)
        out.push('| Figure | Last 7 days | Last 30 days |\n| --- | ---: | ---: |\n', ...rates, '\n');
    if (trends.certificates.length) {
        out.push('| Certificate | Days left | Checked |\n| --- | ---: | --- |\n');
        for (const c of trends.certificates)
            out.push(`| ${(0,markdown_cell/* cell */.H)(c.host)} | ${c.latest?.daysLeft ?? '—'} | ${c.latest?.time.slice(0, 10) ?? '—'} |\n`);
        out.push('\n');
    }
    const chart = p95Chart(trends);
    if (chart)
        out.push(chart);
    return out.join('');
}
/** The last runs' p95 of up to four series, as a Mermaid line chart; the tables above carry the numbers. */
function p95Chart(trends) {
    const series = trends.latency.filter((s) => s.points.filter((p) => p.p95Ms !== null).length >= 2).slice(0, 4);
    if (series.length === 0)
        return undefined;
    const length = Math.min(30, ...series.map((s) => s.points.filter((p) => p.p95Ms !== null).length));
    const values = series.map((s) => s.points.filter((p) => p.p95Ms !== null).slice(-length).map((p) => Math.round(p.p95Ms)));
    const top = Math.max(1, ...values.flat()) * 1.1;
    const legend = series.map((s, i) => `${['🟦', '🟧', '🟩', '🟥'][i]} ${(0,markdown_cell/* cell */.H)(`${s.endpoint} (${s.environment}, ${s.kind})`)}`).join(' · ');
    return '```mermaid\n'
        + '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f6feb, #fb8500, #2da44e, #cf222e"}}}}%%\n'
        + `xychart-beta\n  title "p95 over the last ${length} runs (ms)"\n  x-axis [${Array.from({ length }, (_, i) => i + 1).join(', ')}]\n`
        + `  y-axis "ms" 0 --> ${Math.ceil(top)}\n${values.map((v) => `  line [${v.join(', ')}]\n`).join('')}\`\`\`\n\n${legend}\n`;
}

;// CONCATENATED MODULE: ./src/operate/history/baseline.ts
const DEFAULT_BASELINE_RUNS = 20;
/** Fewer earlier runs than this and nothing is called a regression: one point is never a baseline. */
const MIN_BASELINE_RUNS = 5;
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** The baseline of the last `window` values (oldest first), or undefined when there are fewer than MIN_BASELINE_RUNS. */
function rollingBaseline(values, window = DEFAULT_BASELINE_RUNS) {
    const recent = values.slice(-window);
    if (recent.length < MIN_BASELINE_RUNS)
        return undefined;
    const m = median(recent);
    const spread = 1.4826 * median(recent.map((v) => Math.abs(v - m)));
    return { median: m, spread, runs: recent.length };
}
/**
 * Higher is worse (latency, error rate). A value is worse only when it is above the median by more
 * than three spreads AND by more than `relative` of the median AND by more than `floor`: shared
 * runners jitter by tens of percent, and a 2 ms move on a 10 ms endpoint pages nobody.
 */
function judge(value, baseline, tolerance) {
    if (!baseline)
        return 'too-few-runs';
    const margin = Math.max(3 * baseline.spread, tolerance.relative * baseline.median, tolerance.floor);
    if (value > baseline.median + margin)
        return 'worse';
    if (value < baseline.median - margin)
        return 'better';
    return 'steady';
}
const LATENCY_TOLERANCE = { relative: 0.2, floor: 5 };
const ERROR_RATE_TOLERANCE = { relative: 0.5, floor: 0.01 };

;// CONCATENATED MODULE: ./src/operate/history/trends.ts

const DAY_MS = 24 * 60 * 60 * 1000;
/** Every figure the dashboard and the job summary show, from the history alone. */
function trends_computeTrends(history, options) {
    const records = [...history].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    const window = options.baselineRuns ?? DEFAULT_BASELINE_RUNS;
    const now = options.now.getTime();
    return {
        generatedAt: options.now.toISOString(),
        runs: records.length,
        latency: latencySeries(records, window),
        deploys: deploySuccess(records, now),
        uptime: uptime(records, now),
        certificates: certificateSeries(records),
        lastRuns: records.slice(-(options.lastRuns ?? 20)).reverse().map(runRow),
    };
}
function latencySeries(records, window) {
    const series = new Map();
    for (const r of records) {
        for (const c of r.checks) {
            if (c.check !== 'latency' || c.status === 'skipped')
                continue;
            for (const e of c.endpoints ?? []) {
                const key = `${r.kind}\u0000${r.environment}\u0000${e.name}`;
                let s = series.get(key);
                if (!s) {
                    s = { kind: r.kind, environment: r.environment, endpoint: e.name, points: [], p95Verdict: 'too-few-runs', errorRateVerdict: 'too-few-runs' };
                    series.set(key, s);
                }
                if (e.thresholdP95Ms !== undefined)
                    s.thresholdP95Ms = e.thresholdP95Ms;
                s.points.push({ time: r.time, p95Ms: e.p95Ms, errorRate: e.errorRate, status: c.status, ...(r.runUrl ? { runUrl: r.runUrl } : {}) });
            }
        }
    }
    for (const s of series.values()) {
        s.latest = s.points.at(-1);
        const earlier = s.points.slice(0, -1);
        const p95s = earlier.map((p) => p.p95Ms).filter((v) => v !== null);
        s.p95Baseline = rollingBaseline(p95s, window);
        s.p95Verdict = s.latest?.p95Ms != null ? judge(s.latest.p95Ms, s.p95Baseline, LATENCY_TOLERANCE) : 'too-few-runs';
        s.errorRateBaseline = rollingBaseline(earlier.map((p) => p.errorRate), window);
        s.errorRateVerdict = s.latest ? judge(s.latest.errorRate, s.errorRateBaseline, ERROR_RATE_TOLERANCE) : 'too-few-runs';
    }
    return [...series.values()].sort((a, b) => a.environment.localeCompare(b.environment) || a.kind.localeCompare(b.kind) || a.endpoint.localeCompare(b.endpoint));
}
function ratio(points, now, days) {
    const inWindow = points.filter((p) => now - Date.parse(p.time) <= days * DAY_MS && Date.parse(p.time) <= now);
    const passed = inWindow.filter((p) => p.passed).length;
    return { runs: inWindow.length, passed, ratio: inWindow.length ? passed / inWindow.length : null };
}
function deploySuccess(records, now) {
    const byEnv = new Map();
    for (const r of records) {
        if (r.kind !== 'post-deploy')
            continue;
        const points = byEnv.get(r.environment) ?? [];
        points.push({ time: r.time, passed: r.status === 'pass', ...(r.runUrl ? { runUrl: r.runUrl } : {}) });
        byEnv.set(r.environment, points);
    }
    return [...byEnv].sort(([a], [b]) => a.localeCompare(b)).map(([environment, points]) => ({
        environment, days7: ratio(points, now, 7), days30: ratio(points, now, 30), points,
    }));
}
function uptime(records, now) {
    const byStep = new Map();
    for (const r of records) {
        if (r.kind !== 'nightly')
            continue;
        const smoke = r.checks.find((c) => c.check === 'smoke');
        if (!smoke || smoke.status === 'skipped')
            continue;
        for (const step of smoke.steps ?? []) {
            if (step.status === 'skipped')
                continue;
            const key = `${r.environment}\u0000${step.name}`;
            const entry = byStep.get(key) ?? { environment: r.environment, step: step.name, points: [] };
            entry.points.push({ time: r.time, passed: step.status === 'pass', ...(r.runUrl ? { runUrl: r.runUrl } : {}) });
            byStep.set(key, entry);
        }
    }
    return [...byStep.values()]
        .sort((a, b) => a.environment.localeCompare(b.environment) || a.step.localeCompare(b.step))
        .map((u) => ({ ...u, days7: ratio(u.points, now, 7), days30: ratio(u.points, now, 30) }));
}
function certificateSeries(records) {
    const byHost = new Map();
    for (const r of records) {
        for (const c of r.checks) {
            for (const cert of c.certificates ?? []) {
                if (cert.daysLeft === undefined)
                    continue;
                const host = cert.port && cert.port !== 443 ? `${cert.host}:${cert.port}` : cert.host;
                const s = byHost.get(host) ?? { host, points: [] };
                s.points.push({ time: r.time, daysLeft: cert.daysLeft });
                byHost.set(host, s);
            }
        }
    }
    for (const s of byHost.values())
        s.latest = s.points.at(-1);
    return [...byHost.values()].sort((a, b) => a.host.localeCompare(b.host));
}
function runRow(r) {
    return {
        time: r.time, kind: r.kind, environment: r.environment, status: r.status,
        ...(r.commit ? { commit: r.commit } : {}), ...(r.runUrl ? { runUrl: r.runUrl } : {}),
        checks: r.checks.map((c) => ({ check: c.check, status: c.status })),
        endpoints: r.checks.filter((c) => c.check === 'latency').flatMap((c) => (c.endpoints ?? []).map((e) => ({ name: e.name, p95Ms: e.p95Ms }))),
    };
}
/** Records from the last `days` days before `now`. */
function since(records, now, days) {
    return records.filter((r) => now.getTime() - Date.parse(r.time) <= days * DAY_MS);
}

;// CONCATENATED MODULE: ./src/operate/history/record-run.ts








/**
 * What the actions do after a run when the manifest has `history`: add the run, then return the
 * job summary's trend table and dashboard link. Never fails the run: a history problem is reported and
 * the gate's verdict stands. A fork's pull request (no write access) is not added, with a notice.
 */
async function recordRun(options) {
    const settings = options.manifest.history;
    if (!settings)
        return undefined;
    const store = openHistoryStore(settings, options.cwd, { env: options.env });
    let records;
    try {
        const fork = settings.branch ? await forkPullRequest(options.env) : undefined;
        if (fork) {
            options.notice(`history: this pull request comes from the fork ${fork}, whose token cannot push to ${settings.branch}; the run is not added to the history`);
            records = await store.read().catch(() => undefined);
        }
        else {
            const context = runContext(options.report, options.env, options.now, { ...(options.environment ? { environment: options.environment } : {}), ...(options.kind ? { kind: options.kind } : {}) });
            const result = await store.add([recordFromReport(options.report, context)], keepOf(settings));
            records = result.records;
        }
    }
    catch (error) {
        if (error instanceof HistoryNoWriteAccess) {
            options.notice(`history: ${error.message}. Grant the job \`permissions: contents: write\` to keep this run; it is not added`);
        }
        else if (error instanceof HistoryError) {
            options.error(`history: ${error.message}`);
        }
        else {
            options.warning(`history: the run could not be added: ${error instanceof Error ? error.message : String(error)}`);
        }
        return undefined;
    }
    if (!records)
        return undefined;
    const trends = computeTrends(records, { now: options.now, baselineRuns: settings['baseline-runs'] });
    return renderTrendSummary(trends, { dashboardUrl: dashboardUrl(settings.dashboard, options.env) });
}
/** The dashboard's address: the manifest's, or the repository's GitHub Pages site. */
function dashboardUrl(configured, env) {
    if (configured)
        return configured;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return undefined;
    return repo.toLowerCase() === `${owner.toLowerCase()}.github.io` ? `https://${repo.toLowerCase()}/` : `https://${owner.toLowerCase()}.github.io/${repo}/`;
}
/** "owner/repo" of the head when the event is a pull request from another repository. */
async function forkPullRequest(env) {
    if (!env.GITHUB_EVENT_PATH || env.GITHUB_EVENT_NAME !== 'pull_request')
        return undefined;
    try {
        const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
        const head = event.pull_request?.head?.repo;
        if (!head?.full_name)
            return undefined;
        return head.full_name !== env.GITHUB_REPOSITORY ? head.full_name : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/reports/launch.ts



const launch_DAY_MS = 86_400_000;
// Rule families of the domain check, by checklist item. A finding of any of them is evidence.
const DOMAIN_ITEMS = [
    { id: 'dns-records', name: 'DNS records', criterion: 'domain and subdomains resolve as expected', section: 'dns', rules: /^dns-/ },
    { id: 'redirects', name: 'redirects', criterion: 'old and bare addresses redirect where they should', section: 'redirects', rules: /^redirect-/ },
    { id: 'tls', name: 'TLS', criterion: 'valid, days left', section: 'tls', rules: /^tls-/ },
    { id: 'hsts', name: 'HSTS', criterion: 'Strict-Transport-Security on the HTTPS site', section: 'hsts', rules: /^hsts-/ },
    { id: 'mail-authentication', name: 'mail authentication', criterion: 'SPF/DKIM/DMARC', section: 'email', rules: /^(spf|dkim|dmarc|mx)-/ },
];
/**
 * The go-live checklist: each item passed, failed or not checked, with the run, findings and date it
 * rests on, from the history and the manifest only. Nothing is assumed: no run, no pass.
 */
async function launchChecklist(inputs) {
    const { records, manifest } = inputs;
    const sorted = [...records].sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
    const latest = (check, kinds) => {
        for (const r of sorted) {
            if (kinds && !kinds.includes(r.kind))
                continue;
            const c = r.checks.find((x) => x.check === check && x.status !== 'skipped');
            if (c)
                return { record: r, check: c };
        }
        return undefined;
    };
    const domain = latest('domain');
    const items = [];
    for (const item of DOMAIN_ITEMS) {
        const entries = manifest.domain?.[item.section];
        if (!Array.isArray(entries) || entries.length === 0) {
            items.push(notChecked(item, `domain.${item.section} in the manifest lists nothing to check`));
        }
        else if (!domain) {
            items.push(notChecked(item, 'no domain check in the history'));
        }
        else {
            items.push(fromCheck(item, domain.record, domain.check, (f) => item.rules.test(f.ruleId), () => {
                if (item.id !== 'tls')
                    return undefined;
                const days = (domain.check.certificates ?? []).filter((c) => c.daysLeft !== undefined).map((c) => `${c.host} ${c.daysLeft} days left`);
                return days.length ? days.join(', ') : undefined;
            }));
        }
    }
    items.splice(2, 0, proxyItem(manifest, domain));
    const production = manifest.environments && 'production' in manifest.environments ? 'production' : Object.keys(manifest.environments ?? {}).at(-1);
    const envItem = { id: 'environment-variables', name: 'environment variables', criterion: 'complete for production' };
    const env = latest('env');
    const envCovers = env && production && Array.isArray(env.check.facts?.environments)
        && env.check.facts.environments.some((e) => e.name === production);
    if (!manifest.env)
        items.push(notChecked(envItem, 'the manifest has no env section'));
    else if (!env)
        items.push(notChecked(envItem, 'no env check in the history'));
    else if (!envCovers)
        items.push(notChecked(envItem, `the last env check (${runLabel(env.record)}) did not cover ${production ?? 'a production environment'}`, env.record));
    else
        items.push(fromCheck(envItem, env.record, env.check, () => true));
    const secretsItem = { id: 'secrets', name: 'secrets', criterion: 'none in code or logs' };
    const secrets = latest('secrets');
    if (!secrets)
        items.push(notChecked(secretsItem, 'no secrets check in the history'));
    else {
        const item = fromCheck(secretsItem, secrets.record, secrets.check, () => true);
        if (item.status === 'passed' && !(manifest.secrets?.logs?.length)) {
            item.status = 'not checked';
            item.evidence = `no secret in code (${runLabel(secrets.record)}), but no log was scanned: list log files under secrets.logs`;
        }
        items.push(item);
    }
    const migrationsItem = { id: 'migrations', name: 'migrations', criterion: 'safe' };
    const migrations = latest('migrations');
    items.push(migrations ? fromCheck(migrationsItem, migrations.record, migrations.check, () => true) : notChecked(migrationsItem, 'no migrations check in the history'));
    const smokeItem = { id: 'smoke', name: 'smoke', criterion: 'passing after the last deploy' };
    const smoke = latest('smoke', ['post-deploy']);
    items.push(smoke ? fromCheck(smokeItem, smoke.record, smoke.check, () => true) : notChecked(smokeItem, 'no post-deploy smoke run in the history'));
    items.push(p95Item(latest('latency', ['post-deploy', 'nightly', 'manual'])));
    const uptimeItem = { id: 'uptime-monitoring', name: 'uptime monitoring', criterion: 'a scheduled run in the last 24 h' };
    const scheduled = latest('smoke', ['nightly']);
    if (records.length === 0)
        items.push(notChecked(uptimeItem, 'the history is empty'));
    else if (!scheduled)
        items.push(failed(uptimeItem, 'no scheduled (nightly) smoke run in the history'));
    else {
        const age = inputs.now.getTime() - Date.parse(scheduled.record.time);
        const hours = Math.round(age / 3_600_000);
        items.push({
            ...uptimeItem, findings: [], run: evidenceRun(scheduled.record), date: scheduled.record.time,
            status: age <= launch_DAY_MS ? 'passed' : 'failed',
            evidence: age <= launch_DAY_MS ? `last scheduled run ${hours} h ago` : `the last scheduled run is ${Math.floor(age / launch_DAY_MS)} day(s) old`,
        });
    }
    const alertsItem = { id: 'alerts', name: 'alerts', criterion: 'configured' };
    const alertsSection = manifest.alerts;
    const alertOwner = manifest.launch?.owners?.alerts;
    items.push(alertsSection
        ? { ...alertsItem, status: 'passed', evidence: 'the manifest has an alerts section', findings: [] }
        : notChecked(alertsItem, alertOwner
            ? `launch.owners.alerts says "${alertOwner}", but nothing in release-gate sends or verifies alerts`
            : 'no alerts are configured, and launch.owners.alerts names nobody'));
    items.push(await rollbackItem(manifest, latest('rollback'), inputs.cwd));
    const counts = { passed: 0, failed: 0, 'not checked': 0 };
    for (const item of items)
        counts[item.status]++;
    return {
        schemaVersion: 1,
        generatedAt: inputs.now.toISOString(),
        ready: counts.passed === items.length,
        counts,
        items,
        knownLimitations: manifest.launch?.['known-limitations'] ?? [],
    };
}
function notChecked(item, why, record) {
    return { id: item.id, name: item.name, criterion: item.criterion, status: 'not checked', evidence: why, findings: [], ...(record ? { run: evidenceRun(record), date: record.time } : {}) };
}
function failed(item, why) {
    return { id: item.id, name: item.name, criterion: item.criterion, status: 'failed', evidence: why, findings: [] };
}
/** Passed when the check finished and none of the item's findings is an error; the findings are the evidence. */
function fromCheck(item, record, check, belongs, extra) {
    const findings = check.findings.filter(belongs);
    const errors = findings.filter((f) => f.severity === 'error');
    const base = { id: item.id, name: item.name, criterion: item.criterion, run: evidenceRun(record), date: record.time, findings };
    const more = extra?.();
    if (check.status === 'error') {
        return { ...base, status: 'failed', evidence: `the ${check.check} check could not finish (${runLabel(record)})` };
    }
    if (errors.length) {
        return { ...base, status: 'failed', evidence: `${errors.length} error(s) in the ${check.check} check (${runLabel(record)}): ${errors.map((f) => f.ruleId).join(', ')}` };
    }
    const warnings = findings.length ? `; ${findings.length} warning(s): ${[...new Set(findings.map((f) => f.ruleId))].join(', ')}` : '';
    return { ...base, status: 'passed', evidence: `the ${check.check} check passed (${runLabel(record)})${more ? `: ${more}` : ''}${warnings}` };
}
/**
 * The proxy in front: judged from the domain check's proxy-* findings on the hosts declared under
 * domain.hosts with a proxy (not `none`). Passed only when that check ran and none of them is an error.
 */
function proxyItem(manifest, domain) {
    const head = { id: 'proxy', name: 'proxy', criterion: 'in front, not breaking auth' };
    const hosts = Object.entries(manifest.domain?.hosts ?? {});
    const proxied = hosts.filter(([, h]) => h && h.proxy !== 'none').map(([name]) => name);
    if (hosts.length === 0)
        return notChecked(head, 'domain.hosts in the manifest declares no host behind a proxy or CDN');
    if (proxied.length === 0)
        return notChecked(head, `every host under domain.hosts says proxy: none (${hosts.map(([n]) => n).join(', ')})`);
    if (!domain)
        return notChecked(head, 'no domain check in the history');
    return fromCheck(head, domain.record, domain.check, (f) => /^proxy-/.test(f.ruleId), () => `${proxied.join(', ')} behind the proxy`);
}
function p95Item(latest) {
    const head = { id: 'p95', name: 'p95', criterion: 'under its threshold' };
    if (!latest)
        return notChecked(head, 'no latency run against a deployed environment in the history');
    const endpoints = latest.check.endpoints ?? [];
    const judged = endpoints.filter((e) => e.thresholdP95Ms !== undefined && e.p95Ms !== null);
    if (judged.length === 0)
        return notChecked(head, `no endpoint of the last latency run (${runLabel(latest.record)}) has a p95 threshold and a measured p95`, latest.record);
    const over = judged.filter((e) => e.p95Ms > e.thresholdP95Ms);
    const figures = judged.map((e) => `${e.name} ${Math.round(e.p95Ms)} ms of ${e.thresholdP95Ms} ms`).join(', ');
    const unjudged = endpoints.length - judged.length;
    return {
        ...head, run: evidenceRun(latest.record), date: latest.record.time,
        findings: latest.check.findings.filter((f) => f.severity === 'error'),
        status: over.length ? 'failed' : 'passed',
        evidence: `${over.length ? `${over.length} endpoint(s) over` : 'every endpoint under'} its threshold (${runLabel(latest.record)}): ${figures}${unjudged ? `; ${unjudged} endpoint(s) without a threshold` : ''}`,
    };
}
/**
 * The rollback path: a rollback the history shows (passed when it rolled back and smoke confirmed it),
 * else an automated rollback the manifest configures (its script or workflow must exist), else the
 * document launch.rollback names.
 */
async function rollbackItem(manifest, ran, cwd) {
    const head = { id: 'rollback-path', name: 'rollback path', criterion: 'automated or documented' };
    if (ran) {
        const summary = typeof ran.check.facts?.summary === 'string' ? ran.check.facts.summary : `rollback ${ran.check.status === 'pass' ? 'passed' : 'failed'}`;
        return {
            ...head, run: evidenceRun(ran.record), date: ran.record.time, findings: ran.check.findings,
            status: ran.check.status === 'pass' ? 'passed' : 'failed',
            evidence: `the last rollback (${runLabel(ran.record)}): ${summary}`,
        };
    }
    const configured = manifest.rollback;
    if (configured?.workflow) {
        const file = `.github/workflows/${configured.workflow}`;
        const text = await readText((0,external_node_path_.resolve)(cwd, file));
        if (text === undefined)
            return failed(head, `rollback.workflow names ${file}, which does not exist`);
        if (!/\bworkflow_dispatch\b/.test(text))
            return failed(head, `${file} (rollback.workflow) has no workflow_dispatch trigger, so it cannot be dispatched`);
        return { ...head, status: 'passed', evidence: `automated: ${file} is dispatched on a failed post-deploy run${configured.when === 'manual' ? ' (when: manual, by release-gate rollback)' : ''}; not yet exercised`, findings: [] };
    }
    if (configured?.run) {
        const program = configured.run.trim().split(/\s+/)[0];
        if (/[/\\]/.test(program) && (await readText((0,external_node_path_.resolve)(cwd, program))) === undefined) {
            return failed(head, `rollback.run starts ${program}, which does not exist`);
        }
        return { ...head, status: 'passed', evidence: `automated: rollback.run (${program}) runs on a failed post-deploy run${configured.when === 'manual' ? ' (when: manual, by release-gate rollback)' : ''}; not yet exercised`, findings: [] };
    }
    const path = manifest.launch?.rollback;
    if (!path)
        return failed(head, 'no rollback section, and launch.rollback names no document');
    try {
        const info = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, path));
        const text = info.isFile() ? await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path), 'utf8') : '';
        if (!text.trim())
            return failed(head, `${path} is empty`);
        return { ...head, status: 'passed', evidence: `documented in ${path} (${text.split('\n').length} lines)`, findings: [], date: info.mtime.toISOString() };
    }
    catch {
        return failed(head, `${path} (launch.rollback) does not exist`);
    }
}
async function readText(path) {
    try {
        const info = await (0,promises_.stat)(path);
        return info.isFile() ? await (0,promises_.readFile)(path, 'utf8') : undefined;
    }
    catch {
        return undefined;
    }
}
function evidenceRun(r) {
    return { time: r.time, kind: r.kind, environment: r.environment, ...(r.runUrl ? { url: r.runUrl } : {}), ...(r.commit ? { commit: r.commit } : {}) };
}
function runLabel(r) {
    return `${r.kind} run of ${r.time.slice(0, 16).replace('T', ' ')} UTC${r.environment !== '-' ? ` on ${r.environment}` : ''}`;
}
const MARK = { passed: '✅ passed', failed: '❌ failed', 'not checked': '⚪ not checked' };
/** The checklist as Markdown: one line per item, "not checked" always spelled out, the known limitations last. */
function renderLaunchMarkdown(list, source) {
    const out = [
        '# Go-live checklist\n\n',
        `Generated ${list.generatedAt.slice(0, 16).replace('T', ' ')} UTC from ${(0,markdown_cell/* cell */.H)(source)}. `,
        list.ready
            ? '**Every item passed.**\n\n'
            : `**Not ready: ${list.counts.failed} failed, ${list.counts['not checked']} not checked, ${list.counts.passed} passed.** An item not checked is not a pass.\n\n`,
        '| Item | Means | Status | Evidence | Date |\n| --- | --- | --- | --- | --- |\n',
    ];
    for (const item of list.items) {
        const link = item.run?.url ? ` ([run](${item.run.url}))` : '';
        const findings = item.findings.slice(0, 3).map((f) => ` \`${f.ruleId}\`${f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : ''}: ${f.message}`).join(';');
        out.push(`| ${item.name} | ${(0,markdown_cell/* cell */.H)(item.criterion)} | ${MARK[item.status]} | ${(0,markdown_cell/* cell */.H)(item.evidence + (findings ? `.${findings}` : ''))}${link} | ${item.date?.slice(0, 10) ?? '—'} |\n`);
    }
    out.push('\n## Known limitations\n\n');
    out.push(list.knownLimitations.length ? list.knownLimitations.map((l) => `- ${l}\n`).join('') : '- None stated (launch.known-limitations).\n');
    return out.join('');
}

;// CONCATENATED MODULE: ./src/cli/commands/manifest-or-defaults.ts



/**
 * The operate commands work from reports and the history, so a missing default manifest means
 * defaults (the file store); a manifest that was named, or exists and is invalid, is still an error.
 */
async function loadManifestOrDefaults(path, cwd) {
    if (path === undefined) {
        try {
            await (0,promises_.access)((0,external_node_path_.resolve)(cwd, load/* DEFAULT_MANIFEST */.mj));
        }
        catch {
            return undefined;
        }
    }
    return (0,load/* loadManifest */.eY)(path ?? load/* DEFAULT_MANIFEST */.mj, cwd);
}

;// CONCATENATED MODULE: ./src/cli/commands/operate-inputs.ts





/** What the dashboard and the reports are made from: the manifest, the history, its trends and the go-live checklist. */
async function loadOperateInputs(io, options, now) {
    const loaded = await loadManifestOrDefaults(options.manifest, io.cwd);
    const manifest = loaded?.data ?? { version: 1 };
    const store = (0,open_store/* openHistoryStore */.g)(manifest.history, io.cwd, { file: options.history, env: io.env });
    const records = await store.read();
    return {
        manifest,
        manifestFile: loaded?.file,
        records,
        historySource: store.description,
        trends: trends_computeTrends(records, { now, baselineRuns: manifest.history?.['baseline-runs'] }),
        checklist: await launchChecklist({ records, manifest, cwd: io.cwd, now }),
        dashboardUrl: dashboardUrl(manifest.history?.dashboard, io.env),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/dashboard.ts








const dashboard_USAGE = `Usage: release-gate dashboard --output <dir> [--title TEXT] [--manifest PATH] [--history FILE]

Builds the static dashboard from the history: index.html, the page code, uPlot and the data, in <dir>.
It has no server and loads nothing from the network: open index.html from disk, or publish <dir> to
GitHub Pages (docs/operate.md). Panels: p95 per endpoint, error rate, deploy success rate, uptime,
certificate days left, the last runs and the go-live checklist.
`;
const dashboardCommand = {
    description: 'build the static dashboard (trends, last runs, go-live checklist) from the history',
    async run(argv, io, now = () => new Date()) {
        let values;
        try {
            ({ values } = (0,external_node_util_.parseArgs)({ args: argv, strict: true, options: {
                    output: { type: 'string', short: 'o' }, title: { type: 'string' }, manifest: { type: 'string', short: 'm' }, history: { type: 'string' }, help: { type: 'boolean', short: 'h' },
                } }));
        }
        catch (error) {
            io.stderr(`release-gate dashboard: ${error.message}\n`);
            return 2;
        }
        if (values.help) {
            io.stdout(dashboard_USAGE);
            return 0;
        }
        if (!values.output) {
            io.stderr('release-gate dashboard: --output <dir> is required\nRun release-gate dashboard --help for usage.\n');
            return 2;
        }
        try {
            const inputs = await loadOperateInputs(io, values, now());
            const repo = io.env.GITHUB_REPOSITORY;
            const data = dashboardData(inputs.trends, { title: values.title ?? (repo ? `${repo}: release-gate` : 'release-gate dashboard'), source: inputs.historySource, checklist: inputs.checklist });
            const dir = (0,external_node_path_.resolve)(io.cwd, values.output);
            const files = await writeDashboard(data, dir);
            io.stdout(`dashboard: ${inputs.records.length} run(s) from ${inputs.historySource} written to ${values.output}/ (${files.join(', ')})\n`);
            return 0;
        }
        catch (error) {
            if (error instanceof errors/* ManifestError */.S) {
                io.stderr(`${error.message}\n`);
                return 2;
            }
            if (error instanceof ndjson/* HistoryError */.tx || error instanceof branch_store/* HistoryNoWriteAccess */.J) {
                io.stderr(`release-gate dashboard: ${error.message}\n`);
                return 2;
            }
            throw error;
        }
    },
};

;// CONCATENATED MODULE: ./src/reports/handover.ts


const KNOWN_AREAS = ['dns', 'hosting', 'mail', 'secrets', 'alerts'];
/**
 * The handover checklist: where DNS, hosting, mail records and secrets live (the manifest's `launch`
 * facts next to what the checks observed), who is alerted, where logs are, how to roll back, and next
 * steps from the open warnings of each check's last run and the go-live items not passed.
 */
function handoverReport(inputs) {
    const { manifest, records } = inputs;
    const owners = manifest.launch?.owners ?? {};
    const latest = (check) => [...records].sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
        .map((r) => ({ record: r, check: r.checks.find((c) => c.check === check && c.status !== 'skipped') }))
        .find((x) => x.check);
    const domain = latest('domain');
    const domainFacts = domain?.check?.facts ?? {};
    const observed = (domainFacts.observed ?? {});
    const dnsRecords = (manifest.domain?.dns ?? []);
    const dns = [];
    if (observed.nameServers?.length)
        for (const ns of observed.nameServers)
            dns.push(`name servers of ${ns.name}: ${ns.values.join(', ') || 'none'} (${runLabel(domain.record)})`);
    else
        dns.push('name servers: not observed (add an NS record to domain.dns to have them checked)');
    if (dnsRecords.length)
        dns.push(`${dnsRecords.length} record(s) checked by domain.dns: ${dnsRecords.map((r) => `${r.name} ${r.type}`).join(', ')}`);
    const hosting = Object.entries(manifest.environments ?? {}).map(([name, e]) => `${name}: ${e.url}`);
    const smoke = latest('smoke');
    if (typeof smoke?.check?.facts?.url === 'string')
        hosting.push(`last smoke run reached ${smoke.check.facts.url} (${runLabel(smoke.record)})`);
    const mail = [];
    for (const m of observed.mx ?? [])
        mail.push(`MX of ${m.domain}: ${m.records.join(', ') || 'none'}`);
    const emailDomains = (domainFacts.emailDomains ?? []);
    for (const e of emailDomains)
        mail.push(`${e.domain}: SPF ${e.spfLookups !== undefined ? `(${e.spfLookups} DNS lookups)` : 'not read'}, DMARC policy ${e.dmarcPolicy ?? 'none found'}`);
    if (!mail.length)
        mail.push('not observed (list the mail domains under domain.email)');
    const secrets = [];
    const declared = manifest.env?.['declared-in'] ?? [];
    if (declared.length)
        secrets.push(`variables declared in ${declared.join(', ')}`);
    const envFiles = Object.entries(manifest.environments ?? {}).filter(([, e]) => e['env-file']).map(([name, e]) => `${name}: ${e['env-file']}`);
    if (envFiles.length)
        secrets.push(`env files: ${envFiles.join(', ')}`);
    const secretVars = Object.entries(manifest.env?.vars ?? {}).filter(([, v]) => v?.secret).map(([name]) => name);
    if (secretVars.length)
        secrets.push(`secret variables (names only): ${secretVars.join(', ')}`);
    const env = latest('env');
    for (const e of (env?.check?.facts?.environments ?? [])) {
        if (Array.isArray(e.sources) && e.sources.length)
            secrets.push(`${e.name} values read from: ${e.sources.map(String).join(', ')}`);
    }
    if (!secrets.length)
        secrets.push('no env section in the manifest: nothing declares where secrets live');
    const areas = [
        { area: 'DNS', owner: owners.dns, observed: dns },
        { area: 'Hosting', owner: owners.hosting, observed: hosting.length ? hosting : ['no environments in the manifest'] },
        { area: 'Mail DNS records', owner: owners.mail, observed: mail },
        { area: 'Secrets', owner: owners.secrets, observed: secrets },
        ...Object.entries(owners).filter(([k]) => !KNOWN_AREAS.includes(k)).map(([k, v]) => ({ area: k, owner: v, observed: [] })),
    ];
    const operations = [`history: ${inputs.historySource}, ${records.length} run(s)`];
    if (inputs.dashboardUrl)
        operations.push(`dashboard: ${inputs.dashboardUrl}`);
    for (const kind of ['post-deploy', 'nightly']) {
        const last = [...records].filter((r) => r.kind === kind).sort((a, b) => Date.parse(b.time) - Date.parse(a.time))[0];
        operations.push(last ? `last ${kind} run: ${last.time.slice(0, 16).replace('T', ' ')} UTC, ${last.status}${last.runUrl ? ` (${last.runUrl})` : ''}` : `no ${kind} run yet`);
    }
    for (const d of inputs.trends.deploys)
        operations.push(`deploy success on ${d.environment}: ${ratioText(d.days30)} over 30 days`);
    for (const u of inputs.trends.uptime)
        operations.push(`uptime of ${u.step} on ${u.environment}: ${ratioText(u.days30)} over 30 days`);
    for (const c of inputs.trends.certificates)
        if (c.latest)
            operations.push(`certificate of ${c.host}: ${c.latest.daysLeft} days left on ${c.latest.time.slice(0, 10)}`);
    const nextSteps = [];
    const seen = new Set();
    for (const check of ['domain', 'env', 'secrets', 'migrations', 'smoke', 'latency']) {
        const last = latest(check);
        for (const f of last?.check?.findings ?? []) {
            if (f.severity !== 'warning' && f.severity !== 'error')
                continue;
            const key = `${f.ruleId}\u0000${f.file ?? ''}\u0000${f.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            nextSteps.push(stepOf(f));
        }
    }
    for (const item of inputs.checklist.items) {
        if (item.status !== 'passed')
            nextSteps.push({ source: `go-live: ${item.name}`, what: `${item.status}: ${item.evidence}` });
    }
    return {
        schemaVersion: 1,
        generatedAt: inputs.now.toISOString(),
        areas,
        alerts: owners.alerts
            ? { owner: owners.alerts, note: manifest.alerts ? 'alerts section configured' : 'stated in launch.owners.alerts; nothing in release-gate sends alerts yet' }
            : { note: 'nobody: launch.owners.alerts is not set' },
        ...(manifest.launch?.logs ? { logs: manifest.launch.logs } : {}),
        ...(manifest.launch?.rollback ? { rollback: manifest.launch.rollback } : {}),
        operations,
        nextSteps,
        knownLimitations: manifest.launch?.['known-limitations'] ?? [],
    };
}
function stepOf(f) {
    return {
        source: f.ruleId,
        what: f.message,
        ...(f.hint ? { how: f.hint } : {}),
        ...(f.file ? { where: `${f.file}${f.line ? `:${f.line}` : ''}` } : {}),
    };
}
function ratioText(r) {
    return r.ratio === null ? 'no runs' : `${(r.ratio * 100).toFixed(1)}% (${r.passed}/${r.runs})`;
}
function renderHandoverMarkdown(h) {
    const out = ['# Handover\n\n', `Generated ${h.generatedAt.slice(0, 16).replace('T', ' ')} UTC from the manifest's \`launch\` facts and what the checks observed.\n\n`, '## Where things live\n\n'];
    out.push('| Area | Who holds it | Observed or declared |\n| --- | --- | --- |\n');
    for (const a of h.areas)
        out.push(`| ${(0,markdown_cell/* cell */.H)(a.area)} | ${a.owner ? (0,markdown_cell/* cell */.H)(a.owner) : 'not stated (launch.owners)'} | ${a.observed.length ? a.observed.map(markdown_cell/* cell */.H).join('<br>') : '—'} |\n`);
    out.push('\n## Who gets alerted\n\n', `${h.alerts.owner ?? 'Nobody stated.'}${h.alerts.owner ? ` (${h.alerts.note})` : ` ${h.alerts.note}`}\n\n`);
    out.push('## Where logs live\n\n', `${h.logs ?? 'Not stated (launch.logs).'}\n\n`);
    out.push('## How to roll back\n\n', h.rollback ? `See ${h.rollback}.\n\n` : 'Not documented (launch.rollback).\n\n');
    out.push('## Operational notes\n\n', ...h.operations.map((o) => `- ${o}\n`), '\n');
    out.push('## Next steps\n\n');
    if (h.nextSteps.length === 0)
        out.push('No open warnings.\n');
    h.nextSteps.forEach((s, i) => out.push(`${i + 1}. **${s.source}**${s.where ? ` (${s.where})` : ''}: ${s.what}${s.how ? ` ${s.how}` : ''}\n`));
    out.push('\n## Known limitations\n\n', h.knownLimitations.length ? h.knownLimitations.map((l) => `- ${l}\n`).join('') : '- None stated (launch.known-limitations).\n');
    return out.join('');
}

;// CONCATENATED MODULE: ./src/cli/commands/report.ts









const report_USAGE = `Usage: release-gate report --launch [--output FILE] [--format markdown|json]
       release-gate report --handover [--output FILE] [--format markdown|json]

--launch     the go-live checklist: each item passed, failed or not checked, with the run, finding and
             date it rests on (from the history and the manifest); known limitations close it.
             Exits 0 only when every item passed.
--handover   where DNS, hosting, mail records and secrets live, who is alerted, where logs are, how to
             roll back, and next steps from the open warnings.
--output FILE  writes FILE (Markdown, or JSON when it ends in .json) and the other format beside it
             (FILE.json or FILE.md); without it the report goes to standard output.
Options: -m, --manifest PATH; --history FILE (an NDJSON history instead of the manifest's store).
`;
const reportCommand = {
    description: 'write the go-live (--launch) or handover (--handover) report from the history and the manifest',
    async run(argv, io, now = () => new Date()) {
        let values;
        try {
            ({ values } = (0,external_node_util_.parseArgs)({ args: argv, strict: true, options: {
                    launch: { type: 'boolean' }, handover: { type: 'boolean' }, output: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' },
                    manifest: { type: 'string', short: 'm' }, history: { type: 'string' }, help: { type: 'boolean', short: 'h' },
                } }));
        }
        catch (error) {
            return usage(io, error.message);
        }
        if (values.help) {
            io.stdout(report_USAGE);
            return 0;
        }
        if (!!values.launch === !!values.handover)
            return usage(io, 'give exactly one of --launch and --handover');
        const format = values.format ?? 'markdown';
        if (format !== 'markdown' && format !== 'json')
            return usage(io, `--format must be markdown or json, got "${format}"`);
        try {
            const inputs = await loadOperateInputs(io, values, now());
            const source = `${inputs.historySource} (${inputs.records.length} runs)${inputs.manifestFile ? ` and ${inputs.manifestFile}` : ''}`;
            let markdown;
            let json;
            let code = 0;
            if (values.launch) {
                markdown = renderLaunchMarkdown(inputs.checklist, source);
                json = `${JSON.stringify(inputs.checklist, null, 2)}\n`;
                code = inputs.checklist.ready ? 0 : 1;
            }
            else {
                const handover = handoverReport({ ...inputs, now: now() });
                markdown = renderHandoverMarkdown(handover);
                json = `${JSON.stringify(handover, null, 2)}\n`;
            }
            if (values.output) {
                const path = (0,external_node_path_.resolve)(io.cwd, values.output);
                const isJson = (0,external_node_path_.extname)(path).toLowerCase() === '.json';
                const other = `${path.slice(0, path.length - (0,external_node_path_.extname)(path).length)}${isJson ? '.md' : '.json'}`;
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
                await (0,promises_.writeFile)(path, isJson ? json : markdown);
                await (0,promises_.writeFile)(other, isJson ? markdown : json);
                io.stdout(`report: ${values.launch ? 'go-live checklist' : 'handover'} written to ${values.output} and ${(0,external_node_path_.relative)(io.cwd, other)}\n`);
            }
            else {
                io.stdout(format === 'json' ? json : markdown);
            }
            return code;
        }
        catch (error) {
            if (error instanceof errors/* ManifestError */.S) {
                io.stderr(`${error.message}\n`);
                return 2;
            }
            if (error instanceof ndjson/* HistoryError */.tx || error instanceof branch_store/* HistoryNoWriteAccess */.J) {
                io.stderr(`release-gate report: ${error.message}\n`);
                return 2;
            }
            throw error;
        }
    },
};
function usage(io, message) {
    io.stderr(`release-gate report: ${message}\nRun release-gate report --help for usage.\n`);
    return 2;
}

;// CONCATENATED MODULE: ./src/operate/read-report.ts


/** A report file that cannot be used: not JSON, not a release-gate report, or from a newer version. */
class ReportFileError extends Error {
}
/** Reads a JSON report (`--format json`, the action's `report` output) and checks its shape. */
async function readReportFile(path, cwd) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path), 'utf8');
    }
    catch (error) {
        throw new ReportFileError(`${path}: cannot be read (${error.code ?? String(error)})`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new ReportFileError(`${path}: not JSON (${error.message}); pass a report written with --format json`);
    }
    const problem = reportProblem(value);
    if (problem)
        throw new ReportFileError(`${path}: ${problem}`);
    return value;
}
function reportProblem(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return 'not a release-gate JSON report';
    const r = value;
    if (typeof r.schemaVersion !== 'number')
        return 'not a release-gate JSON report (no schemaVersion)';
    if (r.schemaVersion > 1)
        return `report schemaVersion ${r.schemaVersion} is newer than this release-gate reads (1): upgrade release-gate`;
    if (r.status !== 'pass' && r.status !== 'fail')
        return '"status" must be pass or fail';
    if (!Array.isArray(r.checks))
        return '"checks" must be a list';
    for (const [i, c] of r.checks.entries()) {
        if (!c || typeof c !== 'object' || typeof c.check !== 'string' || typeof c.status !== 'string' || !Array.isArray(c.findings)) {
            return `checks[${i}] must have check, status and findings`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/cli/commands/history.ts











const history_USAGE = `Usage: release-gate history add <report.json>... [options]
       release-gate history show [--since 30d] [--format text|json] [options]

add   adds each JSON report (--format json, or the action's report output) to the history as one run.
      Kind, commit, ref, run link and environment come from the GitHub Actions variables when set.
      --kind KIND          pull-request, post-deploy, nightly or manual (default: from GITHUB_EVENT_NAME)
      --environment NAME   (default: the environment the report's live checks ran against, or -)
      --commit SHA, --ref REF, --run-url URL, --time ISO-DATE
show  prints the runs and their trends (p95 and error rate against a rolling baseline, deploy success
      rate, uptime, certificate days left).
      --since N(d|h|w)     only runs this recent (default: all)
      --format text|json

Options:
  -m, --manifest PATH   the manifest whose \`history\` section names the store (default .github/release-gate.yml)
      --history FILE    use this NDJSON file as the history, whatever the manifest says
`;
const OPTIONS = {
    manifest: { type: 'string', short: 'm' },
    history: { type: 'string' },
    kind: { type: 'string' },
    environment: { type: 'string', short: 'e' },
    commit: { type: 'string' },
    ref: { type: 'string' },
    'run-url': { type: 'string' },
    time: { type: 'string' },
    since: { type: 'string' },
    format: { type: 'string', short: 'f' },
    help: { type: 'boolean', short: 'h' },
};
const historyCommand = {
    description: 'add JSON reports to the history, or show its runs and trends',
    async run(argv, io, now = () => new Date()) {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
        }
        catch (error) {
            return history_usage(io, error.message);
        }
        const { values, positionals } = parsed;
        const [verb, ...files] = positionals;
        if (values.help || verb === undefined) {
            io.stdout(history_USAGE);
            return values.help ? 0 : 2;
        }
        try {
            const manifest = await loadManifestOrDefaults(values.manifest, io.cwd);
            const settings = manifest?.data.history;
            const store = (0,open_store/* openHistoryStore */.g)(settings, io.cwd, { file: values.history, env: io.env });
            if (verb === 'add') {
                if (files.length === 0)
                    return history_usage(io, 'history add needs at least one report file');
                const records = [];
                for (const file of files) {
                    const report = await readReportFile(file, io.cwd);
                    const context = run_context_runContext(report, io.env, now(), {
                        kind: values.kind, environment: values.environment, commit: values.commit, ref: values.ref, runUrl: values['run-url'], time: values.time,
                    });
                    records.push((0,record/* recordFromReport */.Au)(report, context));
                }
                const result = await store.add(records, (0,open_store/* keepOf */.v)(settings));
                io.stdout(`history: added ${records.length} run(s) to ${store.description}; it holds ${result.records.length}${result.retries ? ` (${result.retries} push(es) retried after another run pushed first)` : ''}\n`);
                return 0;
            }
            if (verb === 'show') {
                if (files.length)
                    return history_usage(io, `history show takes no file (got ${files.join(' ')})`);
                const format = values.format ?? 'text';
                if (format !== 'text' && format !== 'json')
                    return history_usage(io, `--format must be text or json, got "${format}"`);
                const days = values.since === undefined ? undefined : parseSince(values.since);
                if (days === null)
                    return history_usage(io, `--since must be a number of days, hours or weeks such as 30d, 12h or 2w, got "${values.since}"`);
                const all = await store.read();
                const records = days === undefined ? all : since(all, now(), days);
                const trends = trends_computeTrends(records, { now: now(), baselineRuns: settings?.['baseline-runs'] });
                if (format === 'json') {
                    io.stdout(`${JSON.stringify({ store: store.description, records, trends }, null, 2)}\n`);
                }
                else {
                    io.stdout(renderRuns(store.description, records, values.since));
                    io.stdout(`\n${trend_summary_renderTrendSummary(trends)}`);
                }
                return 0;
            }
            return history_usage(io, `unknown history command "${verb}" (add or show)`);
        }
        catch (error) {
            if (error instanceof errors/* ManifestError */.S) {
                io.stderr(`${error.message}\n`);
                return 2;
            }
            if (error instanceof ndjson/* HistoryError */.tx || error instanceof ReportFileError) {
                io.stderr(`release-gate history: ${error.message}\n`);
                return 2;
            }
            if (error instanceof branch_store/* HistoryNoWriteAccess */.J) {
                io.stderr(`release-gate history: ${error.message}; nothing was added\n`);
                return 1;
            }
            if (error instanceof Error && /^--(kind|time) must/.test(error.message))
                return history_usage(io, error.message);
            throw error;
        }
    },
};
function history_usage(io, message) {
    io.stderr(`release-gate history: ${message}\nRun release-gate history --help for usage.\n`);
    return 2;
}
/** "30d", "12h", "2w" in days; null when it is none of those. */
function parseSince(value) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([dhw])\s*$/.exec(value);
    if (!m)
        return null;
    return Number(m[1]) * { d: 1, h: 1 / 24, w: 7 }[m[2]];
}
function renderRuns(store, records, sinceText) {
    const head = `History: ${store}, ${records.length} run(s)${sinceText ? ` in the last ${sinceText}` : ''}\n`;
    if (records.length === 0)
        return head;
    const rows = records.map((r) => {
        const p95 = r.checks.filter((c) => c.check === 'latency').flatMap((c) => c.endpoints ?? [])
            .map((e) => `${e.name} ${e.p95Ms === null ? '—' : `${Math.round(e.p95Ms)} ms`}`).join(', ');
        return [r.time.replace('T', ' ').slice(0, 16), r.kind, r.environment, r.status, r.checks.map((c) => `${c.check}:${c.status}`).join(' '), p95];
    });
    const header = ['time (UTC)', 'kind', 'environment', 'status', 'checks', 'p95'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => `${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()}\n`;
    return head + '\n' + line(header) + rows.map(line).join('');
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./src/checks/migrations/presets.ts
var migrations_presets = __webpack_require__(2047);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts







const WORKFLOW_FILE = '.github/workflows/release-gate.yml';
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/build/**', '**/vendor/**', '**/.venv/**', '**/venv/**'];
const LANGUAGE_GLOBS = [
    ['**/*.{ts,tsx,js,jsx,mjs,cjs,vue,svelte}', 'JavaScript/TypeScript'],
    ['**/*.py', 'Python'],
    ['**/*.{rb,erb,rake}', 'Ruby'],
    ['**/*.go', 'Go'],
];
/**
 * Hosting platforms, recognised by their config files. The variables they set are known to the env
 * check (PLATFORM_NAMES in checks/env/model.ts) and never reported, so init only says which it saw.
 */
const PLATFORMS = [
    { name: 'Vercel', files: ['vercel.json', '.vercel/project.json'] },
    { name: 'Netlify', files: ['netlify.toml'] },
    { name: 'Render', files: ['render.yaml'] },
    { name: 'Railway', files: ['railway.json', 'railway.toml'] },
    { name: 'Fly', files: ['fly.toml'] },
    { name: 'Heroku', files: ['Procfile', 'app.json'] },
];
/** Inspects a repository; reads files, writes nothing. */
async function detect(root) {
    const files = (pattern) => (0,dist/* glob */.TI)(pattern, { cwd: root, dot: true, ignore: IGNORED, expandDirectories: false });
    const exists = (path) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, path));
    const read = (path) => { try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, path), 'utf8');
    }
    catch {
        return '';
    } };
    const todo = [];
    const samples = (await files(['.env.example', '.env.sample', '.env.template', '.env.dist', '**/.env.example', '**/.env.sample', '.env.*']))
        .filter((f) => !/(^|\/)\.env(\.local|\.[^.]*\.local)?$/.test(f) && !/\.(local|production|prod|staging|development|dev|test)$/.test(f))
        .sort();
    const declaredIn = [...new Set(samples)].slice(0, 5);
    if (!declaredIn.length)
        todo.push('No .env.example was found: create one listing every variable the app needs (names only), then add it to env.declared-in.');
    const scan = [];
    const languages = [];
    for (const [pattern, language] of LANGUAGE_GLOBS) {
        if ((await files(pattern)).length) {
            scan.push(pattern);
            languages.push(language);
        }
    }
    const workflows = (await files('.github/workflows/*.{yml,yaml}')).filter((f) => !f.endsWith('/release-gate.yml')).sort();
    if (workflows.length)
        scan.push('.github/workflows/*.{yml,yaml}');
    const workflowSecrets = [...new Set(workflows.flatMap((f) => [...read(f).matchAll(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1])))]
        .filter((n) => n !== 'GITHUB_TOKEN').sort();
    const frameworks = [];
    const pkg = read('package.json');
    const deps = (() => { try {
        const p = JSON.parse(pkg);
        return { ...p.dependencies, ...p.devDependencies };
    }
    catch {
        return {};
    } })();
    const nextConfig = (await files('next.config.{js,mjs,ts,cjs}'))[0];
    if (deps.next || nextConfig) {
        frameworks.push('Next.js');
        const keys = nextConfig ? [...read(nextConfig).matchAll(/env\s*:\s*\{([^}]*)\}/g)].flatMap((m) => [...m[1].matchAll(/([A-Z][A-Z0-9_]*)\s*:/g)].map((k) => k[1])) : [];
        todo.push(`Next.js: NEXT_PUBLIC_* variables are built into the browser bundle; never give one a secret value (mark secrets in env.vars with secret: true).${keys.length ? ` next.config env: sets ${keys.join(', ')}.` : ''}`);
    }
    if (deps.vite) {
        frameworks.push('Vite');
        todo.push('Vite: VITE_* variables end up in the browser bundle; keep secrets out of them.');
    }
    if ((await files('**/settings.py')).length || exists('manage.py'))
        frameworks.push('Django');
    if (exists('config/application.rb') || exists('Gemfile') && read('Gemfile').includes('rails')) {
        frameworks.push('Rails');
        if (exists('config/credentials.yml.enc'))
            todo.push('Rails credentials (config/credentials.yml.enc) are encrypted: only RAILS_MASTER_KEY must be set per environment; declare it in .env.example.');
    }
    const platforms = PLATFORMS.filter((p) => p.files.some(exists)).map((p) => p.name);
    const { migrations, migrationNote } = await detectMigrations(root, files, read);
    const logs = (await files(['logs/**/*.log', 'log/**/*.log'])).length ? ['logs/**/*.log', 'log/**/*.log'].filter((g) => exists(g.split('/')[0])) : [];
    todo.push('environments: replace the example URLs with your staging and production origins.');
    if (workflowSecrets.length)
        todo.push(`Workflows read secrets ${workflowSecrets.join(', ')}: each must exist in Settings → Secrets and variables → Actions.`);
    return { declaredIn, scan, frameworks, platforms, workflowSecrets, migrations, migrationNote, logs, todo };
}
/** The migration layout, from the presets registry and what the files say about their tool. */
async function detectMigrations(root, files, read) {
    const presets = migrations_presets/* PRESETS */.fG;
    const ordering = (name) => presets[name]?.runnerNote ?? '';
    const sql = (await files('**/*.sql')).sort();
    const pick = (preset, paths, note) => ({
        migrations: presets[preset]
            ? { preset, paths, ordering: orderingRule(preset), ...(note ? { note } : {}) }
            : { preset: 'plain', paths, ordering: orderingRule('plain'), note: `${preset} files were found; this release-gate has no ${preset} preset yet, so they are read as plain SQL${note ? `; ${note}` : ''}` },
    });
    void ordering;
    const dirsOf = (list) => [...new Set(list.map((f) => `${(0,external_node_path_.dirname)(f)}/*.sql`))];
    const marked = (re) => sql.filter((f) => re.test(read(f)));
    for (const [re, preset] of [[/^--\s*migrate:up\b/m, 'dbmate'], [/^--\s*\+goose\s+up\b/im, 'goose'], [/^--\s*\+migrate\s+up\b/im, 'sql-migrate']]) {
        const found = marked(re);
        if (found.length)
            return pick(preset, dirsOf(found));
    }
    const prisma = sql.filter((f) => /^prisma\/migrations\/[^/]+\/migration\.sql$/.test(f));
    if (prisma.length)
        return pick('prisma', ['prisma/migrations/*/migration.sql']);
    const up = sql.filter((f) => f.endsWith('.up.sql'));
    if (up.length)
        return pick('golang-migrate', [...new Set(up.map((f) => `${(0,external_node_path_.dirname)(f)}/*.up.sql`))]);
    const flyway = sql.filter((f) => /(^|\/)[VR]\d*(_\d+)*__[^/]+\.sql$/.test(f));
    if (flyway.length)
        return pick('flyway', dirsOf(flyway));
    const rails = sql.filter((f) => f.startsWith('db/migrate/'));
    if (rails.length)
        return pick('rails', ['db/migrate/*.sql']);
    const drizzle = sql.filter((f) => /^drizzle\//.test(f) || /(^|\/)drizzle\/[^/]+\.sql$/.test(f));
    if (drizzle.length)
        return pick('plain', dirsOf(drizzle), 'Drizzle: the generated SQL in drizzle/ is what runs');
    const plain = sql.filter((f) => /(^|\/)(migrations?|migrate|db)\//.test(f) && /(^|\/)\d+[^/]*\.sql$/.test(f));
    if (plain.length)
        return pick('plain', dirsOf(plain));
    const code = await files(['db/migrate/*.rb', '**/migrations/*.py', 'migrations/*.{js,ts}', 'src/migrations/*.{js,ts}', '**/migration/*.ts', 'knexfile.{js,ts}']);
    if (code.length) {
        const tool = code.some((f) => f.endsWith('.rb')) ? 'Rails' : code.some((f) => f.endsWith('.py')) ? 'Django'
            : code.some((f) => f.startsWith('knexfile')) ? 'Knex' : 'TypeORM/Knex';
        return {
            migrationNote: `${tool} migrations are written in ${tool === 'Rails' ? 'Ruby' : tool === 'Django' ? 'Python' : 'JavaScript/TypeScript'}; the migrations check reads the SQL they run. ` +
                `Write it out in CI (${tool === 'Rails' ? 'structure.sql or `rails db:migrate` with a SQL log' : tool === 'Django' ? '`python manage.py sqlmigrate app 0001 > migrations/sql/0001.sql`' : "`knex migrate:latest --debug` or the tool's SQL output"}) and add a migrations section with its paths.`,
        };
    }
    return {};
}
function orderingRule(preset) {
    switch (preset) {
        case 'prisma': return 'ordered by the timestamp in each folder name';
        case 'rails': return 'ordered by the timestamp before the first underscore';
        case 'flyway': return 'ordered by the V<version> prefix; R__ repeatable scripts last';
        case 'golang-migrate': return 'ordered by the number before the first underscore; only .up.sql runs on deploy';
        case 'dbmate': return 'ordered by the timestamp before the first underscore; only the migrate:up part runs';
        default: return 'ordered by the leading digits of each file name';
    }
}
/** The manifest text: every detected value, with comments where a person must decide. */
function renderManifest(d) {
    const list = (items) => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
    const lines = [
        '# yaml-language-server: $schema=https://raw.githubusercontent.com/release-gate/release-gate/v1/schema/release-gate.schema.json',
        '# Written by `release-gate init`; see docs/manifest.md for every field and docs/adopting.md for the next steps.',
        'version: 1',
        'environments:            # TODO: your deployed origins',
        '  staging:',
        '    url: https://staging.example.com',
        '  production:',
        '    url: https://example.com',
        'env:',
    ];
    if (d.declaredIn.length)
        lines.push(`  declared-in: ${list(d.declaredIn)}`);
    lines.push(`  scan: ${list(d.scan.length ? d.scan : ['src/**/*.ts'])}`);
    if (d.platforms.length)
        lines.push(`  # ignore: []   # names set outside the app; ${d.platforms.join(', ')}'s own variables are already known`);
    if (d.migrations) {
        lines.push('migrations:', `  preset: ${d.migrations.preset}        # ${d.migrations.ordering}`, `  paths: ${list(d.migrations.paths)}`);
    }
    else if (d.migrationNote) {
        lines.push(`# migrations: ${d.migrationNote}`);
    }
    lines.push('secrets:', '  exclude: ["**/*.lock", "package-lock.json"]');
    if (d.logs.length)
        lines.push(`  logs: ${list(d.logs)}`);
    lines.push('# After a deploy (see the post-deploy job in the workflow):', '# smoke:', '#   environment: production', '#   steps:', '#     - name: home', '#       request: GET /', '#       expect: { status: 200 }', '');
    return lines.join('\n');
}
function renderWorkflow() {
    return `# Written by \`release-gate init\`. The pull-request job runs the static checks and reports only what
# each pull request adds; the jobs below it are ready to enable once the manifest has those sections.
name: release-gate

on:
  pull_request:
  # push:
  #   branches: [main]
  # schedule:
  #   - cron: "17 3 * * *"

permissions:
  contents: read

jobs:
  pull-request:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the gate compares with the pull request's base commit
      - uses: release-gate/release-gate@v1
        with:
          checks: env,migrations,secrets

  # post-deploy:
  #   if: github.event_name == 'push'
  #   runs-on: ubuntu-latest
  #   environment: production
  #   steps:
  #     - uses: actions/checkout@v4
  #     - uses: release-gate/release-gate@v1
  #       with:
  #         checks: smoke
  #         environment: production

  # nightly:
  #   if: github.event_name == 'schedule'
  #   runs-on: ubuntu-latest
  #   steps:
  #     - uses: actions/checkout@v4
  #     - uses: release-gate/release-gate@v1
  #       with:
  #         checks: domain,latency
`;
}
const init_USAGE = `Usage: release-gate init [--force]

Inspects the repository and writes ${load/* DEFAULT_MANIFEST */.mj} and ${WORKFLOW_FILE}: env sample files, the
languages to scan, platform-provided variables, secrets used by workflows, the migration layout and
log files. Prints what it found and what you must fill in. Refuses to overwrite without --force.
`;
const initCommand = {
    description: 'inspect the repository and write a manifest and a pull-request workflow',
    async run(argv, io) {
        let values;
        try {
            ({ values } = (0,external_node_util_.parseArgs)({ args: argv, options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
        }
        catch (error) {
            io.stderr(`release-gate init: ${error.message}\n${init_USAGE}`);
            return 2;
        }
        if (values.help) {
            io.stdout(init_USAGE);
            return 0;
        }
        const targets = [load/* DEFAULT_MANIFEST */.mj, WORKFLOW_FILE];
        const present = targets.filter((t) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(io.cwd, t)));
        if (present.length && !values.force) {
            io.stderr(`release-gate init: ${present.join(' and ')} already exist${present.length === 1 ? 's' : ''}; pass --force to overwrite\n`);
            return 2;
        }
        const found = await detect(io.cwd);
        await (0,promises_.mkdir)((0,external_node_path_.join)(io.cwd, '.github/workflows'), { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(io.cwd, load/* DEFAULT_MANIFEST */.mj), renderManifest(found));
        await (0,promises_.writeFile)((0,external_node_path_.join)(io.cwd, WORKFLOW_FILE), renderWorkflow());
        io.stdout(describe(found));
        return 0;
    },
};
function describe(d) {
    const out = [`release-gate init: wrote ${load/* DEFAULT_MANIFEST */.mj} and ${WORKFLOW_FILE}`, '', 'Found:'];
    const item = (label, value) => out.push(`  ${label.padEnd(18)}${value}`);
    item('env samples', d.declaredIn.join(', ') || 'none');
    item('code scanned', d.scan.join(', ') || 'none');
    if (d.frameworks.length)
        item('frameworks', d.frameworks.join(', '));
    if (d.platforms.length)
        item('platforms', `${d.platforms.join(', ')} (the variables they set are known and never reported)`);
    if (d.workflowSecrets.length)
        item('workflow secrets', d.workflowSecrets.join(', '));
    item('migrations', d.migrations ? `${d.migrations.preset}: ${d.migrations.paths.join(', ')}, ${d.migrations.ordering}${d.migrations.note ? ` (${d.migrations.note})` : ''}` : d.migrationNote ?? 'none found');
    if (d.logs.length)
        item('logs', d.logs.join(', '));
    out.push('', 'Fill in:', ...d.todo.map((t) => `  - ${t}`), '', 'Then: release-gate validate, release-gate (a first run), and docs/adopting.md for the rest.', '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/format.ts + 7 modules
var src_format = __webpack_require__(8453);
// EXTERNAL MODULE: ./src/http/duration.ts
var duration = __webpack_require__(7810);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/reporters/text.ts
var reporters_text = __webpack_require__(955);
;// CONCATENATED MODULE: ./src/cli/commands/post-deploy.ts









const post_deploy_USAGE = `Usage: release-gate post-deploy [options]

The whole post-deploy stage: smoke (with its rollout wait) and latency, then watch when the manifest
has it; the GitHub deployment's statuses (in_progress, then success or failure with the run's link and
a one-line reason); and on a failure, crash or timeout the manifest's rollback, confirmed by smoke.

Options:
  -m, --manifest PATH      the manifest (default ${load/* DEFAULT_MANIFEST */.mj})
  -e, --environment NAME   the environment to verify
      --deployment-id N    the GitHub deployment to post statuses on (default: the deployment_status event's)
      --url URL            test this URL instead of the environment's (a preview deployment)
      --no-rollback        report the failure, do not roll back
      --timeout DURATION   stop the checks after this long (e.g. 20m); a timeout fails the stage and rolls back
  -f, --format FORMAT      ${src_format/* FORMATS */.h.join('|')} (default text)
  -o, --output FILE        write the report to FILE; stdout gets only the one-line verdict
      --fail-on LEVEL      error (default) or warning

GitHub: GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL (default https://api.github.com). Without a
token, no status is posted and a workflow rollback cannot be dispatched; the checks run the same.
Exit codes: 0 the stage passed; 1 it failed (rolled back or not); 2 usage or manifest error.
`;
const postDeployCommand = {
    description: 'after a deploy: smoke, latency and watch, deployment statuses, rollback on failure',
    async run(argv, io) {
        let values;
        try {
            ({ values } = (0,external_node_util_.parseArgs)({ args: argv, strict: true, options: {
                    manifest: { type: 'string', short: 'm' }, environment: { type: 'string', short: 'e' }, 'deployment-id': { type: 'string' },
                    url: { type: 'string' }, 'no-rollback': { type: 'boolean' }, timeout: { type: 'string' }, format: { type: 'string', short: 'f' },
                    output: { type: 'string', short: 'o' }, 'fail-on': { type: 'string' }, help: { type: 'boolean', short: 'h' },
                } }));
        }
        catch (error) {
            return post_deploy_usage(io, error.message);
        }
        if (values.help) {
            io.stdout(post_deploy_USAGE);
            return 0;
        }
        const format = values.format ?? 'text';
        if (!src_format/* FORMATS */.h.includes(format))
            return post_deploy_usage(io, `--format must be one of ${src_format/* FORMATS */.h.join(', ')}, got "${format}"`);
        const failOn = values['fail-on'] ?? 'error';
        if (failOn !== 'error' && failOn !== 'warning')
            return post_deploy_usage(io, `--fail-on must be error or warning, got "${failOn}"`);
        let timeoutMs;
        if (values.timeout !== undefined) {
            timeoutMs = /^\s*\d+(\.\d+)?\s*(ms|s|m|h)\s*$/.test(values.timeout) ? (0,duration/* durationMs */.p)(values.timeout, 0) : NaN;
            if (!(timeoutMs > 0))
                return post_deploy_usage(io, `--timeout must be a duration such as 20m, got "${values.timeout}"`);
        }
        // Loaded on use: the HTTP client (undici) stays out of the CLI's start for every other command.
        const { githubFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584));
        const { runPostDeploy, PostDeployUsageError } = await __webpack_require__.e(/* import() */ 611).then(__webpack_require__.bind(__webpack_require__, 1611));
        const masker = new mask/* Masker */.GX();
        const located = values.manifest === undefined ? (0,load/* findManifest */.J9)(io.cwd) : { path: values.manifest, cwd: io.cwd };
        const { client: github } = githubFromEnv({ ...io.env });
        const log = (level, message) => io.stderr(`release-gate: ${level === 'info' ? '' : `${level}: `}${masker.mask(message)}\n`);
        try {
            const result = await runPostDeploy({
                cwd: located.cwd, env: io.env, manifestPath: located.path, environment: values.environment, deploymentId: values['deployment-id'],
                noRollback: values['no-rollback'], timeoutMs, failOn, inputs: { url: values.url }, masker, github, signal: io.signal, log,
                progress: (line) => io.stderr(`release-gate: ${line}\n`),
            });
            const color = (0,reporters_text/* shouldUseColor */.I1)(io.env, io.isTTY);
            const rendered = masker.mask((0,src_format/* formatReport */.C)(result.report, format, { color, manifestFile: result.manifest.file, failOn }));
            if (values.output) {
                const path = (0,external_node_path_.resolve)(io.cwd, values.output);
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
                await (0,promises_.writeFile)(path, rendered);
                const verdict = (0,reporters_text/* renderText */.S5)(result.report, { color }).trimEnd().split('\n').pop() ?? '';
                io.stdout(`${masker.mask(verdict)}  (report: ${values.output})\n`);
            }
            else {
                io.stdout(rendered);
            }
            if (result.deployment && result.statuses.length)
                io.stderr(`release-gate: deployment ${result.deployment.id}: posted ${result.statuses.join(', ')}\n`);
            io.stderr(`release-gate: post-deploy: ${masker.mask(result.reason)}\n`);
            return result.report.status === 'pass' ? 0 : 1;
        }
        catch (error) {
            if (error instanceof errors/* ManifestError */.S) {
                io.stderr(`${error.message}\n`);
                return 2;
            }
            if (error instanceof PostDeployUsageError)
                return post_deploy_usage(io, error.message);
            throw error;
        }
        finally {
            await github?.close();
        }
    },
};
function post_deploy_usage(io, message) {
    io.stderr(`release-gate post-deploy: ${message}\nRun release-gate post-deploy --help for usage.\n`);
    return 2;
}

;// CONCATENATED MODULE: ./src/cli/commands/rollback.ts





const rollback_USAGE = `Usage: release-gate rollback [options]

Runs the manifest's rollback by hand (whatever rollback.when says): the command, given
RELEASE_GATE_ENVIRONMENT, RELEASE_GATE_FAILED_SHA, RELEASE_GATE_PREVIOUS_SHA and RELEASE_GATE_REASON,
or a workflow_dispatch of the workflow with the last sha whose post-deploy gate passed (from the
history, else the GitHub Deployments API). Then smoke runs again to confirm, when the manifest has it.

Options:
  -m, --manifest PATH      the manifest (default ${load/* DEFAULT_MANIFEST */.mj})
  -e, --environment NAME   the environment to roll back (default: the only one, or smoke's)
      --failed-sha SHA     the release that failed (default GITHUB_SHA)
      --to SHA             roll back to this sha instead of looking one up
      --reason TEXT        why (default "rolled back by hand")
      --url URL            confirm with smoke on this URL instead of the environment's
      --no-confirm         do not run smoke afterwards
      --history FILE       read this NDJSON history instead of the manifest's store

Exit codes: 0 rolled back (and confirmed); 1 the rollback or its confirmation failed; 2 usage or manifest error.
`;
const rollbackCommand = {
    description: "roll back by hand with the manifest's rollback, then confirm with smoke",
    async run(argv, io) {
        let values;
        try {
            ({ values } = (0,external_node_util_.parseArgs)({ args: argv, strict: true, options: {
                    manifest: { type: 'string', short: 'm' }, environment: { type: 'string', short: 'e' }, 'failed-sha': { type: 'string' }, to: { type: 'string' },
                    reason: { type: 'string' }, url: { type: 'string' }, 'no-confirm': { type: 'boolean' }, history: { type: 'string' }, help: { type: 'boolean', short: 'h' },
                } }));
        }
        catch (error) {
            return rollback_usage(io, error.message);
        }
        if (values.help) {
            io.stdout(rollback_USAGE);
            return 0;
        }
        for (const flag of ['failed-sha', 'to']) {
            const sha = values[flag];
            if (sha !== undefined && !/^[0-9a-f]{4,64}$/i.test(sha))
                return rollback_usage(io, `--${flag} must be a commit sha, got "${sha}"`);
        }
        const masker = new mask/* Masker */.GX();
        const located = values.manifest === undefined ? (0,load/* findManifest */.J9)(io.cwd) : { path: values.manifest, cwd: io.cwd };
        let manifest;
        try {
            manifest = await (0,load/* loadManifest */.eY)(located.path, located.cwd);
        }
        catch (error) {
            if (error instanceof errors/* ManifestError */.S) {
                io.stderr(`${error.message}\n`);
                return 2;
            }
            throw error;
        }
        const settings = manifest.data.rollback;
        if (!settings)
            return rollback_usage(io, `${manifest.file} has no rollback section (rollback: { run: COMMAND } or { workflow: FILE })`);
        const names = Object.keys(manifest.data.environments ?? {});
        const environment = values.environment ?? manifest.data.smoke?.environment ?? (names.length === 1 ? names[0] : '-');
        if (values.environment !== undefined && !names.includes(values.environment)) {
            return rollback_usage(io, `environment "${values.environment}" is not defined under environments${names.length ? ` (defined: ${names.join(', ')})` : ''}`);
        }
        // Loaded on use: the HTTP client (undici) stays out of the CLI's start for every other command.
        const { githubFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584));
        const { confirmWithSmoke, rollbackLine } = await __webpack_require__.e(/* import() */ 611).then(__webpack_require__.bind(__webpack_require__, 1611));
        const { performRollback } = await __webpack_require__.e(/* import() */ 658).then(__webpack_require__.bind(__webpack_require__, 7658));
        const log = (level, message) => io.stderr(`release-gate: ${level === 'info' ? '' : `${level}: `}${masker.mask(message)}\n`);
        const { client: github } = githubFromEnv({ ...io.env });
        try {
            const failedSha = values['failed-sha'] ?? io.env.GITHUB_SHA;
            const outcome = await performRollback({
                settings, environment, reason: values.reason ?? 'rolled back by hand',
                ...(failedSha ? { failedSha } : {}), ...(values.to ? { previousSha: values.to } : {}),
                cwd: located.cwd, env: io.env, ...(github ? { github } : {}),
                readHistory: () => (0,open_store/* openHistoryStore */.g)(manifest.data.history, located.cwd, { file: values.history, env: io.env }).read(),
                mask: (t) => masker.mask(t), ...(io.signal ? { signal: io.signal } : {}), log,
            });
            const confirm = outcome.status !== 'failed' && !values['no-confirm'] && settings.confirm !== false && manifest.data.smoke !== undefined;
            const confirmation = confirm
                ? await confirmWithSmoke({
                    cwd: located.cwd, env: io.env, manifestPath: located.path, manifest, environment: environment === '-' ? undefined : environment,
                    inputs: {}, masker, previousSha: outcome.previous?.sha, ...(values.url ? { url: values.url } : {}), ...(io.signal ? { signal: io.signal } : {}), log,
                })
                : undefined;
            const rollback = { ...outcome, ...(confirmation ? { confirmation } : {}) };
            io.stdout(`${masker.mask(rollbackLine(rollback))}\n`);
            return outcome.status !== 'failed' && confirmation?.passed !== false ? 0 : 1;
        }
        finally {
            await github?.close();
        }
    },
};
function rollback_usage(io, message) {
    io.stderr(`release-gate rollback: ${message}\nRun release-gate rollback --help for usage.\n`);
    return 2;
}

;// CONCATENATED MODULE: ./src/cli/commands/validate.ts



const validate_USAGE = `Usage: release-gate validate [--manifest PATH]

Checks the manifest against the schema and its references (environments, sessions) without running
any check. Exit 0 when it is valid, 2 with each problem at file:line:column when it is not.
`;
const validateCommand = {
    description: 'check the manifest (schema and references) without running any check',
    async run(argv, io) {
        let values;
        try {
            ({ values } = (0,external_node_util_.parseArgs)({ args: argv, options: { manifest: { type: 'string', short: 'm' }, help: { type: 'boolean', short: 'h' } } }));
        }
        catch (error) {
            io.stderr(`release-gate validate: ${error.message}\n${validate_USAGE}`);
            return 2;
        }
        if (values.help) {
            io.stdout(validate_USAGE);
            return 0;
        }
        const { path, cwd } = values.manifest ? { path: values.manifest, cwd: io.cwd } : (0,load/* findManifest */.J9)(io.cwd);
        try {
            const manifest = await (0,load/* loadManifest */.eY)(path, cwd);
            const sections = ['env', 'migrations', 'secrets', 'smoke', 'latency', 'domain'].filter((s) => manifest.data[s] !== undefined);
            io.stdout(`${manifest.file}: valid (${sections.length ? `configures ${sections.join(', ')}` : 'configures no check yet'})\n`);
            return 0;
        }
        catch (error) {
            if (error instanceof errors/* ManifestError */.S) {
                io.stderr(`${error.message}\n`);
                return 2;
            }
            throw error;
        }
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/index.ts








/** Every command that is not a check, one file each; main.ts only dispatches to them. */
const COMMANDS = {
    baseline: baselineCommand,
    dashboard: dashboardCommand,
    report: reportCommand,
    history: historyCommand,
    init: initCommand,
    'post-deploy': postDeployCommand,
    rollback: rollbackCommand,
    validate: validateCommand,
};


/***/ }),

/***/ 7810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration),
/* harmony export */   p: () => (/* binding */ durationMs)
/* harmony export */ });
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** A manifest duration (a number of milliseconds, or "500ms", "30s", "2m", "1h") in milliseconds. */
function durationMs(value, fallback) {
    if (value === undefined)
        return fallback;
    if (typeof value === 'number')
        return value;
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(value);
    // The schema already refused anything else; the fallback only guards hand-built manifests.
    return match ? Math.round(Number(match[1]) * UNIT_MS[match[2]]) : fallback;
}
function formatDuration(ms) {
    if (ms >= 60_000 && ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms >= 1000 && ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}


/***/ }),

/***/ 5095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ HistoryNoWriteAccess),
/* harmony export */   q: () => (/* binding */ branchStore)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ndjson_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7947);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9498);



/** The remote refused the push for want of rights (a fork's pull request, a read-only token): skip, do not fail. */
class HistoryNoWriteAccess extends Error {
}
// Commits are made with plumbing (hash-object, mktree, commit-tree) in a private ref, so the user's
// working tree, index and branches are never touched, whatever the checkout holds.
const IDENTITY = {
    GIT_AUTHOR_NAME: 'github-actions[bot]',
    GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'github-actions[bot]',
    GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};
const NO_ACCESS = /\b403\b|permission to .* denied|permission denied|not allowed to push|authentication failed|could not read username|write access to repository not granted|resource not accessible/i;
function branchStore(options) {
    const remote = options.remote === undefined ? 'origin' : options.remote;
    const branch = options.branch;
    const localRef = remote ? `refs/release-gate/history/${branch}` : `refs/heads/${branch}`;
    const attempts = options.attempts ?? 8;
    const backoff = options.backoff ?? ((n) => new Promise((r) => setTimeout(r, (250 + Math.random() * 750) * n)));
    const env = { ...process.env, ...options.env, ...IDENTITY, GIT_TERMINAL_PROMPT: '0' };
    const source = `${_store_js__WEBPACK_IMPORTED_MODULE_2__/* .BRANCH_HISTORY_FILE */ .lo} on branch ${branch}`;
    const git = (args, input) => runGit(options.cwd, args, env, input);
    /** Brings the branch's head into localRef; undefined when the branch does not exist yet. */
    const fetchHead = async () => {
        if (remote) {
            const fetched = await git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:${localRef}`]);
            if (fetched.code !== 0) {
                if (/couldn't find remote ref|no such ref/i.test(fetched.stderr)) {
                    await git(['update-ref', '-d', localRef]);
                    return undefined;
                }
                if (NO_ACCESS.test(fetched.stderr))
                    throw new HistoryNoWriteAccess(`cannot read ${branch} from ${remote}: ${firstLine(fetched.stderr)}`);
                throw new _ndjson_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryError */ .tx(`git fetch of the history branch ${branch} failed: ${firstLine(fetched.stderr)}`);
            }
        }
        const head = await git(['rev-parse', '--verify', '--quiet', `${localRef}^{commit}`]);
        return head.code === 0 ? head.stdout.trim() : undefined;
    };
    const readAt = async (head) => {
        if (!head)
            return [];
        const shown = await git(['cat-file', 'blob', `${head}:${_store_js__WEBPACK_IMPORTED_MODULE_2__/* .BRANCH_HISTORY_FILE */ .lo}`]);
        // A branch without the file (made by hand) is an empty history; it is committed on top of.
        return shown.code === 0 ? (0,_ndjson_js__WEBPACK_IMPORTED_MODULE_1__/* .parseHistory */ .i6)(shown.stdout, source) : [];
    };
    return {
        description: remote ? `branch ${branch} of ${remote}` : `branch ${branch}`,
        async read() {
            return readAt(await fetchHead());
        },
        async add(records, keep) {
            let retries = 0;
            for (let attempt = 1;; attempt++) {
                const head = await fetchHead();
                const merged = (0,_ndjson_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeHistory */ .H$)(await readAt(head), records, keep);
                const blob = await must(git(['hash-object', '-w', '--stdin'], (0,_ndjson_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeHistory */ .ph)(merged)), 'hash-object');
                const tree = await must(git(['mktree'], `100644 blob ${blob}\t${_store_js__WEBPACK_IMPORTED_MODULE_2__/* .BRANCH_HISTORY_FILE */ .lo}\n`), 'mktree');
                const message = `release-gate history: ${records.length} run(s), ${merged.length} kept`;
                const commit = await must(git(['commit-tree', tree, ...(head ? ['-p', head] : []), '-m', message]), 'commit-tree');
                const pushed = remote
                    ? await git(['push', '--quiet', '--no-verify', remote, `${commit}:refs/heads/${branch}`])
                    // Local only: move the branch only if nobody else moved it since we read it (compare-and-swap).
                    : await git(['update-ref', localRef, commit, head ?? '0'.repeat(40)]);
                if (pushed.code === 0) {
                    if (remote)
                        await git(['update-ref', localRef, commit]);
                    return { records: merged, retries };
                }
                if (NO_ACCESS.test(pushed.stderr))
                    throw new HistoryNoWriteAccess(`cannot push to ${branch} on ${remote}: ${firstLine(pushed.stderr)}`);
                if (attempt >= attempts) {
                    throw new _ndjson_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryError */ .tx(`could not add to the history branch ${branch} after ${attempts} attempts: ${firstLine(pushed.stderr)}`);
                }
                // Rejected: another run pushed first (non-fast-forward) or a hook refused; read its records again and retry.
                retries++;
                await backoff(attempt);
            }
        },
    };
}
function runGit(cwd, args, env, input) {
    return new Promise((resolveRun) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', (error) => resolveRun({ code: 127, stdout: '', stderr: error.message }));
        child.on('close', (code) => resolveRun({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(input ?? '');
    });
}
async function must(result, what) {
    const r = await result;
    if (r.code !== 0)
        throw new _ndjson_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryError */ .tx(`git ${what} failed: ${firstLine(r.stderr)}`);
    return r.stdout.trim();
}
function firstLine(text) {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    // git puts the reason on the line that starts with "!" or "error:" or "fatal:", after progress noise.
    return lines.find((l) => /^(!|error:|fatal:|remote:)/.test(l)) ?? lines[0] ?? 'no message';
}


/***/ }),

/***/ 7947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H$: () => (/* binding */ mergeHistory),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   ph: () => (/* binding */ serializeHistory),
/* harmony export */   tx: () => (/* binding */ HistoryError)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(702);

/** A history that cannot be read: corrupt, or written by a newer release-gate. Names the file and line. */
class HistoryError extends Error {
}
/**
 * Parses a history (one JSON record per line). Any line that is not a record this version reads is an
 * error naming it: a history is never silently dropped or rewritten around a bad line.
 */
function parseHistory(text, source) {
    const records = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line)
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            throw new HistoryError(`${source}:${i + 1}: not a JSON record (${error.message}); fix or remove the line, release-gate will not overwrite it`);
        }
        const problem = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .validateRecord */ .eV)(value);
        if (problem)
            throw new HistoryError(`${source}:${i + 1}: ${problem}`);
        records.push(value);
    }
    return records;
}
function serializeHistory(records) {
    return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}
/**
 * Adds records to a history: time order, a record already there (same time, kind, environment and run)
 * is not added twice, and only the newest `keep` runs of each workflow kind and environment are kept.
 */
function mergeHistory(existing, added, keep) {
    const seen = new Set(existing.map(identity));
    const all = [...existing];
    for (const r of added) {
        if (seen.has(identity(r)))
            continue;
        seen.add(identity(r));
        all.push(r);
    }
    all.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    const counts = new Map();
    const kept = [];
    for (let i = all.length - 1; i >= 0; i--) {
        const key = `${all[i].kind}\u0000${all[i].environment}`;
        const n = (counts.get(key) ?? 0) + 1;
        counts.set(key, n);
        if (n <= keep)
            kept.push(all[i]);
    }
    return kept.reverse();
}
function identity(r) {
    return [r.time, r.kind, r.environment, r.runUrl ?? '', r.commit ?? ''].join('\u0000');
}


/***/ }),

/***/ 985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ keepOf),
  g: () => (/* binding */ openHistoryStore)
});

// EXTERNAL MODULE: ./src/operate/history/branch-store.ts
var branch_store = __webpack_require__(5095);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/operate/history/ndjson.ts
var ndjson = __webpack_require__(7947);
;// CONCATENATED MODULE: ./src/operate/history/file-store.ts



/** The CLI's default store: one NDJSON file, replaced atomically (write beside, then rename). */
function fileStore(path, cwd) {
    const absolute = (0,external_node_path_.resolve)(cwd, path);
    const read = async () => {
        let text;
        try {
            text = await (0,promises_.readFile)(absolute, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
        return (0,ndjson/* parseHistory */.i6)(text, path);
    };
    return {
        description: path,
        read,
        async add(records, keep) {
            const merged = (0,ndjson/* mergeHistory */.H$)(await read(), records, keep);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(absolute), { recursive: true });
            const temp = `${absolute}.${process.pid}.tmp`;
            await (0,promises_.writeFile)(temp, (0,ndjson/* serializeHistory */.ph)(merged));
            await (0,promises_.rename)(temp, absolute);
            return { records: merged, retries: 0 };
        },
    };
}

// EXTERNAL MODULE: ./src/operate/history/store.ts
var store = __webpack_require__(9498);
;// CONCATENATED MODULE: ./src/operate/history/open-store.ts



/**
 * The store the manifest's `history` names: the branch when set (what the actions use), otherwise the
 * file (.release-gate/history.ndjson by default). `file` given here (the CLI's --history) wins over both.
 */
function openHistoryStore(settings, cwd, options = {}) {
    if (options.file)
        return fileStore(options.file, cwd);
    if (settings?.branch)
        return (0,branch_store/* branchStore */.q)({ cwd, branch: settings.branch, env: options.env });
    return fileStore(settings?.file ?? store/* DEFAULT_HISTORY_FILE */.aq, cwd);
}
function keepOf(settings) {
    return settings?.keep ?? store/* DEFAULT_KEEP */.oK;
}


/***/ }),

/***/ 702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ recordFromReport),
/* harmony export */   VO: () => (/* binding */ environmentOfReport),
/* harmony export */   ab: () => (/* binding */ RUN_KINDS),
/* harmony export */   eV: () => (/* binding */ validateRecord),
/* harmony export */   k6: () => (/* binding */ kindOfEvent)
/* harmony export */ });
/* unused harmony exports HISTORY_SCHEMA_VERSION, MAX_KEPT_FINDINGS */
/** The history record format this release-gate writes and reads. A newer record is refused, never rewritten. */
const HISTORY_SCHEMA_VERSION = 1;
const RUN_KINDS = ['pull-request', 'post-deploy', 'nightly', 'manual'];
const MAX_KEPT_FINDINGS = 20;
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const rows = (v) => Array.isArray(v) ? v.filter((r) => !!r && typeof r === 'object' && typeof r.name === 'string') : [];
/** One record per run: the report's statuses and the figures the trends need, nothing that identifies a secret. */
function recordFromReport(report, context) {
    return {
        v: HISTORY_SCHEMA_VERSION,
        time: context.time,
        ...(context.commit ? { commit: context.commit } : {}),
        ...(context.ref ? { ref: context.ref } : {}),
        kind: context.kind,
        environment: context.environment,
        ...(context.runUrl ? { runUrl: context.runUrl } : {}),
        status: report.status,
        checks: report.checks.map((c) => {
            const findingsByRule = {};
            for (const f of c.findings)
                findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;
            const record = {
                check: c.check,
                status: c.status,
                durationMs: c.durationMs,
                findingsByRule,
                findings: c.findings.filter((f) => f.severity !== 'notice').slice(0, MAX_KEPT_FINDINGS).map(keepFinding),
            };
            const m = c.metrics ?? {};
            const endpoints = rows(m.endpoints).map(endpointFigures);
            if (endpoints.length)
                record.endpoints = endpoints;
            const steps = rows(m.steps).map((s) => ({ name: String(s.name), status: String(s.status), ms: num(s.ms), httpStatus: num(s.httpStatus) }));
            if (steps.length)
                record.steps = steps;
            const certificates = Array.isArray(m.certificates) ? m.certificates.filter(isObject).filter((t) => typeof t.host === 'string').map(certificateFigures) : [];
            if (certificates.length)
                record.certificates = certificates;
            const facts = factsOf(c.check, m);
            if (Object.keys(facts).length)
                record.facts = facts;
            return record;
        }),
    };
}
function keepFinding(f) {
    return {
        ruleId: f.ruleId, severity: f.severity, message: f.message,
        ...(f.file ? { file: f.file } : {}), ...(f.line ? { line: f.line } : {}), ...(f.hint ? { hint: f.hint } : {}),
    };
}
function endpointFigures(e) {
    const count = num(e.count) ?? 0;
    const errors = num(e.errors) ?? 0;
    const threshold = isObject(e.thresholds) ? num(e.thresholds.p95Ms) : null;
    return {
        name: String(e.name), count, errors,
        errorRate: num(e.errorRate) ?? (count > 0 ? errors / count : 0),
        p50Ms: num(e.p50Ms), p95Ms: num(e.p95Ms), p99Ms: num(e.p99Ms),
        ...(threshold !== null ? { thresholdP95Ms: threshold } : {}),
    };
}
function certificateFigures(t) {
    return {
        host: String(t.host),
        ...(num(t.port) !== null ? { port: num(t.port) } : {}),
        ...(num(t.daysLeft) !== null ? { daysLeft: num(t.daysLeft) } : {}),
        ...(typeof t.validTo === 'string' ? { validTo: t.validTo } : {}),
        ...(t.unreachable === true ? { unreachable: true } : {}),
    };
}
// What the handover report needs to say where things live; metrics hold far more (histograms), which stays out.
const FACT_KEYS = {
    smoke: ['url', 'environment', 'deployment'],
    latency: ['url', 'environment'],
    env: ['environments', 'envFiles', 'declared'],
    domain: ['records', 'emailDomains', 'observed'],
    migrations: ['files', 'statements'],
    rollback: ['outcome', 'method', 'previousSha', 'failedSha', 'confirmed', 'summary'],
};
function factsOf(check, metrics) {
    const facts = {};
    for (const key of FACT_KEYS[check] ?? [])
        if (metrics[key] !== undefined)
            facts[key] = metrics[key];
    return facts;
}
function isObject(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v);
}
/** The workflow kind of a GitHub event: what decides which runs are comparable. */
function kindOfEvent(eventName) {
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
        case 'merge_group': return 'pull-request';
        case 'deployment_status':
        case 'deployment': return 'post-deploy';
        case 'schedule': return 'nightly';
        default: return 'manual';
    }
}
/** The environment a report's live checks ran against, from their metrics; "-" when none did. */
function environmentOfReport(report) {
    for (const c of report.checks) {
        const env = c.metrics?.environment;
        if (typeof env === 'string' && env)
            return env;
    }
    return '-';
}
/** The problem with a parsed line, or undefined when it is a record this version reads. */
function validateRecord(value) {
    if (!isObject(value))
        return 'not a JSON object';
    if (typeof value.v !== 'number' || !Number.isInteger(value.v))
        return 'no schema version ("v")';
    if (value.v > HISTORY_SCHEMA_VERSION) {
        return `written by a newer release-gate (record version ${value.v}; this one reads ${HISTORY_SCHEMA_VERSION}): upgrade release-gate`;
    }
    if (value.v < 1)
        return `unknown record version ${value.v}`;
    if (typeof value.time !== 'string' || Number.isNaN(Date.parse(value.time)))
        return '"time" is not an ISO date';
    if (!RUN_KINDS.includes(value.kind))
        return `"kind" must be one of ${RUN_KINDS.join(', ')}`;
    if (typeof value.environment !== 'string')
        return '"environment" is missing';
    if (value.status !== 'pass' && value.status !== 'fail')
        return '"status" must be pass or fail';
    if (!Array.isArray(value.checks) || !value.checks.every((c) => isObject(c) && typeof c.check === 'string' && typeof c.status === 'string')) {
        return '"checks" must be a list of {check, status}';
    }
    return undefined;
}


/***/ }),

/***/ 9498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aq: () => (/* binding */ DEFAULT_HISTORY_FILE),
/* harmony export */   lo: () => (/* binding */ BRANCH_HISTORY_FILE),
/* harmony export */   oK: () => (/* binding */ DEFAULT_KEEP)
/* harmony export */ });
const DEFAULT_HISTORY_FILE = '.release-gate/history.ndjson';
const DEFAULT_KEEP = 500;
/** The file inside the history branch. */
const BRANCH_HISTORY_FILE = 'history.ndjson';


/***/ })

};
