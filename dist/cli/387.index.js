export const id = 387;
export const ids = [387];
export const modules = {

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mz: () => (/* binding */ DEFAULT_BASELINE),
/* harmony export */   N: () => (/* binding */ newSalt),
/* harmony export */   Up: () => (/* binding */ Fingerprinter),
/* harmony export */   kb: () => (/* binding */ isFindingsBaseline),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   qL: () => (/* binding */ renderBaseline),
/* harmony export */   s$: () => (/* binding */ BaselineError)
/* harmony export */ });
/* unused harmony export BASELINE_KIND */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * A baseline records today's findings so later runs report only new ones. A finding is keyed by an
 * HMAC of its check, rule, file and the text of its line (never the line number, so moved code stays
 * known), with a random salt stored in the file: no two repositories share hashes, and a short
 * password on a baselined line cannot be looked up in a precomputed table of hashes.
 */
const DEFAULT_BASELINE = '.github/release-gate-baseline.json';
const BASELINE_KIND = 'findings-baseline';
class BaselineError extends Error {
}
function newSalt() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
}
/** Whether text is a findings baseline (and not the secrets check's own baseline, or a latency report). */
function isFindingsBaseline(text) {
    try {
        const data = JSON.parse(text);
        return data?.kind === BASELINE_KIND;
    }
    catch {
        return false;
    }
}
function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new BaselineError(`the baseline ${file} is not valid JSON (${error.message})`);
    }
    if (!data || typeof data !== 'object' || data.kind !== BASELINE_KIND || data.version !== 1) {
        throw new BaselineError(`${file} is not a release-gate baseline (expected {"tool": "release-gate", "kind": "${BASELINE_KIND}", "version": 1, ...}); write one with \`release-gate baseline write ${file}\``);
    }
    if (typeof data.salt !== 'string' || !/^[0-9a-f]{32,}$/.test(data.salt))
        throw new BaselineError(`the baseline ${file} has no valid "salt"`);
    if (!Array.isArray(data.entries))
        throw new BaselineError(`the baseline ${file} has no "entries" list`);
    const entries = [];
    for (const [i, e] of data.entries.entries()) {
        if (!e || typeof e.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(e.fingerprint) || typeof e.check !== 'string' || typeof e.ruleId !== 'string') {
            throw new BaselineError(`the baseline ${file}: entry ${i + 1} needs "check", "ruleId" and a 64-hex "fingerprint"`);
        }
        entries.push({ check: e.check, ruleId: e.ruleId, file: typeof e.file === 'string' ? e.file : undefined, line: typeof e.line === 'number' ? e.line : undefined, fingerprint: e.fingerprint });
    }
    return { salt: data.salt, entries };
}
/** Sorted by place, so rewriting a baseline gives a small, stable diff. */
function renderBaseline(baseline) {
    const entries = [...baseline.entries].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
    return `${JSON.stringify({ tool: 'release-gate', kind: BASELINE_KIND, version: 1, salt: baseline.salt, entries }, null, 2)}\n`;
}
/** Computes the keyed fingerprints of one check's findings; identical findings are told apart by their order. */
class Fingerprinter {
    cwd;
    salt;
    lines = new Map();
    constructor(cwd, salt) {
        this.cwd = cwd;
        this.salt = salt;
    }
    fingerprints(check, findings) {
        const seen = new Map();
        return findings.map((f) => {
            const content = this.lineText(f) ?? f.message.replace(/\d+/g, '#');
            const key = [check, f.ruleId, f.file ?? '', content].join('\0');
            const n = seen.get(key) ?? 0;
            seen.set(key, n + 1);
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', Buffer.from(this.salt, 'hex')).update(`${key}\0${n}`).digest('hex');
        });
    }
    /** The finding's line with its whitespace collapsed: what survives moves and re-indentation. */
    lineText(f) {
        if (f.file === undefined || f.line === undefined)
            return undefined;
        if (!this.lines.has(f.file)) {
            let lines;
            try {
                lines = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.cwd, f.file), 'utf8').split(/\r?\n/);
            }
            catch {
                lines = undefined;
            }
            this.lines.set(f.file, lines);
        }
        const text = this.lines.get(f.file)?.[f.line - 1];
        return text === undefined ? undefined : text.trim().replace(/\s+/g, ' ');
    }
}


/***/ }),

/***/ 2369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ CHECKS)
/* harmony export */ });
/* unused harmony export lazyCheck */
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4964);

/**
 * Six checks bundle to about 1.5 MB (undici, 200 secret rules, libpg-query's loader); importing them
 * all cost every run, --help included, about 150 ms. Each check's code is imported on its first run
 * instead, so ncc splits it into a chunk of its own. test/checks/registry.test.ts keeps this metadata
 * equal to each check's own definition.
 */
function lazyCheck(meta, importCheck) {
    let loaded;
    let rules = [];
    const load = () => (loaded ??= importCheck().then((check) => {
        (0,_rules_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerRules */ .x1)(check.rules);
        rules = check.rules;
        return check;
    }));
    return {
        ...meta,
        // Known once the check has loaded; the gate and the reporters ask for rules only after a run.
        get rules() {
            return rules;
        },
        load,
        async run(ctx, section) {
            return (await load()).run(ctx, section);
        },
    };
}
/**
 * Every check the CLI and the actions offer, in the order they run (domain last: its login burst
 * spends the app's failed-sign-in allowance). A check is listed here only once it works.
 */
const CHECKS = [
    lazyCheck({
        name: 'env',
        section: 'env',
        description: "Every environment has every variable it needs, in the right shape, with secrets kept apart.",
        inputs: [
            { name: "secrets", description: "The job's secrets as JSON: the expression toJSON(secrets), in a job bound to the environment.", secret: true },
            { name: "vars", description: "The job's variables as JSON: the expression toJSON(vars), in a job bound to the environment." },
            { name: "fingerprint-key", description: "A secret key for the HMAC fingerprints that let another job compare secrets without seeing them; the same in every job.", secret: true },
            { name: "fingerprints", description: "Comma-separated paths of fingerprint files written by env jobs of other environments, to compare with." },
            { name: "token", description: "A GitHub token (also used for PR comments). For the env check's `github-api: true` it must be able to read environment secrets and variables, which GITHUB_TOKEN cannot.", secret: true },
            { name: "github-api", description: "`true` to read the names of environment secrets and the values of environment variables through the GitHub REST API with `token`." },
            { name: "repository", description: "owner/name for the GitHub API; defaults to GITHUB_REPOSITORY." },
            { name: "api-url", description: "The GitHub REST API root; defaults to GITHUB_API_URL, else https://api.github.com." },
            { name: "fix", description: "Append the variables the code uses but no declared-in file declares to the first declared-in file, with placeholder values in that file's style; removes nothing.", flag: true, cliOnly: true },
        ],
    }, async () => (await Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(851)]).then(__webpack_require__.bind(__webpack_require__, 4851))).envCheck),
    lazyCheck({
        name: 'migrations',
        section: 'migrations',
        description: "PostgreSQL migration safety: locks, table rewrites, deploy-time breakage, data loss and ordering, on the exact line.",
        inputs: [
            { name: "no-trace", description: "Skip the migrations.trace section: no PostgreSQL is started or connected to.", flag: true },
        ],
    }, async () => (await Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(525)]).then(__webpack_require__.bind(__webpack_require__, 3525))).migrationsCheck),
    lazyCheck({
        name: 'secrets',
        section: 'secrets',
        description: "Credentials and private keys in code, pull-request diffs and logs, reported masked and never echoed back.",
        inputs: [
            { name: "baseline", description: "A baseline file of accepted findings; overrides `secrets.baseline`." },
            { name: "write-baseline", description: "Record every current finding as accepted in a new baseline file of this name (returned as an artifact); they do not fail this run." },
            { name: "stdin", description: "Read a log from standard input (CLI: --stdin).", flag: true, cliOnly: true },
        ],
    }, async () => (await Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(395), __webpack_require__.e(151)]).then(__webpack_require__.bind(__webpack_require__, 8151))).secretsCheck),
    lazyCheck({
        name: 'dependencies',
        section: 'dependencies',
        description: "Packages that handle sign-in, sessions or payments: known advisories, look-alike names, deprecated or stale releases, and what a pull request adds or changes.",
        inputs: [],
    }, async () => (await Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(752), __webpack_require__.e(57), __webpack_require__.e(593)]).then(__webpack_require__.bind(__webpack_require__, 8593))).dependenciesCheck),
    lazyCheck({
        name: 'smoke',
        section: 'smoke',
        live: true,
        description: "After a deploy: sign in, load the dashboard, make one write that cleans up, and check that roles are refused where they must be.",
        inputs: [
            { name: "url", description: "The URL to test instead of the environment's url, e.g. a preview deployment. On deployment_status events the deployed URL is used without it." },
        ],
    }, async () => (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(284), __webpack_require__.e(648)]).then(__webpack_require__.bind(__webpack_require__, 5267))).smokeCheck),
    lazyCheck({
        name: 'latency',
        section: 'latency',
        live: true,
        description: "Under a fixed-rate load, each endpoint's p95, p99, max and error rate stay within their thresholds, and p95 does not regress from a baseline.",
        inputs: [
            { name: "url", description: "The URL to load instead of the environment's url, e.g. a preview deployment. Only its origin is ever sent requests." },
            { name: "baseline", description: "A JSON report of an earlier run (--format json, or the report output kept as an artifact) to compare p95 with; overrides latency.baseline." },
            { name: 'shard', description: 'Run shard i of N (e.g. 2/4): this job sends rate/N of every endpoint within caps/N, and writes its histograms for `latency merge`; thresholds are applied by the merge.' },
            { name: 'merge', description: 'Gate shard reports instead of sending load: JSON reports (paths or globs, comma-separated) whose histograms are added exactly (CLI: release-gate latency merge FILE...).' },
            { name: 'import-k6', description: 'Gate a k6 run instead of sending load: the file k6 wrote with --out json (CLI: release-gate latency import-k6 FILE).' },
        ],
    }, async () => (await Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(752), __webpack_require__.e(984), __webpack_require__.e(284), __webpack_require__.e(186)]).then(__webpack_require__.bind(__webpack_require__, 3186))).latencyCheck),
    lazyCheck({
        name: 'domain',
        section: 'domain',
        live: true,
        description: "DNS records, SPF/DMARC/DKIM/MX, TLS certificates, HSTS, redirects, signed-in page headers and login rate limits.",
        inputs: [],
    }, async () => (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(284), __webpack_require__.e(43)]).then(__webpack_require__.bind(__webpack_require__, 5043))).domainCheck),
];


/***/ }),

/***/ 1543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   ay: () => (/* binding */ readOpened)
/* harmony export */ });
/* unused harmony export formatSize */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


// O_NONBLOCK: opening a FIFO without a writer returns at once instead of hanging the event loop.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
const FIRST_CHUNK = 64 * 1024;
function openRegularFile(path, options = {}) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch (error) {
        return fromErrno(error);
    }
    if (options.root !== undefined && leavesWorkspace(path, real, options.root)) {
        return { ok: false, reason: 'outside-workspace', detail: 'is a symbolic link to a place outside the workspace; not followed' };
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, OPEN_FLAGS);
    }
    catch (error) {
        return fromErrno(error);
    }
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        return fromErrno(error);
    }
    const refused = refuse(info, options.maxBytes);
    if (refused) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        return refused;
    }
    return { ok: true, fd, size: info.size };
}
/** Reads a regular file whole, up to maxBytes (see the module comment for what is refused). */
function readBounded(path, options) {
    const opened = openRegularFile(path, options);
    if (!opened.ok)
        return opened;
    try {
        return readOpened(opened.fd, opened.size, options.maxBytes);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(opened.fd);
    }
}
/** Reads an open descriptor to its end or one byte past maxBytes, whichever comes first. */
function readOpened(fd, sizeHint, maxBytes) {
    const limit = maxBytes + 1;
    let buf = Buffer.allocUnsafe(Math.min(limit, Math.max(sizeHint + 1, FIRST_CHUNK)));
    let length = 0;
    try {
        for (;;) {
            if (length === buf.length) {
                if (buf.length >= limit)
                    break;
                const grown = Buffer.allocUnsafe(Math.min(limit, buf.length * 2));
                buf.copy(grown, 0, 0, length);
                buf = grown;
            }
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, length, buf.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
    }
    catch (error) {
        return fromErrno(error);
    }
    // No size: the file held more than fstat said (a /proc file, a file still growing).
    if (length > maxBytes)
        return { ok: false, reason: 'too-large', detail: `is over ${formatSize(maxBytes)}; skipped` };
    return { ok: true, bytes: buf.subarray(0, length) };
}
function refuse(info, maxBytes) {
    if (info.isDirectory())
        return { ok: false, reason: 'directory', detail: 'is a directory' };
    if (!info.isFile())
        return { ok: false, reason: 'not-regular', detail: `is ${kindOf(info)}, not a regular file; skipped` };
    if (maxBytes !== undefined && info.size > maxBytes) {
        return { ok: false, reason: 'too-large', detail: `is ${formatSize(info.size)}, over ${formatSize(maxBytes)}; skipped`, size: info.size };
    }
    return undefined;
}
function kindOf(info) {
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    return 'not a regular file';
}
const realRoots = new Map();
/** A path written inside the workspace whose real location is outside it. */
function leavesWorkspace(path, real, root) {
    const absoluteRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    if (!within(absoluteRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path)))
        return false; // named outside on purpose: read where it is
    let realRoot = realRoots.get(absoluteRoot);
    if (realRoot === undefined) {
        try {
            realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absoluteRoot);
        }
        catch {
            realRoot = absoluteRoot;
        }
        realRoots.set(absoluteRoot, realRoot);
    }
    return !within(realRoot, real);
}
function within(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function fromErrno(error) {
    const code = error.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return { ok: false, reason: 'missing', detail: 'does not exist' };
    if (code === 'ELOOP')
        return { ok: false, reason: 'unreadable', detail: 'is a loop of symbolic links' };
    if (code === 'EISDIR')
        return { ok: false, reason: 'directory', detail: 'is a directory' };
    return { ok: false, reason: 'unreadable', detail: `cannot be read (${code ?? error.message})` };
}
function formatSize(bytes) {
    if (bytes >= 1024 * 1024)
        return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`;
    if (bytes >= 1024)
        return `${Number((bytes / 1024).toFixed(1))} KiB`;
    return `${bytes} bytes`;
}


/***/ }),

/***/ 8453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ FORMATS),
  C: () => (/* binding */ formatReport)
});

;// CONCATENATED MODULE: ./src/reporters/json.ts
const FINDING_KEYS = ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'hint'];
/**
 * The versioned JSON report of ARCHITECTURE.md: keys in contract order whatever order the objects were
 * built in, absent fields left out, 2-space indent and a trailing newline, so reports diff cleanly.
 */
function renderJson(report) {
    const ordered = {
        schemaVersion: report.schemaVersion,
        status: report.status,
        checks: report.checks.map(orderCheck),
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
}
function orderCheck(c) {
    return { check: c.check, status: c.status, durationMs: c.durationMs, findings: c.findings.map(orderFinding), metrics: c.metrics ?? {} };
}
function orderFinding(f) {
    const out = {};
    for (const key of FINDING_KEYS)
        if (f[key] !== undefined)
            out[key] = f[key];
    // Fields added to Finding later keep their place after the contract's, rather than vanishing.
    for (const [key, value] of Object.entries(f))
        if (!(key in out) && value !== undefined)
            out[key] = value;
    return out;
}

// EXTERNAL MODULE: ./src/reporters/counts.ts
var reporters_counts = __webpack_require__(9496);
;// CONCATENATED MODULE: ./src/reporters/junit.ts

/**
 * JUnit XML for CI test-report viewers: a <testsuite> per check and a <testcase> per finding.
 * Only what fails the gate is a <failure>; warnings and notices pass with their text in <system-out>.
 */
function renderJunit(report, options = {}) {
    const failing = (f) => f.severity === 'error' || (options.failOn === 'warning' && f.severity === 'warning');
    const suites = report.checks.map((check) => suite(check, failing));
    const sum = (key) => suites.reduce((n, s) => n + s.totals[key], 0);
    const time = seconds(report.checks.reduce((n, c) => n + c.durationMs, 0));
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="release-gate" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" skipped="${sum('skipped')}" time="${time}">`,
        ...suites.flatMap((s) => s.lines),
        '</testsuites>',
        '',
    ].join('\n');
}
function suite(check, failing) {
    const name = attr(check.check);
    const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    const cases = [];
    const testcase = (caseName, ...children) => {
        totals.tests += 1;
        if (children.length === 0)
            cases.push(`    <testcase classname="${name}" name="${caseName}"/>`);
        else
            cases.push(`    <testcase classname="${name}" name="${caseName}">`, ...children.map((c) => `      ${c}`), '    </testcase>');
    };
    const findings = (0,reporters_counts/* sortedFindings */.Y_)(check);
    if (check.status === 'skipped') {
        const reason = typeof check.metrics.reason === 'string' ? ` message="${attr(check.metrics.reason)}"` : '';
        testcase('skipped', `<skipped${reason}/>`);
        totals.skipped += 1;
    }
    for (const f of findings) {
        const caseName = attr(where(f) ? `${f.ruleId} ${where(f)}` : f.ruleId);
        if (!failing(f)) {
            testcase(caseName, `<system-out>${junit_text(`${f.severity}: ${body(f)}`)}</system-out>`);
            continue;
        }
        // A check that could not finish has an unknown result: that is an <error>, not a failed assertion.
        const element = check.status === 'error' ? 'error' : 'failure';
        testcase(caseName, `<${element} message="${attr(f.message)}" type="${attr(f.ruleId)}">${junit_text(body(f))}</${element}>`);
        totals[element === 'error' ? 'errors' : 'failures'] += 1;
    }
    if (check.status === 'error' && totals.errors === 0) {
        testcase('could not finish', '<error message="the check could not finish"/>');
        totals.errors += 1;
    }
    if (totals.tests === 0)
        testcase('no findings');
    const c = (0,reporters_counts/* countBySeverity */.Ot)(findings);
    const properties = [
        '    <properties>',
        `      <property name="status" value="${attr(check.status)}"/>`,
        `      <property name="errors" value="${c.error}"/>`,
        `      <property name="warnings" value="${c.warning}"/>`,
        `      <property name="notices" value="${c.notice}"/>`,
        '    </properties>',
    ];
    const open = `  <testsuite name="${name}" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}" time="${seconds(check.durationMs)}">`;
    return { totals, lines: [open, ...properties, ...cases, '  </testsuite>'] };
}
function where(f) {
    if (!f.file)
        return '';
    return f.line !== undefined && f.line >= 1 ? `${f.file}:${f.line}` : f.file;
}
function body(f) {
    const at = where(f);
    return [f.message, f.hint ? `Hint: ${f.hint}` : '', at ? `At: ${at}${f.column ? `:${f.column}` : ''}` : ''].filter(Boolean).join('\n');
}
function seconds(ms) {
    return (ms / 1000).toFixed(3);
}
/** Drops what XML 1.0 cannot carry at all: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
function xmlSafe(s) {
    return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
function junit_text(s) {
    return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Attribute values also keep their line breaks and tabs, which a parser would otherwise fold to spaces. */
function attr(s) {
    return junit_text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

// EXTERNAL MODULE: ./src/rules/registry.ts
var registry = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/reporters/annotations.ts

/** GitHub keeps at most this many annotations of each level per step and drops the rest silently. */
const ANNOTATIONS_PER_LEVEL = 10;
/** ...and at most this many per job, across every step. */
const ANNOTATIONS_PER_JOB = 50;
/**
 * Chooses which findings become annotations within GitHub's limits: findings on lines the pull request
 * changed first (they show inline in the diff), then the most severe, in check order.
 */
function renderAnnotations(report, options = {}) {
    const limit = options.limitPerLevel ?? ANNOTATIONS_PER_LEVEL;
    const capacity = {
        error: Math.max(0, limit - (options.reservedErrors ?? 0)),
        warning: limit,
        notice: limit,
    };
    let jobRemaining = options.jobRemaining ?? Infinity;
    const emitted = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const commands = [];
    for (const { check, finding } of annotationOrder(report, options.changedLines)) {
        if (emitted[finding.severity] >= capacity[finding.severity] || jobRemaining <= 0) {
            omitted[finding.severity] += 1;
            continue;
        }
        emitted[finding.severity] += 1;
        jobRemaining -= 1;
        commands.push(annotationCommand(check, finding));
    }
    return { commands, emitted, omitted };
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function annotationOrder(report, changed) {
    const all = report.checks.flatMap((c, checkIndex) => c.findings.map((finding) => ({
        check: c.check,
        checkIndex,
        finding,
        inDiff: changed !== undefined && onChangedLine(finding, changed),
    })));
    return all.sort((a, b) => Number(b.inDiff) - Number(a.inDiff) ||
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        a.checkIndex - b.checkIndex ||
        compareFindings(a.finding, b.finding));
}
function onChangedLine(finding, changed) {
    if (!finding.file || finding.line === undefined)
        return false;
    const ranges = changed.get(finding.file);
    if (!ranges)
        return false;
    const first = finding.line;
    const last = finding.endLine !== undefined && finding.endLine >= first ? finding.endLine : first;
    return ranges.some((r) => r.start <= last && first <= r.end);
}
const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' };
function annotationCommand(check, finding) {
    const properties = [...locationProperties(finding), ['title', `${finding.ruleId} (${check})`]];
    const props = properties
        .filter((p) => p[1] !== undefined && p[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    const message = finding.hint ? `${finding.message}\n${finding.hint}` : finding.message;
    return `::${COMMAND[finding.severity]}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function locationProperties(f) {
    if (!f.file)
        return [];
    const line = positive(f.line);
    if (line === undefined)
        return [['file', f.file]];
    const endLine = positive(f.endLine) !== undefined && f.endLine >= line ? f.endLine : undefined;
    // GitHub ignores col/endColumn on an annotation that spans several lines, so they are sent only for one line.
    const oneLine = endLine === undefined || endLine === line;
    const col = oneLine ? positive(f.column) : undefined;
    const endColumn = oneLine && col !== undefined && positive(f.endColumn) !== undefined && f.endColumn >= col ? f.endColumn : undefined;
    return [['file', f.file], ['line', line], ['col', col], ['endLine', endLine], ['endColumn', endColumn]];
}
function positive(n) {
    return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}
// The same escaping as @actions/core's command.ts, so the runner decodes exactly what we meant.
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// EXTERNAL MODULE: ./src/reporters/markdown-cell.ts
var markdown_cell = __webpack_require__(5250);
;// CONCATENATED MODULE: ./src/reporters/metric-tables.ts

const rowsOf = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'object' && v !== null && typeof v.name === 'string') : [];
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—');
const metric_tables_text = (v) => (v === undefined || v === null || v === '' ? '—' : (0,markdown_cell/* cell */.H)(String(v)));
/** Endpoint latencies, in the contract's `metrics.endpoints` shape. */
function endpointsTable(endpoints) {
    const rows = rowsOf(endpoints);
    if (rows.length === 0)
        return undefined;
    const lines = rows.map((e) => `| ${metric_tables_text(e.name)} | ${num(e.count)} | ${num(e.errors)} | ${num(e.p50Ms)} | ${num(e.p95Ms)} | ${num(e.p99Ms)} | ${num(e.maxMs)} |\n`);
    return `| Endpoint | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n${lines.join('')}\n`;
}
// Mermaid's xychart has no legend: each line gets a palette colour, and the legend under the chart
// uses the coloured square of the same hue. More endpoints than colours: the table alone.
const CHART_SERIES = [['#1f6feb', '🟦'], ['#fb8500', '🟧'], ['#2da44e', '🟩'], ['#cf222e', '🟥'], ['#8250df', '🟪'], ['#9a6700', '🟫']];
const CHART_POINTS = [['p50', 'p50Ms'], ['p90', 'p90Ms'], ['p95', 'p95Ms'], ['p99', 'p99Ms']];
/**
 * Latency by percentile, one line per endpoint, as a Mermaid chart. Where Mermaid does not render
 * (plain Markdown viewers, e-mail), the endpoints table that follows it carries the same numbers.
 */
function latencyChart(metrics) {
    const rows = rowsOf(metrics.endpoints).filter((e) => CHART_POINTS.every(([, key]) => typeof e[key] === 'number' && Number.isFinite(e[key])));
    if (rows.length === 0 || rows.length > CHART_SERIES.length)
        return undefined;
    const value = (v) => Math.round(v * 10) / 10;
    const top = niceCeiling(Math.max(...rows.flatMap((e) => CHART_POINTS.map(([, key]) => value(e[key])))) * 1.1);
    const palette = rows.map((_, i) => CHART_SERIES[i][0]).join(', ');
    const lines = rows.map((e) => `  line [${CHART_POINTS.map(([, key]) => value(e[key])).join(', ')}]\n`);
    const legend = rows.map((e, i) => `${CHART_SERIES[i][1]} ${metric_tables_text(e.name)}`).join(' · ');
    return '```mermaid\n'
        + `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%\n`
        + 'xychart-beta\n  title "Latency by percentile (ms)"\n'
        + `  x-axis [${CHART_POINTS.map(([label]) => label).join(', ')}]\n  y-axis "ms" 0 --> ${top}\n${lines.join('')}\`\`\`\n\n${legend}\n\n`;
}
/** The smallest of 1, 2 or 5 times a power of ten that is at least `n`: a round top for an axis. */
function niceCeiling(n) {
    if (!(n > 0))
        return 1;
    const power = 10 ** Math.floor(Math.log10(n));
    return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= n);
}
/** Smoke steps and cleanups with their status and time. */
function stepsTable(steps, cleanups) {
    const rows = [...rowsOf(steps).map((s) => ({ ...s, kind: 'step' })), ...rowsOf(cleanups).map((s) => ({ ...s, kind: 'cleanup' }))];
    if (rows.length === 0)
        return undefined;
    const lines = rows.map((s) => `| ${metric_tables_text(s.name)} | ${s.kind} | ${metric_tables_text(s.status)} | ${metric_tables_text(s.httpStatus)} | ${num(s.ms)} | ${metric_tables_text(s.session)} |\n`);
    return `| Step | Kind | Status | HTTP | ms | Session |\n| --- | --- | --- | ---: | ---: | --- |\n${lines.join('')}\n`;
}
/** The deployment a post-deploy run tested, from a deployment_status event. */
function deploymentLine(deployment) {
    if (!deployment || typeof deployment !== 'object')
        return undefined;
    const d = deployment;
    const parts = [
        d.environment ? `environment ${metric_tables_text(d.environment)}` : undefined,
        d.sha ? `commit \`${String(d.sha).slice(0, 12).replace(/[^0-9a-zA-Z]/g, '')}\`` : undefined,
        d.state ? `state ${metric_tables_text(d.state)}` : undefined,
        d.url ? `at ${metric_tables_text(d.url)}` : undefined,
    ].filter(Boolean);
    return parts.length ? `Deployment: ${parts.join(', ')}.\n\n` : undefined;
}
/** The migrations trace: per migration, its statements with the locks they took, rewrites and time. */
function traceTables(trace) {
    if (!trace || typeof trace !== 'object')
        return undefined;
    const migrations = rowsOf(trace.migrations);
    if (migrations.length === 0)
        return undefined;
    const ms = (v) => (typeof v === 'number' && Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : num(v)) : '—');
    return migrations.map((m) => {
        const statements = rowsOf(m.statements);
        const failed = statements.some((s) => s.error);
        const lines = statements.map((s) => `| ${num(s.line)} | ${metric_tables_text(s.name)} | ${metric_tables_text(s.locks)} | ${metric_tables_text(s.rewrite)} | ${ms(s.ms)} |${failed ? ` ${metric_tables_text(s.error)} |` : ''}\n`);
        return `Trace of \`${String(m.name).replace(/[`\r\n]/g, '')}\`:\n\n| Line | Statement | Locks | Rewrite | ms |${failed ? ' Error |' : ''}\n`
            + `| ---: | --- | --- | --- | ---: |${failed ? ' --- |' : ''}\n${lines.join('')}\n`;
    }).join('');
}
/** Every table a check's metrics call for, in a fixed order. */
function metricTables(check) {
    const m = check.metrics;
    return [deploymentLine(m.deployment), stepsTable(m.steps, m.cleanups), latencyChart(m), endpointsTable(m.endpoints), traceTables(m.trace)].filter(Boolean).join('');
}

;// CONCATENATED MODULE: ./src/reporters/markdown.ts





// cell lives in its own file so metric-tables.ts can use it without importing this file back.

/** Under GitHub's 1 MiB job-summary limit (1,048,576 bytes) with room for anything else the step appends. */
const MARKDOWN_MAX_BYTES = 1_000_000;
const STATUS_LABEL = {
    pass: '✅ pass', fail: '❌ fail', error: '💥 error', skipped: '⏭️ skipped',
};
/**
 * The report as GitHub-flavoured Markdown: a headline, a table of checks, then a table of findings per
 * check. Rows are cut from the least severe end until the document fits `maxBytes`.
 */
function renderMarkdown(report, options = {}) {
    const maxBytes = options.maxBytes ?? MARKDOWN_MAX_BYTES;
    const findings = report.checks.map(reporters_counts/* sortedFindings */.Y_);
    // Rank rows across checks the way cutting should go: most severe first, check order, then row order.
    const ranked = findings
        .flatMap((list, index) => list.map((f, position) => ({ index, position, severity: f.severity })))
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.index - b.index || a.position - b.position);
    const keptPerSection = (keep) => {
        const kept = findings.map(() => 0);
        for (let i = 0; i < keep; i++)
            kept[ranked[i].index] += 1;
        return kept;
    };
    // No row is shorter than its docs link, so at most this many can fit: only those are rendered and measured.
    const candidates = keptPerSection(Math.min(ranked.length, Math.floor(maxBytes / MIN_ROW_BYTES)));
    const rows = findings.map((list, i) => list.slice(0, candidates[i]).map(findingRow));
    // rowBytes[i][k]: the size of check i's first k rows, so a layout is measured without joining it.
    const rowBytes = rows.map((list) => {
        const sums = [0];
        for (const row of list)
            sums.push(sums[sums.length - 1] + Buffer.byteLength(row, 'utf8'));
        return sums;
    });
    const counts = report.checks.map((c) => (0,reporters_counts/* countBySeverity */.Ot)(c.findings));
    const layout = (keep, withRows) => {
        const kept = keptPerSection(keep);
        const parts = report.checks.map((check, i) => ({ check, counts: counts[i], rows: rows[i], total: findings[i].length, kept: kept[i] }));
        return { kept, pieces: assemble(report, options, parts, ranked.length - keep, withRows) };
    };
    const size = (keep) => {
        const { kept, pieces } = layout(keep, false);
        return pieces.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0) + kept.reduce((n, k, i) => n + rowBytes[i][k], 0);
    };
    // Sizes grow with the number of rows kept, so a binary search finds the most rows that fit.
    let keep = Math.min(ranked.length, candidates.reduce((n, c) => n + c, 0));
    if (size(keep) > maxBytes) {
        let low = 0;
        let high = keep - 1;
        while (low < high) {
            const mid = Math.ceil((low + high) / 2);
            if (size(mid) <= maxBytes)
                low = mid;
            else
                high = mid - 1;
        }
        keep = low;
    }
    const text = layout(keep, true).pieces.join('');
    return Buffer.byteLength(text, 'utf8') <= maxBytes ? text : truncateUtf8(text, maxBytes);
}
const MIN_ROW_BYTES = Buffer.byteLength(`| error | [](${(0,registry/* docsUrl */.fs)('')}) | — |  |\n`, 'utf8');
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function assemble(report, options, sections, cut, withRows) {
    const title = options.title ?? 'release-gate';
    const counts = sections.reduce((sum, s) => ({
        error: sum.error + s.counts.error, warning: sum.warning + s.counts.warning, notice: sum.notice + s.counts.notice,
    }), { error: 0, warning: 0, notice: 0 });
    const out = [];
    out.push(`## ${report.status === 'pass' ? '✅' : '❌'} ${(0,markdown_cell/* cell */.H)(title)}: ${report.status}\n\n`);
    out.push(`${(0,reporters_counts/* plural */.LS)(counts.error, 'error')}, ${(0,reporters_counts/* plural */.LS)(counts.warning, 'warning')}, ${(0,reporters_counts/* plural */.LS)(counts.notice, 'notice')} in ${(0,reporters_counts/* plural */.LS)(report.checks.length, 'check')}.\n\n`);
    if (sections.length > 0) {
        out.push('| Check | Status | Errors | Warnings | Notices | Duration |\n| --- | --- | ---: | ---: | ---: | ---: |\n');
        for (const s of sections) {
            const c = s.counts;
            out.push(`| ${(0,markdown_cell/* cell */.H)(s.check.check)} | ${STATUS_LABEL[s.check.status] ?? (0,markdown_cell/* cell */.H)(String(s.check.status))} | ${markdown_num(c.error)} | ${markdown_num(c.warning)} | ${markdown_num(c.notice)} | ${(0,reporters_counts/* formatDuration */.a3)(s.check.durationMs)} |\n`);
        }
        out.push('\n');
    }
    const fullReport = options.fullReport ?? 'the JSON report';
    const omittedLine = omittedAnnotations(options.omitted, cut, fullReport);
    if (omittedLine)
        out.push(omittedLine);
    if (cut > 0)
        out.push(`**${notShown(cut, fullReport)}**\n\n`);
    for (const s of sections) {
        out.push(`### ${(0,markdown_cell/* cell */.H)(s.check.check)}: ${s.check.status}\n\n`);
        const reason = s.check.metrics.reason;
        if (s.check.status === 'skipped' && typeof reason === 'string')
            out.push(`Skipped: ${(0,markdown_cell/* cell */.H)(reason)}.\n\n`);
        const total = s.total;
        if (total === 0 && s.check.status !== 'skipped')
            out.push('No findings.\n\n');
        if (s.kept > 0) {
            out.push('| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n');
            if (withRows)
                for (let i = 0; i < s.kept; i++)
                    out.push(s.rows[i]);
            out.push('\n');
        }
        if (s.kept < total)
            out.push(`${notShown(total - s.kept, fullReport)}\n\n`);
        const tables = metricTables(s.check);
        if (tables)
            out.push(tables);
    }
    for (const block of options.details ?? [])
        out.push(`${block.replace(/\s+$/, '')}\n\n`);
    return out;
}
const markdown_num = (n) => n.toLocaleString('en-US');
function notShown(n, fullReport) {
    return `${(0,reporters_counts/* plural */.LS)(n, 'more finding')} not shown here, to keep under GitHub's size limit; every finding is in ${fullReport}.`;
}
/** Says exactly where the findings without an annotation went: below, or (when rows were cut) the full report. */
function omittedAnnotations(omitted, cut, fullReport) {
    if (!omitted)
        return undefined;
    const parts = ['error', 'warning', 'notice']
        .filter((level) => (omitted[level] ?? 0) > 0)
        .map((level) => (0,reporters_counts/* plural */.LS)(omitted[level], level));
    if (parts.length === 0)
        return undefined;
    const limits = `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step and ${ANNOTATIONS_PER_JOB} per job`;
    const where = cut === 0
        ? 'every finding is listed below'
        : `the tables below list the most severe findings and leave ${(0,reporters_counts/* plural */.LS)(cut, 'finding')} out; every finding is in ${fullReport}`;
    return `${limits}: ${parts.join(', ')} not annotated; ${where}.\n\n`;
}
function findingRow(f) {
    // Percent-encoding the id keeps a stray ")" or space from ending the link target early.
    const target = (0,registry/* docsUrl */.fs)(encodeURIComponent(f.ruleId).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    const rule = `[${(0,markdown_cell/* cell */.H)(f.ruleId)}](${target})`;
    const message = f.hint ? `${(0,markdown_cell/* cell */.H)(f.message)}<br>Hint: ${(0,markdown_cell/* cell */.H)(f.hint)}` : (0,markdown_cell/* cell */.H)(f.message);
    return `| ${f.severity} | ${rule} | ${markdown_location(f)} | ${message} |\n`;
}
function markdown_location(f) {
    if (!f.file)
        return '—';
    const where = f.line !== undefined && f.line >= 1 ? `${f.file}:${f.line}` : f.file;
    return (0,markdown_cell/* cell */.H)(/[`|]/.test(where) ? where : `\`${where}\``);
}
/** Cuts a document to `maxBytes` at a line boundary and says so; never splits a UTF-8 character. */
function truncateUtf8(text, maxBytes, note = '\n\n_Output truncated; see the JSON report._\n') {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const budget = maxBytes - Buffer.byteLength(note, 'utf8');
    if (budget <= 0)
        return '';
    const bytes = Buffer.from(text, 'utf8');
    let end = budget;
    while (end > 0 && (bytes[end] & 0xc0) === 0x80)
        end -= 1; // step back to the start of a character
    let head = bytes.subarray(0, end).toString('utf8');
    const lastBreak = head.lastIndexOf('\n');
    if (lastBreak > 0)
        head = head.slice(0, lastBreak);
    return head + note;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/reporters/security-rules.ts
/**
 * Which rules are about security, for code scanning: a SARIF rule tagged `security` with a
 * `security-severity` score (0.1–10; GitHub shows ≥ 9 as Critical, ≥ 7 High, ≥ 4 Medium, else Low).
 * Whole checks (secrets, dependencies) and rule families (TLS, mail authentication, HSTS, proxy) are
 * listed here once, so a new rule in one of them is tagged without touching this file.
 */
const SECURITY_CHECKS = new Set(['secrets', 'dependencies']);
const SECURITY_RULES = /^(tls-|spf-|dkim-|dmarc-|hsts-|proxy-|dependency-|cookie-insecure$|mixed-content$|security-header-missing$|cache-authenticated-response$|login-not-rate-limited$|redirect-insecure-hop$|env-secret-committed$|env-shared-secret$|env-forbidden-value$)/;
/** Rules not about security despite their family: whether a check could run is not a vulnerability. */
const NOT_SECURITY = new Set(['tls-unreachable', 'secrets-file-unreadable', 'secrets-file-too-large', 'secrets-binary-file-skipped', 'secrets-baseline-invalid', 'secrets-baseline-written']);
/** A leaked credential or private key is exploitable as it stands: Critical. */
const CRITICAL_CHECKS = new Set(['secrets']);
function isSecurityRule(meta) {
    if (NOT_SECURITY.has(meta.id))
        return false;
    return SECURITY_CHECKS.has(meta.check) || SECURITY_RULES.test(meta.id);
}
/** The security-severity score of a security rule, from its default severity. */
function securitySeverity(meta) {
    if (!isSecurityRule(meta))
        return undefined;
    if (meta.severity === 'error')
        return CRITICAL_CHECKS.has(meta.check) || meta.id === 'env-secret-committed' ? '9.1' : '7.5';
    return meta.severity === 'warning' ? '5.0' : '2.0';
}

;// CONCATENATED MODULE: ./src/reporters/sarif.ts




const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/release-gate/release-gate';
/** Code scanning rejects a run with more results than this. */
const SARIF_MAX_RESULTS = 25_000;
// v2: measurements left out of the fingerprinted message (v1 hashed the message as it was).
const FINGERPRINT_KEY = 'releaseGate/v2';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** SARIF 2.1.0 for GitHub code scanning: one run, rule metadata from the registry, stable fingerprints. */
function renderSarif(report, options) {
    const maxResults = options.maxResults ?? SARIF_MAX_RESULTS;
    const ranked = (0,reporters_counts/* rankedFindings */.gH)(report);
    const kept = ranked.slice(0, maxResults);
    const rules = new Map();
    for (const { check, finding } of kept)
        if (!rules.has(finding.ruleId))
            rules.set(finding.ruleId, ruleDescriptor(finding, check));
    const ruleIds = [...rules.keys()].sort();
    const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
    const seen = new Map();
    const results = kept.map(({ check, finding }) => {
        const location = sarifLocation(finding, options.manifestFile);
        return {
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId),
            level: LEVEL[finding.severity],
            message: { text: messageText(finding) },
            ...(location ? { locations: [location] } : {}),
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding, seen) },
            properties: { check },
        };
    });
    const run = {
        tool: {
            driver: {
                name: 'release-gate',
                version: options.toolVersion,
                informationUri: INFORMATION_URI,
                rules: ruleIds.map((id) => rules.get(id)),
            },
        },
        columnKind: 'utf16CodeUnits',
        results,
    };
    if (ranked.length > kept.length)
        run.properties = { omittedResults: ranked.length - kept.length };
    const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
    return `${JSON.stringify(log, null, 2)}\n`;
}
function ruleDescriptor(first, check) {
    // A rule the registry does not know (a check that forgot to register) still needs the fields code scanning requires.
    const meta = (0,registry/* getRule */.rF)(first.ruleId) ?? {
        id: first.ruleId,
        check,
        severity: first.severity,
        description: `release-gate rule ${first.ruleId}.`,
        help: first.hint ?? `See ${(0,registry/* docsUrl */.fs)(first.ruleId)}.`,
    };
    const url = (0,registry/* docsUrl */.fs)(meta.id);
    return {
        id: meta.id,
        name: pascalCase(meta.id),
        shortDescription: { text: meta.description },
        fullDescription: { text: `${meta.description} Reported by the ${meta.check} check.` },
        help: { text: meta.help, markdown: `${meta.help}\n\n[${meta.id}](${url})` },
        helpUri: url,
        defaultConfiguration: { level: LEVEL[meta.severity] },
        properties: securityProperties(meta),
    };
}
function securityProperties(meta) {
    if (!isSecurityRule(meta))
        return { tags: ['release-gate', meta.check] };
    return { tags: ['release-gate', meta.check, 'security'], 'security-severity': securitySeverity(meta) };
}
function messageText(f) {
    // The rule's help is shown beside every alert already; a finding-specific hint is worth repeating.
    const help = (0,registry/* getRule */.rF)(f.ruleId)?.help;
    return f.hint && f.hint !== help ? `${f.message}\n${f.hint}` : f.message;
}
function sarifLocation(f, manifestFile) {
    const file = f.file ?? manifestFile;
    if (!file)
        return undefined;
    const onFile = f.file !== undefined;
    // Code scanning needs region.startLine to place an alert; a file-level finding sits on line 1.
    const startLine = onFile && sarif_positive(f.line) ? f.line : 1;
    const region = { startLine };
    if (onFile && sarif_positive(f.line)) {
        const endLine = sarif_positive(f.endLine) && f.endLine >= startLine ? f.endLine : undefined;
        if (sarif_positive(f.column))
            region.startColumn = f.column;
        if (endLine !== undefined)
            region.endLine = endLine;
        const sameLine = endLine === undefined || endLine === startLine;
        if (sarif_positive(f.endColumn) && !(sameLine && region.startColumn !== undefined && f.endColumn < region.startColumn)) {
            region.endColumn = f.endColumn;
        }
    }
    return { physicalLocation: { artifactLocation: { uri: relativeUri(file), uriBaseId: '%SRCROOT%' }, region } };
}
/** A relative URI reference: forward slashes, no leading "./" or "/", each segment percent-encoded. */
function relativeUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
/**
 * sha256 of rule, file and the message's stable content (NUL-separated, so "a"+"bc" differs from
 * "ab"+"c"); the line is left out so an alert survives edits above it. Repeats of the same triple get a
 * counter so they stay distinct.
 */
function fingerprint(f, seen) {
    const key = `${f.ruleId}\0${f.file ?? ''}\0${stableContent(f.message)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return (0,external_node_crypto_.createHash)('sha256').update(n === 0 ? key : `${key}\0${n}`).digest('hex');
}
// A number with its unit: "512 ms", "1.2 s", "5 days", "97.5%", "1,200 requests", a port or a date part.
const MEASUREMENT = /(?<![A-Za-z0-9_.])\d[\d,.]*(?:\s?(?:ms|µs|s|sec|seconds?|min|minutes?|h|hours?|days?|%|req\/s|rps|requests?|bytes?|[KMG]i?B|chars?|characters?|times?|errors?|hops?|lookups?)(?![A-Za-z]))?/g;
/**
 * What identifies a finding across runs: its message with every measurement replaced, so a p95 of 512 ms
 * tonight and 530 ms tomorrow, or a certificate "in 5 days" then "in 4 days", stay one code-scanning
 * alert instead of closing it and opening another every night.
 */
function stableContent(message) {
    return message.replace(MEASUREMENT, '#');
}
function sarif_positive(n) {
    return n !== undefined && Number.isInteger(n) && n >= 1;
}
function pascalCase(id) {
    return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('') || id;
}

// EXTERNAL MODULE: ./src/reporters/text.ts
var reporters_text = __webpack_require__(955);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/format.ts






const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'];
/** Renders a report in one of the CLI's formats. */
function formatReport(report, format, options = {}) {
    switch (format) {
        case 'json': return renderJson(report);
        case 'sarif': return renderSarif(report, { toolVersion: version/* VERSION */.x, manifestFile: options.manifestFile });
        case 'junit': return renderJunit(report, { failOn: options.failOn });
        case 'markdown': return renderMarkdown(report);
        case 'text': return (0,reporters_text/* renderText */.S5)(report, { color: options.color ?? false });
    }
}


/***/ }),

/***/ 6459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ BaseRefError),
/* harmony export */   gU: () => (/* binding */ resolveBase)
/* harmony export */ });
/* unused harmony export FETCH_DEPTH_HINT */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4086);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** `--base` names nothing git can find (a typo, or a shallow clone without the base): a usage error, exit 2. */
class BaseRefError extends Error {
}
const FETCH_DEPTH_HINT = 'Fetch the history the comparison needs: actions/checkout with `fetch-depth: 0`, or `git fetch origin <branch>` before the run.';
/**
 * Resolves `--base` before any check runs. A push that created a branch has an all-zero `before`, and a
 * base equal to HEAD has nothing to compare: both check the whole tree with a notice instead of failing,
 * a common failure of scanning actions on push.
 */
async function resolveBase(cwd, base) {
    if (/^0{7,64}$/.test(base)) {
        return { mode: 'tree', notice: `the push created a new branch (its "before" commit is ${base.slice(0, 7)}…), so there is no base to compare with: the whole tree is checked` };
    }
    const git = async (...args) => (await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout.trim();
    let head;
    try {
        head = await git('rev-parse', '--verify', '--quiet', 'HEAD^{commit}');
    }
    catch {
        throw new BaseRefError(`--base ${base}: ${cwd} is not a git repository with a commit, so there is nothing to compare with. ${FETCH_DEPTH_HINT}`);
    }
    let sha;
    try {
        sha = await git('rev-parse', '--verify', '--quiet', `${base}^{commit}`);
    }
    catch {
        const names = await refNames(git);
        const guess = (0,_manifest_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(base, names) ?? (0,_manifest_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(base.replace(/^origin\//, ''), names);
        throw new BaseRefError(`--base ${base}: no such branch, tag or commit in this clone${guess ? `; did you mean "${guess}"?` : '.'} ${FETCH_DEPTH_HINT}`);
    }
    if (sha === head) {
        return { mode: 'tree', notice: `the base ${base} is HEAD itself, so nothing changed to compare: the whole tree is checked` };
    }
    try {
        await git('merge-base', sha, head);
    }
    catch {
        throw new BaseRefError(`--base ${base}: HEAD and ${base} share no history in this clone (a shallow clone?). ${FETCH_DEPTH_HINT}`);
    }
    return { mode: 'diff', base };
}
async function refNames(git) {
    try {
        const out = await git('for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags');
        return out.split('\n').filter((n) => n && !n.endsWith('/HEAD'));
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lD: () => (/* binding */ createGit),
/* harmony export */   tP: () => (/* binding */ isLineAdded)
/* harmony export */ });
/* unused harmony exports GitError, parseUnifiedDiff */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
class GitError extends Error {
}
function createGit(cwd) {
    const git = async (...args) => {
        try {
            const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], { cwd, maxBuffer: 256 * 1024 * 1024 });
            return stdout;
        }
        catch (error) {
            const stderr = error.stderr?.trim() ?? String(error);
            throw new GitError(`git ${args[0]} failed: ${stderr.split('\n')[0]}`);
        }
    };
    const mergeBase = async (base) => {
        try {
            return (await git('merge-base', base, 'HEAD')).trim();
        }
        catch (error) {
            throw new GitError(`cannot find where HEAD left ${base} (${error.message}). ` +
                'Fetch the base branch with history: actions/checkout with fetch-depth: 0, or git fetch origin <branch>.');
        }
    };
    return {
        mergeBase,
        async changes(base) {
            const from = await mergeBase(base);
            const diff = await git('diff', '--unified=0', '--no-color', '--no-ext-diff', '-M', from, '--');
            const files = parseUnifiedDiff(diff);
            const untracked = (await git('ls-files', '--others', '--exclude-standard', '-z')).split('\0').filter(Boolean);
            for (const path of untracked)
                files.push({ path, status: 'untracked', added: [{ start: 1, end: Infinity }] });
            return files;
        },
        async show(ref, path) {
            try {
                return await git('show', `${ref}:${path}`);
            }
            catch {
                return undefined;
            }
        },
        async listFiles(ref) {
            return (await git('ls-tree', '-r', '--name-only', '-z', ref)).split('\0').filter(Boolean);
        },
    };
}
/** Parses `git diff --unified=0` output into the added line ranges of each new or changed file. */
function parseUnifiedDiff(diff) {
    const files = [];
    let current;
    let pendingStatus = 'modified';
    for (const line of diff.split('\n')) {
        if (line.startsWith('diff --git ')) {
            current = undefined;
            pendingStatus = 'modified';
        }
        else if (line.startsWith('new file mode')) {
            pendingStatus = 'added';
        }
        else if (line.startsWith('rename to ')) {
            pendingStatus = 'renamed';
            // A pure rename has no +++ line; record it so callers still see the new path.
            current = { path: line.slice('rename to '.length), status: 'renamed', added: [] };
            files.push(current);
        }
        else if (line.startsWith('+++ ')) {
            const target = line.slice(4);
            if (target === '/dev/null') {
                current = undefined;
                continue;
            }
            const path = target.startsWith('b/') ? target.slice(2) : target;
            if (current?.path !== path) {
                current = { path, status: pendingStatus, added: [] };
                files.push(current);
            }
        }
        else if (line.startsWith('@@') && current) {
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (!m)
                continue;
            const start = Number(m[1]);
            const count = m[2] === undefined ? 1 : Number(m[2]);
            if (count > 0)
                current.added.push({ start, end: start + count - 1 });
        }
    }
    return files;
}
function isLineAdded(file, line) {
    return !!file?.added.some((r) => line >= r.start && line <= r.end);
}


/***/ }),

/***/ 4086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/** The closest candidate within a small edit distance, for "did you mean" hints. */
function didYouMean(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
    const lower = word.toLowerCase();
    for (const candidate of candidates) {
        // Lengths further apart than the limit cannot be within it: no table needed.
        if (Math.abs(candidate.length - word.length) > limit)
            continue;
        const d = distance(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
/** Damerau–Levenshtein (optimal string alignment) distance, in three rolling rows. */
function distance(a, b) {
    let before = new Int32Array(b.length + 1);
    let previous = new Int32Array(b.length + 1);
    let current = new Int32Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        previous[j] = j;
    for (let i = 1; i <= a.length; i++) {
        current[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, before[j - 2] + 1);
            current[j] = d;
        }
        [before, previous, current] = [previous, current, before];
    }
    return previous[b.length];
}


/***/ }),

/***/ 1738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ ManifestError)
/* harmony export */ });
/* unused harmony export formatProblem */
/** A manifest the gate cannot use: the CLI exits 2 and prints every problem as file:line:column. */
class ManifestError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(problems.map((p) => formatProblem(file, p)).join('\n'));
        this.file = file;
        this.problems = problems;
        this.name = 'ManifestError';
    }
}
function formatProblem(file, p) {
    const where = p.line ? `${file}:${p.line}:${p.column ?? 1}` : file;
    return `${where}: ${p.message}`;
}


/***/ }),

/***/ 7745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mj: () => (/* binding */ DEFAULT_MANIFEST),
  J9: () => (/* binding */ findManifest),
  eY: () => (/* binding */ loadManifest)
});

// UNUSED EXPORTS: SUPPORTED_VERSION, parseManifest, toDisplayPath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/files/read-bounded.ts
var read_bounded = __webpack_require__(1543);
// EXTERNAL MODULE: ./src/manifest/errors.ts
var errors = __webpack_require__(1738);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/manifest/schema-validator.generated.js
// Generated from schema/release-gate.schema.json by `npm run generate`. Do not edit.


const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const schema_validator_generated = (validate10);
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-gate.dev/schema/release-gate.schema.json","title":"release-gate manifest","description":"One manifest describes the app; every release-gate check reads its own section.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"description":"The manifest format version. Only 1 exists.","const":1,"x-expected":"1"},"environments":{"type":"object","description":"The deployed environments, by name.","x-expected":"a map of environment names to {url, env-file}","propertyNames":{"pattern":"^[A-Za-z0-9_-]+$"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"url":{"type":"string","description":"The environment's origin, e.g. https://ops.example.com.","x-expected":"an absolute URL such as https://ops.example.com","pattern":"^https?://[^\\s/?#]+(/\\S*)?$"},"env-file":{"type":"string","description":"A dotenv file holding this environment's values, for the env check."}},"description":"One environment."}},"sessions":{"type":"object","description":"How smoke and latency sign in; cookies are kept automatically.","x-expected":"a map of session names to {login, headers}","propertyNames":{"pattern":"^[A-Za-z0-9_-]+$"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"login-page":{"type":"object","additionalProperties":false,"properties":{"request":{"$ref":"#/$defs/request"},"headers":{"$ref":"#/$defs/stringMap"},"expect":{"$ref":"#/$defs/expect"},"capture":{"$ref":"#/$defs/captures"}},"required":["request"],"description":"A request made just before the login, in the same cookie jar, whose captures the login may use: e.g. GET /login with capture: { csrf: \"input:_csrf\" } for a sign-in form protected by a CSRF token."},"login":{"type":"object","additionalProperties":false,"properties":{"request":{"$ref":"#/$defs/request"},"headers":{"$ref":"#/$defs/stringMap"},"json":{"description":"A JSON body; templates are expanded in string values."},"form":{"$ref":"#/$defs/stringMap"},"body":{"type":"string","description":"A raw body."},"expect":{"$ref":"#/$defs/expect"},"capture":{"$ref":"#/$defs/captures"}},"required":["request"],"description":"The sign-in request. It follows redirects (keeping cookies set on the way) and must answer 2xx unless `expect` says otherwise; captured values are secrets, masked in every output."},"headers":{"allOf":[{"$ref":"#/$defs/stringMap"}],"description":"Headers sent on every request of this session, e.g. authorization: \"Bearer {{ token }}\"."}},"description":"One signed-in role."}},"baseline":{"type":"string","minLength":1,"description":"The baseline of known findings that runs hide (default .github/release-gate-baseline.json when it exists). Write it with `release-gate baseline write`; `--baseline FILE` overrides it.","x-expected":"a file path"},"ignore":{"type":"array","description":"Findings to hide in every check, each with the reason and, best, a date to look again. An entry without a reason still hides but is a warning (suppression-without-reason); after `until` the finding is reported again, saying the ignore expired.","x-expected":"a list of { rule, path, reason, until }","items":{"type":"object","additionalProperties":false,"required":["rule"],"properties":{"rule":{"type":"string","minLength":1,"description":"The rule id to hide."},"path":{"type":"string","minLength":1,"description":"A glob of the files it applies to (default: every file).","x-expected":"a glob"},"reason":{"type":"string","minLength":1,"description":"Why the finding is acceptable."},"until":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"From this day on, the finding is reported again.","x-expected":"a date, YYYY-MM-DD"}}}},"env":{"type":"object","additionalProperties":false,"properties":{"declared-in":{"type":"array","items":{"type":"string","minLength":1},"description":"Files that declare what the app needs, e.g. .env.example.","x-expected":"a list of globs"},"scan":{"type":"array","items":{"type":"string","minLength":1},"description":"Code searched for uses of variables (process.env.X, os.environ[...], ...).","x-expected":"a list of globs"},"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs left out of `scan`, and of the search of committed env files for secrets (e.g. test fixtures); node_modules, .git and dist are always left out.","x-expected":"a list of globs"},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Variable names (a * matches any run of characters) that env-undeclared-use and env-unused skip. NODE_ENV, CI, PATH, HOME, GITHUB_*, RUNNER_* and other platform variables are always skipped.","x-expected":"a list of variable names or name globs such as FEATURE_*"},"production":{"type":"array","items":{"type":"string"},"description":"Environments whose values must not point at localhost or another environment's host. Default: environments named prod, production or live (optionally with a -suffix, e.g. production-eu).","x-expected":"a list of environment names"},"vars":{"type":"object","description":"Per-variable expectations.","x-expected":"a map of variable names to options","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"required":{"type":"boolean","description":"Must be set and non-empty in every environment checked. Every declared variable is required unless this is false or required-in narrows it."},"required-in":{"type":"array","items":{"type":"string"},"description":"Environments where it must be set; elsewhere it is optional.","x-expected":"a list of environment names"},"format":{"enum":["url","email","number","integer","boolean","port","host","json","duration"],"description":"The shape the value must have."},"enum":{"type":"array","items":{"type":["string","number","boolean"],"minimum":-9007199254740991,"maximum":9007199254740991},"description":"The allowed values.","x-expected":"a list of allowed values"},"pattern":{"type":"string","maxLength":1000,"description":"A regular expression the whole value must match. It runs in a linear-time engine: no backreferences or lookarounds, at most 1000 characters."},"secret":{"type":"boolean","description":"The value is a secret: never printed, and must differ between environments. Names containing SECRET, TOKEN, PASSWORD, PASSWD, KEY, DSN or CREDENTIAL are secret unless this is false."},"distinct":{"type":"boolean","description":"The value must differ between environments (compared by keyed fingerprints, never by value). Defaults to the value of secret."},"forbid":{"type":"object","description":"Environment → substrings (case-insensitive) its value must not contain.","x-expected":"a map of environment names to lists of forbidden substrings","additionalProperties":{"type":"array","items":{"type":"string"}}}},"description":"What one variable must look like."}},"rules":{"$ref":"#/$defs/ruleOverrides"}},"description":"Environment completeness: every environment has every variable it needs."},"migrations":{"type":"object","additionalProperties":false,"properties":{"dialect":{"enum":["postgres"],"description":"The SQL dialect. Only postgres is supported."},"paths":{"type":"array","items":{"type":"string","minLength":1},"description":"Migration files, e.g. db/migrations/*.sql. Defaults to the preset's usual location.","x-expected":"a list of globs"},"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Files matched by paths that are not migrations to lint, e.g. db/migrations/seed/**.","x-expected":"a list of globs"},"preset":{"enum":["plain","flyway","golang-migrate","prisma","dbmate","node-pg-migrate","rails","django","alembic","diesel","goose","sql-migrate"],"description":"The migration tool: how versions are read from file names, which part of a file runs on migrate up, and whether the tool wraps each file in a transaction. Default plain: leading digits of the file name (or of its folder) are the version, each statement runs on its own unless the file says BEGIN, psql commands are understood, and a file annotated for goose, sql-migrate or dbmate runs its Up part as that tool does."},"transaction":{"enum":["auto","always","never"],"description":"Whether the runner wraps each migration file in a transaction: auto follows the preset, always and never override it."},"postgres-version":{"type":"number","minimum":9.6,"maximum":99,"description":"The PostgreSQL major version the migrations run on (default 15); rules whose safe form depends on it follow it.","x-expected":"a PostgreSQL major version such as 15"},"trace":{"type":"object","additionalProperties":false,"description":"Trace mode: apply the migrations to a throwaway PostgreSQL (local: true) or a scratch database (url), seed the tables they touch, and report per statement the locks taken, table rewrites and time. Runs whenever the section is present; --no-trace skips it. With --base, the base branch's migrations are applied untraced first and only the new ones are traced.","properties":{"local":{"type":"boolean","description":"Start a throwaway cluster with initdb (as an unprivileged user) on a free loopback port, and remove it when the run ends, fails or is interrupted. Needs the PostgreSQL server binaries (Debian: postgresql).","x-expected":"true or false"},"url":{"type":"string","minLength":1,"description":"A scratch database to trace in instead, e.g. a `services: postgres` container: postgres://user:password@host:port/database, usually \"{{ env.TRACE_DATABASE_URL }}\". It must name the host, user and database; its password is masked in every output. A database that already has tables is refused unless allow-existing is true.","x-expected":"a postgres:// URL"},"rows":{"type":"integer","minimum":0,"maximum":10000000,"description":"Rows generated into every table the traced migrations touch, before they run (default 10000). The values satisfy the columns' types and NOT NULL.","x-expected":"a whole number of rows such as 100000"},"allow-existing":{"type":"boolean","description":"Trace in the url's database even though it already has tables (it is changed by the migrations and the seeded rows).","x-expected":"true or false"},"slow-statement":{"$ref":"#/$defs/duration","description":"statement-slow-on-seeded-data reports a statement that takes longer than this on the seeded rows (default 1s)."},"lock-hold":{"$ref":"#/$defs/duration","description":"lock-access-exclusive-held reports an ACCESS EXCLUSIVE lock on an existing table held at least this long (default 100ms)."}}},"rules":{"$ref":"#/$defs/ruleOverrides"}},"description":"Migration safety lint."},"secrets":{"type":"object","additionalProperties":false,"properties":{"paths":{"type":"array","items":{"type":"string","minLength":1},"description":"Files to scan (default: every file). .gitignore is honoured; .git, node_modules and .release-gate are never scanned.","x-expected":"a list of globs"},"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Files to skip, e.g. dist/** or test/fixtures/**.","x-expected":"a list of globs"},"logs":{"type":"array","items":{"type":"string","minLength":1},"description":"Log files to scan with the log-aware rules as well (Authorization headers, cookies, logged passwords, personal data). They are read even when .gitignore lists them, and always whole, also with --base.","x-expected":"a list of globs"},"max-file-size":{"type":["integer","string"],"minimum":1,"maximum":1073741824,"pattern":"^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$","x-bounds":{"unit":"bytes","minimum":1,"maximum":1073741824},"description":"Files larger than this are skipped with a notice (default 10MB; K, M and G are powers of 1024). Logs are streamed and never skipped.","x-expected":"a size such as 10MB, 512KB, or a number of bytes"},"baseline":{"type":"string","minLength":1,"description":"A baseline file of accepted findings, written by --write-baseline FILE (the `baseline` input overrides it). Findings are matched by rule and secret hash, not by line.","x-expected":"a file path"},"include-personal-data":{"type":"boolean","description":"Report email addresses, card numbers and phone numbers found in logs, as warnings (default true)."},"archives":{"type":"boolean","description":"Open .zip, .tar, .tar.gz/.tgz and .gz files and scan the text files inside (default false: each archive gets a secrets-archive-not-scanned notice). Entries over max-file-size are skipped, and at most four times max-file-size is decompressed per archive."},"contexts":{"type":"object","additionalProperties":false,"description":"Severity of generic matches (assignments such as password = \"…\", passwords in URLs, Authorization headers, values found only after a provider keyword) by where the file sits. Provider formats with a checksum or a decodable structure (GitHub tokens, private keys, JWTs, …) keep their severity in every context.","x-expected":"a map from code, config, test, fixture, docs, locale, vendored to error, warning, notice or off","properties":{"code":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Source files (default error)."},"config":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Config and env files: .env*, YAML, INI, Dockerfiles, kubeconfig (default error)."},"test":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Tests: test/, spec/, __tests__/, *.test.*, *_test.go (default warning)."},"fixture":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Fixtures: fixtures/, testdata/, __snapshots__/, cassettes/, mocks/, seeds/ (default warning)."},"docs":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Docs: Markdown and other prose, docs/, website/, examples/, READMEs and *.example/.sample/.template files (default warning)."},"locale":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Locale files: locales/, i18n/, translations/, .po, .xliff, .arb (default off)."},"vendored":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Vendored code: vendor/, third_party/, bower_components/, *.min.js (default warning)."}}},"rules":{"$ref":"#/$defs/ruleOverrides"}},"description":"Secret scanning of code, pull-request diffs and logs. Findings show a masked form only."},"dependencies":{"type":"object","additionalProperties":false,"description":"Third-party packages that handle sign-in, sessions or money: known advisories (OSV), deprecated or stale releases, and, on pull requests, critical packages added, removed, changed in major version or imitated by a look-alike name.","properties":{"lockfiles":{"type":"array","items":{"type":"string","minLength":1},"description":"Lockfiles to read (globs). Default: every package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock, requirements*.txt, poetry.lock, Pipfile.lock, Gemfile.lock, go.sum and composer.lock outside node_modules and vendor.","x-expected":"a list of globs"},"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Lockfiles to skip, e.g. test/fixtures/**.","x-expected":"a list of globs"},"critical":{"type":"array","items":{"type":"string","minLength":1},"description":"More package names to treat as critical, besides the built-in table of auth, payment and session/crypto packages: exact names, a trailing * for a prefix (@acme/auth-*), or ecosystem:name (PyPI:acme-sso) to name one ecosystem only.","x-expected":"a list of package names"},"advisories":{"type":"string","minLength":1,"description":"Where advisories come from: `osv` (default: the OSV query API, one batch per run), `off`, or the path of a directory of OSV JSON records (an unzipped OSV export) for runners without network access (./osv for a directory named osv or off).","x-expected":"osv, off, or a directory path"},"osv-url":{"type":"string","pattern":"^https?://[^\\s]+$","description":"The OSV API root, for a mirror. Default https://api.osv.dev.","x-expected":"an http(s) URL"},"registry":{"type":"boolean","description":"Look up each critical package's latest release and deprecation in its registry (npm, PyPI, RubyGems, the Go module proxy, Packagist). Default true; false, or an advisories directory, skips it with a notice."},"registry-urls":{"type":"object","additionalProperties":false,"description":"Registry roots, for mirrors.","properties":{"npm":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Default https://registry.npmjs.org.","x-expected":"an http(s) URL"},"pypi":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Default https://pypi.org.","x-expected":"an http(s) URL"},"rubygems":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Default https://rubygems.org.","x-expected":"an http(s) URL"},"go":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Default https://proxy.golang.org.","x-expected":"an http(s) URL"},"packagist":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Default https://repo.packagist.org.","x-expected":"an http(s) URL"}}},"min-severity":{"enum":["low","moderate","high","critical"],"description":"Advisories on packages that are not critical are reported from this severity up (default low: all of them). Advisories on critical packages are always reported."},"dev":{"type":"boolean","description":"Include development-only packages. Default true."},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long one request to OSV or a registry may take. Default 15s."},"rules":{"$ref":"#/$defs/ruleOverrides"}}},"smoke":{"type":"object","additionalProperties":false,"properties":{"on":{"type":"array","items":{"type":"string","pattern":"^[a-z_]+$"},"minItems":1,"description":"GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.","x-expected":"a list of GitHub event names, e.g. [pull_request, push]"},"environment":{"type":"string","description":"The environment to test; its url is the origin of every request."},"wait":{"type":"object","additionalProperties":false,"properties":{"request":{"$ref":"#/$defs/request"},"headers":{"$ref":"#/$defs/stringMap"},"expect":{"allOf":[{"$ref":"#/$defs/expect"}],"description":"What the response must show once the new release is serving, e.g. { headers: { x-app-version: \"^{{ deployment_sha }}\" } }. Default: any 2xx."},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Give up after this long (default 5m), failing with smoke-rollout-timeout. A poll in flight still gets its full request timeout."},"interval":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"The first pause between polls (default 2s); it doubles after each poll up to max-interval."},"max-interval":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"The longest pause between polls (default 30s)."}},"required":["request"],"description":"Wait for the rollout: poll this signed-out request with backoff until it meets its expectation, before the steps start. Its time does not count against the deadline."},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long one request may take (default 10s) before it fails with smoke-timeout."},"deadline":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long all steps together may take (default 2m); steps not started by then are skipped. Cleanups still run, each with its own timeout."},"retries":{"type":"integer","minimum":0,"maximum":10,"description":"Retries, with backoff, after a connection error or a 502, 503 or 504 (default 2). POST and PATCH steps are not retried unless they set retries themselves."},"deployment-url":{"type":"boolean","description":"On a deployment_status event, test the URL the deployment reports (environment_url, else target_url) instead of the environment's url (default true). The action's url input overrides both."},"ca-file":{"type":"string","description":"A PEM file of extra certificate authorities to trust, relative to the working directory: for environments behind an internal CA."},"steps":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","description":"A short name shown in findings and the summary."},"request":{"$ref":"#/$defs/request"},"session":{"type":"string","description":"The session to run as; the first session when omitted."},"anonymous":{"type":"boolean","description":"Send the request signed out: no session, no cookies. For pages that must redirect a visitor to the sign-in page."},"headers":{"$ref":"#/$defs/stringMap"},"json":{"description":"A JSON body; templates are expanded in string values."},"form":{"$ref":"#/$defs/stringMap"},"body":{"type":"string","description":"A raw body."},"expect":{"$ref":"#/$defs/expect"},"capture":{"$ref":"#/$defs/captures"},"cleanup":{"description":"A request that undoes this step, e.g. \"DELETE /api/tasks/{{ id }}\", or a map with request, headers, json, form, body and expect. Cleanups run after all steps, in reverse order, even when a step failed; they must answer 2xx unless expect says otherwise.","x-expected":"a request such as \"DELETE /api/tasks/{{ id }}\", or a map with request and expect","anyOf":[{"$ref":"#/$defs/request"},{"type":"object","additionalProperties":false,"properties":{"request":{"$ref":"#/$defs/request"},"headers":{"$ref":"#/$defs/stringMap"},"json":{"description":"A JSON body; templates are expanded in string values. Sent with Content-Type: application/json."},"form":{"allOf":[{"$ref":"#/$defs/stringMap"}],"description":"A form body, sent as application/x-www-form-urlencoded."},"body":{"type":"string","description":"A raw body."},"expect":{"$ref":"#/$defs/expect"}},"required":["request"]}]},"retries":{"type":"integer","minimum":0,"maximum":10,"description":"Retries after a connection error or a 502, 503 or 504; defaults to smoke.retries for GET, HEAD, OPTIONS, PUT and DELETE, and to 0 for POST and PATCH. Setting it on a POST or PATCH says the server honours the Idempotency-Key header, which every retry repeats."},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long this request may take; defaults to smoke.timeout."},"follow-redirects":{"type":"boolean","description":"Follow redirects (default true) and check the final response; false checks the redirect itself."}},"required":["request"],"description":"One request and its expectations."},"description":"The requests, in order.","x-expected":"a list of steps"},"rules":{"$ref":"#/$defs/ruleOverrides"}},"required":["steps"],"description":"Post-deploy smoke tests."},"latency":{"type":"object","additionalProperties":false,"properties":{"on":{"type":"array","items":{"type":"string","pattern":"^[a-z_]+$"},"minItems":1,"description":"GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.","x-expected":"a list of GitHub event names, e.g. [pull_request, push]"},"environment":{"type":"string","description":"The environment to load; only its origin is ever sent requests, and credentials never go anywhere else."},"rate":{"type":"number","exclusiveMinimum":0,"maximum":1000000,"description":"Requests per second, open model (arrival rate, not connections): requests go out on this schedule whatever the responses do. Shared by weight among the endpoints without a rate of their own (default 10). All endpoints together are capped at 50/s unless max-rate raises the ceiling."},"max-rate":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"Raises the rate ceiling from its default of 50 requests per second (all endpoints together) up to at most 1000. Without it, a higher rate is lowered to 50/s and the run says so (latency-capped)."},"duration":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long the measured load lasts (default 30s). warmup plus duration may not exceed 10m: a longer run is refused (latency-setting-refused)."},"warmup":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Load sent first, on the same schedule, and left out of the results (default 0s): connections open and caches fill before measuring."},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long one request may take once sent (default 10s, at most 60s). A request that times out is an error and counts in the percentiles at the time it gave up."},"max-requests":{"type":"integer","minimum":1,"maximum":600000,"description":"The most requests one run sends, warmup included (default 30,000, at most 600,000). A longer run is shortened to fit and says so (latency-capped)."},"stop-error-rate":{"anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"}],"description":"Stop early (latency-stopped-early) when more than this share of the last 50 requests failed, once at least 20 have (default 50%): a failing app is not loaded further.","x-expected":"a share such as 1% or 0.01"},"p95":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"The default p95 threshold of every endpoint without its own."},"p99":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"The default p99 threshold of every endpoint without its own."},"max":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"The default max threshold of every endpoint without its own."},"error-rate":{"anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"}],"description":"The default error-rate threshold of every endpoint without its own (default 1%).","x-expected":"a share such as 1% or 0.01"},"window":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Also judge p95 and the error rate in every window of this length (at least 1s), by due time: a run whose last 10 seconds all failed fails on that window even when the whole run is under its thresholds (latency-window-exceeded). Windows with fewer than 10 requests are not judged. The default of every endpoint without its own."},"baseline":{"type":"string","description":"A previous JSON report (--format json) to compare with, relative to the working directory; the baseline input overrides it. An endpoint whose p95 got worse by more than both regression margins fails with latency-regression."},"regression":{"type":"object","additionalProperties":false,"properties":{"relative":{"anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"}],"description":"How much slower than the baseline's p95, as a share of it, is a regression (default 20%).","x-expected":"a share such as 1% or 0.01"},"absolute":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How much slower than the baseline's p95, in time, is a regression (default 25ms). Both margins must be passed: shared runners are noisy."}},"description":"When a p95 slower than the baseline's counts as a regression: worse by more than both margins."},"ca-file":{"type":"string","description":"A PEM file of extra certificate authorities to trust, relative to the working directory: for environments behind an internal CA."},"endpoints":{"type":"array","minItems":1,"description":"The requests to load and their thresholds.","x-expected":"a list of endpoints","items":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","description":"A short name shown in findings and the summary, and matched against the baseline's endpoints (default: the request line)."},"request":{"$ref":"#/$defs/request"},"session":{"type":"string","description":"The session to run as; the first session when omitted. Each session signs in once, before the load."},"anonymous":{"type":"boolean","description":"Send this endpoint's requests signed out, without any session."},"headers":{"$ref":"#/$defs/stringMap"},"weight":{"type":"number","exclusiveMinimum":0,"maximum":1000000,"description":"This endpoint's share of latency.rate, relative to the other endpoints without a rate of their own (default 1)."},"rate":{"type":"number","exclusiveMinimum":0,"maximum":1000000,"description":"This endpoint's own requests per second, instead of a share of latency.rate (weight is then ignored). Counts against the same ceiling."},"p95":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Fail (latency-p95-exceeded) when this endpoint's 95th percentile is slower than this, e.g. 500ms. Default: latency.p95."},"p99":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Fail (latency-p99-exceeded) when the 99th percentile is slower than this. Default: latency.p99."},"max":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Fail (latency-max-exceeded) when the slowest request took longer than this. Default: latency.max."},"error-rate":{"anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"}],"description":"Fail (latency-error-rate-exceeded) when more than this share of requests failed: no response, a timeout, or a 4xx or 5xx status. Default: latency.error-rate.","x-expected":"a share such as 1% or 0.01"},"window":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"This endpoint's window for windowed thresholds, instead of latency.window."}},"required":["request"],"description":"One endpoint under load, with its thresholds."}},"rules":{"$ref":"#/$defs/ruleOverrides"}},"required":["endpoints"],"description":"p95 latency under an open-model load: requests go out on a fixed schedule and each is timed from when it was due, so a stalled server counts in full. Capped: 50 requests/s unless max-rate says more (1000 at most), 30,000 requests unless max-requests says more, 10 minutes, and an early stop when most requests fail."},"domain":{"type":"object","additionalProperties":false,"description":"Launch readiness of the domain: DNS records, mail authentication (SPF, DMARC, DKIM, MX), TLS certificates, HSTS, redirects, headers of signed-in pages and login rate limits.","properties":{"on":{"type":"array","items":{"type":"string","pattern":"^[a-z_]+$"},"minItems":1,"description":"GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.","x-expected":"a list of GitHub event names, e.g. [pull_request, push]"},"environment":{"type":"string","description":"Sessions and relative requests use this environment's url."},"resolver":{"type":"string","pattern":"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$","description":"The DNS server used for every name this check looks up or connects to, by address: 1.1.1.1, 127.0.0.1:5353 or [2606:4700:4700::1111]:53. Default: the system's resolvers.","x-expected":"a DNS server address such as 1.1.1.1 or 127.0.0.1:5353"},"resolvers":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"},"description":"Several DNS servers: every record is asked of each, and different answers are reported (propagation not finished). The first one is used for connections.","x-expected":"a list of DNS server addresses such as 1.1.1.1 or 127.0.0.1:5353"},"ca":{"type":"string","minLength":1,"description":"Extra trusted CA certificates (internal PKI, tests): a PEM file relative to the working directory, or PEM text. The usual public roots stay trusted.","x-expected":"the path of a PEM file"},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long one DNS lookup, connection or HTTP request may take before it counts as failed. Default 5s."},"allow-dmarc-none":{"type":"boolean","description":"Accept DMARC p=none (monitoring only) for every email domain, e.g. while reports are being read before enforcing. Default false."},"dns":{"type":"array","description":"Records that must resolve to exactly these values. CNAME chains are followed.","x-expected":"a list of {name, type, value} records","items":{"type":"object","additionalProperties":false,"required":["name","type"],"anyOf":[{"type":"object","properties":{"value":true},"required":["value"]},{"type":"object","properties":{"values":true},"required":["values"]}],"properties":{"name":{"type":"string","minLength":1,"description":"The name to look up, e.g. app.example.com."},"type":{"enum":["A","AAAA","CNAME","MX","TXT","NS","CAA"],"description":"The record type."},"value":{"type":"string","minLength":1,"description":"The one expected value: an address, a target name, \"10 mail.example.com\" for MX, the whole text for TXT, \"0 issue letsencrypt.org\" for CAA."},"values":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Every expected value (A, AAAA, MX, NS and CAA must match exactly; TXT must contain each one).","x-expected":"a list of record values"}},"description":"One expected record.","x-expected":"a record with a value or a list of values"}},"email":{"type":"array","description":"Mail domains whose SPF, DMARC, DKIM and MX records are checked.","x-expected":"a list of {domain, dkim} entries","items":{"type":"object","additionalProperties":false,"required":["domain"],"properties":{"domain":{"type":"string","minLength":1,"description":"The domain mail is sent from, e.g. example.com."},"dkim":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},"description":"DKIM selectors that must publish a key at <selector>._domainkey.<domain>. Without it, the selectors common mail providers publish by default are probed and a notice says which hold keys; an empty list turns the probe off.","x-expected":"a list of DKIM selectors such as s1"},"spf":{"type":"boolean","description":"Check SPF. Default true."},"dmarc":{"type":"boolean","description":"Check DMARC. Default true."},"mx":{"type":"boolean","description":"The domain receives mail, so it needs MX records. Default true; false for send-only domains."},"allow-dmarc-none":{"type":"boolean","description":"Accept DMARC p=none for this domain. Default: the section's allow-dmarc-none."}},"description":"One mail domain."}},"tls":{"type":"array","description":"TLS endpoints whose certificates must be valid, trusted, for the right name and far from expiry.","x-expected":"a list of {host, port, min-days} entries","items":{"type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"The host name, sent as SNI and matched against the certificate.","x-expected":"a host name such as app.example.com"},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Default 443."},"min-days":{"type":"number","minimum":0,"maximum":3650,"description":"Fewer days left than this is an error. Default 14."},"warn-days":{"type":"number","minimum":0,"maximum":3650,"description":"Fewer days left than this is a warning. Default 30."}},"description":"One TLS endpoint."}},"hsts":{"type":"array","description":"HTTPS URLs that must send Strict-Transport-Security with a max-age of at least a year.","x-expected":"a list of URLs or {url, include-subdomains, preload} entries","items":{"anyOf":[{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"An HTTPS URL, or a path on the environment's url."},{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"An HTTPS URL, or a path on the environment's url."},"include-subdomains":{"type":"boolean","description":"Require includeSubDomains. Default false."},"preload":{"type":"boolean","description":"Require what hstspreload.org requires: max-age of at least a year, includeSubDomains and preload. Default false."}}}],"description":"One URL, or one URL with options.","x-expected":"a URL, or {url, include-subdomains, preload}"}},"redirects":{"type":"array","description":"Old links that must keep working: each is followed hop by hop, without credentials, to where it must end.","x-expected":"a list of {from, to, status} entries","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"The old URL, or a path on the environment's url."},"to":{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"Where the redirects must end."},"status":{"enum":[301,302,303,307,308],"description":"The status the first hop must answer with. Default: any redirect status."},"max-hops":{"type":"integer","minimum":1,"maximum":10,"description":"More hops than this is reported. Default 3."}},"description":"One redirect."}},"headers":{"type":"array","description":"Pages whose response headers are inspected: caching of signed-in pages, cookie flags, mixed content and security headers.","x-expected":"a list of URLs or {url, session} entries","items":{"anyOf":[{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"A URL, or a path on the environment's url."},{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"A URL, or a path on the environment's url."},"session":{"type":"string","description":"Request the page signed in as this session (see sessions), so caching rules for signed-in responses apply."}}}],"description":"One page, or one page with the session to request it as.","x-expected":"a URL, or {url, session}"}},"rate-limit":{"type":"array","description":"Sign-in endpoints that must slow down a burst of failed attempts. Only a throwaway user name and a wrong password are ever sent.","x-expected":"a list of {request} entries","items":{"type":"object","additionalProperties":false,"required":["request"],"properties":{"request":{"$ref":"#/$defs/request"},"attempts":{"type":"integer","minimum":1,"maximum":50,"description":"Failed sign-ins to send at most; the burst stops at the first 429, lockout or Retry-After. Default 20, at most 50."},"format":{"enum":["json","form"],"description":"How the body is sent: a JSON object or an HTML form. Default json."},"user-field":{"type":"string","minLength":1,"description":"The body field for the user name. Default email."},"password-field":{"type":"string","minLength":1,"description":"The body field for the password. Default password."}},"description":"One sign-in endpoint."}},"hosts":{"type":"object","description":"Hostnames served through a reverse proxy or CDN: that the proxy is in front (headers, addresses in its published ranges), the origin is not published or open to everyone, sign-in and API calls pass through without challenges and with working cookies, signed-in responses are never edge-cached and static assets are.","x-expected":"a map of hostnames to { proxy, origin, ... }","propertyNames":{"pattern":"^[A-Za-z0-9_.-]+$"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["proxy"],"description":"One hostname as the public reaches it.","properties":{"proxy":{"description":"What serves the name: `cloudflare`, `none` (no proxy checks), or a generic proxy { name, headers, ranges } with the response headers that show it served a response.","x-expected":"cloudflare, none, or { headers: [...] }","oneOf":[{"enum":["cloudflare","none"]},{"type":"object","additionalProperties":false,"required":["headers"],"properties":{"name":{"type":"string","minLength":1,"description":"The proxy's name, for messages."},"headers":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9-]+$"},"description":"Response header names, any one of which shows the proxy served the response (e.g. x-served-by, x-amz-cf-id).","x-expected":"a list of header names"},"ranges":{"type":"array","items":{"type":"string","pattern":"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"},"description":"The proxy's published address ranges (CIDR).","x-expected":"a list of CIDR ranges such as 104.16.0.0/13"}}}]},"origin":{"type":"string","pattern":"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$","description":"The origin's address (and HTTPS port, default 443): it must not be published in DNS for this name, and should refuse or redirect requests that reach it directly.","x-expected":"an IP address such as 203.0.113.10 or 203.0.113.10:8443"},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"The public HTTPS port. Default 443."},"ranges":{"type":"array","items":{"type":"string","pattern":"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"},"description":"Address ranges that replace the proxy's published ones (Cloudflare's ship with release-gate, dated).","x-expected":"a list of CIDR ranges such as 104.16.0.0/13"},"session":{"type":"string","minLength":1,"description":"A session (under sessions) that signs in through the proxy; its cookies must suit the hostname and its requests must not be challenged."},"signed-in":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Paths requested signed in through the proxy (pages and /api calls): never challenged, never from the edge cache. Needs session.","x-expected":"a list of paths such as /dashboard or /api/tasks"},"static":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Static asset paths the edge should cache for a day or more (a notice when it does not).","x-expected":"a list of paths such as /assets/app.js"}}}},"rules":{"$ref":"#/$defs/ruleOverrides"}}},"history":{"type":"object","additionalProperties":false,"description":"Where each run's JSON report is kept, for trends, the dashboard and the go-live and handover reports (docs/operate.md). The actions add every run to it; the CLI's `history add` does the same for any report.","properties":{"branch":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9._/-]+$","description":"A git branch that holds the history (history.ndjson), committed by the actions with retries when a concurrent run pushed first. Needs `permissions: contents: write`; a fork's pull request, which cannot push, skips it with a notice.","x-expected":"a branch name such as release-gate-history"},"file":{"type":"string","minLength":1,"description":"A file store, relative to the working directory (default .release-gate/history.ndjson): what the CLI uses when no branch is set.","x-expected":"a path such as .release-gate/history.ndjson"},"keep":{"type":"integer","minimum":1,"maximum":100000,"description":"Runs kept per workflow kind and environment (default 500); older runs are dropped when a run is added."},"dashboard":{"type":"string","minLength":1,"pattern":"^https?://","description":"The dashboard's address, linked from every job summary (default: the repository's GitHub Pages address).","x-expected":"an absolute URL"},"baseline-runs":{"type":"integer","minimum":3,"maximum":1000,"description":"How many earlier comparable runs (same kind, environment and endpoint) make the rolling baseline a figure is judged against (default 20; at least 5 are needed before anything is called a regression)."}}},"rollback":{"type":"object","additionalProperties":false,"description":"How to go back to the last release whose post-deploy gate passed when smoke, latency or watch fails after a deploy (docs/operate.md#rollback): a command or a workflow_dispatch workflow, one of the two. Then smoke runs again against the rolled-back deployment to confirm it.","x-expected":"either run: COMMAND or workflow: FILE (one of the two)","properties":{"run":{"type":"string","minLength":1,"description":"A shell command run from the working directory, given RELEASE_GATE_ENVIRONMENT, RELEASE_GATE_FAILED_SHA, RELEASE_GATE_PREVIOUS_SHA (the last sha whose post-deploy gate passed) and RELEASE_GATE_REASON. Exit 0 means rolled back.","x-expected":"a command such as ./scripts/rollback.sh"},"workflow":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9._-]+$","description":"A workflow file in .github/workflows with a workflow_dispatch trigger, dispatched with the inputs sha (the last sha whose post-deploy gate passed), environment, failed-sha and reason. Needs `permissions: actions: write`.","x-expected":"a workflow file name such as rollback.yml"},"when":{"enum":["auto","manual"],"description":"auto (default): roll back as soon as a post-deploy run fails. manual: only `release-gate rollback` rolls back; a failure says how.","x-expected":"auto or manual"},"ref":{"type":"string","minLength":1,"description":"The branch or tag the workflow is dispatched on (default: the workflow run's branch, else main).","x-expected":"a branch name such as main"},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long the command may run before it is stopped and the rollback counts as failed (default 10m)."},"confirm":{"type":"boolean","description":"Run smoke again against the rolled-back deployment (default true). Give smoke a `wait` that checks the version, so the confirmation waits for the old release to be served."}},"oneOf":[{"type":"object","properties":{"run":true},"required":["run"]},{"type":"object","properties":{"workflow":true},"required":["workflow"]}]},"launch":{"type":"object","additionalProperties":false,"description":"Facts the checks cannot see, for the go-live (`report --launch`) and handover (`report --handover`) reports.","properties":{"owners":{"type":"object","additionalProperties":{"type":"string","minLength":1},"description":"Who holds what, by area: dns, hosting, mail, secrets, alerts, or any other name.","x-expected":"a map of areas to who holds them"},"rollback":{"type":"string","minLength":1,"description":"The document that says how to roll back, relative to the working directory; the go-live checklist checks that it exists and is not empty.","x-expected":"a path such as docs/rollback.md"},"logs":{"type":"string","minLength":1,"description":"Where logs live."},"known-limitations":{"type":"array","items":{"type":"string","minLength":1},"description":"Limitations the team accepts at launch; they close the go-live report.","x-expected":"a list of sentences"}}}},"$defs":{"duration":{"description":"A duration: a number of milliseconds, or a string such as 500ms, 30s, 2m.","x-expected":"a duration such as 500ms, 30s or 2m","anyOf":[{"type":"number","minimum":0,"maximum":604800000},{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$","x-bounds":{"unit":"ms","minimum":0,"maximum":604800000}}]},"request":{"type":"string","description":"\"METHOD /path\", or a full URL on the environment's origin, e.g. \"GET /api/tasks\".","pattern":"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$","x-expected":"a request such as \"GET /api/tasks\""},"ruleOverrides":{"type":"object","description":"Severity overrides by rule id: error, warning, notice or off.","x-expected":"a map of rule ids to error, warning, notice or off","additionalProperties":{"enum":["error","warning","notice","off"]}},"stringMap":{"type":"object","additionalProperties":{"type":["string","number","boolean"],"minimum":-9007199254740991,"maximum":9007199254740991},"x-expected":"a map of names to values"},"captures":{"type":"object","description":"Values to capture from the response, by name: a JSONPath ($.token), header:Name, cookie:name, input:name (the value of an HTML <input>, e.g. a CSRF token) or regex:pattern (its first group, else the whole match).","x-expected":"a map of capture names to JSONPath, header:, cookie:, input: or regex: sources","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","minLength":1,"maxLength":1000}},"expect":{"type":"object","additionalProperties":false,"properties":{"status":{"description":"Expected status: a code such as 201, a class such as \"2xx\", or a list of them. Default: any 2xx.","x-expected":"a status code such as 200, a class such as \"2xx\", or a list of them","anyOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"string","pattern":"^[1-5]xx$"},{"type":"array","items":{"anyOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"string","pattern":"^[1-5]xx$"}]},"minItems":1}]},"body-contains":{"type":"string","description":"Text the response body must contain; templates are expanded."},"body-not-contains":{"type":"string","description":"Text the response body must not contain; templates are expanded."},"json":{"type":"object","description":"JSONPath (such as $.tasks[0].id) → the value it must equal; { exists: true } or { exists: false } only asks whether the path matches anything. Templates are expanded in string values.","x-expected":"a map of JSONPath expressions such as $.status to expected values","propertyNames":{"pattern":"^\\$"},"additionalProperties":true},"headers":{"type":"object","description":"Header name → regular expression the value must match; a template's value is matched literally. Patterns run in a linear-time engine: no backreferences or lookarounds, at most 1000 characters.","additionalProperties":{"type":"string","maxLength":1000},"x-expected":"a map of header names to regular expressions"},"max-ms":{"type":"number","minimum":0,"maximum":604800000,"description":"Longest acceptable response time in milliseconds."}},"description":"What the response must look like."}}};
const schema12 = {"type":"string","description":"\"METHOD /path\", or a full URL on the environment's origin, e.g. \"GET /api/tasks\".","pattern":"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$","x-expected":"a request such as \"GET /api/tasks\""};
const schema13 = {"type":"object","additionalProperties":{"type":["string","number","boolean"],"minimum":-9007199254740991,"maximum":9007199254740991},"x-expected":"a map of names to values"};
const schema14 = {"type":"object","additionalProperties":false,"properties":{"status":{"description":"Expected status: a code such as 201, a class such as \"2xx\", or a list of them. Default: any 2xx.","x-expected":"a status code such as 200, a class such as \"2xx\", or a list of them","anyOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"string","pattern":"^[1-5]xx$"},{"type":"array","items":{"anyOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"string","pattern":"^[1-5]xx$"}]},"minItems":1}]},"body-contains":{"type":"string","description":"Text the response body must contain; templates are expanded."},"body-not-contains":{"type":"string","description":"Text the response body must not contain; templates are expanded."},"json":{"type":"object","description":"JSONPath (such as $.tasks[0].id) → the value it must equal; { exists: true } or { exists: false } only asks whether the path matches anything. Templates are expanded in string values.","x-expected":"a map of JSONPath expressions such as $.status to expected values","propertyNames":{"pattern":"^\\$"},"additionalProperties":true},"headers":{"type":"object","description":"Header name → regular expression the value must match; a template's value is matched literally. Patterns run in a linear-time engine: no backreferences or lookarounds, at most 1000 characters.","additionalProperties":{"type":"string","maxLength":1000},"x-expected":"a map of header names to regular expressions"},"max-ms":{"type":"number","minimum":0,"maximum":604800000,"description":"Longest acceptable response time in milliseconds."}},"description":"What the response must look like."};
const schema15 = {"type":"object","description":"Values to capture from the response, by name: a JSONPath ($.token), header:Name, cookie:name, input:name (the value of an HTML <input>, e.g. a CSRF token) or regex:pattern (its first group, else the whole match).","x-expected":"a map of capture names to JSONPath, header:, cookie:, input: or regex: sources","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","minLength":1,"maxLength":1000}};
const schema22 = {"type":"object","description":"Severity overrides by rule id: error, warning, notice or off.","x-expected":"a map of rule ids to error, warning, notice or off","additionalProperties":{"enum":["error","warning","notice","off"]}};
const schema23 = {"description":"A duration: a number of milliseconds, or a string such as 500ms, 30s, 2m.","x-expected":"a duration such as 500ms, 30s or 2m","anyOf":[{"type":"number","minimum":0,"maximum":604800000},{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$","x-bounds":{"unit":"ms","minimum":0,"maximum":604800000}}]};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ucs2length["default"] ?? ucs2length;
const pattern0 = new RegExp("^[A-Za-z0-9_-]+$", "u");
const pattern1 = new RegExp("^https?://[^\\s/?#]+(/\\S*)?$", "u");
const pattern3 = new RegExp("^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$", "u");
const pattern4 = new RegExp("^[1-5]xx$", "u");
const pattern6 = new RegExp("^\\$", "u");
const pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern13 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern15 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$", "u");
const pattern17 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$", "u");
const pattern18 = new RegExp("^https?://[^\\s]+$", "u");
const pattern25 = new RegExp("^[a-z_]+$", "u");
const pattern50 = new RegExp("^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$", "u");
const pattern65 = new RegExp("^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$", "u");
const pattern68 = new RegExp("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$", "u");
const pattern69 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
const pattern70 = new RegExp("^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$", "u");
const pattern78 = new RegExp("^[A-Za-z0-9-]+$", "u");
const pattern79 = new RegExp("^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$", "u");
const pattern82 = new RegExp("^/", "u");
const pattern84 = new RegExp("^[A-Za-z0-9._/-]+$", "u");
const pattern85 = new RegExp("^https?://", "u");
const pattern86 = new RegExp("^[A-Za-z0-9._-]+$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://release-gate.dev/schema/release-gate.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.environments !== undefined){
let data1 = data.environments;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs5 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err3 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema11.properties.environments.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
const err4 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.environments.propertyNames,parentSchema:schema11.properties.environments,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key3 in data2){
if(!((key3 === "url") || (key3 === "env-file"))){
const err5 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.url !== undefined){
let data3 = data2.url;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err6 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/properties/environments/additionalProperties/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+(/\\S*)?$"},message:"must match pattern \""+"^https?://[^\\s/?#]+(/\\S*)?$"+"\"",schema:"^https?://[^\\s/?#]+(/\\S*)?$",parentSchema:schema11.properties.environments.additionalProperties.properties.url,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/properties/environments/additionalProperties/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.url.type,parentSchema:schema11.properties.environments.additionalProperties.properties.url,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2["env-file"] !== undefined){
let data4 = data2["env-file"];
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/env-file",schemaPath:"#/properties/environments/additionalProperties/properties/env-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties["env-file"].type,parentSchema:schema11.properties.environments.additionalProperties.properties["env-file"],data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.type,parentSchema:schema11.properties.environments.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.type,parentSchema:schema11.properties.environments,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sessions !== undefined){
let data5 = data.sessions;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key4 in data5){
const _errs16 = errors;
if(typeof key4 === "string"){
if(!pattern0.test(key4)){
const err11 = {instancePath:instancePath+"/sessions",schemaPath:"#/properties/sessions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema11.properties.sessions.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid4 = _errs16 === errors;
if(!valid4){
const err12 = {instancePath:instancePath+"/sessions",schemaPath:"#/properties/sessions/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema11.properties.sessions.propertyNames,parentSchema:schema11.properties.sessions,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key5 in data5){
let data6 = data5[key5];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key6 in data6){
if(!(((key6 === "login-page") || (key6 === "login")) || (key6 === "headers"))){
const err13 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sessions/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.sessions.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6["login-page"] !== undefined){
let data7 = data6["login-page"];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.request === undefined){
const err14 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page",schemaPath:"#/properties/sessions/additionalProperties/properties/login-page/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.sessions.additionalProperties.properties["login-page"].required,parentSchema:schema11.properties.sessions.additionalProperties.properties["login-page"],data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key7 in data7){
if(!((((key7 === "request") || (key7 === "headers")) || (key7 === "expect")) || (key7 === "capture"))){
const err15 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page",schemaPath:"#/properties/sessions/additionalProperties/properties/login-page/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.sessions.additionalProperties.properties["login-page"],data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.request !== undefined){
let data8 = data7.request;
if(typeof data8 === "string"){
if(!pattern3.test(data8)){
const err16 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.headers !== undefined){
let data9 = data7.headers;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key8 in data9){
let data10 = data9[key8];
if(((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")){
const err18 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/headers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
const err19 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/headers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data10 < -9007199254740991 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/headers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.expect !== undefined){
let data11 = data7.expect;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key9 in data11){
if(!((((((key9 === "status") || (key9 === "body-contains")) || (key9 === "body-not-contains")) || (key9 === "json")) || (key9 === "headers")) || (key9 === "max-ms"))){
const err22 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data11.status !== undefined){
let data12 = data11.status;
const _errs38 = errors;
let valid13 = false;
const _errs39 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err23 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 599 || isNaN(data12)){
const err24 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12 < 100 || isNaN(data12)){
const err25 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var _valid0 = _errs39 === errors;
valid13 = valid13 || _valid0;
if(!valid13){
const _errs41 = errors;
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err26 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs41 === errors;
valid13 = valid13 || _valid0;
if(!valid13){
const _errs43 = errors;
if(Array.isArray(data12)){
if(data12.length < 1){
const err28 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
const _errs46 = errors;
let valid16 = false;
const _errs47 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err29 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 599 || isNaN(data13)){
const err30 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data13 < 100 || isNaN(data13)){
const err31 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
var _valid1 = _errs47 === errors;
valid16 = valid16 || _valid1;
if(!valid16){
const _errs49 = errors;
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
const err32 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs49 === errors;
valid16 = valid16 || _valid1;
}
if(!valid16){
const err34 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err35 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs43 === errors;
valid13 = valid13 || _valid0;
}
}
if(!valid13){
const err36 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
if(data11["body-contains"] !== undefined){
let data14 = data11["body-contains"];
if(typeof data14 !== "string"){
const err37 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11["body-not-contains"] !== undefined){
let data15 = data11["body-not-contains"];
if(typeof data15 !== "string"){
const err38 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.json !== undefined){
let data16 = data11.json;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key10 in data16){
const _errs57 = errors;
if(typeof key10 === "string"){
if(!pattern6.test(key10)){
const err39 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key10,propertyName:key10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
var valid17 = _errs57 === errors;
if(!valid17){
const err40 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.headers !== undefined){
let data17 = data11.headers;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key11 in data17){
let data18 = data17[key11];
if(typeof data18 === "string"){
if(func3(data18) > 1000){
const err42 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/headers/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.properties.headers.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/headers/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data11["max-ms"] !== undefined){
let data19 = data11["max-ms"];
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 604800000 || isNaN(data19)){
const err45 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema14.properties["max-ms"],data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err46 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data7.capture !== undefined){
let data20 = data7.capture;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key12 in data20){
const _errs69 = errors;
if(typeof key12 === "string"){
if(!pattern7.test(key12)){
const err49 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture",schemaPath:"#/$defs/captures/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema15.propertyNames,data:key12,propertyName:key12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var valid20 = _errs69 === errors;
if(!valid20){
const err50 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture",schemaPath:"#/$defs/captures/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid",schema:schema15.propertyNames,parentSchema:schema15,data:data20};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
for(const key13 in data20){
let data21 = data20[key13];
if(typeof data21 === "string"){
if(func3(data21) > 1000){
const err51 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema15.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(func3(data21) < 1){
const err52 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.additionalProperties.type,parentSchema:schema15.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture",schemaPath:"#/$defs/captures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page",schemaPath:"#/properties/sessions/additionalProperties/properties/login-page/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.additionalProperties.properties["login-page"].type,parentSchema:schema11.properties.sessions.additionalProperties.properties["login-page"],data:data7};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data6.login !== undefined){
let data22 = data6.login;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.request === undefined){
const err56 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login",schemaPath:"#/properties/sessions/additionalProperties/properties/login/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.sessions.additionalProperties.properties.login.required,parentSchema:schema11.properties.sessions.additionalProperties.properties.login,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key14 in data22){
if(!(((((((key14 === "request") || (key14 === "headers")) || (key14 === "json")) || (key14 === "form")) || (key14 === "body")) || (key14 === "expect")) || (key14 === "capture"))){
const err57 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login",schemaPath:"#/properties/sessions/additionalProperties/properties/login/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.sessions.additionalProperties.properties.login,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data22.request !== undefined){
let data23 = data22.request;
if(typeof data23 === "string"){
if(!pattern3.test(data23)){
const err58 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data22.headers !== undefined){
let data24 = data22.headers;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key15 in data24){
let data25 = data24[key15];
if(((typeof data25 !== "string") && (!((typeof data25 == "number") && (isFinite(data25))))) && (typeof data25 !== "boolean")){
const err60 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/headers/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 9007199254740991 || isNaN(data25)){
const err61 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/headers/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data25 < -9007199254740991 || isNaN(data25)){
const err62 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/headers/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data24};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data22.form !== undefined){
let data26 = data22.form;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key16 in data26){
let data27 = data26[key16];
if(((typeof data27 !== "string") && (!((typeof data27 == "number") && (isFinite(data27))))) && (typeof data27 !== "boolean")){
const err64 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/form/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data27};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 9007199254740991 || isNaN(data27)){
const err65 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/form/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data27};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data27 < -9007199254740991 || isNaN(data27)){
const err66 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/form/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data27};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
}
else {
const err67 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/form",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data26};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data22.body !== undefined){
let data28 = data22.body;
if(typeof data28 !== "string"){
const err68 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/body",schemaPath:"#/properties/sessions/additionalProperties/properties/login/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sessions.additionalProperties.properties.login.properties.body.type,parentSchema:schema11.properties.sessions.additionalProperties.properties.login.properties.body,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data22.expect !== undefined){
let data29 = data22.expect;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key17 in data29){
if(!((((((key17 === "status") || (key17 === "body-contains")) || (key17 === "body-not-contains")) || (key17 === "json")) || (key17 === "headers")) || (key17 === "max-ms"))){
const err69 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data29};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data29.status !== undefined){
let data30 = data29.status;
const _errs98 = errors;
let valid30 = false;
const _errs99 = errors;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err70 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 599 || isNaN(data30)){
const err71 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data30 < 100 || isNaN(data30)){
const err72 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
var _valid2 = _errs99 === errors;
valid30 = valid30 || _valid2;
if(!valid30){
const _errs101 = errors;
if(typeof data30 === "string"){
if(!pattern4.test(data30)){
const err73 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid2 = _errs101 === errors;
valid30 = valid30 || _valid2;
if(!valid30){
const _errs103 = errors;
if(Array.isArray(data30)){
if(data30.length < 1){
const err75 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data30};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
const len1 = data30.length;
for(let i1=0; i1<len1; i1++){
let data31 = data30[i1];
const _errs106 = errors;
let valid33 = false;
const _errs107 = errors;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err76 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 599 || isNaN(data31)){
const err77 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data31 < 100 || isNaN(data31)){
const err78 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
var _valid3 = _errs107 === errors;
valid33 = valid33 || _valid3;
if(!valid33){
const _errs109 = errors;
if(typeof data31 === "string"){
if(!pattern4.test(data31)){
const err79 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid3 = _errs109 === errors;
valid33 = valid33 || _valid3;
}
if(!valid33){
const err81 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data31};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
errors = _errs106;
if(vErrors !== null){
if(_errs106){
vErrors.length = _errs106;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err82 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data30};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid2 = _errs103 === errors;
valid30 = valid30 || _valid2;
}
}
if(!valid30){
const err83 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data30};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
}
}
if(data29["body-contains"] !== undefined){
let data32 = data29["body-contains"];
if(typeof data32 !== "string"){
const err84 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data32};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data29["body-not-contains"] !== undefined){
let data33 = data29["body-not-contains"];
if(typeof data33 !== "string"){
const err85 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data33};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data29.json !== undefined){
let data34 = data29.json;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key18 in data34){
const _errs117 = errors;
if(typeof key18 === "string"){
if(!pattern6.test(key18)){
const err86 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key18,propertyName:key18};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
var valid34 = _errs117 === errors;
if(!valid34){
const err87 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key18},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data34};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data34};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data29.headers !== undefined){
let data35 = data29.headers;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key19 in data35){
let data36 = data35[key19];
if(typeof data36 === "string"){
if(func3(data36) > 1000){
const err89 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/headers/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.properties.headers.additionalProperties,data:data36};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/headers/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data36};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data35};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data29["max-ms"] !== undefined){
let data37 = data29["max-ms"];
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 604800000 || isNaN(data37)){
const err92 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema14.properties["max-ms"],data:data37};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data37 < 0 || isNaN(data37)){
const err93 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data37};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data37};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data29};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data22.capture !== undefined){
let data38 = data22.capture;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key20 in data38){
const _errs129 = errors;
if(typeof key20 === "string"){
if(!pattern7.test(key20)){
const err96 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture",schemaPath:"#/$defs/captures/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema15.propertyNames,data:key20,propertyName:key20};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
var valid37 = _errs129 === errors;
if(!valid37){
const err97 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture",schemaPath:"#/$defs/captures/propertyNames",keyword:"propertyNames",params:{propertyName: key20},message:"property name must be valid",schema:schema15.propertyNames,parentSchema:schema15,data:data38};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
for(const key21 in data38){
let data39 = data38[key21];
if(typeof data39 === "string"){
if(func3(data39) > 1000){
const err98 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema15.additionalProperties,data:data39};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(func3(data39) < 1){
const err99 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.additionalProperties,data:data39};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.additionalProperties.type,parentSchema:schema15.additionalProperties,data:data39};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture",schemaPath:"#/$defs/captures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data38};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login",schemaPath:"#/properties/sessions/additionalProperties/properties/login/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.additionalProperties.properties.login.type,parentSchema:schema11.properties.sessions.additionalProperties.properties.login,data:data22};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data6.headers !== undefined){
let data40 = data6.headers;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key22 in data40){
let data41 = data40[key22];
if(((typeof data41 !== "string") && (!((typeof data41 == "number") && (isFinite(data41))))) && (typeof data41 !== "boolean")){
const err103 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data41};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 > 9007199254740991 || isNaN(data41)){
const err104 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data41};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data41 < -9007199254740991 || isNaN(data41)){
const err105 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data41};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
}
else {
const err106 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data40};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sessions/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.additionalProperties.type,parentSchema:schema11.properties.sessions.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/sessions",schemaPath:"#/properties/sessions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.type,parentSchema:schema11.properties.sessions,data:data5};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.baseline !== undefined){
let data42 = data.baseline;
if(typeof data42 === "string"){
if(func3(data42) < 1){
const err109 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.baseline,data:data42};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.baseline.type,parentSchema:schema11.properties.baseline,data:data42};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.ignore !== undefined){
let data43 = data.ignore;
if(Array.isArray(data43)){
const len2 = data43.length;
for(let i2=0; i2<len2; i2++){
let data44 = data43[i2];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.rule === undefined){
const err111 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema11.properties.ignore.items.required,parentSchema:schema11.properties.ignore.items,data:data44};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key23 in data44){
if(!((((key23 === "rule") || (key23 === "path")) || (key23 === "reason")) || (key23 === "until"))){
const err112 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.ignore.items,data:data44};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data44.rule !== undefined){
let data45 = data44.rule;
if(typeof data45 === "string"){
if(func3(data45) < 1){
const err113 = {instancePath:instancePath+"/ignore/" + i2+"/rule",schemaPath:"#/properties/ignore/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.ignore.items.properties.rule,data:data45};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/ignore/" + i2+"/rule",schemaPath:"#/properties/ignore/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore.items.properties.rule.type,parentSchema:schema11.properties.ignore.items.properties.rule,data:data45};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data44.path !== undefined){
let data46 = data44.path;
if(typeof data46 === "string"){
if(func3(data46) < 1){
const err115 = {instancePath:instancePath+"/ignore/" + i2+"/path",schemaPath:"#/properties/ignore/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.ignore.items.properties.path,data:data46};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/ignore/" + i2+"/path",schemaPath:"#/properties/ignore/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore.items.properties.path.type,parentSchema:schema11.properties.ignore.items.properties.path,data:data46};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data44.reason !== undefined){
let data47 = data44.reason;
if(typeof data47 === "string"){
if(func3(data47) < 1){
const err117 = {instancePath:instancePath+"/ignore/" + i2+"/reason",schemaPath:"#/properties/ignore/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.ignore.items.properties.reason,data:data47};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/ignore/" + i2+"/reason",schemaPath:"#/properties/ignore/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore.items.properties.reason.type,parentSchema:schema11.properties.ignore.items.properties.reason,data:data47};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data44.until !== undefined){
let data48 = data44.until;
if(typeof data48 === "string"){
if(!pattern13.test(data48)){
const err119 = {instancePath:instancePath+"/ignore/" + i2+"/until",schemaPath:"#/properties/ignore/items/properties/until/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema11.properties.ignore.items.properties.until,data:data48};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/ignore/" + i2+"/until",schemaPath:"#/properties/ignore/items/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore.items.properties.until.type,parentSchema:schema11.properties.ignore.items.properties.until,data:data48};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.ignore.items.type,parentSchema:schema11.properties.ignore.items,data:data44};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.ignore.type,parentSchema:schema11.properties.ignore,data:data43};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.env !== undefined){
let data49 = data.env;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key24 in data49){
if(!(((((((key24 === "declared-in") || (key24 === "scan")) || (key24 === "exclude")) || (key24 === "ignore")) || (key24 === "production")) || (key24 === "vars")) || (key24 === "rules"))){
const err123 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.env,data:data49};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data49["declared-in"] !== undefined){
let data50 = data49["declared-in"];
if(Array.isArray(data50)){
const len3 = data50.length;
for(let i3=0; i3<len3; i3++){
let data51 = data50[i3];
if(typeof data51 === "string"){
if(func3(data51) < 1){
const err124 = {instancePath:instancePath+"/env/declared-in/" + i3,schemaPath:"#/properties/env/properties/declared-in/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties["declared-in"].items,data:data51};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/env/declared-in/" + i3,schemaPath:"#/properties/env/properties/declared-in/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties["declared-in"].items.type,parentSchema:schema11.properties.env.properties["declared-in"].items,data:data51};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/env/declared-in",schemaPath:"#/properties/env/properties/declared-in/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties["declared-in"].type,parentSchema:schema11.properties.env.properties["declared-in"],data:data50};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data49.scan !== undefined){
let data52 = data49.scan;
if(Array.isArray(data52)){
const len4 = data52.length;
for(let i4=0; i4<len4; i4++){
let data53 = data52[i4];
if(typeof data53 === "string"){
if(func3(data53) < 1){
const err127 = {instancePath:instancePath+"/env/scan/" + i4,schemaPath:"#/properties/env/properties/scan/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties.scan.items,data:data53};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/env/scan/" + i4,schemaPath:"#/properties/env/properties/scan/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.scan.items.type,parentSchema:schema11.properties.env.properties.scan.items,data:data53};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/env/scan",schemaPath:"#/properties/env/properties/scan/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.scan.type,parentSchema:schema11.properties.env.properties.scan,data:data52};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data49.exclude !== undefined){
let data54 = data49.exclude;
if(Array.isArray(data54)){
const len5 = data54.length;
for(let i5=0; i5<len5; i5++){
let data55 = data54[i5];
if(typeof data55 === "string"){
if(func3(data55) < 1){
const err130 = {instancePath:instancePath+"/env/exclude/" + i5,schemaPath:"#/properties/env/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties.exclude.items,data:data55};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/env/exclude/" + i5,schemaPath:"#/properties/env/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.exclude.items.type,parentSchema:schema11.properties.env.properties.exclude.items,data:data55};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/env/exclude",schemaPath:"#/properties/env/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.exclude.type,parentSchema:schema11.properties.env.properties.exclude,data:data54};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data49.ignore !== undefined){
let data56 = data49.ignore;
if(Array.isArray(data56)){
const len6 = data56.length;
for(let i6=0; i6<len6; i6++){
let data57 = data56[i6];
if(typeof data57 === "string"){
if(func3(data57) < 1){
const err133 = {instancePath:instancePath+"/env/ignore/" + i6,schemaPath:"#/properties/env/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties.ignore.items,data:data57};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/env/ignore/" + i6,schemaPath:"#/properties/env/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.ignore.items.type,parentSchema:schema11.properties.env.properties.ignore.items,data:data57};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/env/ignore",schemaPath:"#/properties/env/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.ignore.type,parentSchema:schema11.properties.env.properties.ignore,data:data56};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data49.production !== undefined){
let data58 = data49.production;
if(Array.isArray(data58)){
const len7 = data58.length;
for(let i7=0; i7<len7; i7++){
let data59 = data58[i7];
if(typeof data59 !== "string"){
const err136 = {instancePath:instancePath+"/env/production/" + i7,schemaPath:"#/properties/env/properties/production/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.production.items.type,parentSchema:schema11.properties.env.properties.production.items,data:data59};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/env/production",schemaPath:"#/properties/env/properties/production/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.production.type,parentSchema:schema11.properties.env.properties.production,data:data58};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data49.vars !== undefined){
let data60 = data49.vars;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
for(const key25 in data60){
const _errs180 = errors;
if(typeof key25 === "string"){
if(!pattern7.test(key25)){
const err138 = {instancePath:instancePath+"/env/vars",schemaPath:"#/properties/env/properties/vars/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.env.properties.vars.propertyNames,data:key25,propertyName:key25};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
var valid56 = _errs180 === errors;
if(!valid56){
const err139 = {instancePath:instancePath+"/env/vars",schemaPath:"#/properties/env/properties/vars/propertyNames",keyword:"propertyNames",params:{propertyName: key25},message:"property name must be valid",schema:schema11.properties.env.properties.vars.propertyNames,parentSchema:schema11.properties.env.properties.vars,data:data60};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
for(const key26 in data60){
let data61 = data60[key26];
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key27 in data61){
if(!((((((((key27 === "required") || (key27 === "required-in")) || (key27 === "format")) || (key27 === "enum")) || (key27 === "pattern")) || (key27 === "secret")) || (key27 === "distinct")) || (key27 === "forbid"))){
const err140 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/properties/vars/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.env.properties.vars.additionalProperties,data:data61};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data61.required !== undefined){
let data62 = data61.required;
if(typeof data62 !== "boolean"){
const err141 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.required.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.required,data:data62};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data61["required-in"] !== undefined){
let data63 = data61["required-in"];
if(Array.isArray(data63)){
const len8 = data63.length;
for(let i8=0; i8<len8; i8++){
let data64 = data63[i8];
if(typeof data64 !== "string"){
const err142 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/required-in/" + i8,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/required-in/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"].items.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"].items,data:data64};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/required-in",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/required-in/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"].type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"],data:data63};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data61.format !== undefined){
let data65 = data61.format;
if(!(((((((((data65 === "url") || (data65 === "email")) || (data65 === "number")) || (data65 === "integer")) || (data65 === "boolean")) || (data65 === "port")) || (data65 === "host")) || (data65 === "json")) || (data65 === "duration"))){
const err144 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/format",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/format/enum",keyword:"enum",params:{allowedValues: schema11.properties.env.properties.vars.additionalProperties.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.env.properties.vars.additionalProperties.properties.format.enum,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.format,data:data65};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data61.enum !== undefined){
let data66 = data61.enum;
if(Array.isArray(data66)){
const len9 = data66.length;
for(let i9=0; i9<len9; i9++){
let data67 = data66[i9];
if(((typeof data67 !== "string") && (!((typeof data67 == "number") && (isFinite(data67))))) && (typeof data67 !== "boolean")){
const err145 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum/" + i9,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/enum/items/type",keyword:"type",params:{type: schema11.properties.env.properties.vars.additionalProperties.properties.enum.items.type},message:"must be string,number,boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.items.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.items,data:data67};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 > 9007199254740991 || isNaN(data67)){
const err146 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum/" + i9,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/enum/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.items,data:data67};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data67 < -9007199254740991 || isNaN(data67)){
const err147 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum/" + i9,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/enum/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.items,data:data67};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
}
else {
const err148 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.enum,data:data66};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data61.pattern !== undefined){
let data68 = data61.pattern;
if(typeof data68 === "string"){
if(func3(data68) > 1000){
const err149 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.pattern,data:data68};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.vars.additionalProperties.properties.pattern.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.pattern,data:data68};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data61.secret !== undefined){
let data69 = data61.secret;
if(typeof data69 !== "boolean"){
const err151 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/secret",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/secret/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.secret.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.secret,data:data69};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data61.distinct !== undefined){
let data70 = data61.distinct;
if(typeof data70 !== "boolean"){
const err152 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/distinct",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/distinct/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.distinct.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.distinct,data:data70};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data61.forbid !== undefined){
let data71 = data61.forbid;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
for(const key28 in data71){
let data72 = data71[key28];
if(Array.isArray(data72)){
const len10 = data72.length;
for(let i10=0; i10<len10; i10++){
let data73 = data72[i10];
if(typeof data73 !== "string"){
const err153 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/forbid/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i10,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/forbid/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties.items.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties.items,data:data73};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/forbid/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/forbid/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties,data:data72};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/forbid",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/forbid/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid,data:data71};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/properties/vars/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.properties.vars.additionalProperties.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties,data:data61};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/env/vars",schemaPath:"#/properties/env/properties/vars/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.properties.vars.type,parentSchema:schema11.properties.env.properties.vars,data:data60};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data49.rules !== undefined){
let data74 = data49.rules;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
for(const key29 in data74){
let data75 = data74[key29];
if(!((((data75 === "error") || (data75 === "warning")) || (data75 === "notice")) || (data75 === "off"))){
const err158 = {instancePath:instancePath+"/env/rules/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data75};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/env/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data74};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.type,parentSchema:schema11.properties.env,data:data49};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data.migrations !== undefined){
let data76 = data.migrations;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
for(const key30 in data76){
if(!((((((((key30 === "dialect") || (key30 === "paths")) || (key30 === "exclude")) || (key30 === "preset")) || (key30 === "transaction")) || (key30 === "postgres-version")) || (key30 === "trace")) || (key30 === "rules"))){
const err161 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.migrations,data:data76};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data76.dialect !== undefined){
let data77 = data76.dialect;
if(!(data77 === "postgres")){
const err162 = {instancePath:instancePath+"/migrations/dialect",schemaPath:"#/properties/migrations/properties/dialect/enum",keyword:"enum",params:{allowedValues: schema11.properties.migrations.properties.dialect.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.migrations.properties.dialect.enum,parentSchema:schema11.properties.migrations.properties.dialect,data:data77};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data76.paths !== undefined){
let data78 = data76.paths;
if(Array.isArray(data78)){
const len11 = data78.length;
for(let i11=0; i11<len11; i11++){
let data79 = data78[i11];
if(typeof data79 === "string"){
if(func3(data79) < 1){
const err163 = {instancePath:instancePath+"/migrations/paths/" + i11,schemaPath:"#/properties/migrations/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.migrations.properties.paths.items,data:data79};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/migrations/paths/" + i11,schemaPath:"#/properties/migrations/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.migrations.properties.paths.items.type,parentSchema:schema11.properties.migrations.properties.paths.items,data:data79};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
else {
const err165 = {instancePath:instancePath+"/migrations/paths",schemaPath:"#/properties/migrations/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.migrations.properties.paths.type,parentSchema:schema11.properties.migrations.properties.paths,data:data78};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data76.exclude !== undefined){
let data80 = data76.exclude;
if(Array.isArray(data80)){
const len12 = data80.length;
for(let i12=0; i12<len12; i12++){
let data81 = data80[i12];
if(typeof data81 === "string"){
if(func3(data81) < 1){
const err166 = {instancePath:instancePath+"/migrations/exclude/" + i12,schemaPath:"#/properties/migrations/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.migrations.properties.exclude.items,data:data81};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/migrations/exclude/" + i12,schemaPath:"#/properties/migrations/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.migrations.properties.exclude.items.type,parentSchema:schema11.properties.migrations.properties.exclude.items,data:data81};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/migrations/exclude",schemaPath:"#/properties/migrations/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.migrations.properties.exclude.type,parentSchema:schema11.properties.migrations.properties.exclude,data:data80};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data76.preset !== undefined){
let data82 = data76.preset;
if(!((((((((((((data82 === "plain") || (data82 === "flyway")) || (data82 === "golang-migrate")) || (data82 === "prisma")) || (data82 === "dbmate")) || (data82 === "node-pg-migrate")) || (data82 === "rails")) || (data82 === "django")) || (data82 === "alembic")) || (data82 === "diesel")) || (data82 === "goose")) || (data82 === "sql-migrate"))){
const err169 = {instancePath:instancePath+"/migrations/preset",schemaPath:"#/properties/migrations/properties/preset/enum",keyword:"enum",params:{allowedValues: schema11.properties.migrations.properties.preset.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.migrations.properties.preset.enum,parentSchema:schema11.properties.migrations.properties.preset,data:data82};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data76.transaction !== undefined){
let data83 = data76.transaction;
if(!(((data83 === "auto") || (data83 === "always")) || (data83 === "never"))){
const err170 = {instancePath:instancePath+"/migrations/transaction",schemaPath:"#/properties/migrations/properties/transaction/enum",keyword:"enum",params:{allowedValues: schema11.properties.migrations.properties.transaction.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.migrations.properties.transaction.enum,parentSchema:schema11.properties.migrations.properties.transaction,data:data83};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data76["postgres-version"] !== undefined){
let data84 = data76["postgres-version"];
if((typeof data84 == "number") && (isFinite(data84))){
if(data84 > 99 || isNaN(data84)){
const err171 = {instancePath:instancePath+"/migrations/postgres-version",schemaPath:"#/properties/migrations/properties/postgres-version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99",schema:99,parentSchema:schema11.properties.migrations.properties["postgres-version"],data:data84};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data84 < 9.6 || isNaN(data84)){
const err172 = {instancePath:instancePath+"/migrations/postgres-version",schemaPath:"#/properties/migrations/properties/postgres-version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 9.6},message:"must be >= 9.6",schema:9.6,parentSchema:schema11.properties.migrations.properties["postgres-version"],data:data84};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/migrations/postgres-version",schemaPath:"#/properties/migrations/properties/postgres-version/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.migrations.properties["postgres-version"].type,parentSchema:schema11.properties.migrations.properties["postgres-version"],data:data84};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data76.trace !== undefined){
let data85 = data76.trace;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key31 in data85){
if(!((((((key31 === "local") || (key31 === "url")) || (key31 === "rows")) || (key31 === "allow-existing")) || (key31 === "slow-statement")) || (key31 === "lock-hold"))){
const err174 = {instancePath:instancePath+"/migrations/trace",schemaPath:"#/properties/migrations/properties/trace/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.migrations.properties.trace,data:data85};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data85.local !== undefined){
let data86 = data85.local;
if(typeof data86 !== "boolean"){
const err175 = {instancePath:instancePath+"/migrations/trace/local",schemaPath:"#/properties/migrations/properties/trace/properties/local/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.migrations.properties.trace.properties.local.type,parentSchema:schema11.properties.migrations.properties.trace.properties.local,data:data86};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data85.url !== undefined){
let data87 = data85.url;
if(typeof data87 === "string"){
if(func3(data87) < 1){
const err176 = {instancePath:instancePath+"/migrations/trace/url",schemaPath:"#/properties/migrations/properties/trace/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.migrations.properties.trace.properties.url,data:data87};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/migrations/trace/url",schemaPath:"#/properties/migrations/properties/trace/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.migrations.properties.trace.properties.url.type,parentSchema:schema11.properties.migrations.properties.trace.properties.url,data:data87};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data85.rows !== undefined){
let data88 = data85.rows;
if(!(((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88))) && (isFinite(data88)))){
const err178 = {instancePath:instancePath+"/migrations/trace/rows",schemaPath:"#/properties/migrations/properties/trace/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.migrations.properties.trace.properties.rows.type,parentSchema:schema11.properties.migrations.properties.trace.properties.rows,data:data88};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 > 10000000 || isNaN(data88)){
const err179 = {instancePath:instancePath+"/migrations/trace/rows",schemaPath:"#/properties/migrations/properties/trace/properties/rows/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000",schema:10000000,parentSchema:schema11.properties.migrations.properties.trace.properties.rows,data:data88};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(data88 < 0 || isNaN(data88)){
const err180 = {instancePath:instancePath+"/migrations/trace/rows",schemaPath:"#/properties/migrations/properties/trace/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.migrations.properties.trace.properties.rows,data:data88};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
if(data85["allow-existing"] !== undefined){
let data89 = data85["allow-existing"];
if(typeof data89 !== "boolean"){
const err181 = {instancePath:instancePath+"/migrations/trace/allow-existing",schemaPath:"#/properties/migrations/properties/trace/properties/allow-existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.migrations.properties.trace.properties["allow-existing"].type,parentSchema:schema11.properties.migrations.properties.trace.properties["allow-existing"],data:data89};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data85["slow-statement"] !== undefined){
let data90 = data85["slow-statement"];
const _errs243 = errors;
let valid75 = false;
const _errs244 = errors;
if((typeof data90 == "number") && (isFinite(data90))){
if(data90 > 604800000 || isNaN(data90)){
const err182 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data90};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(data90 < 0 || isNaN(data90)){
const err183 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data90};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data90};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var _valid4 = _errs244 === errors;
valid75 = valid75 || _valid4;
if(!valid75){
const _errs246 = errors;
if(typeof data90 === "string"){
if(!pattern15.test(data90)){
const err185 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data90};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data90)))){
const err186 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data90};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data90};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
var _valid4 = _errs246 === errors;
valid75 = valid75 || _valid4;
}
if(!valid75){
const err188 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data90};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
else {
errors = _errs243;
if(vErrors !== null){
if(_errs243){
vErrors.length = _errs243;
}
else {
vErrors = null;
}
}
}
}
if(data85["lock-hold"] !== undefined){
let data91 = data85["lock-hold"];
const _errs250 = errors;
let valid77 = false;
const _errs251 = errors;
if((typeof data91 == "number") && (isFinite(data91))){
if(data91 > 604800000 || isNaN(data91)){
const err189 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data91};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(data91 < 0 || isNaN(data91)){
const err190 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data91};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
else {
const err191 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data91};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
var _valid5 = _errs251 === errors;
valid77 = valid77 || _valid5;
if(!valid77){
const _errs253 = errors;
if(typeof data91 === "string"){
if(!pattern15.test(data91)){
const err192 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data91};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data91)))){
const err193 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data91};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
else {
const err194 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data91};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid5 = _errs253 === errors;
valid77 = valid77 || _valid5;
}
if(!valid77){
const err195 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data91};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
else {
errors = _errs250;
if(vErrors !== null){
if(_errs250){
vErrors.length = _errs250;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err196 = {instancePath:instancePath+"/migrations/trace",schemaPath:"#/properties/migrations/properties/trace/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.migrations.properties.trace.type,parentSchema:schema11.properties.migrations.properties.trace,data:data85};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data76.rules !== undefined){
let data92 = data76.rules;
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
for(const key32 in data92){
let data93 = data92[key32];
if(!((((data93 === "error") || (data93 === "warning")) || (data93 === "notice")) || (data93 === "off"))){
const err197 = {instancePath:instancePath+"/migrations/rules/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data93};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/migrations/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data92};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
else {
const err199 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.migrations.type,parentSchema:schema11.properties.migrations,data:data76};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data.secrets !== undefined){
let data94 = data.secrets;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
for(const key33 in data94){
if(!(func2.call(schema11.properties.secrets.properties, key33))){
const err200 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.secrets,data:data94};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data94.paths !== undefined){
let data95 = data94.paths;
if(Array.isArray(data95)){
const len13 = data95.length;
for(let i13=0; i13<len13; i13++){
let data96 = data95[i13];
if(typeof data96 === "string"){
if(func3(data96) < 1){
const err201 = {instancePath:instancePath+"/secrets/paths/" + i13,schemaPath:"#/properties/secrets/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.paths.items,data:data96};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/secrets/paths/" + i13,schemaPath:"#/properties/secrets/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.paths.items.type,parentSchema:schema11.properties.secrets.properties.paths.items,data:data96};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/secrets/paths",schemaPath:"#/properties/secrets/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.secrets.properties.paths.type,parentSchema:schema11.properties.secrets.properties.paths,data:data95};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data94.exclude !== undefined){
let data97 = data94.exclude;
if(Array.isArray(data97)){
const len14 = data97.length;
for(let i14=0; i14<len14; i14++){
let data98 = data97[i14];
if(typeof data98 === "string"){
if(func3(data98) < 1){
const err204 = {instancePath:instancePath+"/secrets/exclude/" + i14,schemaPath:"#/properties/secrets/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.exclude.items,data:data98};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
else {
const err205 = {instancePath:instancePath+"/secrets/exclude/" + i14,schemaPath:"#/properties/secrets/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.exclude.items.type,parentSchema:schema11.properties.secrets.properties.exclude.items,data:data98};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
else {
const err206 = {instancePath:instancePath+"/secrets/exclude",schemaPath:"#/properties/secrets/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.secrets.properties.exclude.type,parentSchema:schema11.properties.secrets.properties.exclude,data:data97};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data94.logs !== undefined){
let data99 = data94.logs;
if(Array.isArray(data99)){
const len15 = data99.length;
for(let i15=0; i15<len15; i15++){
let data100 = data99[i15];
if(typeof data100 === "string"){
if(func3(data100) < 1){
const err207 = {instancePath:instancePath+"/secrets/logs/" + i15,schemaPath:"#/properties/secrets/properties/logs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.logs.items,data:data100};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
else {
const err208 = {instancePath:instancePath+"/secrets/logs/" + i15,schemaPath:"#/properties/secrets/properties/logs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.logs.items.type,parentSchema:schema11.properties.secrets.properties.logs.items,data:data100};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
else {
const err209 = {instancePath:instancePath+"/secrets/logs",schemaPath:"#/properties/secrets/properties/logs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.secrets.properties.logs.type,parentSchema:schema11.properties.secrets.properties.logs,data:data99};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data94["max-file-size"] !== undefined){
let data101 = data94["max-file-size"];
if((!(((typeof data101 == "number") && (!(data101 % 1) && !isNaN(data101))) && (isFinite(data101)))) && (typeof data101 !== "string")){
const err210 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/type",keyword:"type",params:{type: schema11.properties.secrets.properties["max-file-size"].type},message:"must be integer,string",schema:schema11.properties.secrets.properties["max-file-size"].type,parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data101};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if((typeof data101 == "number") && (isFinite(data101))){
if(data101 > 1073741824 || isNaN(data101)){
const err211 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1073741824},message:"must be <= 1073741824",schema:1073741824,parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data101};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(data101 < 1 || isNaN(data101)){
const err212 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data101};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(typeof data101 === "string"){
if(!pattern17.test(data101)){
const err213 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$",parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data101};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(((v) => v < 1 || v > 1073741824)(((m) => m ? Math.floor(Number(m[1]) * {"":1,"k":1024,"m":1048576,"g":1073741824}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)i?b?\\s*$", "i").exec(data101)))){
const err214 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema11.properties.secrets.properties["max-file-size"]["x-bounds"],parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data101};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
if(data94.baseline !== undefined){
let data102 = data94.baseline;
if(typeof data102 === "string"){
if(func3(data102) < 1){
const err215 = {instancePath:instancePath+"/secrets/baseline",schemaPath:"#/properties/secrets/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.baseline,data:data102};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
else {
const err216 = {instancePath:instancePath+"/secrets/baseline",schemaPath:"#/properties/secrets/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.baseline.type,parentSchema:schema11.properties.secrets.properties.baseline,data:data102};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data94["include-personal-data"] !== undefined){
let data103 = data94["include-personal-data"];
if(typeof data103 !== "boolean"){
const err217 = {instancePath:instancePath+"/secrets/include-personal-data",schemaPath:"#/properties/secrets/properties/include-personal-data/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.secrets.properties["include-personal-data"].type,parentSchema:schema11.properties.secrets.properties["include-personal-data"],data:data103};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data94.archives !== undefined){
let data104 = data94.archives;
if(typeof data104 !== "boolean"){
const err218 = {instancePath:instancePath+"/secrets/archives",schemaPath:"#/properties/secrets/properties/archives/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.secrets.properties.archives.type,parentSchema:schema11.properties.secrets.properties.archives,data:data104};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data94.contexts !== undefined){
let data105 = data94.contexts;
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
for(const key34 in data105){
if(!(((((((key34 === "code") || (key34 === "config")) || (key34 === "test")) || (key34 === "fixture")) || (key34 === "docs")) || (key34 === "locale")) || (key34 === "vendored"))){
const err219 = {instancePath:instancePath+"/secrets/contexts",schemaPath:"#/properties/secrets/properties/contexts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.secrets.properties.contexts,data:data105};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data105.code !== undefined){
let data106 = data105.code;
if(typeof data106 !== "string"){
const err220 = {instancePath:instancePath+"/secrets/contexts/code",schemaPath:"#/properties/secrets/properties/contexts/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.code.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.code,data:data106};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(!((((data106 === "error") || (data106 === "warning")) || (data106 === "notice")) || (data106 === "off"))){
const err221 = {instancePath:instancePath+"/secrets/contexts/code",schemaPath:"#/properties/secrets/properties/contexts/properties/code/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.code.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.code.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.code,data:data106};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data105.config !== undefined){
let data107 = data105.config;
if(typeof data107 !== "string"){
const err222 = {instancePath:instancePath+"/secrets/contexts/config",schemaPath:"#/properties/secrets/properties/contexts/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.config.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.config,data:data107};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(!((((data107 === "error") || (data107 === "warning")) || (data107 === "notice")) || (data107 === "off"))){
const err223 = {instancePath:instancePath+"/secrets/contexts/config",schemaPath:"#/properties/secrets/properties/contexts/properties/config/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.config.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.config.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.config,data:data107};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data105.test !== undefined){
let data108 = data105.test;
if(typeof data108 !== "string"){
const err224 = {instancePath:instancePath+"/secrets/contexts/test",schemaPath:"#/properties/secrets/properties/contexts/properties/test/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.test.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.test,data:data108};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(!((((data108 === "error") || (data108 === "warning")) || (data108 === "notice")) || (data108 === "off"))){
const err225 = {instancePath:instancePath+"/secrets/contexts/test",schemaPath:"#/properties/secrets/properties/contexts/properties/test/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.test.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.test.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.test,data:data108};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data105.fixture !== undefined){
let data109 = data105.fixture;
if(typeof data109 !== "string"){
const err226 = {instancePath:instancePath+"/secrets/contexts/fixture",schemaPath:"#/properties/secrets/properties/contexts/properties/fixture/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.fixture.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.fixture,data:data109};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(!((((data109 === "error") || (data109 === "warning")) || (data109 === "notice")) || (data109 === "off"))){
const err227 = {instancePath:instancePath+"/secrets/contexts/fixture",schemaPath:"#/properties/secrets/properties/contexts/properties/fixture/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.fixture.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.fixture.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.fixture,data:data109};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data105.docs !== undefined){
let data110 = data105.docs;
if(typeof data110 !== "string"){
const err228 = {instancePath:instancePath+"/secrets/contexts/docs",schemaPath:"#/properties/secrets/properties/contexts/properties/docs/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.docs.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.docs,data:data110};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(!((((data110 === "error") || (data110 === "warning")) || (data110 === "notice")) || (data110 === "off"))){
const err229 = {instancePath:instancePath+"/secrets/contexts/docs",schemaPath:"#/properties/secrets/properties/contexts/properties/docs/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.docs.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.docs.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.docs,data:data110};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data105.locale !== undefined){
let data111 = data105.locale;
if(typeof data111 !== "string"){
const err230 = {instancePath:instancePath+"/secrets/contexts/locale",schemaPath:"#/properties/secrets/properties/contexts/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.locale.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.locale,data:data111};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
if(!((((data111 === "error") || (data111 === "warning")) || (data111 === "notice")) || (data111 === "off"))){
const err231 = {instancePath:instancePath+"/secrets/contexts/locale",schemaPath:"#/properties/secrets/properties/contexts/properties/locale/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.locale.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.locale.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.locale,data:data111};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data105.vendored !== undefined){
let data112 = data105.vendored;
if(typeof data112 !== "string"){
const err232 = {instancePath:instancePath+"/secrets/contexts/vendored",schemaPath:"#/properties/secrets/properties/contexts/properties/vendored/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.vendored.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.vendored,data:data112};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(!((((data112 === "error") || (data112 === "warning")) || (data112 === "notice")) || (data112 === "off"))){
const err233 = {instancePath:instancePath+"/secrets/contexts/vendored",schemaPath:"#/properties/secrets/properties/contexts/properties/vendored/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.vendored.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.vendored.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.vendored,data:data112};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
else {
const err234 = {instancePath:instancePath+"/secrets/contexts",schemaPath:"#/properties/secrets/properties/contexts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.secrets.properties.contexts.type,parentSchema:schema11.properties.secrets.properties.contexts,data:data105};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data94.rules !== undefined){
let data113 = data94.rules;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
for(const key35 in data113){
let data114 = data113[key35];
if(!((((data114 === "error") || (data114 === "warning")) || (data114 === "notice")) || (data114 === "off"))){
const err235 = {instancePath:instancePath+"/secrets/rules/" + key35.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data114};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
else {
const err236 = {instancePath:instancePath+"/secrets/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data113};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
}
else {
const err237 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.secrets.type,parentSchema:schema11.properties.secrets,data:data94};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data.dependencies !== undefined){
let data115 = data.dependencies;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
for(const key36 in data115){
if(!(func2.call(schema11.properties.dependencies.properties, key36))){
const err238 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.dependencies,data:data115};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data115.lockfiles !== undefined){
let data116 = data115.lockfiles;
if(Array.isArray(data116)){
const len16 = data116.length;
for(let i16=0; i16<len16; i16++){
let data117 = data116[i16];
if(typeof data117 === "string"){
if(func3(data117) < 1){
const err239 = {instancePath:instancePath+"/dependencies/lockfiles/" + i16,schemaPath:"#/properties/dependencies/properties/lockfiles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.lockfiles.items,data:data117};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
else {
const err240 = {instancePath:instancePath+"/dependencies/lockfiles/" + i16,schemaPath:"#/properties/dependencies/properties/lockfiles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.lockfiles.items.type,parentSchema:schema11.properties.dependencies.properties.lockfiles.items,data:data117};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
}
else {
const err241 = {instancePath:instancePath+"/dependencies/lockfiles",schemaPath:"#/properties/dependencies/properties/lockfiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dependencies.properties.lockfiles.type,parentSchema:schema11.properties.dependencies.properties.lockfiles,data:data116};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data115.exclude !== undefined){
let data118 = data115.exclude;
if(Array.isArray(data118)){
const len17 = data118.length;
for(let i17=0; i17<len17; i17++){
let data119 = data118[i17];
if(typeof data119 === "string"){
if(func3(data119) < 1){
const err242 = {instancePath:instancePath+"/dependencies/exclude/" + i17,schemaPath:"#/properties/dependencies/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.exclude.items,data:data119};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/dependencies/exclude/" + i17,schemaPath:"#/properties/dependencies/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.exclude.items.type,parentSchema:schema11.properties.dependencies.properties.exclude.items,data:data119};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
else {
const err244 = {instancePath:instancePath+"/dependencies/exclude",schemaPath:"#/properties/dependencies/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dependencies.properties.exclude.type,parentSchema:schema11.properties.dependencies.properties.exclude,data:data118};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data115.critical !== undefined){
let data120 = data115.critical;
if(Array.isArray(data120)){
const len18 = data120.length;
for(let i18=0; i18<len18; i18++){
let data121 = data120[i18];
if(typeof data121 === "string"){
if(func3(data121) < 1){
const err245 = {instancePath:instancePath+"/dependencies/critical/" + i18,schemaPath:"#/properties/dependencies/properties/critical/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.critical.items,data:data121};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
else {
const err246 = {instancePath:instancePath+"/dependencies/critical/" + i18,schemaPath:"#/properties/dependencies/properties/critical/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.critical.items.type,parentSchema:schema11.properties.dependencies.properties.critical.items,data:data121};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
else {
const err247 = {instancePath:instancePath+"/dependencies/critical",schemaPath:"#/properties/dependencies/properties/critical/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dependencies.properties.critical.type,parentSchema:schema11.properties.dependencies.properties.critical,data:data120};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data115.advisories !== undefined){
let data122 = data115.advisories;
if(typeof data122 === "string"){
if(func3(data122) < 1){
const err248 = {instancePath:instancePath+"/dependencies/advisories",schemaPath:"#/properties/dependencies/properties/advisories/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.advisories,data:data122};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/dependencies/advisories",schemaPath:"#/properties/dependencies/properties/advisories/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.advisories.type,parentSchema:schema11.properties.dependencies.properties.advisories,data:data122};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data115["osv-url"] !== undefined){
let data123 = data115["osv-url"];
if(typeof data123 === "string"){
if(!pattern18.test(data123)){
const err250 = {instancePath:instancePath+"/dependencies/osv-url",schemaPath:"#/properties/dependencies/properties/osv-url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["osv-url"],data:data123};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
else {
const err251 = {instancePath:instancePath+"/dependencies/osv-url",schemaPath:"#/properties/dependencies/properties/osv-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["osv-url"].type,parentSchema:schema11.properties.dependencies.properties["osv-url"],data:data123};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data115.registry !== undefined){
let data124 = data115.registry;
if(typeof data124 !== "boolean"){
const err252 = {instancePath:instancePath+"/dependencies/registry",schemaPath:"#/properties/dependencies/properties/registry/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.dependencies.properties.registry.type,parentSchema:schema11.properties.dependencies.properties.registry,data:data124};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data115["registry-urls"] !== undefined){
let data125 = data115["registry-urls"];
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
for(const key37 in data125){
if(!(((((key37 === "npm") || (key37 === "pypi")) || (key37 === "rubygems")) || (key37 === "go")) || (key37 === "packagist"))){
const err253 = {instancePath:instancePath+"/dependencies/registry-urls",schemaPath:"#/properties/dependencies/properties/registry-urls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.dependencies.properties["registry-urls"],data:data125};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data125.npm !== undefined){
let data126 = data125.npm;
if(typeof data126 === "string"){
if(!pattern18.test(data126)){
const err254 = {instancePath:instancePath+"/dependencies/registry-urls/npm",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/npm/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.npm,data:data126};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/dependencies/registry-urls/npm",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/npm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.npm.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.npm,data:data126};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data125.pypi !== undefined){
let data127 = data125.pypi;
if(typeof data127 === "string"){
if(!pattern18.test(data127)){
const err256 = {instancePath:instancePath+"/dependencies/registry-urls/pypi",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/pypi/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.pypi,data:data127};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
else {
const err257 = {instancePath:instancePath+"/dependencies/registry-urls/pypi",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/pypi/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.pypi.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.pypi,data:data127};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data125.rubygems !== undefined){
let data128 = data125.rubygems;
if(typeof data128 === "string"){
if(!pattern18.test(data128)){
const err258 = {instancePath:instancePath+"/dependencies/registry-urls/rubygems",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/rubygems/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.rubygems,data:data128};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
else {
const err259 = {instancePath:instancePath+"/dependencies/registry-urls/rubygems",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/rubygems/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.rubygems.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.rubygems,data:data128};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data125.go !== undefined){
let data129 = data125.go;
if(typeof data129 === "string"){
if(!pattern18.test(data129)){
const err260 = {instancePath:instancePath+"/dependencies/registry-urls/go",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/go/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.go,data:data129};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
else {
const err261 = {instancePath:instancePath+"/dependencies/registry-urls/go",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/go/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.go.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.go,data:data129};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data125.packagist !== undefined){
let data130 = data125.packagist;
if(typeof data130 === "string"){
if(!pattern18.test(data130)){
const err262 = {instancePath:instancePath+"/dependencies/registry-urls/packagist",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/packagist/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.packagist,data:data130};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
else {
const err263 = {instancePath:instancePath+"/dependencies/registry-urls/packagist",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/packagist/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.packagist.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.packagist,data:data130};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
else {
const err264 = {instancePath:instancePath+"/dependencies/registry-urls",schemaPath:"#/properties/dependencies/properties/registry-urls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.dependencies.properties["registry-urls"].type,parentSchema:schema11.properties.dependencies.properties["registry-urls"],data:data125};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data115["min-severity"] !== undefined){
let data131 = data115["min-severity"];
if(!((((data131 === "low") || (data131 === "moderate")) || (data131 === "high")) || (data131 === "critical"))){
const err265 = {instancePath:instancePath+"/dependencies/min-severity",schemaPath:"#/properties/dependencies/properties/min-severity/enum",keyword:"enum",params:{allowedValues: schema11.properties.dependencies.properties["min-severity"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.dependencies.properties["min-severity"].enum,parentSchema:schema11.properties.dependencies.properties["min-severity"],data:data131};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data115.dev !== undefined){
let data132 = data115.dev;
if(typeof data132 !== "boolean"){
const err266 = {instancePath:instancePath+"/dependencies/dev",schemaPath:"#/properties/dependencies/properties/dev/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.dependencies.properties.dev.type,parentSchema:schema11.properties.dependencies.properties.dev,data:data132};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data115.timeout !== undefined){
let data133 = data115.timeout;
const _errs345 = errors;
let valid100 = false;
const _errs346 = errors;
if((typeof data133 == "number") && (isFinite(data133))){
if(data133 > 604800000 || isNaN(data133)){
const err267 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data133};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(data133 < 0 || isNaN(data133)){
const err268 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data133};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
else {
const err269 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data133};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
var _valid6 = _errs346 === errors;
valid100 = valid100 || _valid6;
if(!valid100){
const _errs348 = errors;
if(typeof data133 === "string"){
if(!pattern15.test(data133)){
const err270 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data133};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data133)))){
const err271 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data133};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
else {
const err272 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data133};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
var _valid6 = _errs348 === errors;
valid100 = valid100 || _valid6;
}
if(!valid100){
const err273 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data133};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
else {
errors = _errs345;
if(vErrors !== null){
if(_errs345){
vErrors.length = _errs345;
}
else {
vErrors = null;
}
}
}
}
if(data115.rules !== undefined){
let data134 = data115.rules;
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
for(const key38 in data134){
let data135 = data134[key38];
if(!((((data135 === "error") || (data135 === "warning")) || (data135 === "notice")) || (data135 === "off"))){
const err274 = {instancePath:instancePath+"/dependencies/rules/" + key38.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data135};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath:instancePath+"/dependencies/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data134};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
}
else {
const err276 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.dependencies.type,parentSchema:schema11.properties.dependencies,data:data115};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data.smoke !== undefined){
let data136 = data.smoke;
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
if(data136.steps === undefined){
const err277 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema11.properties.smoke.required,parentSchema:schema11.properties.smoke,data:data136};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
for(const key39 in data136){
if(!(func2.call(schema11.properties.smoke.properties, key39))){
const err278 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke,data:data136};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data136.on !== undefined){
let data137 = data136.on;
if(Array.isArray(data137)){
if(data137.length < 1){
const err279 = {instancePath:instancePath+"/smoke/on",schemaPath:"#/properties/smoke/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.smoke.properties.on,data:data137};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
const len19 = data137.length;
for(let i19=0; i19<len19; i19++){
let data138 = data137[i19];
if(typeof data138 === "string"){
if(!pattern25.test(data138)){
const err280 = {instancePath:instancePath+"/smoke/on/" + i19,schemaPath:"#/properties/smoke/properties/on/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema11.properties.smoke.properties.on.items,data:data138};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
else {
const err281 = {instancePath:instancePath+"/smoke/on/" + i19,schemaPath:"#/properties/smoke/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.on.items.type,parentSchema:schema11.properties.smoke.properties.on.items,data:data138};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
}
else {
const err282 = {instancePath:instancePath+"/smoke/on",schemaPath:"#/properties/smoke/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.smoke.properties.on.type,parentSchema:schema11.properties.smoke.properties.on,data:data137};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data136.environment !== undefined){
let data139 = data136.environment;
if(typeof data139 !== "string"){
const err283 = {instancePath:instancePath+"/smoke/environment",schemaPath:"#/properties/smoke/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.environment.type,parentSchema:schema11.properties.smoke.properties.environment,data:data139};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data136.wait !== undefined){
let data140 = data136.wait;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.request === undefined){
const err284 = {instancePath:instancePath+"/smoke/wait",schemaPath:"#/properties/smoke/properties/wait/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.smoke.properties.wait.required,parentSchema:schema11.properties.smoke.properties.wait,data:data140};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
for(const key40 in data140){
if(!((((((key40 === "request") || (key40 === "headers")) || (key40 === "expect")) || (key40 === "timeout")) || (key40 === "interval")) || (key40 === "max-interval"))){
const err285 = {instancePath:instancePath+"/smoke/wait",schemaPath:"#/properties/smoke/properties/wait/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke.properties.wait,data:data140};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data140.request !== undefined){
let data141 = data140.request;
if(typeof data141 === "string"){
if(!pattern3.test(data141)){
const err286 = {instancePath:instancePath+"/smoke/wait/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data141};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
else {
const err287 = {instancePath:instancePath+"/smoke/wait/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data141};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data140.headers !== undefined){
let data142 = data140.headers;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
for(const key41 in data142){
let data143 = data142[key41];
if(((typeof data143 !== "string") && (!((typeof data143 == "number") && (isFinite(data143))))) && (typeof data143 !== "boolean")){
const err288 = {instancePath:instancePath+"/smoke/wait/headers/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data143};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
if((typeof data143 == "number") && (isFinite(data143))){
if(data143 > 9007199254740991 || isNaN(data143)){
const err289 = {instancePath:instancePath+"/smoke/wait/headers/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data143};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
if(data143 < -9007199254740991 || isNaN(data143)){
const err290 = {instancePath:instancePath+"/smoke/wait/headers/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data143};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
}
}
else {
const err291 = {instancePath:instancePath+"/smoke/wait/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data142};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data140.expect !== undefined){
let data144 = data140.expect;
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
for(const key42 in data144){
if(!((((((key42 === "status") || (key42 === "body-contains")) || (key42 === "body-not-contains")) || (key42 === "json")) || (key42 === "headers")) || (key42 === "max-ms"))){
const err292 = {instancePath:instancePath+"/smoke/wait/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data144};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data144.status !== undefined){
let data145 = data144.status;
const _errs382 = errors;
let valid113 = false;
const _errs383 = errors;
if(!(((typeof data145 == "number") && (!(data145 % 1) && !isNaN(data145))) && (isFinite(data145)))){
const err293 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data145};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if((typeof data145 == "number") && (isFinite(data145))){
if(data145 > 599 || isNaN(data145)){
const err294 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data145};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
if(data145 < 100 || isNaN(data145)){
const err295 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data145};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
var _valid7 = _errs383 === errors;
valid113 = valid113 || _valid7;
if(!valid113){
const _errs385 = errors;
if(typeof data145 === "string"){
if(!pattern4.test(data145)){
const err296 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data145};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
else {
const err297 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data145};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
var _valid7 = _errs385 === errors;
valid113 = valid113 || _valid7;
if(!valid113){
const _errs387 = errors;
if(Array.isArray(data145)){
if(data145.length < 1){
const err298 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data145};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
const len20 = data145.length;
for(let i20=0; i20<len20; i20++){
let data146 = data145[i20];
const _errs390 = errors;
let valid116 = false;
const _errs391 = errors;
if(!(((typeof data146 == "number") && (!(data146 % 1) && !isNaN(data146))) && (isFinite(data146)))){
const err299 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data146};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if((typeof data146 == "number") && (isFinite(data146))){
if(data146 > 599 || isNaN(data146)){
const err300 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data146};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
if(data146 < 100 || isNaN(data146)){
const err301 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data146};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
var _valid8 = _errs391 === errors;
valid116 = valid116 || _valid8;
if(!valid116){
const _errs393 = errors;
if(typeof data146 === "string"){
if(!pattern4.test(data146)){
const err302 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data146};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
else {
const err303 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data146};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
var _valid8 = _errs393 === errors;
valid116 = valid116 || _valid8;
}
if(!valid116){
const err304 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data146};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
else {
errors = _errs390;
if(vErrors !== null){
if(_errs390){
vErrors.length = _errs390;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err305 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data145};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
var _valid7 = _errs387 === errors;
valid113 = valid113 || _valid7;
}
}
if(!valid113){
const err306 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data145};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
else {
errors = _errs382;
if(vErrors !== null){
if(_errs382){
vErrors.length = _errs382;
}
else {
vErrors = null;
}
}
}
}
if(data144["body-contains"] !== undefined){
let data147 = data144["body-contains"];
if(typeof data147 !== "string"){
const err307 = {instancePath:instancePath+"/smoke/wait/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data147};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data144["body-not-contains"] !== undefined){
let data148 = data144["body-not-contains"];
if(typeof data148 !== "string"){
const err308 = {instancePath:instancePath+"/smoke/wait/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data148};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data144.json !== undefined){
let data149 = data144.json;
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
for(const key43 in data149){
const _errs401 = errors;
if(typeof key43 === "string"){
if(!pattern6.test(key43)){
const err309 = {instancePath:instancePath+"/smoke/wait/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key43,propertyName:key43};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
var valid117 = _errs401 === errors;
if(!valid117){
const err310 = {instancePath:instancePath+"/smoke/wait/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key43},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data149};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
}
else {
const err311 = {instancePath:instancePath+"/smoke/wait/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data149};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data144.headers !== undefined){
let data150 = data144.headers;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
for(const key44 in data150){
let data151 = data150[key44];
if(typeof data151 === "string"){
if(func3(data151) > 1000){
const err312 = {instancePath:instancePath+"/smoke/wait/expect/headers/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.properties.headers.additionalProperties,data:data151};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
else {
const err313 = {instancePath:instancePath+"/smoke/wait/expect/headers/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data151};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
}
else {
const err314 = {instancePath:instancePath+"/smoke/wait/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data150};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
if(data144["max-ms"] !== undefined){
let data152 = data144["max-ms"];
if((typeof data152 == "number") && (isFinite(data152))){
if(data152 > 604800000 || isNaN(data152)){
const err315 = {instancePath:instancePath+"/smoke/wait/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema14.properties["max-ms"],data:data152};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
if(data152 < 0 || isNaN(data152)){
const err316 = {instancePath:instancePath+"/smoke/wait/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data152};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
else {
const err317 = {instancePath:instancePath+"/smoke/wait/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data152};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
}
else {
const err318 = {instancePath:instancePath+"/smoke/wait/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data144};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data140.timeout !== undefined){
let data153 = data140.timeout;
const _errs413 = errors;
let valid121 = false;
const _errs414 = errors;
if((typeof data153 == "number") && (isFinite(data153))){
if(data153 > 604800000 || isNaN(data153)){
const err319 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data153};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if(data153 < 0 || isNaN(data153)){
const err320 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data153};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
else {
const err321 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data153};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
var _valid9 = _errs414 === errors;
valid121 = valid121 || _valid9;
if(!valid121){
const _errs416 = errors;
if(typeof data153 === "string"){
if(!pattern15.test(data153)){
const err322 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data153};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data153)))){
const err323 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data153};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
else {
const err324 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data153};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
var _valid9 = _errs416 === errors;
valid121 = valid121 || _valid9;
}
if(!valid121){
const err325 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data153};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
else {
errors = _errs413;
if(vErrors !== null){
if(_errs413){
vErrors.length = _errs413;
}
else {
vErrors = null;
}
}
}
}
if(data140.interval !== undefined){
let data154 = data140.interval;
const _errs421 = errors;
let valid124 = false;
const _errs422 = errors;
if((typeof data154 == "number") && (isFinite(data154))){
if(data154 > 604800000 || isNaN(data154)){
const err326 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data154};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(data154 < 0 || isNaN(data154)){
const err327 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data154};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
else {
const err328 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data154};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
var _valid10 = _errs422 === errors;
valid124 = valid124 || _valid10;
if(!valid124){
const _errs424 = errors;
if(typeof data154 === "string"){
if(!pattern15.test(data154)){
const err329 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data154};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data154)))){
const err330 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data154};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
else {
const err331 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data154};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
var _valid10 = _errs424 === errors;
valid124 = valid124 || _valid10;
}
if(!valid124){
const err332 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data154};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
else {
errors = _errs421;
if(vErrors !== null){
if(_errs421){
vErrors.length = _errs421;
}
else {
vErrors = null;
}
}
}
}
if(data140["max-interval"] !== undefined){
let data155 = data140["max-interval"];
const _errs429 = errors;
let valid127 = false;
const _errs430 = errors;
if((typeof data155 == "number") && (isFinite(data155))){
if(data155 > 604800000 || isNaN(data155)){
const err333 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data155};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if(data155 < 0 || isNaN(data155)){
const err334 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data155};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
else {
const err335 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data155};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
var _valid11 = _errs430 === errors;
valid127 = valid127 || _valid11;
if(!valid127){
const _errs432 = errors;
if(typeof data155 === "string"){
if(!pattern15.test(data155)){
const err336 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data155};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data155)))){
const err337 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data155};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
else {
const err338 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data155};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
var _valid11 = _errs432 === errors;
valid127 = valid127 || _valid11;
}
if(!valid127){
const err339 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data155};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
else {
errors = _errs429;
if(vErrors !== null){
if(_errs429){
vErrors.length = _errs429;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err340 = {instancePath:instancePath+"/smoke/wait",schemaPath:"#/properties/smoke/properties/wait/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.properties.wait.type,parentSchema:schema11.properties.smoke.properties.wait,data:data140};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data136.timeout !== undefined){
let data156 = data136.timeout;
const _errs437 = errors;
let valid130 = false;
const _errs438 = errors;
if((typeof data156 == "number") && (isFinite(data156))){
if(data156 > 604800000 || isNaN(data156)){
const err341 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data156};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(data156 < 0 || isNaN(data156)){
const err342 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data156};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
else {
const err343 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data156};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
var _valid12 = _errs438 === errors;
valid130 = valid130 || _valid12;
if(!valid130){
const _errs440 = errors;
if(typeof data156 === "string"){
if(!pattern15.test(data156)){
const err344 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data156};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data156)))){
const err345 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data156};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
else {
const err346 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data156};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
var _valid12 = _errs440 === errors;
valid130 = valid130 || _valid12;
}
if(!valid130){
const err347 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data156};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
else {
errors = _errs437;
if(vErrors !== null){
if(_errs437){
vErrors.length = _errs437;
}
else {
vErrors = null;
}
}
}
}
if(data136.deadline !== undefined){
let data157 = data136.deadline;
const _errs445 = errors;
let valid133 = false;
const _errs446 = errors;
if((typeof data157 == "number") && (isFinite(data157))){
if(data157 > 604800000 || isNaN(data157)){
const err348 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data157};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
if(data157 < 0 || isNaN(data157)){
const err349 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data157};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
else {
const err350 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data157};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
var _valid13 = _errs446 === errors;
valid133 = valid133 || _valid13;
if(!valid133){
const _errs448 = errors;
if(typeof data157 === "string"){
if(!pattern15.test(data157)){
const err351 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data157};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data157)))){
const err352 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data157};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
else {
const err353 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data157};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
var _valid13 = _errs448 === errors;
valid133 = valid133 || _valid13;
}
if(!valid133){
const err354 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data157};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
else {
errors = _errs445;
if(vErrors !== null){
if(_errs445){
vErrors.length = _errs445;
}
else {
vErrors = null;
}
}
}
}
if(data136.retries !== undefined){
let data158 = data136.retries;
if(!(((typeof data158 == "number") && (!(data158 % 1) && !isNaN(data158))) && (isFinite(data158)))){
const err355 = {instancePath:instancePath+"/smoke/retries",schemaPath:"#/properties/smoke/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.smoke.properties.retries.type,parentSchema:schema11.properties.smoke.properties.retries,data:data158};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
if((typeof data158 == "number") && (isFinite(data158))){
if(data158 > 10 || isNaN(data158)){
const err356 = {instancePath:instancePath+"/smoke/retries",schemaPath:"#/properties/smoke/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema11.properties.smoke.properties.retries,data:data158};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
if(data158 < 0 || isNaN(data158)){
const err357 = {instancePath:instancePath+"/smoke/retries",schemaPath:"#/properties/smoke/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.smoke.properties.retries,data:data158};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
}
if(data136["deployment-url"] !== undefined){
let data159 = data136["deployment-url"];
if(typeof data159 !== "boolean"){
const err358 = {instancePath:instancePath+"/smoke/deployment-url",schemaPath:"#/properties/smoke/properties/deployment-url/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.smoke.properties["deployment-url"].type,parentSchema:schema11.properties.smoke.properties["deployment-url"],data:data159};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
if(data136["ca-file"] !== undefined){
let data160 = data136["ca-file"];
if(typeof data160 !== "string"){
const err359 = {instancePath:instancePath+"/smoke/ca-file",schemaPath:"#/properties/smoke/properties/ca-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties["ca-file"].type,parentSchema:schema11.properties.smoke.properties["ca-file"],data:data160};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data136.steps !== undefined){
let data161 = data136.steps;
if(Array.isArray(data161)){
if(data161.length < 1){
const err360 = {instancePath:instancePath+"/smoke/steps",schemaPath:"#/properties/smoke/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.smoke.properties.steps,data:data161};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
const len21 = data161.length;
for(let i21=0; i21<len21; i21++){
let data162 = data161[i21];
if(data162 && typeof data162 == "object" && !Array.isArray(data162)){
if(data162.request === undefined){
const err361 = {instancePath:instancePath+"/smoke/steps/" + i21,schemaPath:"#/properties/smoke/properties/steps/items/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.smoke.properties.steps.items.required,parentSchema:schema11.properties.smoke.properties.steps.items,data:data162};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
for(const key45 in data162){
if(!(func2.call(schema11.properties.smoke.properties.steps.items.properties, key45))){
const err362 = {instancePath:instancePath+"/smoke/steps/" + i21,schemaPath:"#/properties/smoke/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke.properties.steps.items,data:data162};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data162.name !== undefined){
let data163 = data162.name;
if(typeof data163 !== "string"){
const err363 = {instancePath:instancePath+"/smoke/steps/" + i21+"/name",schemaPath:"#/properties/smoke/properties/steps/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.name.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.name,data:data163};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
if(data162.request !== undefined){
let data164 = data162.request;
if(typeof data164 === "string"){
if(!pattern3.test(data164)){
const err364 = {instancePath:instancePath+"/smoke/steps/" + i21+"/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data164};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
else {
const err365 = {instancePath:instancePath+"/smoke/steps/" + i21+"/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data164};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data162.session !== undefined){
let data165 = data162.session;
if(typeof data165 !== "string"){
const err366 = {instancePath:instancePath+"/smoke/steps/" + i21+"/session",schemaPath:"#/properties/smoke/properties/steps/items/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.session.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.session,data:data165};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data162.anonymous !== undefined){
let data166 = data162.anonymous;
if(typeof data166 !== "boolean"){
const err367 = {instancePath:instancePath+"/smoke/steps/" + i21+"/anonymous",schemaPath:"#/properties/smoke/properties/steps/items/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.smoke.properties.steps.items.properties.anonymous.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.anonymous,data:data166};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
if(data162.headers !== undefined){
let data167 = data162.headers;
if(data167 && typeof data167 == "object" && !Array.isArray(data167)){
for(const key46 in data167){
let data168 = data167[key46];
if(((typeof data168 !== "string") && (!((typeof data168 == "number") && (isFinite(data168))))) && (typeof data168 !== "boolean")){
const err368 = {instancePath:instancePath+"/smoke/steps/" + i21+"/headers/" + key46.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data168};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
if((typeof data168 == "number") && (isFinite(data168))){
if(data168 > 9007199254740991 || isNaN(data168)){
const err369 = {instancePath:instancePath+"/smoke/steps/" + i21+"/headers/" + key46.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data168};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
if(data168 < -9007199254740991 || isNaN(data168)){
const err370 = {instancePath:instancePath+"/smoke/steps/" + i21+"/headers/" + key46.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data168};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
}
}
else {
const err371 = {instancePath:instancePath+"/smoke/steps/" + i21+"/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data167};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
if(data162.form !== undefined){
let data169 = data162.form;
if(data169 && typeof data169 == "object" && !Array.isArray(data169)){
for(const key47 in data169){
let data170 = data169[key47];
if(((typeof data170 !== "string") && (!((typeof data170 == "number") && (isFinite(data170))))) && (typeof data170 !== "boolean")){
const err372 = {instancePath:instancePath+"/smoke/steps/" + i21+"/form/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data170};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
if((typeof data170 == "number") && (isFinite(data170))){
if(data170 > 9007199254740991 || isNaN(data170)){
const err373 = {instancePath:instancePath+"/smoke/steps/" + i21+"/form/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data170};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
if(data170 < -9007199254740991 || isNaN(data170)){
const err374 = {instancePath:instancePath+"/smoke/steps/" + i21+"/form/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data170};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
}
}
else {
const err375 = {instancePath:instancePath+"/smoke/steps/" + i21+"/form",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data169};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
if(data162.body !== undefined){
let data171 = data162.body;
if(typeof data171 !== "string"){
const err376 = {instancePath:instancePath+"/smoke/steps/" + i21+"/body",schemaPath:"#/properties/smoke/properties/steps/items/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.body.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.body,data:data171};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data162.expect !== undefined){
let data172 = data162.expect;
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
for(const key48 in data172){
if(!((((((key48 === "status") || (key48 === "body-contains")) || (key48 === "body-not-contains")) || (key48 === "json")) || (key48 === "headers")) || (key48 === "max-ms"))){
const err377 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data172};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
if(data172.status !== undefined){
let data173 = data172.status;
const _errs489 = errors;
let valid144 = false;
const _errs490 = errors;
if(!(((typeof data173 == "number") && (!(data173 % 1) && !isNaN(data173))) && (isFinite(data173)))){
const err378 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data173};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
if((typeof data173 == "number") && (isFinite(data173))){
if(data173 > 599 || isNaN(data173)){
const err379 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data173};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
if(data173 < 100 || isNaN(data173)){
const err380 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data173};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
var _valid14 = _errs490 === errors;
valid144 = valid144 || _valid14;
if(!valid144){
const _errs492 = errors;
if(typeof data173 === "string"){
if(!pattern4.test(data173)){
const err381 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data173};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
else {
const err382 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data173};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
var _valid14 = _errs492 === errors;
valid144 = valid144 || _valid14;
if(!valid144){
const _errs494 = errors;
if(Array.isArray(data173)){
if(data173.length < 1){
const err383 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data173};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
const len22 = data173.length;
for(let i22=0; i22<len22; i22++){
let data174 = data173[i22];
const _errs497 = errors;
let valid147 = false;
const _errs498 = errors;
if(!(((typeof data174 == "number") && (!(data174 % 1) && !isNaN(data174))) && (isFinite(data174)))){
const err384 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data174};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
if((typeof data174 == "number") && (isFinite(data174))){
if(data174 > 599 || isNaN(data174)){
const err385 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data174};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
if(data174 < 100 || isNaN(data174)){
const err386 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data174};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
var _valid15 = _errs498 === errors;
valid147 = valid147 || _valid15;
if(!valid147){
const _errs500 = errors;
if(typeof data174 === "string"){
if(!pattern4.test(data174)){
const err387 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data174};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
else {
const err388 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data174};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
var _valid15 = _errs500 === errors;
valid147 = valid147 || _valid15;
}
if(!valid147){
const err389 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data174};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
else {
errors = _errs497;
if(vErrors !== null){
if(_errs497){
vErrors.length = _errs497;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err390 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data173};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
var _valid14 = _errs494 === errors;
valid144 = valid144 || _valid14;
}
}
if(!valid144){
const err391 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data173};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
else {
errors = _errs489;
if(vErrors !== null){
if(_errs489){
vErrors.length = _errs489;
}
else {
vErrors = null;
}
}
}
}
if(data172["body-contains"] !== undefined){
let data175 = data172["body-contains"];
if(typeof data175 !== "string"){
const err392 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data175};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
if(data172["body-not-contains"] !== undefined){
let data176 = data172["body-not-contains"];
if(typeof data176 !== "string"){
const err393 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data176};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
if(data172.json !== undefined){
let data177 = data172.json;
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
for(const key49 in data177){
const _errs508 = errors;
if(typeof key49 === "string"){
if(!pattern6.test(key49)){
const err394 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key49,propertyName:key49};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
var valid148 = _errs508 === errors;
if(!valid148){
const err395 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key49},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data177};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
}
else {
const err396 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data177};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
if(data172.headers !== undefined){
let data178 = data172.headers;
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
for(const key50 in data178){
let data179 = data178[key50];
if(typeof data179 === "string"){
if(func3(data179) > 1000){
const err397 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/headers/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.properties.headers.additionalProperties,data:data179};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
else {
const err398 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/headers/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data179};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
}
else {
const err399 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data178};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
if(data172["max-ms"] !== undefined){
let data180 = data172["max-ms"];
if((typeof data180 == "number") && (isFinite(data180))){
if(data180 > 604800000 || isNaN(data180)){
const err400 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema14.properties["max-ms"],data:data180};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
if(data180 < 0 || isNaN(data180)){
const err401 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data180};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
else {
const err402 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data180};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
}
else {
const err403 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data172};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
if(data162.capture !== undefined){
let data181 = data162.capture;
if(data181 && typeof data181 == "object" && !Array.isArray(data181)){
for(const key51 in data181){
const _errs520 = errors;
if(typeof key51 === "string"){
if(!pattern7.test(key51)){
const err404 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture",schemaPath:"#/$defs/captures/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema15.propertyNames,data:key51,propertyName:key51};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
var valid151 = _errs520 === errors;
if(!valid151){
const err405 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture",schemaPath:"#/$defs/captures/propertyNames",keyword:"propertyNames",params:{propertyName: key51},message:"property name must be valid",schema:schema15.propertyNames,parentSchema:schema15,data:data181};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
for(const key52 in data181){
let data182 = data181[key52];
if(typeof data182 === "string"){
if(func3(data182) > 1000){
const err406 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema15.additionalProperties,data:data182};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
if(func3(data182) < 1){
const err407 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.additionalProperties,data:data182};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
else {
const err408 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.additionalProperties.type,parentSchema:schema15.additionalProperties,data:data182};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
}
else {
const err409 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture",schemaPath:"#/$defs/captures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data181};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data162.cleanup !== undefined){
let data183 = data162.cleanup;
const _errs525 = errors;
let valid153 = false;
const _errs526 = errors;
if(typeof data183 === "string"){
if(!pattern3.test(data183)){
const err410 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data183};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
else {
const err411 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data183};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
var _valid16 = _errs526 === errors;
valid153 = valid153 || _valid16;
if(!valid153){
const _errs529 = errors;
if(data183 && typeof data183 == "object" && !Array.isArray(data183)){
if(data183.request === undefined){
const err412 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].required,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1],data:data183};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
for(const key53 in data183){
if(!((((((key53 === "request") || (key53 === "headers")) || (key53 === "json")) || (key53 === "form")) || (key53 === "body")) || (key53 === "expect"))){
const err413 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1],data:data183};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
if(data183.request !== undefined){
let data184 = data183.request;
if(typeof data184 === "string"){
if(!pattern3.test(data184)){
const err414 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data184};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
else {
const err415 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data184};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
}
if(data183.headers !== undefined){
let data185 = data183.headers;
if(data185 && typeof data185 == "object" && !Array.isArray(data185)){
for(const key54 in data185){
let data186 = data185[key54];
if(((typeof data186 !== "string") && (!((typeof data186 == "number") && (isFinite(data186))))) && (typeof data186 !== "boolean")){
const err416 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/headers/" + key54.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data186};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
if((typeof data186 == "number") && (isFinite(data186))){
if(data186 > 9007199254740991 || isNaN(data186)){
const err417 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/headers/" + key54.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data186};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
if(data186 < -9007199254740991 || isNaN(data186)){
const err418 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/headers/" + key54.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data186};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
}
}
else {
const err419 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data185};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data183.form !== undefined){
let data187 = data183.form;
if(data187 && typeof data187 == "object" && !Array.isArray(data187)){
for(const key55 in data187){
let data188 = data187[key55];
if(((typeof data188 !== "string") && (!((typeof data188 == "number") && (isFinite(data188))))) && (typeof data188 !== "boolean")){
const err420 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/form/" + key55.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data188};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
if((typeof data188 == "number") && (isFinite(data188))){
if(data188 > 9007199254740991 || isNaN(data188)){
const err421 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/form/" + key55.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data188};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
if(data188 < -9007199254740991 || isNaN(data188)){
const err422 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/form/" + key55.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data188};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
}
}
else {
const err423 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/form",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data187};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
if(data183.body !== undefined){
let data189 = data183.body;
if(typeof data189 !== "string"){
const err424 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/body",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].properties.body.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].properties.body,data:data189};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
if(data183.expect !== undefined){
let data190 = data183.expect;
if(data190 && typeof data190 == "object" && !Array.isArray(data190)){
for(const key56 in data190){
if(!((((((key56 === "status") || (key56 === "body-contains")) || (key56 === "body-not-contains")) || (key56 === "json")) || (key56 === "headers")) || (key56 === "max-ms"))){
const err425 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data190};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
if(data190.status !== undefined){
let data191 = data190.status;
const _errs555 = errors;
let valid164 = false;
const _errs556 = errors;
if(!(((typeof data191 == "number") && (!(data191 % 1) && !isNaN(data191))) && (isFinite(data191)))){
const err426 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data191};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
if((typeof data191 == "number") && (isFinite(data191))){
if(data191 > 599 || isNaN(data191)){
const err427 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data191};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
if(data191 < 100 || isNaN(data191)){
const err428 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data191};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
var _valid17 = _errs556 === errors;
valid164 = valid164 || _valid17;
if(!valid164){
const _errs558 = errors;
if(typeof data191 === "string"){
if(!pattern4.test(data191)){
const err429 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data191};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
else {
const err430 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data191};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
var _valid17 = _errs558 === errors;
valid164 = valid164 || _valid17;
if(!valid164){
const _errs560 = errors;
if(Array.isArray(data191)){
if(data191.length < 1){
const err431 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data191};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
const len23 = data191.length;
for(let i23=0; i23<len23; i23++){
let data192 = data191[i23];
const _errs563 = errors;
let valid167 = false;
const _errs564 = errors;
if(!(((typeof data192 == "number") && (!(data192 % 1) && !isNaN(data192))) && (isFinite(data192)))){
const err432 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data192};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
if((typeof data192 == "number") && (isFinite(data192))){
if(data192 > 599 || isNaN(data192)){
const err433 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data192};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
if(data192 < 100 || isNaN(data192)){
const err434 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data192};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
var _valid18 = _errs564 === errors;
valid167 = valid167 || _valid18;
if(!valid167){
const _errs566 = errors;
if(typeof data192 === "string"){
if(!pattern4.test(data192)){
const err435 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data192};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
else {
const err436 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data192};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
var _valid18 = _errs566 === errors;
valid167 = valid167 || _valid18;
}
if(!valid167){
const err437 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data192};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
else {
errors = _errs563;
if(vErrors !== null){
if(_errs563){
vErrors.length = _errs563;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err438 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data191};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
var _valid17 = _errs560 === errors;
valid164 = valid164 || _valid17;
}
}
if(!valid164){
const err439 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data191};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
else {
errors = _errs555;
if(vErrors !== null){
if(_errs555){
vErrors.length = _errs555;
}
else {
vErrors = null;
}
}
}
}
if(data190["body-contains"] !== undefined){
let data193 = data190["body-contains"];
if(typeof data193 !== "string"){
const err440 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data193};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
if(data190["body-not-contains"] !== undefined){
let data194 = data190["body-not-contains"];
if(typeof data194 !== "string"){
const err441 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data194};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
if(data190.json !== undefined){
let data195 = data190.json;
if(data195 && typeof data195 == "object" && !Array.isArray(data195)){
for(const key57 in data195){
const _errs574 = errors;
if(typeof key57 === "string"){
if(!pattern6.test(key57)){
const err442 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key57,propertyName:key57};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
var valid168 = _errs574 === errors;
if(!valid168){
const err443 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key57},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data195};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
}
else {
const err444 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data195};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
if(data190.headers !== undefined){
let data196 = data190.headers;
if(data196 && typeof data196 == "object" && !Array.isArray(data196)){
for(const key58 in data196){
let data197 = data196[key58];
if(typeof data197 === "string"){
if(func3(data197) > 1000){
const err445 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/headers/" + key58.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.properties.headers.additionalProperties,data:data197};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
else {
const err446 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/headers/" + key58.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data197};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
}
}
else {
const err447 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data196};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
if(data190["max-ms"] !== undefined){
let data198 = data190["max-ms"];
if((typeof data198 == "number") && (isFinite(data198))){
if(data198 > 604800000 || isNaN(data198)){
const err448 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema14.properties["max-ms"],data:data198};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
if(data198 < 0 || isNaN(data198)){
const err449 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data198};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
else {
const err450 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data198};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
}
else {
const err451 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data190};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
}
else {
const err452 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1],data:data183};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
var _valid16 = _errs529 === errors;
valid153 = valid153 || _valid16;
}
if(!valid153){
const err453 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup,data:data183};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
else {
errors = _errs525;
if(vErrors !== null){
if(_errs525){
vErrors.length = _errs525;
}
else {
vErrors = null;
}
}
}
}
if(data162.retries !== undefined){
let data199 = data162.retries;
if(!(((typeof data199 == "number") && (!(data199 % 1) && !isNaN(data199))) && (isFinite(data199)))){
const err454 = {instancePath:instancePath+"/smoke/steps/" + i21+"/retries",schemaPath:"#/properties/smoke/properties/steps/items/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.smoke.properties.steps.items.properties.retries.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.retries,data:data199};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
if((typeof data199 == "number") && (isFinite(data199))){
if(data199 > 10 || isNaN(data199)){
const err455 = {instancePath:instancePath+"/smoke/steps/" + i21+"/retries",schemaPath:"#/properties/smoke/properties/steps/items/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema11.properties.smoke.properties.steps.items.properties.retries,data:data199};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
if(data199 < 0 || isNaN(data199)){
const err456 = {instancePath:instancePath+"/smoke/steps/" + i21+"/retries",schemaPath:"#/properties/smoke/properties/steps/items/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.smoke.properties.steps.items.properties.retries,data:data199};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
}
if(data162.timeout !== undefined){
let data200 = data162.timeout;
const _errs588 = errors;
let valid172 = false;
const _errs589 = errors;
if((typeof data200 == "number") && (isFinite(data200))){
if(data200 > 604800000 || isNaN(data200)){
const err457 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data200};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
if(data200 < 0 || isNaN(data200)){
const err458 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data200};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
else {
const err459 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data200};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
var _valid19 = _errs589 === errors;
valid172 = valid172 || _valid19;
if(!valid172){
const _errs591 = errors;
if(typeof data200 === "string"){
if(!pattern15.test(data200)){
const err460 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data200};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data200)))){
const err461 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data200};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
else {
const err462 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data200};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
var _valid19 = _errs591 === errors;
valid172 = valid172 || _valid19;
}
if(!valid172){
const err463 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data200};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
else {
errors = _errs588;
if(vErrors !== null){
if(_errs588){
vErrors.length = _errs588;
}
else {
vErrors = null;
}
}
}
}
if(data162["follow-redirects"] !== undefined){
let data201 = data162["follow-redirects"];
if(typeof data201 !== "boolean"){
const err464 = {instancePath:instancePath+"/smoke/steps/" + i21+"/follow-redirects",schemaPath:"#/properties/smoke/properties/steps/items/properties/follow-redirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.smoke.properties.steps.items.properties["follow-redirects"].type,parentSchema:schema11.properties.smoke.properties.steps.items.properties["follow-redirects"],data:data201};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
}
}
else {
const err465 = {instancePath:instancePath+"/smoke/steps/" + i21,schemaPath:"#/properties/smoke/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.properties.steps.items.type,parentSchema:schema11.properties.smoke.properties.steps.items,data:data162};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
}
else {
const err466 = {instancePath:instancePath+"/smoke/steps",schemaPath:"#/properties/smoke/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.smoke.properties.steps.type,parentSchema:schema11.properties.smoke.properties.steps,data:data161};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
if(data136.rules !== undefined){
let data202 = data136.rules;
if(data202 && typeof data202 == "object" && !Array.isArray(data202)){
for(const key59 in data202){
let data203 = data202[key59];
if(!((((data203 === "error") || (data203 === "warning")) || (data203 === "notice")) || (data203 === "off"))){
const err467 = {instancePath:instancePath+"/smoke/rules/" + key59.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data203};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
}
else {
const err468 = {instancePath:instancePath+"/smoke/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data202};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
}
else {
const err469 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.type,parentSchema:schema11.properties.smoke,data:data136};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
}
if(data.latency !== undefined){
let data204 = data.latency;
if(data204 && typeof data204 == "object" && !Array.isArray(data204)){
if(data204.endpoints === undefined){
const err470 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/required",keyword:"required",params:{missingProperty: "endpoints"},message:"must have required property '"+"endpoints"+"'",schema:schema11.properties.latency.required,parentSchema:schema11.properties.latency,data:data204};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
for(const key60 in data204){
if(!(func2.call(schema11.properties.latency.properties, key60))){
const err471 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.latency,data:data204};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
if(data204.on !== undefined){
let data205 = data204.on;
if(Array.isArray(data205)){
if(data205.length < 1){
const err472 = {instancePath:instancePath+"/latency/on",schemaPath:"#/properties/latency/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.latency.properties.on,data:data205};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
const len24 = data205.length;
for(let i24=0; i24<len24; i24++){
let data206 = data205[i24];
if(typeof data206 === "string"){
if(!pattern25.test(data206)){
const err473 = {instancePath:instancePath+"/latency/on/" + i24,schemaPath:"#/properties/latency/properties/on/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema11.properties.latency.properties.on.items,data:data206};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
else {
const err474 = {instancePath:instancePath+"/latency/on/" + i24,schemaPath:"#/properties/latency/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.on.items.type,parentSchema:schema11.properties.latency.properties.on.items,data:data206};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
}
else {
const err475 = {instancePath:instancePath+"/latency/on",schemaPath:"#/properties/latency/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.latency.properties.on.type,parentSchema:schema11.properties.latency.properties.on,data:data205};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
if(data204.environment !== undefined){
let data207 = data204.environment;
if(typeof data207 !== "string"){
const err476 = {instancePath:instancePath+"/latency/environment",schemaPath:"#/properties/latency/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.environment.type,parentSchema:schema11.properties.latency.properties.environment,data:data207};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
if(data204.rate !== undefined){
let data208 = data204.rate;
if((typeof data208 == "number") && (isFinite(data208))){
if(data208 > 1000000 || isNaN(data208)){
const err477 = {instancePath:instancePath+"/latency/rate",schemaPath:"#/properties/latency/properties/rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.latency.properties.rate,data:data208};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
if(data208 <= 0 || isNaN(data208)){
const err478 = {instancePath:instancePath+"/latency/rate",schemaPath:"#/properties/latency/properties/rate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties.rate,data:data208};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
else {
const err479 = {instancePath:instancePath+"/latency/rate",schemaPath:"#/properties/latency/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.rate.type,parentSchema:schema11.properties.latency.properties.rate,data:data208};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
}
if(data204["max-rate"] !== undefined){
let data209 = data204["max-rate"];
if((typeof data209 == "number") && (isFinite(data209))){
if(data209 > 1000 || isNaN(data209)){
const err480 = {instancePath:instancePath+"/latency/max-rate",schemaPath:"#/properties/latency/properties/max-rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.latency.properties["max-rate"],data:data209};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
if(data209 <= 0 || isNaN(data209)){
const err481 = {instancePath:instancePath+"/latency/max-rate",schemaPath:"#/properties/latency/properties/max-rate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties["max-rate"],data:data209};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
else {
const err482 = {instancePath:instancePath+"/latency/max-rate",schemaPath:"#/properties/latency/properties/max-rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties["max-rate"].type,parentSchema:schema11.properties.latency.properties["max-rate"],data:data209};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
if(data204.duration !== undefined){
let data210 = data204.duration;
const _errs616 = errors;
let valid180 = false;
const _errs617 = errors;
if((typeof data210 == "number") && (isFinite(data210))){
if(data210 > 604800000 || isNaN(data210)){
const err483 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data210};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
if(data210 < 0 || isNaN(data210)){
const err484 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data210};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
else {
const err485 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data210};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
var _valid20 = _errs617 === errors;
valid180 = valid180 || _valid20;
if(!valid180){
const _errs619 = errors;
if(typeof data210 === "string"){
if(!pattern15.test(data210)){
const err486 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data210};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data210)))){
const err487 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data210};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
else {
const err488 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data210};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
var _valid20 = _errs619 === errors;
valid180 = valid180 || _valid20;
}
if(!valid180){
const err489 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data210};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
else {
errors = _errs616;
if(vErrors !== null){
if(_errs616){
vErrors.length = _errs616;
}
else {
vErrors = null;
}
}
}
}
if(data204.warmup !== undefined){
let data211 = data204.warmup;
const _errs624 = errors;
let valid183 = false;
const _errs625 = errors;
if((typeof data211 == "number") && (isFinite(data211))){
if(data211 > 604800000 || isNaN(data211)){
const err490 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data211};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
if(data211 < 0 || isNaN(data211)){
const err491 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data211};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
else {
const err492 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data211};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
var _valid21 = _errs625 === errors;
valid183 = valid183 || _valid21;
if(!valid183){
const _errs627 = errors;
if(typeof data211 === "string"){
if(!pattern15.test(data211)){
const err493 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data211};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data211)))){
const err494 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data211};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
else {
const err495 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data211};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
var _valid21 = _errs627 === errors;
valid183 = valid183 || _valid21;
}
if(!valid183){
const err496 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data211};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
else {
errors = _errs624;
if(vErrors !== null){
if(_errs624){
vErrors.length = _errs624;
}
else {
vErrors = null;
}
}
}
}
if(data204.timeout !== undefined){
let data212 = data204.timeout;
const _errs632 = errors;
let valid186 = false;
const _errs633 = errors;
if((typeof data212 == "number") && (isFinite(data212))){
if(data212 > 604800000 || isNaN(data212)){
const err497 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data212};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
if(data212 < 0 || isNaN(data212)){
const err498 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data212};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
}
else {
const err499 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data212};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
var _valid22 = _errs633 === errors;
valid186 = valid186 || _valid22;
if(!valid186){
const _errs635 = errors;
if(typeof data212 === "string"){
if(!pattern15.test(data212)){
const err500 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data212};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data212)))){
const err501 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data212};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
}
else {
const err502 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data212};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
var _valid22 = _errs635 === errors;
valid186 = valid186 || _valid22;
}
if(!valid186){
const err503 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data212};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
else {
errors = _errs632;
if(vErrors !== null){
if(_errs632){
vErrors.length = _errs632;
}
else {
vErrors = null;
}
}
}
}
if(data204["max-requests"] !== undefined){
let data213 = data204["max-requests"];
if(!(((typeof data213 == "number") && (!(data213 % 1) && !isNaN(data213))) && (isFinite(data213)))){
const err504 = {instancePath:instancePath+"/latency/max-requests",schemaPath:"#/properties/latency/properties/max-requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.latency.properties["max-requests"].type,parentSchema:schema11.properties.latency.properties["max-requests"],data:data213};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
if((typeof data213 == "number") && (isFinite(data213))){
if(data213 > 600000 || isNaN(data213)){
const err505 = {instancePath:instancePath+"/latency/max-requests",schemaPath:"#/properties/latency/properties/max-requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000",schema:600000,parentSchema:schema11.properties.latency.properties["max-requests"],data:data213};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
if(data213 < 1 || isNaN(data213)){
const err506 = {instancePath:instancePath+"/latency/max-requests",schemaPath:"#/properties/latency/properties/max-requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.latency.properties["max-requests"],data:data213};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
}
}
if(data204["stop-error-rate"] !== undefined){
let data214 = data204["stop-error-rate"];
const _errs640 = errors;
let valid187 = false;
const _errs641 = errors;
if((typeof data214 == "number") && (isFinite(data214))){
if(data214 > 1 || isNaN(data214)){
const err507 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0],data:data214};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
if(data214 < 0 || isNaN(data214)){
const err508 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0],data:data214};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
else {
const err509 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0].type,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0],data:data214};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
var _valid23 = _errs641 === errors;
valid187 = valid187 || _valid23;
if(!valid187){
const _errs643 = errors;
if(typeof data214 === "string"){
if(!pattern50.test(data214)){
const err510 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"},message:"must match pattern \""+"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"+"\"",schema:"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$",parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[1],data:data214};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
}
else {
const err511 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties["stop-error-rate"].anyOf[1].type,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[1],data:data214};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
var _valid23 = _errs643 === errors;
valid187 = valid187 || _valid23;
}
if(!valid187){
const err512 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties["stop-error-rate"].anyOf,parentSchema:schema11.properties.latency.properties["stop-error-rate"],data:data214};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
else {
errors = _errs640;
if(vErrors !== null){
if(_errs640){
vErrors.length = _errs640;
}
else {
vErrors = null;
}
}
}
}
if(data204.p95 !== undefined){
let data215 = data204.p95;
const _errs648 = errors;
let valid190 = false;
const _errs649 = errors;
if((typeof data215 == "number") && (isFinite(data215))){
if(data215 > 604800000 || isNaN(data215)){
const err513 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data215};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
if(data215 < 0 || isNaN(data215)){
const err514 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data215};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
}
else {
const err515 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data215};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
var _valid24 = _errs649 === errors;
valid190 = valid190 || _valid24;
if(!valid190){
const _errs651 = errors;
if(typeof data215 === "string"){
if(!pattern15.test(data215)){
const err516 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data215};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data215)))){
const err517 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data215};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
else {
const err518 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data215};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
var _valid24 = _errs651 === errors;
valid190 = valid190 || _valid24;
}
if(!valid190){
const err519 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data215};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
else {
errors = _errs648;
if(vErrors !== null){
if(_errs648){
vErrors.length = _errs648;
}
else {
vErrors = null;
}
}
}
}
if(data204.p99 !== undefined){
let data216 = data204.p99;
const _errs656 = errors;
let valid193 = false;
const _errs657 = errors;
if((typeof data216 == "number") && (isFinite(data216))){
if(data216 > 604800000 || isNaN(data216)){
const err520 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data216};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
if(data216 < 0 || isNaN(data216)){
const err521 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data216};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
else {
const err522 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data216};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
var _valid25 = _errs657 === errors;
valid193 = valid193 || _valid25;
if(!valid193){
const _errs659 = errors;
if(typeof data216 === "string"){
if(!pattern15.test(data216)){
const err523 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data216};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data216)))){
const err524 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data216};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
}
else {
const err525 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data216};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
var _valid25 = _errs659 === errors;
valid193 = valid193 || _valid25;
}
if(!valid193){
const err526 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data216};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
else {
errors = _errs656;
if(vErrors !== null){
if(_errs656){
vErrors.length = _errs656;
}
else {
vErrors = null;
}
}
}
}
if(data204.max !== undefined){
let data217 = data204.max;
const _errs664 = errors;
let valid196 = false;
const _errs665 = errors;
if((typeof data217 == "number") && (isFinite(data217))){
if(data217 > 604800000 || isNaN(data217)){
const err527 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data217};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
if(data217 < 0 || isNaN(data217)){
const err528 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data217};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
}
else {
const err529 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data217};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
var _valid26 = _errs665 === errors;
valid196 = valid196 || _valid26;
if(!valid196){
const _errs667 = errors;
if(typeof data217 === "string"){
if(!pattern15.test(data217)){
const err530 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data217};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data217)))){
const err531 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data217};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
}
else {
const err532 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data217};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
var _valid26 = _errs667 === errors;
valid196 = valid196 || _valid26;
}
if(!valid196){
const err533 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data217};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
else {
errors = _errs664;
if(vErrors !== null){
if(_errs664){
vErrors.length = _errs664;
}
else {
vErrors = null;
}
}
}
}
if(data204["error-rate"] !== undefined){
let data218 = data204["error-rate"];
const _errs670 = errors;
let valid197 = false;
const _errs671 = errors;
if((typeof data218 == "number") && (isFinite(data218))){
if(data218 > 1 || isNaN(data218)){
const err534 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[0],data:data218};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
if(data218 < 0 || isNaN(data218)){
const err535 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[0],data:data218};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
else {
const err536 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties["error-rate"].anyOf[0].type,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[0],data:data218};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
var _valid27 = _errs671 === errors;
valid197 = valid197 || _valid27;
if(!valid197){
const _errs673 = errors;
if(typeof data218 === "string"){
if(!pattern50.test(data218)){
const err537 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"},message:"must match pattern \""+"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"+"\"",schema:"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$",parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[1],data:data218};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
else {
const err538 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties["error-rate"].anyOf[1].type,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[1],data:data218};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
var _valid27 = _errs673 === errors;
valid197 = valid197 || _valid27;
}
if(!valid197){
const err539 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties["error-rate"].anyOf,parentSchema:schema11.properties.latency.properties["error-rate"],data:data218};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
else {
errors = _errs670;
if(vErrors !== null){
if(_errs670){
vErrors.length = _errs670;
}
else {
vErrors = null;
}
}
}
}
if(data204.window !== undefined){
let data219 = data204.window;
const _errs678 = errors;
let valid200 = false;
const _errs679 = errors;
if((typeof data219 == "number") && (isFinite(data219))){
if(data219 > 604800000 || isNaN(data219)){
const err540 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data219};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
if(data219 < 0 || isNaN(data219)){
const err541 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data219};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
else {
const err542 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data219};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
var _valid28 = _errs679 === errors;
valid200 = valid200 || _valid28;
if(!valid200){
const _errs681 = errors;
if(typeof data219 === "string"){
if(!pattern15.test(data219)){
const err543 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data219};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data219)))){
const err544 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data219};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
}
else {
const err545 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data219};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
var _valid28 = _errs681 === errors;
valid200 = valid200 || _valid28;
}
if(!valid200){
const err546 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data219};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
else {
errors = _errs678;
if(vErrors !== null){
if(_errs678){
vErrors.length = _errs678;
}
else {
vErrors = null;
}
}
}
}
if(data204.baseline !== undefined){
let data220 = data204.baseline;
if(typeof data220 !== "string"){
const err547 = {instancePath:instancePath+"/latency/baseline",schemaPath:"#/properties/latency/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.baseline.type,parentSchema:schema11.properties.latency.properties.baseline,data:data220};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
if(data204.regression !== undefined){
let data221 = data204.regression;
if(data221 && typeof data221 == "object" && !Array.isArray(data221)){
for(const key61 in data221){
if(!((key61 === "relative") || (key61 === "absolute"))){
const err548 = {instancePath:instancePath+"/latency/regression",schemaPath:"#/properties/latency/properties/regression/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.latency.properties.regression,data:data221};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
}
if(data221.relative !== undefined){
let data222 = data221.relative;
const _errs689 = errors;
let valid202 = false;
const _errs690 = errors;
if((typeof data222 == "number") && (isFinite(data222))){
if(data222 > 1 || isNaN(data222)){
const err549 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0],data:data222};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
if(data222 < 0 || isNaN(data222)){
const err550 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0],data:data222};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
}
else {
const err551 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0].type,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0],data:data222};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
var _valid29 = _errs690 === errors;
valid202 = valid202 || _valid29;
if(!valid202){
const _errs692 = errors;
if(typeof data222 === "string"){
if(!pattern50.test(data222)){
const err552 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"},message:"must match pattern \""+"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"+"\"",schema:"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$",parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[1],data:data222};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
}
else {
const err553 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.regression.properties.relative.anyOf[1].type,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[1],data:data222};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
var _valid29 = _errs692 === errors;
valid202 = valid202 || _valid29;
}
if(!valid202){
const err554 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties.regression.properties.relative.anyOf,parentSchema:schema11.properties.latency.properties.regression.properties.relative,data:data222};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
else {
errors = _errs689;
if(vErrors !== null){
if(_errs689){
vErrors.length = _errs689;
}
else {
vErrors = null;
}
}
}
}
if(data221.absolute !== undefined){
let data223 = data221.absolute;
const _errs697 = errors;
let valid205 = false;
const _errs698 = errors;
if((typeof data223 == "number") && (isFinite(data223))){
if(data223 > 604800000 || isNaN(data223)){
const err555 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data223};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
if(data223 < 0 || isNaN(data223)){
const err556 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data223};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
}
else {
const err557 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data223};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
var _valid30 = _errs698 === errors;
valid205 = valid205 || _valid30;
if(!valid205){
const _errs700 = errors;
if(typeof data223 === "string"){
if(!pattern15.test(data223)){
const err558 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data223};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data223)))){
const err559 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data223};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
}
else {
const err560 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data223};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
var _valid30 = _errs700 === errors;
valid205 = valid205 || _valid30;
}
if(!valid205){
const err561 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data223};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
else {
errors = _errs697;
if(vErrors !== null){
if(_errs697){
vErrors.length = _errs697;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err562 = {instancePath:instancePath+"/latency/regression",schemaPath:"#/properties/latency/properties/regression/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.latency.properties.regression.type,parentSchema:schema11.properties.latency.properties.regression,data:data221};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
}
if(data204["ca-file"] !== undefined){
let data224 = data204["ca-file"];
if(typeof data224 !== "string"){
const err563 = {instancePath:instancePath+"/latency/ca-file",schemaPath:"#/properties/latency/properties/ca-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties["ca-file"].type,parentSchema:schema11.properties.latency.properties["ca-file"],data:data224};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
}
if(data204.endpoints !== undefined){
let data225 = data204.endpoints;
if(Array.isArray(data225)){
if(data225.length < 1){
const err564 = {instancePath:instancePath+"/latency/endpoints",schemaPath:"#/properties/latency/properties/endpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.latency.properties.endpoints,data:data225};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
const len25 = data225.length;
for(let i25=0; i25<len25; i25++){
let data226 = data225[i25];
if(data226 && typeof data226 == "object" && !Array.isArray(data226)){
if(data226.request === undefined){
const err565 = {instancePath:instancePath+"/latency/endpoints/" + i25,schemaPath:"#/properties/latency/properties/endpoints/items/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.latency.properties.endpoints.items.required,parentSchema:schema11.properties.latency.properties.endpoints.items,data:data226};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
for(const key62 in data226){
if(!(func2.call(schema11.properties.latency.properties.endpoints.items.properties, key62))){
const err566 = {instancePath:instancePath+"/latency/endpoints/" + i25,schemaPath:"#/properties/latency/properties/endpoints/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.latency.properties.endpoints.items,data:data226};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
if(data226.name !== undefined){
let data227 = data226.name;
if(typeof data227 !== "string"){
const err567 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/name",schemaPath:"#/properties/latency/properties/endpoints/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.endpoints.items.properties.name.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.name,data:data227};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
if(data226.request !== undefined){
let data228 = data226.request;
if(typeof data228 === "string"){
if(!pattern3.test(data228)){
const err568 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data228};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
}
else {
const err569 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data228};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
}
if(data226.session !== undefined){
let data229 = data226.session;
if(typeof data229 !== "string"){
const err570 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/session",schemaPath:"#/properties/latency/properties/endpoints/items/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.endpoints.items.properties.session.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.session,data:data229};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
}
if(data226.anonymous !== undefined){
let data230 = data226.anonymous;
if(typeof data230 !== "boolean"){
const err571 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/anonymous",schemaPath:"#/properties/latency/properties/endpoints/items/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.latency.properties.endpoints.items.properties.anonymous.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.anonymous,data:data230};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
}
if(data226.headers !== undefined){
let data231 = data226.headers;
if(data231 && typeof data231 == "object" && !Array.isArray(data231)){
for(const key63 in data231){
let data232 = data231[key63];
if(((typeof data232 !== "string") && (!((typeof data232 == "number") && (isFinite(data232))))) && (typeof data232 !== "boolean")){
const err572 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/headers/" + key63.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data232};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
if((typeof data232 == "number") && (isFinite(data232))){
if(data232 > 9007199254740991 || isNaN(data232)){
const err573 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/headers/" + key63.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data232};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
if(data232 < -9007199254740991 || isNaN(data232)){
const err574 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/headers/" + key63.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data232};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
}
}
}
else {
const err575 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data231};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
}
if(data226.weight !== undefined){
let data233 = data226.weight;
if((typeof data233 == "number") && (isFinite(data233))){
if(data233 > 1000000 || isNaN(data233)){
const err576 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/weight",schemaPath:"#/properties/latency/properties/endpoints/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.weight,data:data233};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
if(data233 <= 0 || isNaN(data233)){
const err577 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/weight",schemaPath:"#/properties/latency/properties/endpoints/items/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.weight,data:data233};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
else {
const err578 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/weight",schemaPath:"#/properties/latency/properties/endpoints/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.endpoints.items.properties.weight.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.weight,data:data233};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
if(data226.rate !== undefined){
let data234 = data226.rate;
if((typeof data234 == "number") && (isFinite(data234))){
if(data234 > 1000000 || isNaN(data234)){
const err579 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.rate,data:data234};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
if(data234 <= 0 || isNaN(data234)){
const err580 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/rate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.rate,data:data234};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
else {
const err581 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.endpoints.items.properties.rate.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.rate,data:data234};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
}
if(data226.p95 !== undefined){
let data235 = data226.p95;
const _errs731 = errors;
let valid214 = false;
const _errs732 = errors;
if((typeof data235 == "number") && (isFinite(data235))){
if(data235 > 604800000 || isNaN(data235)){
const err582 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data235};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
if(data235 < 0 || isNaN(data235)){
const err583 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data235};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
}
else {
const err584 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data235};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
var _valid31 = _errs732 === errors;
valid214 = valid214 || _valid31;
if(!valid214){
const _errs734 = errors;
if(typeof data235 === "string"){
if(!pattern15.test(data235)){
const err585 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data235};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data235)))){
const err586 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data235};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
}
else {
const err587 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data235};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
var _valid31 = _errs734 === errors;
valid214 = valid214 || _valid31;
}
if(!valid214){
const err588 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data235};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
else {
errors = _errs731;
if(vErrors !== null){
if(_errs731){
vErrors.length = _errs731;
}
else {
vErrors = null;
}
}
}
}
if(data226.p99 !== undefined){
let data236 = data226.p99;
const _errs739 = errors;
let valid217 = false;
const _errs740 = errors;
if((typeof data236 == "number") && (isFinite(data236))){
if(data236 > 604800000 || isNaN(data236)){
const err589 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data236};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
if(data236 < 0 || isNaN(data236)){
const err590 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data236};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
}
else {
const err591 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data236};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
var _valid32 = _errs740 === errors;
valid217 = valid217 || _valid32;
if(!valid217){
const _errs742 = errors;
if(typeof data236 === "string"){
if(!pattern15.test(data236)){
const err592 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data236};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data236)))){
const err593 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data236};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
}
else {
const err594 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data236};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
var _valid32 = _errs742 === errors;
valid217 = valid217 || _valid32;
}
if(!valid217){
const err595 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data236};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
else {
errors = _errs739;
if(vErrors !== null){
if(_errs739){
vErrors.length = _errs739;
}
else {
vErrors = null;
}
}
}
}
if(data226.max !== undefined){
let data237 = data226.max;
const _errs747 = errors;
let valid220 = false;
const _errs748 = errors;
if((typeof data237 == "number") && (isFinite(data237))){
if(data237 > 604800000 || isNaN(data237)){
const err596 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data237};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
if(data237 < 0 || isNaN(data237)){
const err597 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data237};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
}
else {
const err598 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data237};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
var _valid33 = _errs748 === errors;
valid220 = valid220 || _valid33;
if(!valid220){
const _errs750 = errors;
if(typeof data237 === "string"){
if(!pattern15.test(data237)){
const err599 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data237};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data237)))){
const err600 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data237};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
}
else {
const err601 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data237};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
var _valid33 = _errs750 === errors;
valid220 = valid220 || _valid33;
}
if(!valid220){
const err602 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data237};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
else {
errors = _errs747;
if(vErrors !== null){
if(_errs747){
vErrors.length = _errs747;
}
else {
vErrors = null;
}
}
}
}
if(data226["error-rate"] !== undefined){
let data238 = data226["error-rate"];
const _errs753 = errors;
let valid221 = false;
const _errs754 = errors;
if((typeof data238 == "number") && (isFinite(data238))){
if(data238 > 1 || isNaN(data238)){
const err603 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0],data:data238};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
if(data238 < 0 || isNaN(data238)){
const err604 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0],data:data238};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
}
else {
const err605 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0].type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0],data:data238};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
var _valid34 = _errs754 === errors;
valid221 = valid221 || _valid34;
if(!valid221){
const _errs756 = errors;
if(typeof data238 === "string"){
if(!pattern50.test(data238)){
const err606 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"},message:"must match pattern \""+"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"+"\"",schema:"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$",parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[1],data:data238};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
}
else {
const err607 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[1].type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[1],data:data238};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
var _valid34 = _errs756 === errors;
valid221 = valid221 || _valid34;
}
if(!valid221){
const err608 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"],data:data238};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
else {
errors = _errs753;
if(vErrors !== null){
if(_errs753){
vErrors.length = _errs753;
}
else {
vErrors = null;
}
}
}
}
if(data226.window !== undefined){
let data239 = data226.window;
const _errs761 = errors;
let valid224 = false;
const _errs762 = errors;
if((typeof data239 == "number") && (isFinite(data239))){
if(data239 > 604800000 || isNaN(data239)){
const err609 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data239};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
if(data239 < 0 || isNaN(data239)){
const err610 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data239};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
}
else {
const err611 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data239};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
var _valid35 = _errs762 === errors;
valid224 = valid224 || _valid35;
if(!valid224){
const _errs764 = errors;
if(typeof data239 === "string"){
if(!pattern15.test(data239)){
const err612 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data239};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data239)))){
const err613 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data239};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
}
else {
const err614 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data239};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
var _valid35 = _errs764 === errors;
valid224 = valid224 || _valid35;
}
if(!valid224){
const err615 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data239};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
else {
errors = _errs761;
if(vErrors !== null){
if(_errs761){
vErrors.length = _errs761;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err616 = {instancePath:instancePath+"/latency/endpoints/" + i25,schemaPath:"#/properties/latency/properties/endpoints/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.latency.properties.endpoints.items.type,parentSchema:schema11.properties.latency.properties.endpoints.items,data:data226};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
}
}
else {
const err617 = {instancePath:instancePath+"/latency/endpoints",schemaPath:"#/properties/latency/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.latency.properties.endpoints.type,parentSchema:schema11.properties.latency.properties.endpoints,data:data225};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
}
if(data204.rules !== undefined){
let data240 = data204.rules;
if(data240 && typeof data240 == "object" && !Array.isArray(data240)){
for(const key64 in data240){
let data241 = data240[key64];
if(!((((data241 === "error") || (data241 === "warning")) || (data241 === "notice")) || (data241 === "off"))){
const err618 = {instancePath:instancePath+"/latency/rules/" + key64.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data241};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
}
}
else {
const err619 = {instancePath:instancePath+"/latency/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data240};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
}
}
else {
const err620 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.latency.type,parentSchema:schema11.properties.latency,data:data204};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
}
if(data.domain !== undefined){
let data242 = data.domain;
if(data242 && typeof data242 == "object" && !Array.isArray(data242)){
for(const key65 in data242){
if(!(func2.call(schema11.properties.domain.properties, key65))){
const err621 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain,data:data242};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
}
if(data242.on !== undefined){
let data243 = data242.on;
if(Array.isArray(data243)){
if(data243.length < 1){
const err622 = {instancePath:instancePath+"/domain/on",schemaPath:"#/properties/domain/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.domain.properties.on,data:data243};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
const len26 = data243.length;
for(let i26=0; i26<len26; i26++){
let data244 = data243[i26];
if(typeof data244 === "string"){
if(!pattern25.test(data244)){
const err623 = {instancePath:instancePath+"/domain/on/" + i26,schemaPath:"#/properties/domain/properties/on/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema11.properties.domain.properties.on.items,data:data244};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
}
else {
const err624 = {instancePath:instancePath+"/domain/on/" + i26,schemaPath:"#/properties/domain/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.on.items.type,parentSchema:schema11.properties.domain.properties.on.items,data:data244};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
}
}
else {
const err625 = {instancePath:instancePath+"/domain/on",schemaPath:"#/properties/domain/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.on.type,parentSchema:schema11.properties.domain.properties.on,data:data243};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
}
if(data242.environment !== undefined){
let data245 = data242.environment;
if(typeof data245 !== "string"){
const err626 = {instancePath:instancePath+"/domain/environment",schemaPath:"#/properties/domain/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.environment.type,parentSchema:schema11.properties.domain.properties.environment,data:data245};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
}
if(data242.resolver !== undefined){
let data246 = data242.resolver;
if(typeof data246 === "string"){
if(!pattern65.test(data246)){
const err627 = {instancePath:instancePath+"/domain/resolver",schemaPath:"#/properties/domain/properties/resolver/pattern",keyword:"pattern",params:{pattern: "^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$",parentSchema:schema11.properties.domain.properties.resolver,data:data246};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
}
else {
const err628 = {instancePath:instancePath+"/domain/resolver",schemaPath:"#/properties/domain/properties/resolver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.resolver.type,parentSchema:schema11.properties.domain.properties.resolver,data:data246};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
}
if(data242.resolvers !== undefined){
let data247 = data242.resolvers;
if(Array.isArray(data247)){
if(data247.length < 1){
const err629 = {instancePath:instancePath+"/domain/resolvers",schemaPath:"#/properties/domain/properties/resolvers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.domain.properties.resolvers,data:data247};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
const len27 = data247.length;
for(let i27=0; i27<len27; i27++){
let data248 = data247[i27];
if(typeof data248 === "string"){
if(!pattern65.test(data248)){
const err630 = {instancePath:instancePath+"/domain/resolvers/" + i27,schemaPath:"#/properties/domain/properties/resolvers/items/pattern",keyword:"pattern",params:{pattern: "^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$",parentSchema:schema11.properties.domain.properties.resolvers.items,data:data248};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
}
else {
const err631 = {instancePath:instancePath+"/domain/resolvers/" + i27,schemaPath:"#/properties/domain/properties/resolvers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.resolvers.items.type,parentSchema:schema11.properties.domain.properties.resolvers.items,data:data248};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
}
}
else {
const err632 = {instancePath:instancePath+"/domain/resolvers",schemaPath:"#/properties/domain/properties/resolvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.resolvers.type,parentSchema:schema11.properties.domain.properties.resolvers,data:data247};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
}
errors++;
}
}
if(data242.ca !== undefined){
let data249 = data242.ca;
if(typeof data249 === "string"){
if(func3(data249) < 1){
const err633 = {instancePath:instancePath+"/domain/ca",schemaPath:"#/properties/domain/properties/ca/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.ca,data:data249};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
}
else {
const err634 = {instancePath:instancePath+"/domain/ca",schemaPath:"#/properties/domain/properties/ca/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.ca.type,parentSchema:schema11.properties.domain.properties.ca,data:data249};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
}
if(data242.timeout !== undefined){
let data250 = data242.timeout;
const _errs791 = errors;
let valid234 = false;
const _errs792 = errors;
if((typeof data250 == "number") && (isFinite(data250))){
if(data250 > 604800000 || isNaN(data250)){
const err635 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data250};
if(vErrors === null){
vErrors = [err635];
}
else {
vErrors.push(err635);
}
errors++;
}
if(data250 < 0 || isNaN(data250)){
const err636 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data250};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
}
else {
const err637 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data250};
if(vErrors === null){
vErrors = [err637];
}
else {
vErrors.push(err637);
}
errors++;
}
var _valid36 = _errs792 === errors;
valid234 = valid234 || _valid36;
if(!valid234){
const _errs794 = errors;
if(typeof data250 === "string"){
if(!pattern15.test(data250)){
const err638 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data250};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data250)))){
const err639 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data250};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
}
else {
const err640 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data250};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
}
var _valid36 = _errs794 === errors;
valid234 = valid234 || _valid36;
}
if(!valid234){
const err641 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data250};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
else {
errors = _errs791;
if(vErrors !== null){
if(_errs791){
vErrors.length = _errs791;
}
else {
vErrors = null;
}
}
}
}
if(data242["allow-dmarc-none"] !== undefined){
let data251 = data242["allow-dmarc-none"];
if(typeof data251 !== "boolean"){
const err642 = {instancePath:instancePath+"/domain/allow-dmarc-none",schemaPath:"#/properties/domain/properties/allow-dmarc-none/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties["allow-dmarc-none"].type,parentSchema:schema11.properties.domain.properties["allow-dmarc-none"],data:data251};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
}
}
if(data242.dns !== undefined){
let data252 = data242.dns;
if(Array.isArray(data252)){
const len28 = data252.length;
for(let i28=0; i28<len28; i28++){
let data253 = data252[i28];
const _errs802 = errors;
let valid237 = false;
const _errs803 = errors;
if(data253 && typeof data253 == "object" && !Array.isArray(data253)){
if(data253.value === undefined){
const err643 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/anyOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.domain.properties.dns.items.anyOf[0].required,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[0],data:data253};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
}
else {
const err644 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.dns.items.anyOf[0].type,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[0],data:data253};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
var _valid37 = _errs803 === errors;
valid237 = valid237 || _valid37;
if(!valid237){
const _errs805 = errors;
if(data253 && typeof data253 == "object" && !Array.isArray(data253)){
if(data253.values === undefined){
const err645 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/anyOf/1/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema11.properties.domain.properties.dns.items.anyOf[1].required,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[1],data:data253};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
}
}
else {
const err646 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.dns.items.anyOf[1].type,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[1],data:data253};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
var _valid37 = _errs805 === errors;
valid237 = valid237 || _valid37;
}
if(!valid237){
const err647 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.domain.properties.dns.items.anyOf,parentSchema:schema11.properties.domain.properties.dns.items,data:data253};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
else {
errors = _errs802;
if(vErrors !== null){
if(_errs802){
vErrors.length = _errs802;
}
else {
vErrors = null;
}
}
}
if(data253 && typeof data253 == "object" && !Array.isArray(data253)){
if(data253.name === undefined){
const err648 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.domain.properties.dns.items.required,parentSchema:schema11.properties.domain.properties.dns.items,data:data253};
if(vErrors === null){
vErrors = [err648];
}
else {
vErrors.push(err648);
}
errors++;
}
if(data253.type === undefined){
const err649 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.properties.domain.properties.dns.items.required,parentSchema:schema11.properties.domain.properties.dns.items,data:data253};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
for(const key66 in data253){
if(!((((key66 === "name") || (key66 === "type")) || (key66 === "value")) || (key66 === "values"))){
const err650 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.dns.items,data:data253};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
}
if(data253.name !== undefined){
let data254 = data253.name;
if(typeof data254 === "string"){
if(func3(data254) < 1){
const err651 = {instancePath:instancePath+"/domain/dns/" + i28+"/name",schemaPath:"#/properties/domain/properties/dns/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.name,data:data254};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
}
}
else {
const err652 = {instancePath:instancePath+"/domain/dns/" + i28+"/name",schemaPath:"#/properties/domain/properties/dns/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.dns.items.properties.name.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.name,data:data254};
if(vErrors === null){
vErrors = [err652];
}
else {
vErrors.push(err652);
}
errors++;
}
}
if(data253.type !== undefined){
let data255 = data253.type;
if(!(((((((data255 === "A") || (data255 === "AAAA")) || (data255 === "CNAME")) || (data255 === "MX")) || (data255 === "TXT")) || (data255 === "NS")) || (data255 === "CAA"))){
const err653 = {instancePath:instancePath+"/domain/dns/" + i28+"/type",schemaPath:"#/properties/domain/properties/dns/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.domain.properties.dns.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.domain.properties.dns.items.properties.type.enum,parentSchema:schema11.properties.domain.properties.dns.items.properties.type,data:data255};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
}
if(data253.value !== undefined){
let data256 = data253.value;
if(typeof data256 === "string"){
if(func3(data256) < 1){
const err654 = {instancePath:instancePath+"/domain/dns/" + i28+"/value",schemaPath:"#/properties/domain/properties/dns/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.value,data:data256};
if(vErrors === null){
vErrors = [err654];
}
else {
vErrors.push(err654);
}
errors++;
}
}
else {
const err655 = {instancePath:instancePath+"/domain/dns/" + i28+"/value",schemaPath:"#/properties/domain/properties/dns/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.dns.items.properties.value.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.value,data:data256};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
}
if(data253.values !== undefined){
let data257 = data253.values;
if(Array.isArray(data257)){
if(data257.length < 1){
const err656 = {instancePath:instancePath+"/domain/dns/" + i28+"/values",schemaPath:"#/properties/domain/properties/dns/items/properties/values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.values,data:data257};
if(vErrors === null){
vErrors = [err656];
}
else {
vErrors.push(err656);
}
errors++;
}
const len29 = data257.length;
for(let i29=0; i29<len29; i29++){
let data258 = data257[i29];
if(typeof data258 === "string"){
if(func3(data258) < 1){
const err657 = {instancePath:instancePath+"/domain/dns/" + i28+"/values/" + i29,schemaPath:"#/properties/domain/properties/dns/items/properties/values/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.values.items,data:data258};
if(vErrors === null){
vErrors = [err657];
}
else {
vErrors.push(err657);
}
errors++;
}
}
else {
const err658 = {instancePath:instancePath+"/domain/dns/" + i28+"/values/" + i29,schemaPath:"#/properties/domain/properties/dns/items/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.dns.items.properties.values.items.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.values.items,data:data258};
if(vErrors === null){
vErrors = [err658];
}
else {
vErrors.push(err658);
}
errors++;
}
}
}
else {
const err659 = {instancePath:instancePath+"/domain/dns/" + i28+"/values",schemaPath:"#/properties/domain/properties/dns/items/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.dns.items.properties.values.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.values,data:data257};
if(vErrors === null){
vErrors = [err659];
}
else {
vErrors.push(err659);
}
errors++;
}
}
}
else {
const err660 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.dns.items.type,parentSchema:schema11.properties.domain.properties.dns.items,data:data253};
if(vErrors === null){
vErrors = [err660];
}
else {
vErrors.push(err660);
}
errors++;
}
}
}
else {
const err661 = {instancePath:instancePath+"/domain/dns",schemaPath:"#/properties/domain/properties/dns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.dns.type,parentSchema:schema11.properties.domain.properties.dns,data:data252};
if(vErrors === null){
vErrors = [err661];
}
else {
vErrors.push(err661);
}
errors++;
}
}
if(data242.email !== undefined){
let data259 = data242.email;
if(Array.isArray(data259)){
const len30 = data259.length;
for(let i30=0; i30<len30; i30++){
let data260 = data259[i30];
if(data260 && typeof data260 == "object" && !Array.isArray(data260)){
if(data260.domain === undefined){
const err662 = {instancePath:instancePath+"/domain/email/" + i30,schemaPath:"#/properties/domain/properties/email/items/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'",schema:schema11.properties.domain.properties.email.items.required,parentSchema:schema11.properties.domain.properties.email.items,data:data260};
if(vErrors === null){
vErrors = [err662];
}
else {
vErrors.push(err662);
}
errors++;
}
for(const key67 in data260){
if(!((((((key67 === "domain") || (key67 === "dkim")) || (key67 === "spf")) || (key67 === "dmarc")) || (key67 === "mx")) || (key67 === "allow-dmarc-none"))){
const err663 = {instancePath:instancePath+"/domain/email/" + i30,schemaPath:"#/properties/domain/properties/email/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.email.items,data:data260};
if(vErrors === null){
vErrors = [err663];
}
else {
vErrors.push(err663);
}
errors++;
}
}
if(data260.domain !== undefined){
let data261 = data260.domain;
if(typeof data261 === "string"){
if(func3(data261) < 1){
const err664 = {instancePath:instancePath+"/domain/email/" + i30+"/domain",schemaPath:"#/properties/domain/properties/email/items/properties/domain/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.email.items.properties.domain,data:data261};
if(vErrors === null){
vErrors = [err664];
}
else {
vErrors.push(err664);
}
errors++;
}
}
else {
const err665 = {instancePath:instancePath+"/domain/email/" + i30+"/domain",schemaPath:"#/properties/domain/properties/email/items/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.email.items.properties.domain.type,parentSchema:schema11.properties.domain.properties.email.items.properties.domain,data:data261};
if(vErrors === null){
vErrors = [err665];
}
else {
vErrors.push(err665);
}
errors++;
}
}
if(data260.dkim !== undefined){
let data262 = data260.dkim;
if(Array.isArray(data262)){
const len31 = data262.length;
for(let i31=0; i31<len31; i31++){
let data263 = data262[i31];
if(typeof data263 === "string"){
if(!pattern68.test(data263)){
const err666 = {instancePath:instancePath+"/domain/email/" + i30+"/dkim/" + i31,schemaPath:"#/properties/domain/properties/email/items/properties/dkim/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"+"\"",schema:"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$",parentSchema:schema11.properties.domain.properties.email.items.properties.dkim.items,data:data263};
if(vErrors === null){
vErrors = [err666];
}
else {
vErrors.push(err666);
}
errors++;
}
}
else {
const err667 = {instancePath:instancePath+"/domain/email/" + i30+"/dkim/" + i31,schemaPath:"#/properties/domain/properties/email/items/properties/dkim/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.email.items.properties.dkim.items.type,parentSchema:schema11.properties.domain.properties.email.items.properties.dkim.items,data:data263};
if(vErrors === null){
vErrors = [err667];
}
else {
vErrors.push(err667);
}
errors++;
}
}
}
else {
const err668 = {instancePath:instancePath+"/domain/email/" + i30+"/dkim",schemaPath:"#/properties/domain/properties/email/items/properties/dkim/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.email.items.properties.dkim.type,parentSchema:schema11.properties.domain.properties.email.items.properties.dkim,data:data262};
if(vErrors === null){
vErrors = [err668];
}
else {
vErrors.push(err668);
}
errors++;
}
}
if(data260.spf !== undefined){
let data264 = data260.spf;
if(typeof data264 !== "boolean"){
const err669 = {instancePath:instancePath+"/domain/email/" + i30+"/spf",schemaPath:"#/properties/domain/properties/email/items/properties/spf/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties.spf.type,parentSchema:schema11.properties.domain.properties.email.items.properties.spf,data:data264};
if(vErrors === null){
vErrors = [err669];
}
else {
vErrors.push(err669);
}
errors++;
}
}
if(data260.dmarc !== undefined){
let data265 = data260.dmarc;
if(typeof data265 !== "boolean"){
const err670 = {instancePath:instancePath+"/domain/email/" + i30+"/dmarc",schemaPath:"#/properties/domain/properties/email/items/properties/dmarc/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties.dmarc.type,parentSchema:schema11.properties.domain.properties.email.items.properties.dmarc,data:data265};
if(vErrors === null){
vErrors = [err670];
}
else {
vErrors.push(err670);
}
errors++;
}
}
if(data260.mx !== undefined){
let data266 = data260.mx;
if(typeof data266 !== "boolean"){
const err671 = {instancePath:instancePath+"/domain/email/" + i30+"/mx",schemaPath:"#/properties/domain/properties/email/items/properties/mx/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties.mx.type,parentSchema:schema11.properties.domain.properties.email.items.properties.mx,data:data266};
if(vErrors === null){
vErrors = [err671];
}
else {
vErrors.push(err671);
}
errors++;
}
}
if(data260["allow-dmarc-none"] !== undefined){
let data267 = data260["allow-dmarc-none"];
if(typeof data267 !== "boolean"){
const err672 = {instancePath:instancePath+"/domain/email/" + i30+"/allow-dmarc-none",schemaPath:"#/properties/domain/properties/email/items/properties/allow-dmarc-none/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties["allow-dmarc-none"].type,parentSchema:schema11.properties.domain.properties.email.items.properties["allow-dmarc-none"],data:data267};
if(vErrors === null){
vErrors = [err672];
}
else {
vErrors.push(err672);
}
errors++;
}
}
}
else {
const err673 = {instancePath:instancePath+"/domain/email/" + i30,schemaPath:"#/properties/domain/properties/email/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.email.items.type,parentSchema:schema11.properties.domain.properties.email.items,data:data260};
if(vErrors === null){
vErrors = [err673];
}
else {
vErrors.push(err673);
}
errors++;
}
}
}
else {
const err674 = {instancePath:instancePath+"/domain/email",schemaPath:"#/properties/domain/properties/email/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.email.type,parentSchema:schema11.properties.domain.properties.email,data:data259};
if(vErrors === null){
vErrors = [err674];
}
else {
vErrors.push(err674);
}
errors++;
}
}
if(data242.tls !== undefined){
let data268 = data242.tls;
if(Array.isArray(data268)){
const len32 = data268.length;
for(let i32=0; i32<len32; i32++){
let data269 = data268[i32];
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.host === undefined){
const err675 = {instancePath:instancePath+"/domain/tls/" + i32,schemaPath:"#/properties/domain/properties/tls/items/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema11.properties.domain.properties.tls.items.required,parentSchema:schema11.properties.domain.properties.tls.items,data:data269};
if(vErrors === null){
vErrors = [err675];
}
else {
vErrors.push(err675);
}
errors++;
}
for(const key68 in data269){
if(!((((key68 === "host") || (key68 === "port")) || (key68 === "min-days")) || (key68 === "warn-days"))){
const err676 = {instancePath:instancePath+"/domain/tls/" + i32,schemaPath:"#/properties/domain/properties/tls/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.tls.items,data:data269};
if(vErrors === null){
vErrors = [err676];
}
else {
vErrors.push(err676);
}
errors++;
}
}
if(data269.host !== undefined){
let data270 = data269.host;
if(typeof data270 === "string"){
if(!pattern69.test(data270)){
const err677 = {instancePath:instancePath+"/domain/tls/" + i32+"/host",schemaPath:"#/properties/domain/properties/tls/items/properties/host/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema11.properties.domain.properties.tls.items.properties.host,data:data270};
if(vErrors === null){
vErrors = [err677];
}
else {
vErrors.push(err677);
}
errors++;
}
}
else {
const err678 = {instancePath:instancePath+"/domain/tls/" + i32+"/host",schemaPath:"#/properties/domain/properties/tls/items/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.tls.items.properties.host.type,parentSchema:schema11.properties.domain.properties.tls.items.properties.host,data:data270};
if(vErrors === null){
vErrors = [err678];
}
else {
vErrors.push(err678);
}
errors++;
}
}
if(data269.port !== undefined){
let data271 = data269.port;
if(!(((typeof data271 == "number") && (!(data271 % 1) && !isNaN(data271))) && (isFinite(data271)))){
const err679 = {instancePath:instancePath+"/domain/tls/" + i32+"/port",schemaPath:"#/properties/domain/properties/tls/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.domain.properties.tls.items.properties.port.type,parentSchema:schema11.properties.domain.properties.tls.items.properties.port,data:data271};
if(vErrors === null){
vErrors = [err679];
}
else {
vErrors.push(err679);
}
errors++;
}
if((typeof data271 == "number") && (isFinite(data271))){
if(data271 > 65535 || isNaN(data271)){
const err680 = {instancePath:instancePath+"/domain/tls/" + i32+"/port",schemaPath:"#/properties/domain/properties/tls/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.domain.properties.tls.items.properties.port,data:data271};
if(vErrors === null){
vErrors = [err680];
}
else {
vErrors.push(err680);
}
errors++;
}
if(data271 < 1 || isNaN(data271)){
const err681 = {instancePath:instancePath+"/domain/tls/" + i32+"/port",schemaPath:"#/properties/domain/properties/tls/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.domain.properties.tls.items.properties.port,data:data271};
if(vErrors === null){
vErrors = [err681];
}
else {
vErrors.push(err681);
}
errors++;
}
}
}
if(data269["min-days"] !== undefined){
let data272 = data269["min-days"];
if((typeof data272 == "number") && (isFinite(data272))){
if(data272 > 3650 || isNaN(data272)){
const err682 = {instancePath:instancePath+"/domain/tls/" + i32+"/min-days",schemaPath:"#/properties/domain/properties/tls/items/properties/min-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema11.properties.domain.properties.tls.items.properties["min-days"],data:data272};
if(vErrors === null){
vErrors = [err682];
}
else {
vErrors.push(err682);
}
errors++;
}
if(data272 < 0 || isNaN(data272)){
const err683 = {instancePath:instancePath+"/domain/tls/" + i32+"/min-days",schemaPath:"#/properties/domain/properties/tls/items/properties/min-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.domain.properties.tls.items.properties["min-days"],data:data272};
if(vErrors === null){
vErrors = [err683];
}
else {
vErrors.push(err683);
}
errors++;
}
}
else {
const err684 = {instancePath:instancePath+"/domain/tls/" + i32+"/min-days",schemaPath:"#/properties/domain/properties/tls/items/properties/min-days/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.domain.properties.tls.items.properties["min-days"].type,parentSchema:schema11.properties.domain.properties.tls.items.properties["min-days"],data:data272};
if(vErrors === null){
vErrors = [err684];
}
else {
vErrors.push(err684);
}
errors++;
}
}
if(data269["warn-days"] !== undefined){
let data273 = data269["warn-days"];
if((typeof data273 == "number") && (isFinite(data273))){
if(data273 > 3650 || isNaN(data273)){
const err685 = {instancePath:instancePath+"/domain/tls/" + i32+"/warn-days",schemaPath:"#/properties/domain/properties/tls/items/properties/warn-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema11.properties.domain.properties.tls.items.properties["warn-days"],data:data273};
if(vErrors === null){
vErrors = [err685];
}
else {
vErrors.push(err685);
}
errors++;
}
if(data273 < 0 || isNaN(data273)){
const err686 = {instancePath:instancePath+"/domain/tls/" + i32+"/warn-days",schemaPath:"#/properties/domain/properties/tls/items/properties/warn-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.domain.properties.tls.items.properties["warn-days"],data:data273};
if(vErrors === null){
vErrors = [err686];
}
else {
vErrors.push(err686);
}
errors++;
}
}
else {
const err687 = {instancePath:instancePath+"/domain/tls/" + i32+"/warn-days",schemaPath:"#/properties/domain/properties/tls/items/properties/warn-days/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.domain.properties.tls.items.properties["warn-days"].type,parentSchema:schema11.properties.domain.properties.tls.items.properties["warn-days"],data:data273};
if(vErrors === null){
vErrors = [err687];
}
else {
vErrors.push(err687);
}
errors++;
}
}
}
else {
const err688 = {instancePath:instancePath+"/domain/tls/" + i32,schemaPath:"#/properties/domain/properties/tls/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.tls.items.type,parentSchema:schema11.properties.domain.properties.tls.items,data:data269};
if(vErrors === null){
vErrors = [err688];
}
else {
vErrors.push(err688);
}
errors++;
}
}
}
else {
const err689 = {instancePath:instancePath+"/domain/tls",schemaPath:"#/properties/domain/properties/tls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.tls.type,parentSchema:schema11.properties.domain.properties.tls,data:data268};
if(vErrors === null){
vErrors = [err689];
}
else {
vErrors.push(err689);
}
errors++;
}
}
if(data242.hsts !== undefined){
let data274 = data242.hsts;
if(Array.isArray(data274)){
const len33 = data274.length;
for(let i33=0; i33<len33; i33++){
let data275 = data274[i33];
const _errs852 = errors;
let valid251 = false;
const _errs853 = errors;
if(typeof data275 === "string"){
if(!pattern70.test(data275)){
const err690 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[0],data:data275};
if(vErrors === null){
vErrors = [err690];
}
else {
vErrors.push(err690);
}
errors++;
}
}
else {
const err691 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hsts.items.anyOf[0].type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[0],data:data275};
if(vErrors === null){
vErrors = [err691];
}
else {
vErrors.push(err691);
}
errors++;
}
var _valid38 = _errs853 === errors;
valid251 = valid251 || _valid38;
if(!valid251){
const _errs855 = errors;
if(data275 && typeof data275 == "object" && !Array.isArray(data275)){
if(data275.url === undefined){
const err692 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].required,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1],data:data275};
if(vErrors === null){
vErrors = [err692];
}
else {
vErrors.push(err692);
}
errors++;
}
for(const key69 in data275){
if(!(((key69 === "url") || (key69 === "include-subdomains")) || (key69 === "preload"))){
const err693 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1],data:data275};
if(vErrors === null){
vErrors = [err693];
}
else {
vErrors.push(err693);
}
errors++;
}
}
if(data275.url !== undefined){
let data276 = data275.url;
if(typeof data276 === "string"){
if(!pattern70.test(data276)){
const err694 = {instancePath:instancePath+"/domain/hsts/" + i33+"/url",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/url/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.url,data:data276};
if(vErrors === null){
vErrors = [err694];
}
else {
vErrors.push(err694);
}
errors++;
}
}
else {
const err695 = {instancePath:instancePath+"/domain/hsts/" + i33+"/url",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.url.type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.url,data:data276};
if(vErrors === null){
vErrors = [err695];
}
else {
vErrors.push(err695);
}
errors++;
}
}
if(data275["include-subdomains"] !== undefined){
let data277 = data275["include-subdomains"];
if(typeof data277 !== "boolean"){
const err696 = {instancePath:instancePath+"/domain/hsts/" + i33+"/include-subdomains",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/include-subdomains/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties["include-subdomains"].type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties["include-subdomains"],data:data277};
if(vErrors === null){
vErrors = [err696];
}
else {
vErrors.push(err696);
}
errors++;
}
}
if(data275.preload !== undefined){
let data278 = data275.preload;
if(typeof data278 !== "boolean"){
const err697 = {instancePath:instancePath+"/domain/hsts/" + i33+"/preload",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/preload/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.preload.type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.preload,data:data278};
if(vErrors === null){
vErrors = [err697];
}
else {
vErrors.push(err697);
}
errors++;
}
}
}
else {
const err698 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1],data:data275};
if(vErrors === null){
vErrors = [err698];
}
else {
vErrors.push(err698);
}
errors++;
}
var _valid38 = _errs855 === errors;
valid251 = valid251 || _valid38;
}
if(!valid251){
const err699 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.domain.properties.hsts.items.anyOf,parentSchema:schema11.properties.domain.properties.hsts.items,data:data275};
if(vErrors === null){
vErrors = [err699];
}
else {
vErrors.push(err699);
}
errors++;
}
else {
errors = _errs852;
if(vErrors !== null){
if(_errs852){
vErrors.length = _errs852;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err700 = {instancePath:instancePath+"/domain/hsts",schemaPath:"#/properties/domain/properties/hsts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hsts.type,parentSchema:schema11.properties.domain.properties.hsts,data:data274};
if(vErrors === null){
vErrors = [err700];
}
else {
vErrors.push(err700);
}
errors++;
}
}
if(data242.redirects !== undefined){
let data279 = data242.redirects;
if(Array.isArray(data279)){
const len34 = data279.length;
for(let i34=0; i34<len34; i34++){
let data280 = data279[i34];
if(data280 && typeof data280 == "object" && !Array.isArray(data280)){
if(data280.from === undefined){
const err701 = {instancePath:instancePath+"/domain/redirects/" + i34,schemaPath:"#/properties/domain/properties/redirects/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema11.properties.domain.properties.redirects.items.required,parentSchema:schema11.properties.domain.properties.redirects.items,data:data280};
if(vErrors === null){
vErrors = [err701];
}
else {
vErrors.push(err701);
}
errors++;
}
if(data280.to === undefined){
const err702 = {instancePath:instancePath+"/domain/redirects/" + i34,schemaPath:"#/properties/domain/properties/redirects/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema11.properties.domain.properties.redirects.items.required,parentSchema:schema11.properties.domain.properties.redirects.items,data:data280};
if(vErrors === null){
vErrors = [err702];
}
else {
vErrors.push(err702);
}
errors++;
}
for(const key70 in data280){
if(!((((key70 === "from") || (key70 === "to")) || (key70 === "status")) || (key70 === "max-hops"))){
const err703 = {instancePath:instancePath+"/domain/redirects/" + i34,schemaPath:"#/properties/domain/properties/redirects/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.redirects.items,data:data280};
if(vErrors === null){
vErrors = [err703];
}
else {
vErrors.push(err703);
}
errors++;
}
}
if(data280.from !== undefined){
let data281 = data280.from;
if(typeof data281 === "string"){
if(!pattern70.test(data281)){
const err704 = {instancePath:instancePath+"/domain/redirects/" + i34+"/from",schemaPath:"#/properties/domain/properties/redirects/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.redirects.items.properties.from,data:data281};
if(vErrors === null){
vErrors = [err704];
}
else {
vErrors.push(err704);
}
errors++;
}
}
else {
const err705 = {instancePath:instancePath+"/domain/redirects/" + i34+"/from",schemaPath:"#/properties/domain/properties/redirects/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.redirects.items.properties.from.type,parentSchema:schema11.properties.domain.properties.redirects.items.properties.from,data:data281};
if(vErrors === null){
vErrors = [err705];
}
else {
vErrors.push(err705);
}
errors++;
}
}
if(data280.to !== undefined){
let data282 = data280.to;
if(typeof data282 === "string"){
if(!pattern70.test(data282)){
const err706 = {instancePath:instancePath+"/domain/redirects/" + i34+"/to",schemaPath:"#/properties/domain/properties/redirects/items/properties/to/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.redirects.items.properties.to,data:data282};
if(vErrors === null){
vErrors = [err706];
}
else {
vErrors.push(err706);
}
errors++;
}
}
else {
const err707 = {instancePath:instancePath+"/domain/redirects/" + i34+"/to",schemaPath:"#/properties/domain/properties/redirects/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.redirects.items.properties.to.type,parentSchema:schema11.properties.domain.properties.redirects.items.properties.to,data:data282};
if(vErrors === null){
vErrors = [err707];
}
else {
vErrors.push(err707);
}
errors++;
}
}
if(data280.status !== undefined){
let data283 = data280.status;
if(!(((((data283 === 301) || (data283 === 302)) || (data283 === 303)) || (data283 === 307)) || (data283 === 308))){
const err708 = {instancePath:instancePath+"/domain/redirects/" + i34+"/status",schemaPath:"#/properties/domain/properties/redirects/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.domain.properties.redirects.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.domain.properties.redirects.items.properties.status.enum,parentSchema:schema11.properties.domain.properties.redirects.items.properties.status,data:data283};
if(vErrors === null){
vErrors = [err708];
}
else {
vErrors.push(err708);
}
errors++;
}
}
if(data280["max-hops"] !== undefined){
let data284 = data280["max-hops"];
if(!(((typeof data284 == "number") && (!(data284 % 1) && !isNaN(data284))) && (isFinite(data284)))){
const err709 = {instancePath:instancePath+"/domain/redirects/" + i34+"/max-hops",schemaPath:"#/properties/domain/properties/redirects/items/properties/max-hops/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.domain.properties.redirects.items.properties["max-hops"].type,parentSchema:schema11.properties.domain.properties.redirects.items.properties["max-hops"],data:data284};
if(vErrors === null){
vErrors = [err709];
}
else {
vErrors.push(err709);
}
errors++;
}
if((typeof data284 == "number") && (isFinite(data284))){
if(data284 > 10 || isNaN(data284)){
const err710 = {instancePath:instancePath+"/domain/redirects/" + i34+"/max-hops",schemaPath:"#/properties/domain/properties/redirects/items/properties/max-hops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema11.properties.domain.properties.redirects.items.properties["max-hops"],data:data284};
if(vErrors === null){
vErrors = [err710];
}
else {
vErrors.push(err710);
}
errors++;
}
if(data284 < 1 || isNaN(data284)){
const err711 = {instancePath:instancePath+"/domain/redirects/" + i34+"/max-hops",schemaPath:"#/properties/domain/properties/redirects/items/properties/max-hops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.domain.properties.redirects.items.properties["max-hops"],data:data284};
if(vErrors === null){
vErrors = [err711];
}
else {
vErrors.push(err711);
}
errors++;
}
}
}
}
else {
const err712 = {instancePath:instancePath+"/domain/redirects/" + i34,schemaPath:"#/properties/domain/properties/redirects/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.redirects.items.type,parentSchema:schema11.properties.domain.properties.redirects.items,data:data280};
if(vErrors === null){
vErrors = [err712];
}
else {
vErrors.push(err712);
}
errors++;
}
}
}
else {
const err713 = {instancePath:instancePath+"/domain/redirects",schemaPath:"#/properties/domain/properties/redirects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.redirects.type,parentSchema:schema11.properties.domain.properties.redirects,data:data279};
if(vErrors === null){
vErrors = [err713];
}
else {
vErrors.push(err713);
}
errors++;
}
}
if(data242.headers !== undefined){
let data285 = data242.headers;
if(Array.isArray(data285)){
const len35 = data285.length;
for(let i35=0; i35<len35; i35++){
let data286 = data285[i35];
const _errs879 = errors;
let valid258 = false;
const _errs880 = errors;
if(typeof data286 === "string"){
if(!pattern70.test(data286)){
const err714 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.headers.items.anyOf[0],data:data286};
if(vErrors === null){
vErrors = [err714];
}
else {
vErrors.push(err714);
}
errors++;
}
}
else {
const err715 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.headers.items.anyOf[0].type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[0],data:data286};
if(vErrors === null){
vErrors = [err715];
}
else {
vErrors.push(err715);
}
errors++;
}
var _valid39 = _errs880 === errors;
valid258 = valid258 || _valid39;
if(!valid258){
const _errs882 = errors;
if(data286 && typeof data286 == "object" && !Array.isArray(data286)){
if(data286.url === undefined){
const err716 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema11.properties.domain.properties.headers.items.anyOf[1].required,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1],data:data286};
if(vErrors === null){
vErrors = [err716];
}
else {
vErrors.push(err716);
}
errors++;
}
for(const key71 in data286){
if(!((key71 === "url") || (key71 === "session"))){
const err717 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1],data:data286};
if(vErrors === null){
vErrors = [err717];
}
else {
vErrors.push(err717);
}
errors++;
}
}
if(data286.url !== undefined){
let data287 = data286.url;
if(typeof data287 === "string"){
if(!pattern70.test(data287)){
const err718 = {instancePath:instancePath+"/domain/headers/" + i35+"/url",schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/properties/url/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.url,data:data287};
if(vErrors === null){
vErrors = [err718];
}
else {
vErrors.push(err718);
}
errors++;
}
}
else {
const err719 = {instancePath:instancePath+"/domain/headers/" + i35+"/url",schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.url.type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.url,data:data287};
if(vErrors === null){
vErrors = [err719];
}
else {
vErrors.push(err719);
}
errors++;
}
}
if(data286.session !== undefined){
let data288 = data286.session;
if(typeof data288 !== "string"){
const err720 = {instancePath:instancePath+"/domain/headers/" + i35+"/session",schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.session.type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.session,data:data288};
if(vErrors === null){
vErrors = [err720];
}
else {
vErrors.push(err720);
}
errors++;
}
}
}
else {
const err721 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.headers.items.anyOf[1].type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1],data:data286};
if(vErrors === null){
vErrors = [err721];
}
else {
vErrors.push(err721);
}
errors++;
}
var _valid39 = _errs882 === errors;
valid258 = valid258 || _valid39;
}
if(!valid258){
const err722 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.domain.properties.headers.items.anyOf,parentSchema:schema11.properties.domain.properties.headers.items,data:data286};
if(vErrors === null){
vErrors = [err722];
}
else {
vErrors.push(err722);
}
errors++;
}
else {
errors = _errs879;
if(vErrors !== null){
if(_errs879){
vErrors.length = _errs879;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err723 = {instancePath:instancePath+"/domain/headers",schemaPath:"#/properties/domain/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.headers.type,parentSchema:schema11.properties.domain.properties.headers,data:data285};
if(vErrors === null){
vErrors = [err723];
}
else {
vErrors.push(err723);
}
errors++;
}
}
if(data242["rate-limit"] !== undefined){
let data289 = data242["rate-limit"];
if(Array.isArray(data289)){
const len36 = data289.length;
for(let i36=0; i36<len36; i36++){
let data290 = data289[i36];
if(data290 && typeof data290 == "object" && !Array.isArray(data290)){
if(data290.request === undefined){
const err724 = {instancePath:instancePath+"/domain/rate-limit/" + i36,schemaPath:"#/properties/domain/properties/rate-limit/items/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.domain.properties["rate-limit"].items.required,parentSchema:schema11.properties.domain.properties["rate-limit"].items,data:data290};
if(vErrors === null){
vErrors = [err724];
}
else {
vErrors.push(err724);
}
errors++;
}
for(const key72 in data290){
if(!(((((key72 === "request") || (key72 === "attempts")) || (key72 === "format")) || (key72 === "user-field")) || (key72 === "password-field"))){
const err725 = {instancePath:instancePath+"/domain/rate-limit/" + i36,schemaPath:"#/properties/domain/properties/rate-limit/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties["rate-limit"].items,data:data290};
if(vErrors === null){
vErrors = [err725];
}
else {
vErrors.push(err725);
}
errors++;
}
}
if(data290.request !== undefined){
let data291 = data290.request;
if(typeof data291 === "string"){
if(!pattern3.test(data291)){
const err726 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data291};
if(vErrors === null){
vErrors = [err726];
}
else {
vErrors.push(err726);
}
errors++;
}
}
else {
const err727 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data291};
if(vErrors === null){
vErrors = [err727];
}
else {
vErrors.push(err727);
}
errors++;
}
}
if(data290.attempts !== undefined){
let data292 = data290.attempts;
if(!(((typeof data292 == "number") && (!(data292 % 1) && !isNaN(data292))) && (isFinite(data292)))){
const err728 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/attempts",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts.type,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts,data:data292};
if(vErrors === null){
vErrors = [err728];
}
else {
vErrors.push(err728);
}
errors++;
}
if((typeof data292 == "number") && (isFinite(data292))){
if(data292 > 50 || isNaN(data292)){
const err729 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/attempts",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/attempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50",schema:50,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts,data:data292};
if(vErrors === null){
vErrors = [err729];
}
else {
vErrors.push(err729);
}
errors++;
}
if(data292 < 1 || isNaN(data292)){
const err730 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/attempts",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts,data:data292};
if(vErrors === null){
vErrors = [err730];
}
else {
vErrors.push(err730);
}
errors++;
}
}
}
if(data290.format !== undefined){
let data293 = data290.format;
if(!((data293 === "json") || (data293 === "form"))){
const err731 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/format",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema11.properties.domain.properties["rate-limit"].items.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.domain.properties["rate-limit"].items.properties.format.enum,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.format,data:data293};
if(vErrors === null){
vErrors = [err731];
}
else {
vErrors.push(err731);
}
errors++;
}
}
if(data290["user-field"] !== undefined){
let data294 = data290["user-field"];
if(typeof data294 === "string"){
if(func3(data294) < 1){
const err732 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/user-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/user-field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["user-field"],data:data294};
if(vErrors === null){
vErrors = [err732];
}
else {
vErrors.push(err732);
}
errors++;
}
}
else {
const err733 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/user-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/user-field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties["rate-limit"].items.properties["user-field"].type,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["user-field"],data:data294};
if(vErrors === null){
vErrors = [err733];
}
else {
vErrors.push(err733);
}
errors++;
}
}
if(data290["password-field"] !== undefined){
let data295 = data290["password-field"];
if(typeof data295 === "string"){
if(func3(data295) < 1){
const err734 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/password-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/password-field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["password-field"],data:data295};
if(vErrors === null){
vErrors = [err734];
}
else {
vErrors.push(err734);
}
errors++;
}
}
else {
const err735 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/password-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/password-field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties["rate-limit"].items.properties["password-field"].type,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["password-field"],data:data295};
if(vErrors === null){
vErrors = [err735];
}
else {
vErrors.push(err735);
}
errors++;
}
}
}
else {
const err736 = {instancePath:instancePath+"/domain/rate-limit/" + i36,schemaPath:"#/properties/domain/properties/rate-limit/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties["rate-limit"].items.type,parentSchema:schema11.properties.domain.properties["rate-limit"].items,data:data290};
if(vErrors === null){
vErrors = [err736];
}
else {
vErrors.push(err736);
}
errors++;
}
}
}
else {
const err737 = {instancePath:instancePath+"/domain/rate-limit",schemaPath:"#/properties/domain/properties/rate-limit/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties["rate-limit"].type,parentSchema:schema11.properties.domain.properties["rate-limit"],data:data289};
if(vErrors === null){
vErrors = [err737];
}
else {
vErrors.push(err737);
}
errors++;
}
}
if(data242.hosts !== undefined){
let data296 = data242.hosts;
if(data296 && typeof data296 == "object" && !Array.isArray(data296)){
for(const key73 in data296){
const _errs906 = errors;
if(typeof key73 === "string"){
if(!pattern69.test(key73)){
const err738 = {instancePath:instancePath+"/domain/hosts",schemaPath:"#/properties/domain/properties/hosts/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema11.properties.domain.properties.hosts.propertyNames,data:key73,propertyName:key73};
if(vErrors === null){
vErrors = [err738];
}
else {
vErrors.push(err738);
}
errors++;
}
}
var valid264 = _errs906 === errors;
if(!valid264){
const err739 = {instancePath:instancePath+"/domain/hosts",schemaPath:"#/properties/domain/properties/hosts/propertyNames",keyword:"propertyNames",params:{propertyName: key73},message:"property name must be valid",schema:schema11.properties.domain.properties.hosts.propertyNames,parentSchema:schema11.properties.domain.properties.hosts,data:data296};
if(vErrors === null){
vErrors = [err739];
}
else {
vErrors.push(err739);
}
errors++;
}
}
for(const key74 in data296){
let data297 = data296[key74];
if(data297 && typeof data297 == "object" && !Array.isArray(data297)){
if(data297.proxy === undefined){
const err740 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/domain/properties/hosts/additionalProperties/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema11.properties.domain.properties.hosts.additionalProperties.required,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties,data:data297};
if(vErrors === null){
vErrors = [err740];
}
else {
vErrors.push(err740);
}
errors++;
}
for(const key75 in data297){
if(!(((((((key75 === "proxy") || (key75 === "origin")) || (key75 === "port")) || (key75 === "ranges")) || (key75 === "session")) || (key75 === "signed-in")) || (key75 === "static"))){
const err741 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/domain/properties/hosts/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key75},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties,data:data297};
if(vErrors === null){
vErrors = [err741];
}
else {
vErrors.push(err741);
}
errors++;
}
}
if(data297.proxy !== undefined){
let data298 = data297.proxy;
const _errs912 = errors;
let valid267 = false;
let passing0 = null;
const _errs913 = errors;
if(!((data298 === "cloudflare") || (data298 === "none"))){
const err742 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[0].enum,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[0],data:data298};
if(vErrors === null){
vErrors = [err742];
}
else {
vErrors.push(err742);
}
errors++;
}
var _valid40 = _errs913 === errors;
if(_valid40){
valid267 = true;
passing0 = 0;
}
const _errs914 = errors;
if(data298 && typeof data298 == "object" && !Array.isArray(data298)){
if(data298.headers === undefined){
const err743 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/required",keyword:"required",params:{missingProperty: "headers"},message:"must have required property '"+"headers"+"'",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].required,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1],data:data298};
if(vErrors === null){
vErrors = [err743];
}
else {
vErrors.push(err743);
}
errors++;
}
for(const key76 in data298){
if(!(((key76 === "name") || (key76 === "headers")) || (key76 === "ranges"))){
const err744 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key76},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1],data:data298};
if(vErrors === null){
vErrors = [err744];
}
else {
vErrors.push(err744);
}
errors++;
}
}
if(data298.name !== undefined){
let data299 = data298.name;
if(typeof data299 === "string"){
if(func3(data299) < 1){
const err745 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/name",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.name,data:data299};
if(vErrors === null){
vErrors = [err745];
}
else {
vErrors.push(err745);
}
errors++;
}
}
else {
const err746 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/name",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.name.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.name,data:data299};
if(vErrors === null){
vErrors = [err746];
}
else {
vErrors.push(err746);
}
errors++;
}
}
if(data298.headers !== undefined){
let data300 = data298.headers;
if(Array.isArray(data300)){
if(data300.length < 1){
const err747 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/headers",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/headers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers,data:data300};
if(vErrors === null){
vErrors = [err747];
}
else {
vErrors.push(err747);
}
errors++;
}
const len37 = data300.length;
for(let i37=0; i37<len37; i37++){
let data301 = data300[i37];
if(typeof data301 === "string"){
if(!pattern78.test(data301)){
const err748 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/headers/" + i37,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/headers/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers.items,data:data301};
if(vErrors === null){
vErrors = [err748];
}
else {
vErrors.push(err748);
}
errors++;
}
}
else {
const err749 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/headers/" + i37,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers.items.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers.items,data:data301};
if(vErrors === null){
vErrors = [err749];
}
else {
vErrors.push(err749);
}
errors++;
}
}
}
else {
const err750 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/headers",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers,data:data300};
if(vErrors === null){
vErrors = [err750];
}
else {
vErrors.push(err750);
}
errors++;
}
}
if(data298.ranges !== undefined){
let data302 = data298.ranges;
if(Array.isArray(data302)){
const len38 = data302.length;
for(let i38=0; i38<len38; i38++){
let data303 = data302[i38];
if(typeof data303 === "string"){
if(!pattern79.test(data303)){
const err751 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/ranges/" + i38,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/ranges/items/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"+"\"",schema:"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.ranges.items,data:data303};
if(vErrors === null){
vErrors = [err751];
}
else {
vErrors.push(err751);
}
errors++;
}
}
else {
const err752 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/ranges/" + i38,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/ranges/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.ranges.items.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.ranges.items,data:data303};
if(vErrors === null){
vErrors = [err752];
}
else {
vErrors.push(err752);
}
errors++;
}
}
}
else {
const err753 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/ranges",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.ranges.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.ranges,data:data302};
if(vErrors === null){
vErrors = [err753];
}
else {
vErrors.push(err753);
}
errors++;
}
}
}
else {
const err754 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1],data:data298};
if(vErrors === null){
vErrors = [err754];
}
else {
vErrors.push(err754);
}
errors++;
}
var _valid40 = _errs914 === errors;
if(_valid40 && valid267){
valid267 = false;
passing0 = [passing0, 1];
}
else {
if(_valid40){
valid267 = true;
passing0 = 1;
}
}
if(!valid267){
const err755 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy,data:data298};
if(vErrors === null){
vErrors = [err755];
}
else {
vErrors.push(err755);
}
errors++;
}
else {
errors = _errs912;
if(vErrors !== null){
if(_errs912){
vErrors.length = _errs912;
}
else {
vErrors = null;
}
}
}
}
if(data297.origin !== undefined){
let data304 = data297.origin;
if(typeof data304 === "string"){
if(!pattern65.test(data304)){
const err756 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/origin",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/origin/pattern",keyword:"pattern",params:{pattern: "^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.origin,data:data304};
if(vErrors === null){
vErrors = [err756];
}
else {
vErrors.push(err756);
}
errors++;
}
}
else {
const err757 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/origin",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/origin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.origin.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.origin,data:data304};
if(vErrors === null){
vErrors = [err757];
}
else {
vErrors.push(err757);
}
errors++;
}
}
if(data297.port !== undefined){
let data305 = data297.port;
if(!(((typeof data305 == "number") && (!(data305 % 1) && !isNaN(data305))) && (isFinite(data305)))){
const err758 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/port",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.port.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.port,data:data305};
if(vErrors === null){
vErrors = [err758];
}
else {
vErrors.push(err758);
}
errors++;
}
if((typeof data305 == "number") && (isFinite(data305))){
if(data305 > 65535 || isNaN(data305)){
const err759 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/port",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.port,data:data305};
if(vErrors === null){
vErrors = [err759];
}
else {
vErrors.push(err759);
}
errors++;
}
if(data305 < 1 || isNaN(data305)){
const err760 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/port",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.port,data:data305};
if(vErrors === null){
vErrors = [err760];
}
else {
vErrors.push(err760);
}
errors++;
}
}
}
if(data297.ranges !== undefined){
let data306 = data297.ranges;
if(Array.isArray(data306)){
const len39 = data306.length;
for(let i39=0; i39<len39; i39++){
let data307 = data306[i39];
if(typeof data307 === "string"){
if(!pattern79.test(data307)){
const err761 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/ranges/" + i39,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/ranges/items/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"+"\"",schema:"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.ranges.items,data:data307};
if(vErrors === null){
vErrors = [err761];
}
else {
vErrors.push(err761);
}
errors++;
}
}
else {
const err762 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/ranges/" + i39,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/ranges/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.ranges.items.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.ranges.items,data:data307};
if(vErrors === null){
vErrors = [err762];
}
else {
vErrors.push(err762);
}
errors++;
}
}
}
else {
const err763 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/ranges",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.ranges.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.ranges,data:data306};
if(vErrors === null){
vErrors = [err763];
}
else {
vErrors.push(err763);
}
errors++;
}
}
if(data297.session !== undefined){
let data308 = data297.session;
if(typeof data308 === "string"){
if(func3(data308) < 1){
const err764 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/session",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.session,data:data308};
if(vErrors === null){
vErrors = [err764];
}
else {
vErrors.push(err764);
}
errors++;
}
}
else {
const err765 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/session",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.session.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.session,data:data308};
if(vErrors === null){
vErrors = [err765];
}
else {
vErrors.push(err765);
}
errors++;
}
}
if(data297["signed-in"] !== undefined){
let data309 = data297["signed-in"];
if(Array.isArray(data309)){
const len40 = data309.length;
for(let i40=0; i40<len40; i40++){
let data310 = data309[i40];
if(typeof data310 === "string"){
if(!pattern82.test(data310)){
const err766 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/signed-in/" + i40,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/signed-in/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties["signed-in"].items,data:data310};
if(vErrors === null){
vErrors = [err766];
}
else {
vErrors.push(err766);
}
errors++;
}
}
else {
const err767 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/signed-in/" + i40,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/signed-in/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties["signed-in"].items.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties["signed-in"].items,data:data310};
if(vErrors === null){
vErrors = [err767];
}
else {
vErrors.push(err767);
}
errors++;
}
}
}
else {
const err768 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/signed-in",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/signed-in/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties["signed-in"].type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties["signed-in"],data:data309};
if(vErrors === null){
vErrors = [err768];
}
else {
vErrors.push(err768);
}
errors++;
}
}
if(data297.static !== undefined){
let data311 = data297.static;
if(Array.isArray(data311)){
const len41 = data311.length;
for(let i41=0; i41<len41; i41++){
let data312 = data311[i41];
if(typeof data312 === "string"){
if(!pattern82.test(data312)){
const err769 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/static/" + i41,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/static/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.static.items,data:data312};
if(vErrors === null){
vErrors = [err769];
}
else {
vErrors.push(err769);
}
errors++;
}
}
else {
const err770 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/static/" + i41,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/static/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.static.items.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.static.items,data:data312};
if(vErrors === null){
vErrors = [err770];
}
else {
vErrors.push(err770);
}
errors++;
}
}
}
else {
const err771 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/static",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/static/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.static.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.static,data:data311};
if(vErrors === null){
vErrors = [err771];
}
else {
vErrors.push(err771);
}
errors++;
}
}
}
else {
const err772 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/domain/properties/hosts/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.hosts.additionalProperties.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties,data:data297};
if(vErrors === null){
vErrors = [err772];
}
else {
vErrors.push(err772);
}
errors++;
}
}
}
else {
const err773 = {instancePath:instancePath+"/domain/hosts",schemaPath:"#/properties/domain/properties/hosts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.hosts.type,parentSchema:schema11.properties.domain.properties.hosts,data:data296};
if(vErrors === null){
vErrors = [err773];
}
else {
vErrors.push(err773);
}
errors++;
}
}
if(data242.rules !== undefined){
let data313 = data242.rules;
if(data313 && typeof data313 == "object" && !Array.isArray(data313)){
for(const key77 in data313){
let data314 = data313[key77];
if(!((((data314 === "error") || (data314 === "warning")) || (data314 === "notice")) || (data314 === "off"))){
const err774 = {instancePath:instancePath+"/domain/rules/" + key77.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data314};
if(vErrors === null){
vErrors = [err774];
}
else {
vErrors.push(err774);
}
errors++;
}
}
}
else {
const err775 = {instancePath:instancePath+"/domain/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data313};
if(vErrors === null){
vErrors = [err775];
}
else {
vErrors.push(err775);
}
errors++;
}
}
}
else {
const err776 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.type,parentSchema:schema11.properties.domain,data:data242};
if(vErrors === null){
vErrors = [err776];
}
else {
vErrors.push(err776);
}
errors++;
}
}
if(data.history !== undefined){
let data315 = data.history;
if(data315 && typeof data315 == "object" && !Array.isArray(data315)){
for(const key78 in data315){
if(!(((((key78 === "branch") || (key78 === "file")) || (key78 === "keep")) || (key78 === "dashboard")) || (key78 === "baseline-runs"))){
const err777 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key78},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.history,data:data315};
if(vErrors === null){
vErrors = [err777];
}
else {
vErrors.push(err777);
}
errors++;
}
}
if(data315.branch !== undefined){
let data316 = data315.branch;
if(typeof data316 === "string"){
if(func3(data316) < 1){
const err778 = {instancePath:instancePath+"/history/branch",schemaPath:"#/properties/history/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.history.properties.branch,data:data316};
if(vErrors === null){
vErrors = [err778];
}
else {
vErrors.push(err778);
}
errors++;
}
if(!pattern84.test(data316)){
const err779 = {instancePath:instancePath+"/history/branch",schemaPath:"#/properties/history/properties/branch/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema11.properties.history.properties.branch,data:data316};
if(vErrors === null){
vErrors = [err779];
}
else {
vErrors.push(err779);
}
errors++;
}
}
else {
const err780 = {instancePath:instancePath+"/history/branch",schemaPath:"#/properties/history/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.history.properties.branch.type,parentSchema:schema11.properties.history.properties.branch,data:data316};
if(vErrors === null){
vErrors = [err780];
}
else {
vErrors.push(err780);
}
errors++;
}
}
if(data315.file !== undefined){
let data317 = data315.file;
if(typeof data317 === "string"){
if(func3(data317) < 1){
const err781 = {instancePath:instancePath+"/history/file",schemaPath:"#/properties/history/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.history.properties.file,data:data317};
if(vErrors === null){
vErrors = [err781];
}
else {
vErrors.push(err781);
}
errors++;
}
}
else {
const err782 = {instancePath:instancePath+"/history/file",schemaPath:"#/properties/history/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.history.properties.file.type,parentSchema:schema11.properties.history.properties.file,data:data317};
if(vErrors === null){
vErrors = [err782];
}
else {
vErrors.push(err782);
}
errors++;
}
}
if(data315.keep !== undefined){
let data318 = data315.keep;
if(!(((typeof data318 == "number") && (!(data318 % 1) && !isNaN(data318))) && (isFinite(data318)))){
const err783 = {instancePath:instancePath+"/history/keep",schemaPath:"#/properties/history/properties/keep/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.history.properties.keep.type,parentSchema:schema11.properties.history.properties.keep,data:data318};
if(vErrors === null){
vErrors = [err783];
}
else {
vErrors.push(err783);
}
errors++;
}
if((typeof data318 == "number") && (isFinite(data318))){
if(data318 > 100000 || isNaN(data318)){
const err784 = {instancePath:instancePath+"/history/keep",schemaPath:"#/properties/history/properties/keep/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema11.properties.history.properties.keep,data:data318};
if(vErrors === null){
vErrors = [err784];
}
else {
vErrors.push(err784);
}
errors++;
}
if(data318 < 1 || isNaN(data318)){
const err785 = {instancePath:instancePath+"/history/keep",schemaPath:"#/properties/history/properties/keep/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.history.properties.keep,data:data318};
if(vErrors === null){
vErrors = [err785];
}
else {
vErrors.push(err785);
}
errors++;
}
}
}
if(data315.dashboard !== undefined){
let data319 = data315.dashboard;
if(typeof data319 === "string"){
if(func3(data319) < 1){
const err786 = {instancePath:instancePath+"/history/dashboard",schemaPath:"#/properties/history/properties/dashboard/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.history.properties.dashboard,data:data319};
if(vErrors === null){
vErrors = [err786];
}
else {
vErrors.push(err786);
}
errors++;
}
if(!pattern85.test(data319)){
const err787 = {instancePath:instancePath+"/history/dashboard",schemaPath:"#/properties/history/properties/dashboard/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema11.properties.history.properties.dashboard,data:data319};
if(vErrors === null){
vErrors = [err787];
}
else {
vErrors.push(err787);
}
errors++;
}
}
else {
const err788 = {instancePath:instancePath+"/history/dashboard",schemaPath:"#/properties/history/properties/dashboard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.history.properties.dashboard.type,parentSchema:schema11.properties.history.properties.dashboard,data:data319};
if(vErrors === null){
vErrors = [err788];
}
else {
vErrors.push(err788);
}
errors++;
}
}
if(data315["baseline-runs"] !== undefined){
let data320 = data315["baseline-runs"];
if(!(((typeof data320 == "number") && (!(data320 % 1) && !isNaN(data320))) && (isFinite(data320)))){
const err789 = {instancePath:instancePath+"/history/baseline-runs",schemaPath:"#/properties/history/properties/baseline-runs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.history.properties["baseline-runs"].type,parentSchema:schema11.properties.history.properties["baseline-runs"],data:data320};
if(vErrors === null){
vErrors = [err789];
}
else {
vErrors.push(err789);
}
errors++;
}
if((typeof data320 == "number") && (isFinite(data320))){
if(data320 > 1000 || isNaN(data320)){
const err790 = {instancePath:instancePath+"/history/baseline-runs",schemaPath:"#/properties/history/properties/baseline-runs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.history.properties["baseline-runs"],data:data320};
if(vErrors === null){
vErrors = [err790];
}
else {
vErrors.push(err790);
}
errors++;
}
if(data320 < 3 || isNaN(data320)){
const err791 = {instancePath:instancePath+"/history/baseline-runs",schemaPath:"#/properties/history/properties/baseline-runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3},message:"must be >= 3",schema:3,parentSchema:schema11.properties.history.properties["baseline-runs"],data:data320};
if(vErrors === null){
vErrors = [err791];
}
else {
vErrors.push(err791);
}
errors++;
}
}
}
}
else {
const err792 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.history.type,parentSchema:schema11.properties.history,data:data315};
if(vErrors === null){
vErrors = [err792];
}
else {
vErrors.push(err792);
}
errors++;
}
}
if(data.rollback !== undefined){
let data321 = data.rollback;
const _errs965 = errors;
let valid282 = false;
let passing1 = null;
const _errs966 = errors;
if(data321 && typeof data321 == "object" && !Array.isArray(data321)){
if(data321.run === undefined){
const err793 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/oneOf/0/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema11.properties.rollback.oneOf[0].required,parentSchema:schema11.properties.rollback.oneOf[0],data:data321};
if(vErrors === null){
vErrors = [err793];
}
else {
vErrors.push(err793);
}
errors++;
}
}
else {
const err794 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rollback.oneOf[0].type,parentSchema:schema11.properties.rollback.oneOf[0],data:data321};
if(vErrors === null){
vErrors = [err794];
}
else {
vErrors.push(err794);
}
errors++;
}
var _valid41 = _errs966 === errors;
if(_valid41){
valid282 = true;
passing1 = 0;
}
const _errs968 = errors;
if(data321 && typeof data321 == "object" && !Array.isArray(data321)){
if(data321.workflow === undefined){
const err795 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/oneOf/1/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema11.properties.rollback.oneOf[1].required,parentSchema:schema11.properties.rollback.oneOf[1],data:data321};
if(vErrors === null){
vErrors = [err795];
}
else {
vErrors.push(err795);
}
errors++;
}
}
else {
const err796 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rollback.oneOf[1].type,parentSchema:schema11.properties.rollback.oneOf[1],data:data321};
if(vErrors === null){
vErrors = [err796];
}
else {
vErrors.push(err796);
}
errors++;
}
var _valid41 = _errs968 === errors;
if(_valid41 && valid282){
valid282 = false;
passing1 = [passing1, 1];
}
else {
if(_valid41){
valid282 = true;
passing1 = 1;
}
}
if(!valid282){
const err797 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema11.properties.rollback.oneOf,parentSchema:schema11.properties.rollback,data:data321};
if(vErrors === null){
vErrors = [err797];
}
else {
vErrors.push(err797);
}
errors++;
}
else {
errors = _errs965;
if(vErrors !== null){
if(_errs965){
vErrors.length = _errs965;
}
else {
vErrors = null;
}
}
}
if(data321 && typeof data321 == "object" && !Array.isArray(data321)){
for(const key79 in data321){
if(!((((((key79 === "run") || (key79 === "workflow")) || (key79 === "when")) || (key79 === "ref")) || (key79 === "timeout")) || (key79 === "confirm"))){
const err798 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key79},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rollback,data:data321};
if(vErrors === null){
vErrors = [err798];
}
else {
vErrors.push(err798);
}
errors++;
}
}
if(data321.run !== undefined){
let data322 = data321.run;
if(typeof data322 === "string"){
if(func3(data322) < 1){
const err799 = {instancePath:instancePath+"/rollback/run",schemaPath:"#/properties/rollback/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rollback.properties.run,data:data322};
if(vErrors === null){
vErrors = [err799];
}
else {
vErrors.push(err799);
}
errors++;
}
}
else {
const err800 = {instancePath:instancePath+"/rollback/run",schemaPath:"#/properties/rollback/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rollback.properties.run.type,parentSchema:schema11.properties.rollback.properties.run,data:data322};
if(vErrors === null){
vErrors = [err800];
}
else {
vErrors.push(err800);
}
errors++;
}
}
if(data321.workflow !== undefined){
let data323 = data321.workflow;
if(typeof data323 === "string"){
if(func3(data323) < 1){
const err801 = {instancePath:instancePath+"/rollback/workflow",schemaPath:"#/properties/rollback/properties/workflow/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rollback.properties.workflow,data:data323};
if(vErrors === null){
vErrors = [err801];
}
else {
vErrors.push(err801);
}
errors++;
}
if(!pattern86.test(data323)){
const err802 = {instancePath:instancePath+"/rollback/workflow",schemaPath:"#/properties/rollback/properties/workflow/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema11.properties.rollback.properties.workflow,data:data323};
if(vErrors === null){
vErrors = [err802];
}
else {
vErrors.push(err802);
}
errors++;
}
}
else {
const err803 = {instancePath:instancePath+"/rollback/workflow",schemaPath:"#/properties/rollback/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rollback.properties.workflow.type,parentSchema:schema11.properties.rollback.properties.workflow,data:data323};
if(vErrors === null){
vErrors = [err803];
}
else {
vErrors.push(err803);
}
errors++;
}
}
if(data321.when !== undefined){
let data324 = data321.when;
if(!((data324 === "auto") || (data324 === "manual"))){
const err804 = {instancePath:instancePath+"/rollback/when",schemaPath:"#/properties/rollback/properties/when/enum",keyword:"enum",params:{allowedValues: schema11.properties.rollback.properties.when.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.rollback.properties.when.enum,parentSchema:schema11.properties.rollback.properties.when,data:data324};
if(vErrors === null){
vErrors = [err804];
}
else {
vErrors.push(err804);
}
errors++;
}
}
if(data321.ref !== undefined){
let data325 = data321.ref;
if(typeof data325 === "string"){
if(func3(data325) < 1){
const err805 = {instancePath:instancePath+"/rollback/ref",schemaPath:"#/properties/rollback/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rollback.properties.ref,data:data325};
if(vErrors === null){
vErrors = [err805];
}
else {
vErrors.push(err805);
}
errors++;
}
}
else {
const err806 = {instancePath:instancePath+"/rollback/ref",schemaPath:"#/properties/rollback/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rollback.properties.ref.type,parentSchema:schema11.properties.rollback.properties.ref,data:data325};
if(vErrors === null){
vErrors = [err806];
}
else {
vErrors.push(err806);
}
errors++;
}
}
if(data321.timeout !== undefined){
let data326 = data321.timeout;
const _errs981 = errors;
let valid286 = false;
const _errs982 = errors;
if((typeof data326 == "number") && (isFinite(data326))){
if(data326 > 604800000 || isNaN(data326)){
const err807 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data326};
if(vErrors === null){
vErrors = [err807];
}
else {
vErrors.push(err807);
}
errors++;
}
if(data326 < 0 || isNaN(data326)){
const err808 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data326};
if(vErrors === null){
vErrors = [err808];
}
else {
vErrors.push(err808);
}
errors++;
}
}
else {
const err809 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data326};
if(vErrors === null){
vErrors = [err809];
}
else {
vErrors.push(err809);
}
errors++;
}
var _valid42 = _errs982 === errors;
valid286 = valid286 || _valid42;
if(!valid286){
const _errs984 = errors;
if(typeof data326 === "string"){
if(!pattern15.test(data326)){
const err810 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data326};
if(vErrors === null){
vErrors = [err810];
}
else {
vErrors.push(err810);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data326)))){
const err811 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data326};
if(vErrors === null){
vErrors = [err811];
}
else {
vErrors.push(err811);
}
errors++;
}
}
else {
const err812 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data326};
if(vErrors === null){
vErrors = [err812];
}
else {
vErrors.push(err812);
}
errors++;
}
var _valid42 = _errs984 === errors;
valid286 = valid286 || _valid42;
}
if(!valid286){
const err813 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data326};
if(vErrors === null){
vErrors = [err813];
}
else {
vErrors.push(err813);
}
errors++;
}
else {
errors = _errs981;
if(vErrors !== null){
if(_errs981){
vErrors.length = _errs981;
}
else {
vErrors = null;
}
}
}
}
if(data321.confirm !== undefined){
let data327 = data321.confirm;
if(typeof data327 !== "boolean"){
const err814 = {instancePath:instancePath+"/rollback/confirm",schemaPath:"#/properties/rollback/properties/confirm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.rollback.properties.confirm.type,parentSchema:schema11.properties.rollback.properties.confirm,data:data327};
if(vErrors === null){
vErrors = [err814];
}
else {
vErrors.push(err814);
}
errors++;
}
}
}
else {
const err815 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rollback.type,parentSchema:schema11.properties.rollback,data:data321};
if(vErrors === null){
vErrors = [err815];
}
else {
vErrors.push(err815);
}
errors++;
}
}
if(data.launch !== undefined){
let data328 = data.launch;
if(data328 && typeof data328 == "object" && !Array.isArray(data328)){
for(const key80 in data328){
if(!((((key80 === "owners") || (key80 === "rollback")) || (key80 === "logs")) || (key80 === "known-limitations"))){
const err816 = {instancePath:instancePath+"/launch",schemaPath:"#/properties/launch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key80},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.launch,data:data328};
if(vErrors === null){
vErrors = [err816];
}
else {
vErrors.push(err816);
}
errors++;
}
}
if(data328.owners !== undefined){
let data329 = data328.owners;
if(data329 && typeof data329 == "object" && !Array.isArray(data329)){
for(const key81 in data329){
let data330 = data329[key81];
if(typeof data330 === "string"){
if(func3(data330) < 1){
const err817 = {instancePath:instancePath+"/launch/owners/" + key81.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/launch/properties/owners/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.launch.properties.owners.additionalProperties,data:data330};
if(vErrors === null){
vErrors = [err817];
}
else {
vErrors.push(err817);
}
errors++;
}
}
else {
const err818 = {instancePath:instancePath+"/launch/owners/" + key81.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/launch/properties/owners/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.launch.properties.owners.additionalProperties.type,parentSchema:schema11.properties.launch.properties.owners.additionalProperties,data:data330};
if(vErrors === null){
vErrors = [err818];
}
else {
vErrors.push(err818);
}
errors++;
}
}
}
else {
const err819 = {instancePath:instancePath+"/launch/owners",schemaPath:"#/properties/launch/properties/owners/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.launch.properties.owners.type,parentSchema:schema11.properties.launch.properties.owners,data:data329};
if(vErrors === null){
vErrors = [err819];
}
else {
vErrors.push(err819);
}
errors++;
}
}
if(data328.rollback !== undefined){
let data331 = data328.rollback;
if(typeof data331 === "string"){
if(func3(data331) < 1){
const err820 = {instancePath:instancePath+"/launch/rollback",schemaPath:"#/properties/launch/properties/rollback/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.launch.properties.rollback,data:data331};
if(vErrors === null){
vErrors = [err820];
}
else {
vErrors.push(err820);
}
errors++;
}
}
else {
const err821 = {instancePath:instancePath+"/launch/rollback",schemaPath:"#/properties/launch/properties/rollback/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.launch.properties.rollback.type,parentSchema:schema11.properties.launch.properties.rollback,data:data331};
if(vErrors === null){
vErrors = [err821];
}
else {
vErrors.push(err821);
}
errors++;
}
}
if(data328.logs !== undefined){
let data332 = data328.logs;
if(typeof data332 === "string"){
if(func3(data332) < 1){
const err822 = {instancePath:instancePath+"/launch/logs",schemaPath:"#/properties/launch/properties/logs/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.launch.properties.logs,data:data332};
if(vErrors === null){
vErrors = [err822];
}
else {
vErrors.push(err822);
}
errors++;
}
}
else {
const err823 = {instancePath:instancePath+"/launch/logs",schemaPath:"#/properties/launch/properties/logs/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.launch.properties.logs.type,parentSchema:schema11.properties.launch.properties.logs,data:data332};
if(vErrors === null){
vErrors = [err823];
}
else {
vErrors.push(err823);
}
errors++;
}
}
if(data328["known-limitations"] !== undefined){
let data333 = data328["known-limitations"];
if(Array.isArray(data333)){
const len42 = data333.length;
for(let i42=0; i42<len42; i42++){
let data334 = data333[i42];
if(typeof data334 === "string"){
if(func3(data334) < 1){
const err824 = {instancePath:instancePath+"/launch/known-limitations/" + i42,schemaPath:"#/properties/launch/properties/known-limitations/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.launch.properties["known-limitations"].items,data:data334};
if(vErrors === null){
vErrors = [err824];
}
else {
vErrors.push(err824);
}
errors++;
}
}
else {
const err825 = {instancePath:instancePath+"/launch/known-limitations/" + i42,schemaPath:"#/properties/launch/properties/known-limitations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.launch.properties["known-limitations"].items.type,parentSchema:schema11.properties.launch.properties["known-limitations"].items,data:data334};
if(vErrors === null){
vErrors = [err825];
}
else {
vErrors.push(err825);
}
errors++;
}
}
}
else {
const err826 = {instancePath:instancePath+"/launch/known-limitations",schemaPath:"#/properties/launch/properties/known-limitations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.launch.properties["known-limitations"].type,parentSchema:schema11.properties.launch.properties["known-limitations"],data:data333};
if(vErrors === null){
vErrors = [err826];
}
else {
vErrors.push(err826);
}
errors++;
}
}
}
else {
const err827 = {instancePath:instancePath+"/launch",schemaPath:"#/properties/launch/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.launch.type,parentSchema:schema11.properties.launch,data:data328};
if(vErrors === null){
vErrors = [err827];
}
else {
vErrors.push(err827);
}
errors++;
}
}
}
else {
const err828 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err828];
}
else {
vErrors.push(err828);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


// EXTERNAL MODULE: ./src/manifest/did-you-mean.ts
var did_you_mean = __webpack_require__(4086);
;// CONCATENATED MODULE: ./src/manifest/validate.ts
// Compiled from the schema by `npm run generate`: compiling it with ajv here cost ~300 ms a start.


/**
 * `scan: "src"` means `scan: ["src"]`: every list-of-strings field takes a single string too. The
 * schema's own errors find them (a string where a list of strings is expected), so no field list
 * is kept by hand.
 */
function acceptSingleStrings(data) {
    for (let round = 0; round < 100 && !schema_validator_generated(data); round++) {
        const fixable = (schema_validator_generated.errors ?? []).filter((e) => e.keyword === 'type' && e.schema === 'array' && typeof e.data === 'string' &&
            e.parentSchema?.items?.type === 'string');
        if (!fixable.length)
            return;
        for (const error of fixable) {
            const path = segments(error.instancePath);
            let parent = data;
            for (const key of path.slice(0, -1))
                parent = parent[key];
            const last = path[path.length - 1];
            const holder = parent;
            if (typeof holder[last] === 'string')
                holder[last] = [holder[last]];
        }
    }
}
/** Validates against the schema and turns ajv's errors into plain sentences at the right line. */
function validateAgainstSchema(data, at) {
    if (schema_validator_generated(data))
        return [];
    const errors = schema_validator_generated.errors ?? [];
    // A failed anyOf (or oneOf) explains itself better than each of its branches' errors at the same
    // place, unless a branch took the value's form and only its range failed ("9999h" is a duration, too long).
    const inRange = rangeOnlyBranchErrors(errors);
    const anyOfPaths = new Set(errors.filter((e) => (e.keyword === 'anyOf' || e.keyword === 'oneOf') && !inRange.has(e)).map((e) => e.instancePath));
    // A value of the wrong type has no range to speak of.
    const wrongType = new Set(errors.filter((e) => e.keyword === 'type' && !inRange.has(e)).map((e) => e.instancePath));
    // A misspelt key ("requst") already says "did you mean request"; "missing request" would be noise.
    // Only where a key is missing: a suggestion costs an edit-distance table per known key.
    const missingAt = new Set(errors.filter((e) => e.keyword === 'required').map((e) => e.instancePath));
    const misspelt = new Set(errors.filter((e) => e.keyword === 'additionalProperties' && missingAt.has(e.instancePath)).map((e) => {
        const key = e.params.additionalProperty;
        return `${e.instancePath}|${(0,did_you_mean/* didYouMean */.a)(key, Object.keys(e.parentSchema.properties ?? {}))}`;
    }));
    const seen = new Set();
    const problems = [];
    for (const error of errors) {
        if (inRange.has(error))
            continue;
        if (anyOfPaths.has(error.instancePath) && error.keyword !== 'anyOf' && error.keyword !== 'oneOf')
            continue;
        if (RANGE_KEYWORDS.has(error.keyword) && wrongType.has(error.instancePath))
            continue;
        if (error.keyword === 'required' && misspelt.has(`${error.instancePath}|${error.params.missingProperty}`))
            continue;
        if (error.keyword === 'propertyNames')
            continue; // its inner error already names the key
        // Past the first few hundred problems (20,000 unknown keys are one mistake) suggestions are not worked out.
        const problem = describeError(error, at, problems.length < SUGGESTIONS_UP_TO);
        if (!problem)
            continue;
        const key = `${problem.line}:${problem.column}:${problem.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems;
}
const SUGGESTIONS_UP_TO = 200;
const RANGE_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'x-bounds']);
/**
 * Errors to leave out where an anyOf failed but one of its branches took the value's form and failed
 * only on range: that branch's error says more ("must be <= 1") than the list of forms, so the anyOf
 * and the other branches' errors go.
 */
function rangeOnlyBranchErrors(errors) {
    const out = new Set();
    // By place first: a manifest with thousands of bad values must not compare every error with every other.
    const byPath = new Map();
    for (const e of errors) {
        const list = byPath.get(e.instancePath);
        if (list)
            list.push(e);
        else
            byPath.set(e.instancePath, [e]);
    }
    for (const anyOf of errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) {
        const branches = new Map();
        for (const e of byPath.get(anyOf.instancePath) ?? []) {
            if (e === anyOf || !e.schemaPath.startsWith(`${anyOf.schemaPath}/`))
                continue;
            const branch = e.schemaPath.slice(anyOf.schemaPath.length + 1).split('/')[0];
            const list = branches.get(branch);
            if (list)
                list.push(e);
            else
                branches.set(branch, [e]);
        }
        const ranged = [...branches.values()].find((list) => list.every((e) => RANGE_KEYWORDS.has(e.keyword)));
        if (!ranged)
            continue;
        out.add(anyOf);
        for (const list of branches.values())
            if (list !== ranged)
                list.forEach((e) => out.add(e));
    }
    return out;
}
function segments(pointer) {
    return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function displayPath(path, data) {
    let out = '';
    let node = data;
    for (const segment of path) {
        if (Array.isArray(node))
            out += `[${segment}]`;
        else
            out += out ? `.${segment}` : String(segment);
        node = node?.[segment];
    }
    return out;
}
function describeValue(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    if (typeof value === 'string')
        return value.length > 40 ? 'a string' : `"${value}"`;
    if (typeof value === 'boolean')
        return String(value);
    return `a number (${value})`;
}
const TYPE_WORDS = {
    string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false',
    array: 'a list', object: 'a map', null: 'nothing',
};
function describeError(error, at, suggest = true) {
    const path = segments(error.instancePath);
    const schema = (error.parentSchema ?? {});
    const root = error.instancePath === '' ? undefined : error.instancePath;
    const where = displayPath(path, rootData(error));
    const subject = root ? where : 'the manifest';
    const expected = schema['x-expected'];
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = error.params.additionalProperty;
            const known = Object.keys(schema.properties ?? {});
            const suggestion = suggest ? (0,did_you_mean/* didYouMean */.a)(key, known) : undefined;
            const inside = root ? ` in ${where}` : '';
            const tail = suggestion ? `; did you mean "${suggestion}"?` : known.length ? `; expected one of: ${known.join(', ')}` : '';
            return { ...at([...path, key], 'key'), message: `unknown key "${key}"${inside}${tail}` };
        }
        case 'required': {
            const missing = error.params.missingProperty;
            return { ...at(path, 'key'), message: `${subject} is missing "${missing}"` };
        }
        case 'type':
            return { ...at(path), message: `${subject} must be ${expected ?? typeWords(error.params.type)}, got ${typeOf(error.data)}` };
        case 'anyOf':
        case 'oneOf':
            return { ...at(path), message: `${subject} must be ${expected ?? 'one of the allowed forms'}, got ${describeValue(error.data)}` };
        case 'enum': {
            const allowed = error.params.allowedValues;
            const suggestion = suggest && typeof error.data === 'string' ? (0,did_you_mean/* didYouMean */.a)(error.data, allowed.map(String)) : undefined;
            return {
                ...at(path),
                message: `${subject} must be one of ${allowed.map((v) => String(v)).join(', ')}, got ${describeValue(error.data)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
            };
        }
        case 'const':
            return { ...at(path), message: `${subject} must be ${JSON.stringify(error.params.allowedValue)}, got ${describeValue(error.data)}` };
        case 'pattern': {
            const name = error.propertyName;
            if (name !== undefined) {
                return { ...at([...path, name], 'key'), message: `"${name}" is not a valid name in ${subject}: use letters, digits, - and _` };
            }
            return { ...at(path), message: `${subject} must be ${expected ?? `text matching ${schema.pattern}`}, got ${describeValue(error.data)}` };
        }
        case 'minItems':
            return { ...at(path), message: `${subject} must have at least ${error.params.limit} item(s)` };
        case 'maxLength':
            return { ...at(path), message: `${subject} must be at most ${error.params.limit} characters long, got ${error.data.length}` };
        case 'minLength':
            return { ...at(path), message: `${subject} must not be empty` };
        case 'x-bounds': {
            const bounds = error.schema;
            const show = bounds.unit === 'ms' ? formatMs : formatBytes;
            return { ...at(path), message: `${subject} must be from ${show(bounds.minimum)} to ${show(bounds.maximum)}, got ${describeValue(error.data)}` };
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
            const { comparison, limit } = error.params;
            return { ...at(path), message: `${subject} must be ${comparison} ${limit}, got ${describeValue(error.data)}` };
        }
        default:
            return { ...at(path), message: `${subject} ${error.message ?? 'is not valid'}` };
    }
}
/** 604800000 → "7 days (168h)", 1000 → "1s". */
function formatMs(ms) {
    if (ms >= 86_400_000 && ms % 86_400_000 === 0)
        return `${ms / 86_400_000} days (${ms / 3_600_000}h)`;
    if (ms >= 1000 && ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}
function formatBytes(bytes) {
    for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]]) {
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size} ${unit}`;
    }
    return `${bytes} bytes`;
}
function typeWords(type) {
    return (Array.isArray(type) ? type : [type]).map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}
function typeOf(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    if (typeof value === 'number')
        return Number.isFinite(value) ? 'a number' : `${value} (not a finite number)`;
    if (typeof value === 'boolean')
        return `${value}`;
    return 'a string';
}
// ajv's verbose errors carry the failing value but not the root; display paths only need to know
// which segments are list indexes, which numeric segments under a list always are.
function rootData(error) {
    const path = segments(error.instancePath);
    const shape = {};
    let node = shape;
    for (let i = 0; i < path.length; i++) {
        const next = path[i + 1];
        const child = next !== undefined && /^\d+$/.test(next) ? [] : {};
        node[path[i]] = child;
        node = child;
    }
    return shape;
}

// EXTERNAL MODULE: ./src/manifest/templates.ts
var templates = __webpack_require__(5006);
;// CONCATENATED MODULE: ./src/manifest/references.ts


/** Values the smoke check provides without a capture: the run's marker and the deployed commit. */
const BUILT_IN_CAPTURES = ['run_marker', 'deployment_sha'];
/**
 * Checks what the schema cannot: that every template is well formed, every capture is defined before
 * it is used, and every named session and environment exists.
 */
function checkReferences(manifest, at, locate) {
    const problems = [];
    const environments = Object.keys(manifest.environments ?? {});
    const sessions = manifest.sessions ?? {};
    const sessionNames = Object.keys(sessions);
    const checkStrings = (value, path, known, context) => {
        if (typeof value === 'string') {
            const scan = (0,templates/* scanTemplates */.Vp)(value);
            const column = (index) => columnOf(locate(path), value, index);
            // A request header (not an expect.headers pattern) travels as bytes: Node refuses anything outside ASCII.
            const header = path.length >= 2 && path[path.length - 2] === 'headers' && path[path.length - 3] !== 'expect';
            const nonAscii = header ? /[^\t\x20-\x7e]/u.exec(value) : null;
            if (nonAscii) {
                const code = nonAscii[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
                problems.push({ ...column(nonAscii.index), message: `header ${String(path[path.length - 1])} holds "${nonAscii[0]}" (U+${code}), which an HTTP header cannot carry; keep header values ASCII (percent-encode the rest) or move the text to the body` });
            }
            for (const bad of scan.invalid) {
                problems.push({ ...column(bad.index), message: `${bad.text} is not a template release-gate knows; use {{ env.NAME }} or {{ captured_name }}` });
            }
            for (const ref of scan.refs) {
                if (ref.kind === 'capture' && !known.has(ref.name)) {
                    const guess = (0,did_you_mean/* didYouMean */.a)(ref.name, known);
                    problems.push({
                        ...column(ref.index),
                        message: `${ref.text} is used ${context} before any capture defines "${ref.name}"${guess ? `; did you mean "${guess}"?` : ''}`,
                    });
                }
            }
        }
        else if (Array.isArray(value)) {
            value.forEach((v, i) => checkStrings(v, [...path, i], known, context));
        }
        else if (value && typeof value === 'object') {
            for (const [k, v] of Object.entries(value))
                checkStrings(v, [...path, k], known, context);
        }
    };
    const checkRequest = (req, path, known, context) => {
        for (const field of ['request', 'headers', 'json', 'form', 'body', 'expect']) {
            if (req[field] !== undefined)
                checkStrings(req[field], [...path, field], known, context);
        }
    };
    const sessionCaptures = new Map();
    for (const [name, session] of Object.entries(sessions)) {
        const loginPage = session['login-page'];
        const login = session.login;
        const pageCaptures = new Set(Object.keys(loginPage?.capture ?? {}));
        const captures = new Set([...pageCaptures, ...Object.keys(login?.capture ?? {})]);
        if (loginPage)
            checkRequest(loginPage, ['sessions', name, 'login-page'], new Set(), `in the login page of session "${name}"`);
        if (login)
            checkRequest(login, ['sessions', name, 'login'], pageCaptures, `in the login of session "${name}"`);
        if (session.headers)
            checkStrings(session.headers, ['sessions', name, 'headers'], captures, `in session "${name}"`);
        sessionCaptures.set(name, captures);
    }
    const checkSession = (name, path) => {
        if (name === undefined)
            return sessionCaptures.get(sessionNames[0] ?? '') ?? new Set();
        if (!sessionCaptures.has(name)) {
            const guess = (0,did_you_mean/* didYouMean */.a)(name, sessionNames);
            problems.push({
                ...at(path),
                message: `session "${name}" is not defined under sessions${guess ? `; did you mean "${guess}"?` : sessionNames.length ? ` (defined: ${sessionNames.join(', ')})` : ''}`,
            });
            return new Set();
        }
        return sessionCaptures.get(name);
    };
    const checkEnvironment = (name, path) => {
        if (name === undefined || environments.includes(name))
            return;
        const guess = (0,did_you_mean/* didYouMean */.a)(name, environments);
        problems.push({
            ...at(path),
            message: `environment "${name}" is not defined under environments${guess ? `; did you mean "${guess}"?` : environments.length ? ` (defined: ${environments.join(', ')})` : ''}`,
        });
    };
    for (const [name, vars] of Object.entries(manifest.env?.vars ?? {})) {
        for (const env of vars['required-in'] ?? [])
            checkEnvironment(env, ['env', 'vars', name, 'required-in', (vars['required-in'] ?? []).indexOf(env)]);
        for (const env of Object.keys(vars.forbid ?? {})) {
            if (!environments.includes(env))
                checkEnvironment(env, ['env', 'vars', name, 'forbid', env]);
        }
    }
    if (manifest.smoke) {
        checkEnvironment(manifest.smoke.environment, ['smoke', 'environment']);
        if (manifest.smoke.wait)
            checkRequest(manifest.smoke.wait, ['smoke', 'wait'], new Set(BUILT_IN_CAPTURES), 'in smoke.wait');
        const stepCaptures = new Set(BUILT_IN_CAPTURES);
        manifest.smoke.steps.forEach((step, i) => {
            const path = ['smoke', 'steps', i];
            const label = `in smoke step ${i + 1}`;
            const session = step.anonymous ? new Set() : checkSession(step.session, [...path, 'session']);
            const known = new Set([...session, ...stepCaptures]);
            checkRequest(step, path, known, label);
            for (const name of Object.keys(step.capture ?? {}))
                stepCaptures.add(name);
            if (step.cleanup !== undefined)
                checkStrings(step.cleanup, [...path, 'cleanup'], new Set([...known, ...stepCaptures]), `in the cleanup of smoke step ${i + 1}`);
        });
    }
    if (manifest.latency) {
        checkEnvironment(manifest.latency.environment, ['latency', 'environment']);
        manifest.latency.endpoints.forEach((endpoint, i) => {
            const path = ['latency', 'endpoints', i];
            checkRequest(endpoint, path, checkSession(endpoint.session, [...path, 'session']), `in latency endpoint ${i + 1}`);
        });
    }
    const domainEnv = manifest.domain?.environment;
    checkEnvironment(domainEnv, ['domain', 'environment']);
    return problems;
}
/** The column of a template inside a scalar: exact for plain and quoted one-line scalars. */
function columnOf(position, value, index) {
    if (!position)
        return { line: 1, column: 1 };
    if (position.line !== position.endLine)
        return { line: position.line, column: position.column };
    // Quoted scalars start one character before their value.
    const before = value.slice(0, index);
    const quoted = position.endColumn - position.column > value.length ? 1 : 0;
    return { line: position.line, column: position.column + quoted + before.length };
}

;// CONCATENATED MODULE: ./src/manifest/load.ts







const DEFAULT_MANIFEST = '.github/release-gate.yml';
const SUPPORTED_VERSION = 1;
const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Problems listed at most; the rest are counted. */
const MAX_PROBLEMS = 100;
/**
 * Where the default manifest is, seen from a subdirectory: walks up to the repository root (the
 * directory holding .git), so `release-gate` works from anywhere in the repository. The directory
 * found becomes the working directory, since the manifest's paths are relative to it.
 */
function findManifest(cwd) {
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, DEFAULT_MANIFEST)))
            return { path: DEFAULT_MANIFEST, cwd: dir };
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')) || (0,external_node_path_.dirname)(dir) === dir)
            return { path: DEFAULT_MANIFEST, cwd };
    }
}
/** Reads, parses and validates a manifest; throws ManifestError with every problem found. */
async function loadManifest(path, cwd = process.cwd()) {
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
    const file = toDisplayPath(absolute, cwd);
    // The bounded reader: a FIFO, a device or a huge file is refused, whatever fstat says.
    const read = (0,read_bounded/* readBounded */.CB)(absolute, { maxBytes: MAX_MANIFEST_BYTES, root: cwd });
    if (!read.ok) {
        const why = read.reason === 'missing'
            ? `not found. Create it (see docs/manifest.md), or pass --manifest PATH (the action's \`manifest\` input)`
            : read.reason === 'directory'
                ? 'is a directory; give the path of the YAML manifest'
                : read.reason === 'too-large'
                    ? `is ${read.size !== undefined ? `${read.size} bytes` : 'over 1 MiB'}; a manifest may be at most 1 MiB`
                    : read.detail.replace(/; skipped$/, '');
        throw new errors/* ManifestError */.S(file, [{ message: why }]);
    }
    const source = read.bytes.toString('utf8');
    return parseManifest(source, file);
}
/** Parses manifest text; pure, so tests and property tests can call it with any string. */
function parseManifest(source, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    // Duplicate keys are found below with one set per map: yaml's uniqueKeys compares each key with
    // every earlier one, and 20,000 keys took seconds.
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter, prettyErrors: true, uniqueKeys: false });
    const problems = doc.errors.map((e) => ({
        line: e.linePos?.[0].line ?? 1,
        column: e.linePos?.[0].col ?? 1,
        message: `YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
    if (!problems.length) {
        (0,dist/* visit */.YR)(doc, {
            Map(_, map) {
                const seen = new Set();
                for (const pair of map.items) {
                    if (!(0,dist/* isScalar */.jn)(pair.key))
                        continue;
                    const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
                    if (!seen.has(key)) {
                        seen.add(key);
                        continue;
                    }
                    const at = lineCounter.linePos(pair.key.range?.[0] ?? 0);
                    problems.push({ line: at.line, column: at.col, message: 'YAML: Map keys must be unique' });
                }
            },
        });
    }
    if (problems.length)
        throw new errors/* ManifestError */.S(file, problems);
    const locate = (path, part = 'value') => {
        const found = findNode(doc, path);
        if (!found)
            return undefined;
        const node = part === 'key' && found.pair ? found.pair.key : (found.node ?? found.pair?.key);
        const range = node?.range ?? found.pair?.key?.range;
        if (!range)
            return undefined;
        const start = lineCounter.linePos(range[0]);
        const end = lineCounter.linePos(Math.max(range[0], range[1]));
        return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
    };
    const at = (path, part = 'value') => {
        const p = locate(path, part) ?? locate(path.slice(0, -1), 'key') ?? { line: 1, column: 1 };
        return { line: p.line, column: p.column };
    };
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors/* ManifestError */.S(file, [{ line: 1, column: 1, message: `YAML: ${error.message}` }]);
    }
    if (data === null || data === undefined) {
        throw new errors/* ManifestError */.S(file, [{ line: 1, column: 1, message: 'is empty; start it with `version: 1` (see docs/manifest.md)' }]);
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* ManifestError */.S(file, [{ ...at([]), message: `must be a map of sections (version, environments, env, ...), got ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}` }]);
    }
    const record = data;
    if (!('version' in record)) {
        problems.push({ line: 1, column: 1, message: `has no \`version\`; add \`version: ${SUPPORTED_VERSION}\` as its first key` });
    }
    else if (record.version !== SUPPORTED_VERSION) {
        problems.push({ ...at(['version']), message: `version ${JSON.stringify(record.version)} is not supported; this release-gate reads version ${SUPPORTED_VERSION}` });
    }
    acceptSingleStrings(record);
    problems.push(...validateAgainstSchema(record, at).filter((p) => !p.message.startsWith('version ') && !/^the manifest is missing "version"/.test(p.message)));
    if (!problems.length)
        problems.push(...checkReferences(record, at, locate));
    if (problems.length) {
        problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
        // Twenty thousand unknown keys are one mistake: the first ones say what it is.
        if (problems.length > MAX_PROBLEMS) {
            const more = problems.length - MAX_PROBLEMS;
            problems.splice(MAX_PROBLEMS, more, { message: `and ${more.toLocaleString('en-US')} more problems like these` });
        }
        throw new errors/* ManifestError */.S(file, problems);
    }
    return { data: record, file, source, locate };
}
// Keys by map, built once per map: a search of the items for every lookup made a manifest of 20,000
// unknown keys quadratic (16 s), since each of their errors is located.
const keyIndexes = new WeakMap();
function pairOf(map, key) {
    let index = keyIndexes.get(map);
    if (!index) {
        index = new Map();
        for (const p of map.items) {
            if (!(0,dist/* isPair */.tO)(p))
                continue;
            const text = keyText(p.key);
            if (text !== undefined && !index.has(text))
                index.set(text, p);
        }
        keyIndexes.set(map, index);
    }
    return index.get(key);
}
function findNode(doc, path) {
    let node = doc.contents;
    let pair;
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            pair = pairOf(node, String(segment));
            if (!pair)
                return undefined;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node = node.items[Number(segment)];
            pair = undefined;
            if (node === undefined)
                return undefined;
        }
        else {
            return undefined;
        }
    }
    return { node: (node ?? undefined), pair };
}
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return typeof key === 'string' ? key : undefined;
}
function toDisplayPath(absolute, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, absolute);
    return (rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : absolute).split('\\').join('/');
}


/***/ }),

/***/ 5006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ expandTemplate),
/* harmony export */   Vp: () => (/* binding */ scanTemplates)
/* harmony export */ });
/* unused harmony export findTemplates */
/**
 * Every `{{ … }}` on one line, left to right, as /\{\{(.*?)\}\}/g would find them, in linear time:
 * that regex retries the rest of the line at every "{{", so `{{ ` repeated 80,000 times took 10 s.
 * A "{{" whose next "}}" lies beyond a line break matches nothing, and neither does any "{{" before
 * that break, so the scan jumps past it.
 */
function findTemplates(text) {
    const found = [];
    let from = 0;
    let close = -1;
    for (;;) {
        const open = text.indexOf('{{', from);
        if (open < 0)
            break;
        // The "}}" found for an earlier "{{" may still be the next one: searching again would rescan.
        if (close < open + 2)
            close = text.indexOf('}}', open + 2);
        if (close < 0)
            break;
        const lineBreak = nextLineBreak(text, open + 2, close);
        if (lineBreak >= 0) {
            from = lineBreak + 1;
            continue;
        }
        found.push({ index: open, whole: text.slice(open, close + 2), inner: text.slice(open + 2, close) });
        from = close + 2;
    }
    return found;
}
/** The first line break (as `.` does not match: \n, \r, U+2028, U+2029) in [from, to), or -1. */
function nextLineBreak(text, from, to) {
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029)
            return i;
    }
    return -1;
}
const ENV_REF = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/;
const CAPTURE_REF = /^([A-Za-z_][A-Za-z0-9_]*)$/;
function scanTemplates(text) {
    const refs = [];
    const invalid = [];
    let lastEnd = 0;
    for (const match of findTemplates(text)) {
        const inner = match.inner.trim();
        const index = match.index;
        lastEnd = index + match.whole.length;
        const env = ENV_REF.exec(inner);
        const capture = CAPTURE_REF.exec(inner);
        if (env)
            refs.push({ kind: 'env', name: env[1], index, text: match.whole });
        else if (capture && inner !== 'env')
            refs.push({ kind: 'capture', name: capture[1], index, text: match.whole });
        else
            invalid.push({ text: match.whole, index });
    }
    const unclosed = text.indexOf('{{', lastEnd);
    if (unclosed >= 0)
        invalid.push({ text: text.slice(unclosed, unclosed + 20), index: unclosed });
    return { refs, invalid };
}
/** Expands templates; a missing value is an error naming the reference, never its neighbours' values. */
function expandTemplate(text, values) {
    let out = '';
    let at = 0;
    for (const { index, whole, inner: raw } of findTemplates(text)) {
        out += text.slice(at, index) + expandOne(whole, raw, values);
        at = index + whole.length;
    }
    return out + text.slice(at);
}
function expandOne(whole, raw, values) {
    const inner = raw.trim();
    const env = ENV_REF.exec(inner);
    if (env) {
        const value = values.env[env[1]];
        if (value === undefined)
            throw new Error(`${whole} is not set in the environment`);
        return value;
    }
    const value = values.captures.get(inner);
    if (value === undefined)
        throw new Error(`${whole} has not been captured yet`);
    return value;
}


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   GX: () => (/* binding */ Masker)
/* harmony export */ });
/* unused harmony exports weakness, encodings */
/**
 * Remembers secret values (from the environment, captures, env files) and replaces them in any text,
 * in every form an output could carry them: as written, JSON-escaped, percent- and form-encoded,
 * base64 (also inside a larger base64 value such as `user:password` of a Basic header), as the
 * password of a URL, and as the head of a value cut short with "…".
 *
 * Secrets that look like ordinary text (a single word, a number) are weak: masking them everywhere
 * would corrupt paths and names (`db/***s/002.sql`), so they are masked in free text only (`maskDeep`
 * leaves structural fields alone, `mask` leaves weak secrets alone), and the run reports them.
 */
/** Fields of a report that never carry a secret: masking them would only corrupt what they point at. */
const STRUCTURAL_KEYS = new Set([
    'schemaVersion', 'check', 'status', 'ruleId', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'durationMs',
]);
const COMMON_PASSWORDS = new Set([
    'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'admin', 'admin123', 'administrator', 'root', 'toor',
    'qwerty', 'qwerty123', 'letmein', 'welcome', 'welcome1', 'changeme', 'secret', 'secret123', 'test', 'test123', 'testing', 'guest',
    'default', 'iloveyou', 'monkey', 'dragon', 'abc123', 'abcd1234', '12345678', '123456789', '1234567890', 'trustno1', 'master', 'login',
]);
/** Values shorter than this are never masked: they would match inside ordinary words and numbers. */
const MIN_MASKED = 4;
/** The shortest head of a secret cut by "…" that is still masked. */
const MIN_HEAD = 4;
function weakness(value) {
    if ([...value].length < MIN_MASKED)
        return 'short';
    if (COMMON_PASSWORDS.has(value.toLowerCase()))
        return 'common';
    if (/^\p{L}+$/u.test(value) && [...value].length <= 12)
        return 'word';
    if (/^\d+$/.test(value) && value.length <= 12)
        return 'number';
    return undefined;
}
class Masker {
    onAdd;
    values = new Set();
    /** Every form of the strong secrets, and of the weak ones. */
    strongForms = new Set();
    weakForms = new Set();
    strongPattern;
    allPattern;
    weakNames = new Map();
    /** Called once per new strong secret and each of its encodings, e.g. so the action can register them with the runner's log masking. */
    constructor(onAdd) {
        this.onAdd = onAdd;
    }
    /**
     * Registers a secret. `name` (the environment variable) is kept for the weak-secret report: a secret
     * shorter than 4 characters is never masked, and one that looks like a word or a number is masked in
     * free text only.
     */
    add(value, name) {
        if (!value)
            return;
        const weak = weakness(value);
        if (weak && name && !this.weakNames.has(name))
            this.weakNames.set(name, { name, weakness: weak });
        if (this.values.has(value) || weak === 'short')
            return;
        this.values.add(value);
        const target = weak ? this.weakForms : this.strongForms;
        for (const form of encodings(value)) {
            if (form.length < MIN_MASKED || target.has(form))
                continue;
            target.add(form);
            if (!weak)
                this.onAdd?.(form);
        }
        this.strongPattern = undefined;
        this.allPattern = undefined;
    }
    get size() {
        return this.values.size;
    }
    /** Secrets that are too short or too ordinary to mask safely, by the variable they came from. */
    get weakSecrets() {
        return [...this.weakNames.values()];
    }
    /** Masks the strong secrets in any text, including whole rendered reports with paths and rule ids in them. */
    mask(text) {
        return this.apply(text, false);
    }
    /** Masks every secret, weak ones included: for free text only (messages, evidence, response excerpts). */
    maskFreeText(text) {
        return this.apply(text, true);
    }
    /**
     * Masks every free-text string inside a JSON-like value, returning a copy. Structural fields (file,
     * line, rule id, check name, status) are left as they are, as are object keys.
     */
    maskDeep(value) {
        const walk = (v, key) => {
            if (typeof v === 'string')
                return key !== undefined && STRUCTURAL_KEYS.has(key) ? v : this.maskFreeText(v);
            if (Array.isArray(v))
                return v.map((x) => walk(x));
            if (v && typeof v === 'object')
                return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
            return v;
        };
        return walk(value);
    }
    apply(text, includeWeak) {
        if (!text)
            return text;
        let out = text;
        const raw = [...this.values].filter((v) => includeWeak || weakness(v) === undefined);
        if (raw.length > 0) {
            const pattern = this.pattern(includeWeak);
            if (pattern)
                out = out.replace(pattern, '***');
            out = out.replace(BASE64_RUN, (run) => (decodedHoldsSecret(run, raw) ? '***' : run));
            if (out.includes('…'))
                out = this.maskCutHeads(out, includeWeak);
        }
        // A URL's password is a secret whether or not it was registered.
        return out.includes('@') ? out.replace(URL_USERINFO, '$1$2:***@') : out;
    }
    pattern(includeWeak) {
        if (includeWeak)
            return (this.allPattern ??= alternation([...this.strongForms, ...this.weakForms]));
        return (this.strongPattern ??= alternation([...this.strongForms]));
    }
    /** "tok-7f3a…" shows a secret's head: mask the head of any secret that ends right at an ellipsis. */
    maskCutHeads(text, includeWeak) {
        const forms = includeWeak ? [...this.strongForms, ...this.weakForms] : [...this.strongForms];
        let out = '';
        let from = 0;
        for (let at = text.indexOf('…'); at >= 0; at = text.indexOf('…', at + 1)) {
            let cut = 0;
            for (const form of forms) {
                for (let n = Math.min(form.length - 1, at - from); n >= MIN_HEAD && n > cut; n--) {
                    if (text.startsWith(form.slice(0, n), at - n)) {
                        cut = n;
                        break;
                    }
                }
            }
            out += text.slice(from, at - cut) + (cut ? '***' : '');
            from = at;
        }
        return out + text.slice(from);
    }
}
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)([^\s/?#@:]*):([^\s/?#@]+)@/gi;
/** A run that may be base64 or base64url; decoded, it is searched for secrets. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{8,}={0,2}/g;
function alternation(forms) {
    if (forms.length === 0)
        return null;
    return new RegExp(forms.sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}
/** The forms a secret takes in outputs: as is, JSON-escaped, percent- and form-encoded, base64 and base64url. */
function encodings(value) {
    const forms = new Set([value]);
    forms.add(JSON.stringify(value).slice(1, -1));
    forms.add(encodeURIComponent(value));
    forms.add(new URLSearchParams({ v: value }).toString().slice(2));
    const base64 = Buffer.from(value, 'utf8').toString('base64');
    forms.add(base64);
    forms.add(base64.replace(/=+$/, ''));
    forms.add(Buffer.from(value, 'utf8').toString('base64url'));
    return [...forms];
}
function decodedHoldsSecret(run, secrets) {
    // Every alignment: the secret may sit anywhere inside a larger value (user:password).
    const body = run.replace(/=+$/, '');
    for (let shift = 0; shift < 4 && shift < body.length; shift++) {
        const decoded = Buffer.from(body.slice(shift).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
        for (const secret of secrets)
            if (decoded.includes(Buffer.from(secret, 'utf8').toString('latin1')))
                return true;
    }
    return false;
}
/**
 * A short masked form of a secret for findings: the length, and the first 4 characters only when the
 * secret is long enough (16+) that they give little away. Never more, whatever the secret.
 */
function redact(secret) {
    const chars = [...secret];
    if (chars.length < 16)
        return `…(${chars.length} chars)`;
    const prefix = chars.slice(0, 4).join('').replace(/[^\x21-\x7e]/g, '·');
    return `${prefix}…(${chars.length} chars)`;
}


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Y_: () => (/* binding */ sortedFindings),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   gH: () => (/* binding */ rankedFindings)
/* harmony export */ });
/* unused harmony export totalFindings */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);

function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
function totalFindings(report) {
    return report.checks.reduce((n, c) => n + c.findings.length, 0);
}
/** A check's findings in the one order every output uses, without touching the report. */
function sortedFindings(check) {
    return [...check.findings].sort(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .E);
}
/** Every finding of the report with its check, most severe first (check order breaks ties). */
function rankedFindings(report) {
    const all = report.checks.flatMap((c) => c.findings.map((finding) => ({ check: c.check, finding })));
    return all.sort((a, b) => (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .E)(a.finding, b.finding));
}
/** "1 error", "2 warnings": counts read as words in every human-facing format. */
function plural(n, word) {
    return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 5250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ cell)
/* harmony export */ });
/**
 * Text that cannot leave its table cell. `code` spans stay code (their content is literal to Markdown, so
 * they cannot carry HTML); elsewhere HTML becomes entities, Markdown punctuation that could open a link,
 * emphasis or code is backslash-escaped, and line breaks become <br>.
 */
function cell(text) {
    const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
    let out = '';
    let last = 0;
    // A span holding a pipe stays plain text: inside code, "\|" escaping is not reliable across renderers.
    for (const m of clean.matchAll(/`([^`|\r\n]+)`/g)) {
        out += plainCell(clean.slice(last, m.index)) + m[0];
        last = m.index + m[0].length;
    }
    return out + plainCell(clean.slice(last));
}
function plainCell(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]~|]/g, '\\$&')
        .replace(/\t/g, ' ')
        .replace(/\r\n|\r|\n/g, '<br>');
}


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ shouldUseColor),
/* harmony export */   S5: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony exports whatWasChecked, printable */
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9496);

/**
 * Colour only for a terminal that wants it: NO_COLOR (any value, even empty) turns it off, FORCE_COLOR
 * turns it on even when piped (except FORCE_COLOR=0 or false), otherwise only a TTY that is not "dumb" gets it.
 */
function shouldUseColor(env, isTTY) {
    if (env.NO_COLOR !== undefined)
        return false;
    if (env.FORCE_COLOR !== undefined)
        return env.FORCE_COLOR !== '0' && env.FORCE_COLOR.toLowerCase() !== 'false';
    if (!isTTY)
        return false;
    return env.TERM !== 'dumb';
}
const SGR = {
    red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39], dim: [2, 22], bold: [1, 22],
};
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
const STATUS_STYLE = { pass: 'green', fail: 'red', error: 'red', skipped: 'dim' };
/** For terminals: findings grouped per check as `file:line:col  severity  message  ruleId`, then one summary line. */
function renderText(report, options) {
    const paint = (style, s) => (options.color ? `\u001b[${SGR[style][0]}m${s}\u001b[${SGR[style][1]}m` : s);
    const lines = [];
    // Plain loops rather than push(...many): a spread of 100k+ lines would overflow the call stack.
    for (const check of report.checks) {
        for (const line of checkBlock(check, paint))
            lines.push(line);
        lines.push('');
    }
    const counts = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(report.checks.flatMap((c) => c.findings));
    const skipped = report.checks.filter((c) => c.status === 'skipped').length;
    const errored = report.checks.filter((c) => c.status === 'error').length;
    const extras = [skipped ? `${skipped} skipped` : '', errored ? `${errored} could not finish` : ''].filter(Boolean);
    const hidden = report.checks.reduce((n, c) => n + (typeof c.metrics.baselineHidden === 'number' ? c.metrics.baselineHidden : 0), 0);
    if (hidden)
        lines.push(paint('dim', `${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(hidden, 'known finding')} hidden by the baseline`));
    const verdict = report.status === 'pass' ? paint('green', '✔ release-gate: pass') : paint('red', '✖ release-gate: fail');
    lines.push(`${paint('bold', verdict)}  ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.error, 'error')}, ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.warning, 'warning')}, ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.notice, 'notice')} in ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.checks.length, 'check')}${extras.length ? ` (${extras.join(', ')})` : ''}`);
    return `${lines.join('\n')}\n`;
}
function checkBlock(check, paint) {
    const findings = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedFindings */ .Y_)(check);
    const header = [paint('bold', printable(check.check)), paint(STATUS_STYLE[check.status] ?? 'bold', check.status)];
    const reason = check.metrics.reason;
    if (check.status !== 'skipped')
        header.push(paint('dim', (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(check.durationMs)));
    else if (typeof reason === 'string')
        header.push(paint('dim', printable(reason)));
    const lines = [header.join('  ')];
    if (check.status !== 'skipped') {
        const checked = whatWasChecked(check);
        if (checked)
            lines.push(`  ${paint('dim', printable(checked))}`);
        else if (findings.length === 0)
            lines.push(`  ${paint('dim', 'no findings')}`);
    }
    const groups = rollUp(findings);
    const locations = groups.map((g) => location(g.first));
    const width = locations.reduce((w, l) => Math.max(w, l.length), 0);
    groups.forEach(({ first: f, others }, i) => {
        const message = others.length
            ? `${f.message} (and ${others.length} more place${others.length === 1 ? '' : 's'}: ${others.slice(0, ROLL_UP_SHOWN).map(location).join(', ')}${others.length > ROLL_UP_SHOWN ? ', …' : ''})`
            : f.message;
        const [first, ...rest] = printable(message).split(/\r\n|\r|\n/);
        const severity = paint(SEVERITY_STYLE[f.severity], f.severity) + ' '.repeat(7 - f.severity.length);
        lines.push(`  ${locations[i].padEnd(width)}  ${severity}  ${first}  ${paint('dim', printable(f.ruleId))}`);
        const indent = ' '.repeat(2 + width + 2 + 7 + 2);
        for (const more of rest)
            lines.push(`${indent}${more}`);
        if (f.hint)
            lines.push(`${indent}${paint('dim', `hint: ${printable(f.hint).replace(/\r\n|\r|\n/g, `\n${indent}      `)}`)}`);
    });
    return lines.concat(endpointLines(check.metrics.endpoints, paint));
}
// The same finding in many places (one variable used in 14 files) is one problem: said once, with its first places.
const ROLL_UP_AT = 3;
const ROLL_UP_SHOWN = 3;
function rollUp(findings) {
    const byKey = new Map();
    for (const f of findings) {
        const key = `${f.severity}\0${f.ruleId}\0${f.message}\0${f.hint ?? ''}`;
        const list = byKey.get(key);
        if (list)
            list.push(f);
        else
            byKey.set(key, [f]);
    }
    const out = [];
    const done = new Set();
    for (const f of findings) {
        const key = `${f.severity}\0${f.ruleId}\0${f.message}\0${f.hint ?? ''}`;
        const list = byKey.get(key);
        if (list.length < ROLL_UP_AT) {
            out.push({ first: f, others: [] });
            continue;
        }
        if (done.has(key))
            continue;
        done.add(key);
        out.push({ first: list[0], others: list.slice(1) });
    }
    return out;
}
/** A passing run says what it looked at, from the check's metrics; undefined when they say nothing readable. */
function whatWasChecked(check) {
    const m = check.metrics;
    const n = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
    const seconds = `${(check.durationMs / 1000).toFixed(1)} s`;
    switch (check.check) {
        case 'env': {
            const envs = Array.isArray(m.environments) ? m.environments.length : 0;
            if (n(m.filesScanned) === undefined)
                return undefined;
            return `env: ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(n(m.declared) ?? 0, 'declared variable')}, ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(n(m.uses) ?? 0, 'use')} in ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(n(m.filesScanned), 'file')}, ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(envs, 'environment')} with values`;
        }
        case 'migrations':
            if (n(m.files) === undefined)
                return undefined;
            return `migrations: ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(n(m.files), 'file')}, ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(n(m.statements) ?? 0, 'statement')} replayed${n(m.ignored) ? `, ${n(m.ignored)} ignored by comment` : ''}`;
        case 'secrets': {
            const files = m.files;
            const logs = m.logs;
            if (!files || n(files.scanned) === undefined)
                return undefined;
            return `secrets: ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(n(files.scanned), 'file')} scanned (${m.mode === 'diff' ? 'added lines only' : 'whole tree'})${n(logs?.scanned) ? `, ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(n(logs.scanned), 'log')}` : ''}`;
        }
        case 'smoke': {
            const steps = Array.isArray(m.steps) ? m.steps : undefined;
            if (!steps || typeof m.url !== 'string')
                return undefined;
            const passed = steps.filter((s) => s.status === 'pass').length;
            return `smoke: ${passed} of ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(steps.length, 'step')} passed in ${seconds} against ${m.url}`;
        }
        case 'latency': {
            const baseline = m.baseline;
            if (!baseline?.endpoints?.length)
                return undefined;
            const ms = (v) => (v === null ? '-' : `${Math.round(v)} ms`);
            return `latency: p95 against the baseline ${String(baseline.file ?? '')}: ${baseline.endpoints.map((e) => `${e.name} ${ms(e.p95Ms)} (was ${ms(e.baselineP95Ms)})`).join(', ')}`;
        }
        default:
            return undefined;
    }
}
function location(f) {
    if (!f.file)
        return '-';
    const parts = [printable(f.file)];
    if (f.line !== undefined && f.line >= 1) {
        parts.push(String(f.line));
        if (f.column !== undefined && f.column >= 1)
            parts.push(String(f.column));
    }
    return parts.join(':');
}
/** The latency contract's per-endpoint numbers, one line each. */
function endpointLines(endpoints, paint) {
    if (!Array.isArray(endpoints))
        return [];
    const ms = (v) => (typeof v === 'number' && Number.isFinite(v) ? `${Math.round(v)} ms` : '-');
    const count = (v, word) => (typeof v === 'number' && Number.isFinite(v) ? (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(v, word) : `- ${word}s`);
    return endpoints
        .filter((e) => typeof e === 'object' && e !== null && typeof e.name === 'string')
        .map((e) => `  ${paint('dim', 'endpoint')} ${printable(String(e.name))}: ${count(e.count, 'request')}, ${count(e.errors, 'error')}, p50 ${ms(e.p50Ms)}, p95 ${ms(e.p95Ms)}, p99 ${ms(e.p99Ms)}, max ${ms(e.maxMs)}`);
}
/**
 * Control characters from scanned files (an ESC in a log line, say) would drive the terminal; they are
 * shown as \xHH instead. Line breaks stay, for the caller to indent.
 */
function printable(s) {
    return s.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => (c === '\t' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}


/***/ }),

/***/ 4964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fs: () => (/* binding */ docsUrl),
/* harmony export */   rF: () => (/* binding */ getRule),
/* harmony export */   w0: () => (/* binding */ applyRuleOverrides),
/* harmony export */   x1: () => (/* binding */ registerRules),
/* harmony export */   xG: () => (/* binding */ runRules),
/* harmony export */   yZ: () => (/* binding */ GATE_RULES)
/* harmony export */ });
/* unused harmony exports DOCS_BASE, allRules */
const DOCS_BASE = 'https://github.com/release-gate/release-gate/blob/main/docs/rules';
const registry = new Map();
function registerRules(rules) {
    for (const rule of rules) {
        const known = registry.get(rule.id);
        if (known && known !== rule)
            throw new Error(`rule ${rule.id} is registered twice`);
        registry.set(rule.id, rule);
    }
}
function getRule(id) {
    return registry.get(id);
}
function allRules() {
    return [...registry.values()];
}
function docsUrl(ruleId) {
    return `${DOCS_BASE}/${ruleId}.md`;
}
/** Runs rules over one input and collects their findings with ids, default severities and hints. */
function runRules(rules, input) {
    const findings = [];
    // One report function for all the rules (rules report synchronously): the migrations check runs
    // this for every statement, and a closure per rule and statement showed in its profile.
    let meta;
    const report = (f) => findings.push({ ruleId: meta.id, severity: meta.severity, hint: meta.help, ...f });
    for (const rule of rules) {
        meta = rule.meta;
        rule.run(input, report);
    }
    return findings;
}
/** Applies a manifest's `rules:` overrides: a new severity, or `off` to drop the rule's findings. */
function applyRuleOverrides(findings, overrides) {
    if (!overrides)
        return findings;
    const out = [];
    for (const f of findings) {
        const override = overrides[f.ruleId];
        if (override === 'off')
            continue;
        out.push(override ? { ...f, severity: override } : f);
    }
    return out;
}
/** The gate's own rules, for problems that are not any one check's. */
const GATE_RULES = {
    checkCrashed: {
        id: 'check-crashed',
        check: 'gate',
        severity: 'error',
        description: 'A check could not finish; its result is unknown, so the gate fails.',
        help: 'Read the message; it names the input that stopped the check. Other checks still ran.',
    },
    runInterrupted: {
        id: 'run-interrupted',
        check: 'gate',
        severity: 'error',
        description: 'The run was interrupted (SIGINT or SIGTERM, as a cancelled workflow sends) while this check ran: its findings are partial.',
        help: 'Run the gate again to completion. Pending cleanups of the smoke check were still run before the report was written.',
    },
    weakSecret: {
        id: 'weak-secret',
        check: 'gate',
        severity: 'warning',
        description: 'A secret is too short or too ordinary (a word, a number, a common password) to be masked everywhere without corrupting other text.',
        help: 'Use a long random value (e.g. `openssl rand -base64 24`) for every secret the manifest reads; such a value is masked in every output.',
    },
    unknownRuleOverride: {
        id: 'unknown-rule-override',
        check: 'gate',
        severity: 'warning',
        description: 'A `rules:` override names a rule that this check does not have.',
        help: 'Fix the rule id; `release-gate --help` and docs/rules/ list every rule.',
    },
    suppressionWithoutReason: {
        id: 'suppression-without-reason',
        check: 'gate',
        severity: 'warning',
        description: 'An inline release-gate-ignore comment or a manifest `ignore:` entry hides a finding without saying why.',
        help: 'Add the reason after a colon, and a date to look again: `release-gate-ignore rule-id: reason (until 2027-03-01)`, or `reason:` and `until:` in the manifest entry.',
    },
};
registerRules(Object.values(GATE_RULES));


/***/ }),

/***/ 967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ runReleaseGate)
});

// UNUSED EXPORTS: envNamesInTemplates

// EXTERNAL MODULE: ./src/checks/index.ts
var src_checks = __webpack_require__(2369);
// EXTERNAL MODULE: ./src/rules/registry.ts
var registry = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/gate.ts



const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Why a live check does not run on this event, or undefined when it runs. */
function liveCheckSkipReason(check, section, event) {
    if (!check.live || event === undefined)
        return undefined;
    const on = section?.on;
    if (on)
        return on.includes(event) ? undefined : `\`${check.section}.on\` does not list ${event}`;
    if (!PULL_REQUEST_EVENTS.has(event))
        return undefined;
    return `a pull request does not touch live environments unless \`${check.section}.on\` lists ${event}`;
}
/** Runs the selected checks one after another; a check that throws becomes an `error` result and the rest still run. */
async function runGate(ctx, options = {}) {
    const available = options.available ?? src_checks/* CHECKS */.u;
    const failOn = options.failOn ?? 'error';
    const manifest = ctx.manifest.data;
    const selected = options.checks
        ? available.filter((c) => options.checks.includes(c.name))
        : available.filter((c) => manifest[c.section] !== undefined);
    const checks = [];
    const artifacts = {};
    const entries = options.baseline ? [] : undefined;
    for (const check of selected) {
        const skip = liveCheckSkipReason(check, manifest[check.section], options.event);
        if (skip && manifest[check.section] != null) {
            checks.push({ check: check.name, status: 'skipped', durationMs: 0, findings: [], metrics: { reason: skip } });
            continue;
        }
        if (ctx.signal.aborted) {
            checks.push({ check: check.name, status: 'skipped', durationMs: 0, findings: [], metrics: { reason: `not run: ${reasonText(ctx.signal.reason)}` } });
            continue;
        }
        const result = await runCheck(ctx, check, manifest[check.section], failOn, artifacts, options, entries);
        if (ctx.signal.aborted && result.status !== 'skipped') {
            const where = ctx.manifest.locate([check.section]);
            result.findings.unshift({
                ruleId: registry/* GATE_RULES */.yZ.runInterrupted.id, severity: 'error',
                message: `the ${check.name} check was ${reasonText(ctx.signal.reason)} before it finished: its findings are partial`,
                file: ctx.manifest.file, line: where?.line, column: where?.column, hint: registry/* GATE_RULES */.yZ.runInterrupted.help,
            });
            result.status = 'error';
        }
        checks.push(result);
    }
    const status = checks.some((c) => c.status === 'fail' || c.status === 'error') ? 'fail' : 'pass';
    const report = { schemaVersion: 1, status, checks };
    return { report: ctx.masker.maskDeep(report), artifacts: ctx.masker.maskDeep(artifacts), ...(entries ? { entries } : {}) };
}
function reasonText(reason) {
    return reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'interrupted';
}
async function runCheck(ctx, check, section, failOn, artifacts, options = {}, entries) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    if (section === undefined || section === null) {
        return {
            check: check.name, status: 'skipped', durationMs: 0, findings: [],
            metrics: { reason: `the manifest has no \`${check.section}\` section` },
        };
    }
    let findings;
    let metrics = {};
    try {
        const output = await check.run(ctx, section);
        metrics = output.metrics ?? {};
        Object.assign(artifacts, output.artifacts);
        const overrides = section.rules;
        findings = [...(0,registry/* applyRuleOverrides */.w0)(output.findings, overrides), ...unknownOverrides(ctx, check, overrides)];
    }
    catch (error) {
        const where = ctx.manifest.locate([check.section]);
        findings = [{
                ruleId: registry/* GATE_RULES */.yZ.checkCrashed.id,
                severity: 'error',
                message: `the ${check.name} check stopped: ${error instanceof Error ? error.message : String(error)}`,
                file: ctx.manifest.file, line: where?.line, column: where?.column,
                hint: registry/* GATE_RULES */.yZ.checkCrashed.help,
            }];
        return { check: check.name, status: 'error', durationMs: elapsed(), findings, metrics };
    }
    if (options.suppressor) {
        const outcome = options.suppressor.apply(check.name, findings);
        findings = outcome.findings;
        if (outcome.active.length) {
            metrics.suppressions = outcome.active.map((s) => ({ rules: s.rules, reason: s.reason ?? null, until: s.until ?? null, file: s.file, line: s.line, hidden: s.hidden }));
        }
        if (outcome.expired)
            metrics.suppressionsExpired = outcome.expired;
        for (const s of outcome.active.filter((a) => !a.reason)) {
            findings.push({
                ruleId: registry/* GATE_RULES */.yZ.suppressionWithoutReason.id, severity: registry/* GATE_RULES */.yZ.suppressionWithoutReason.severity,
                message: `this ignore of ${s.rules.join(', ')} gives no reason, so nobody can tell later whether it still holds`,
                file: s.file, line: s.line, column: s.column, hint: registry/* GATE_RULES */.yZ.suppressionWithoutReason.help,
            });
        }
    }
    if (options.baseline) {
        const prints = options.baseline.fingerprinter.fingerprints(check.name, findings);
        const known = options.baseline.known;
        const before = findings.length;
        findings.forEach((f, i) => entries?.push({ check: check.name, ruleId: f.ruleId, file: f.file, line: f.line, fingerprint: prints[i] }));
        if (known) {
            findings = findings.filter((_, i) => !known.has(prints[i]));
            if (before > findings.length)
                metrics.baselineHidden = before - findings.length;
        }
    }
    findings.sort(types/* compareFindings */.E);
    const failing = findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
    return { check: check.name, status: failing ? 'fail' : 'pass', durationMs: elapsed(), findings, metrics };
}
function unknownOverrides(ctx, check, overrides) {
    if (!overrides)
        return [];
    const known = new Set(check.rules.map((r) => r.id));
    return Object.keys(overrides).filter((id) => !known.has(id)).map((id) => {
        const where = ctx.manifest.locate([check.section, 'rules', id], 'key');
        return {
            ruleId: registry/* GATE_RULES */.yZ.unknownRuleOverride.id,
            severity: registry/* GATE_RULES */.yZ.unknownRuleOverride.severity,
            message: `${check.section}.rules names "${id}", which is not a rule of the ${check.name} check`,
            file: ctx.manifest.file, line: where?.line, column: where?.column,
            hint: `Known rules: ${[...known].join(', ')}.`,
        };
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/baseline/baseline.ts
var baseline_baseline = __webpack_require__(6360);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/baseline/suppressions.ts



// `release-gate-ignore rule-a, rule-b: why (until 2027-03-01)` after any comment marker, on the
// finding's line or the line above.
const INLINE = /release-gate-ignore(?!-file)[ \t]+([a-z0-9]+(?:-[a-z0-9]+)*(?:[ \t]*,[ \t]*[a-z0-9]+(?:-[a-z0-9]+)*)*)[ \t]*(?::([^\n]*))?$/;
const UNTIL = /\(\s*until\s+(\d{4}-\d{2}-\d{2})\s*\)/;
function parseInline(text) {
    const cleaned = text.replace(/\s*(\*\/|-->)\s*$/, '');
    const m = INLINE.exec(cleaned);
    if (!m)
        return undefined;
    let reason = m[2]?.trim() ?? '';
    let until;
    const u = UNTIL.exec(reason);
    if (u) {
        until = u[1];
        reason = reason.replace(UNTIL, '').trim();
    }
    return { rules: m[1].split(/[ \t]*,[ \t]*/), reason: reason || undefined, until, column: m.index + 1 };
}
/**
 * Applies inline and manifest suppressions to one check's findings. An expired suppression reports
 * its finding again, saying so; one without a reason still hides, but earns a warning of its own.
 */
class Suppressor {
    cwd;
    today;
    ignores;
    manifestFile;
    ownInline;
    /** Lines read so far, by file and 1-based number; undefined for a file that cannot be read. */
    lines = new Map();
    matchers;
    constructor(cwd, today, ignores, manifestFile, 
    /** Checks that read `release-gate-ignore` comments themselves (migrations). */
    ownInline = new Set(['migrations'])) {
        this.cwd = cwd;
        this.today = today;
        this.ignores = ignores;
        this.manifestFile = manifestFile;
        this.ownInline = ownInline;
        this.matchers = ignores.map((i) => (i.path ? picomatch_default()(i.path, { dot: true }) : () => true));
    }
    apply(check, findings) {
        const kept = [];
        const active = new Map();
        let expired = 0;
        if (!this.ownInline.has(check))
            this.readLinesOf(findings);
        for (const f of findings) {
            const s = this.find(check, f);
            if (!s) {
                kept.push(f);
                continue;
            }
            if (s.until && s.until <= this.today) {
                expired++;
                kept.push({ ...f, message: `${f.message} (the ignore at ${s.file}:${s.line} expired on ${s.until}${s.reason ? `; its reason was: ${s.reason}` : ''})` });
                continue;
            }
            const key = `${s.file}:${s.line}:${s.column}`;
            const known = active.get(key);
            if (known)
                known.hidden++;
            else
                active.set(key, { ...s, hidden: 1 });
        }
        return { findings: kept, active: [...active.values()], expired };
    }
    find(check, f) {
        if (f.file !== undefined && f.line !== undefined && !this.ownInline.has(check)) {
            const lines = this.lines.get(f.file);
            for (const line of [f.line, f.line - 1]) {
                const text = lines?.get(line);
                if (text === undefined || !text.includes('release-gate-ignore'))
                    continue;
                const parsed = parseInline(text);
                if (parsed && parsed.rules.includes(f.ruleId)) {
                    return { rules: parsed.rules, reason: parsed.reason, until: parsed.until, file: f.file, line, column: parsed.column, source: 'inline' };
                }
            }
        }
        for (const [i, ignore] of this.ignores.entries()) {
            if (ignore.rule !== f.ruleId)
                continue;
            if (ignore.path && (f.file === undefined || !this.matchers[i](f.file)))
                continue;
            return { rules: [ignore.rule], reason: ignore.reason, until: ignore.until, file: this.manifestFile, line: ignore.line, column: ignore.column, source: 'manifest' };
        }
        return undefined;
    }
    /**
     * Reads the lines the findings sit on and the lines above them, in one pass over each file that
     * keeps only those lines: a finding in a 1 GB log must not load the whole log.
     */
    readLinesOf(findings) {
        const wanted = new Map();
        for (const f of findings) {
            if (f.file === undefined || f.line === undefined)
                continue;
            const known = this.lines.get(f.file);
            if (this.lines.has(f.file) && (!known || (known.has(f.line) && (f.line < 2 || known.has(f.line - 1)))))
                continue;
            let lines = wanted.get(f.file);
            if (!lines)
                wanted.set(f.file, (lines = new Set()));
            lines.add(f.line);
            if (f.line > 1)
                lines.add(f.line - 1);
        }
        for (const [file, lines] of wanted) {
            const read = readLines((0,external_node_path_.resolve)(this.cwd, file), lines);
            const known = this.lines.get(file);
            if (read && known)
                for (const [n, text] of read)
                    known.set(n, text);
            else
                this.lines.set(file, read);
        }
    }
}
const CHUNK_BYTES = 1024 * 1024;
/**
 * The given 1-based lines of a file, as `readFileSync(path, 'utf8').split(/\r?\n/)` gives them, read
 * in chunks (a line past the end is left out); undefined when the file cannot be read.
 */
function readLines(path, wanted) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch {
        return undefined;
    }
    const out = new Map();
    const last = Math.max(0, ...wanted);
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    let line = 1;
    let pending = [];
    const keep = (ended) => {
        const text = Buffer.concat(pending).toString('utf8');
        out.set(line, ended && text.endsWith('\r') ? text.slice(0, -1) : text);
        pending = [];
    };
    try {
        for (let n = (0,external_node_fs_.readSync)(fd, buf, 0, CHUNK_BYTES, null); n > 0; n = (0,external_node_fs_.readSync)(fd, buf, 0, CHUNK_BYTES, null)) {
            let from = 0;
            while (from < n) {
                const nl = buf.indexOf(10, from);
                const to = nl < 0 || nl >= n ? n : nl;
                if (wanted.has(line))
                    pending.push(Buffer.from(buf.subarray(from, to)));
                if (to === n)
                    break; // the line goes on in the next chunk
                if (wanted.has(line))
                    keep(true);
                line++;
                if (line > last)
                    return out;
                from = to + 1;
            }
        }
        if (wanted.has(line))
            keep(false);
        return out;
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/git/base-ref.ts
var base_ref = __webpack_require__(6459);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/manifest/load.ts + 3 modules
var load = __webpack_require__(7745);
// EXTERNAL MODULE: ./src/manifest/templates.ts
var templates = __webpack_require__(5006);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/weak-secrets.ts


const WHY = {
    short: 'is shorter than 4 characters, too short to mask without hiding ordinary text, so it is not masked in any output',
    word: 'is a single word, so it is masked only in messages and excerpts (masking it in file paths and names would corrupt them)',
    number: 'is a plain number, so it is masked only in messages and excerpts (masking it in line numbers and paths would corrupt them)',
    common: 'is a common password, so it is masked only in messages and excerpts',
};
/**
 * One warning per weak secret the run read from the environment, on the manifest line that reads it,
 * added to the check that uses it (the first that ran when a session uses it). Names the variable,
 * never the value.
 */
function addWeakSecretFindings(report, weak, manifest, failOn) {
    if (weak.length === 0 || report.checks.length === 0)
        return report;
    const checks = report.checks.map((c) => ({ ...c, findings: [...c.findings] }));
    for (const secret of weak) {
        const path = templatePath(manifest.data, secret.name);
        if (!path)
            continue;
        const where = manifest.locate(path);
        const target = checks.find((c) => c.check === path[0] && c.status !== 'skipped') ?? checks.find((c) => c.status !== 'skipped');
        if (!target)
            continue;
        const finding = {
            ruleId: registry/* GATE_RULES */.yZ.weakSecret.id,
            severity: registry/* GATE_RULES */.yZ.weakSecret.severity,
            message: `the secret in ${secret.name} ${WHY[secret.weakness]}`,
            file: manifest.file, line: where?.line, column: where?.column,
            hint: registry/* GATE_RULES */.yZ.weakSecret.help,
        };
        target.findings.push(finding);
        if (failOn === 'warning' && target.status === 'pass')
            target.status = 'fail';
    }
    const status = checks.some((c) => c.status === 'fail' || c.status === 'error') ? 'fail' : 'pass';
    return { ...report, status, checks };
}
/** The manifest path of the first string that reads `{{ env.NAME }}`. */
function templatePath(value, name, path = []) {
    if (typeof value === 'string')
        return (0,templates/* scanTemplates */.Vp)(value).refs.some((r) => r.kind === 'env' && r.name === name) ? path : undefined;
    if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) {
            const found = templatePath(v, name, [...path, i]);
            if (found)
                return found;
        }
    }
    else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
            const found = templatePath(v, name, [...path, k]);
            if (found)
                return found;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/workers/threads.ts
var threads = __webpack_require__(7226);
;// CONCATENATED MODULE: ./src/run.ts













/** Loads the manifest and runs the gate: the one pipeline behind the CLI, the actions and the demo. Throws ManifestError. */
async function runReleaseGate(options) {
    const masker = options.masker ?? new mask/* Masker */.GX();
    const available = options.available ?? src_checks/* CHECKS */.u;
    for (const check of available) {
        for (const input of check.inputs ?? [])
            if (input.secret)
                masker.add(options.inputs[input.name]);
    }
    const manifest = await (0,load/* loadManifest */.eY)(options.manifestPath, options.cwd);
    // Every value a template reads from the environment is a secret in every output.
    for (const name of envNamesInTemplates(manifest.data))
        masker.add(options.env[name], name);
    // A base that names nothing is a usage error (BaseRefError) before any check runs, never a crash inside one.
    const notices = [];
    let base = options.base;
    if (base !== undefined) {
        const decision = await (0,base_ref/* resolveBase */.gU)(options.cwd, base);
        if (decision.mode === 'tree') {
            notices.push(decision.notice);
            base = undefined;
        }
    }
    const now = options.now ?? (() => new Date());
    const baseline = await openBaseline(options, manifest);
    const ignores = (manifest.data.ignore ?? []).map((entry, i) => ({ ...entry, ...(manifest.locate(['ignore', i, 'rule']) ?? { line: 1, column: 1 }) }));
    const suppressor = new Suppressor(options.cwd, now().toISOString().slice(0, 10), ignores, manifest.file);
    let inputs = options.inputs;
    if (baseline.usedInput)
        inputs = { ...inputs, baseline: undefined };
    const ctx = {
        cwd: options.cwd,
        env: options.env,
        manifest,
        environment: options.environment,
        base,
        git: options.git ?? (0,git/* createGit */.lD)(options.cwd),
        masker,
        now,
        signal: options.signal ?? new AbortController().signal,
        input: (name) => inputs[name],
        stdin: options.stdin,
        progress: options.progress ? (line) => options.progress(masker.mask(line)) : undefined,
        threads: options.threads ?? (0,threads/* processThreads */.T0)(options.env),
    };
    const salt = baseline.file?.salt ?? (0,baseline_baseline/* newSalt */.N)();
    const run = await runGate(ctx, {
        checks: options.checks, failOn: options.failOn, available, event: options.event, suppressor,
        baseline: baseline.file || options.recordBaseline
            ? { fingerprinter: new baseline_baseline/* Fingerprinter */.Up(options.cwd, salt), known: options.recordBaseline ? undefined : baseline.prints }
            : undefined,
    });
    return { ...run, report: addWeakSecretFindings(run.report, masker.weakSecrets, manifest, options.failOn), manifest, notices, salt, baseline: baseline.file && baseline.path ? { path: baseline.path, ...baseline.file } : undefined };
}
/**
 * The baseline a run hides known findings with: `--baseline FILE` (when it is a findings baseline; the
 * secrets and latency checks read their own kinds under the same name), else the manifest's
 * `baseline:`, else .github/release-gate-baseline.json when it exists. A baseline asked for by name
 * that cannot be read is a usage error, never a silent run without it.
 */
async function openBaseline(options, manifest) {
    const read = async (path) => {
        try {
            return await (0,promises_.readFile)((0,external_node_path_.resolve)(options.cwd, path), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw new baseline_baseline/* BaselineError */.s$(`the baseline ${path} cannot be read (${error.code ?? String(error)})`);
        }
    };
    const open = (path, text, usedInput) => {
        const file = (0,baseline_baseline/* parseBaseline */.nk)(text, path);
        return { path, file, prints: new Set(file.entries.map((e) => e.fingerprint)), usedInput };
    };
    if (options.baselinePath) {
        const text = await read(options.baselinePath);
        return text === undefined ? { usedInput: false, path: options.baselinePath } : open(options.baselinePath, text, false);
    }
    const fromInput = options.inputs.baseline;
    if (fromInput) {
        const text = await read(fromInput);
        if (text !== undefined && (0,baseline_baseline/* isFindingsBaseline */.kb)(text))
            return open(fromInput, text, true);
    }
    const named = manifest.data.baseline;
    const path = named ?? baseline_baseline/* DEFAULT_BASELINE */.Mz;
    const text = await read(path);
    if (text === undefined) {
        if (named !== undefined && !options.recordBaseline)
            throw new baseline_baseline/* BaselineError */.s$(`the baseline ${named} (the manifest's \`baseline:\`) does not exist; write it with \`release-gate baseline write ${named}\``);
        return { usedInput: false, path };
    }
    return open(path, text, false);
}
function envNamesInTemplates(value, names = new Set()) {
    if (typeof value === 'string') {
        for (const ref of (0,templates/* scanTemplates */.Vp)(value).refs)
            if (ref.kind === 'env')
                names.add(ref.name);
    }
    else if (Array.isArray(value)) {
        for (const v of value)
            envNamesInTemplates(v, names);
    }
    else if (value && typeof value === 'object') {
        for (const v of Object.values(value))
            envNamesInTemplates(v, names);
    }
    return names;
}


/***/ }),

/***/ 8522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compareFindings),
/* harmony export */   f: () => (/* binding */ SEVERITY_RANK)
/* harmony export */ });
/** The shapes of the JSON report (schemaVersion 1). Field names are a public contract. */
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Most severe first, then by file, line and column, so every output lists findings in one order. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compareText(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        compareText(a.ruleId, b.ruleId));
}
// Code-unit order: stable across locales, and far cheaper than localeCompare on large reports.
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;


/***/ })

};
