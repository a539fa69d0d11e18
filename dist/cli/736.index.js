export const id = 736;
export const ids = [736];
export const modules = {

/***/ 2736:
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
var counts = __webpack_require__(9496);
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
    const findings = (0,counts/* sortedFindings */.Y_)(check);
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
    const c = (0,counts/* countBySeverity */.Ot)(findings);
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

// EXTERNAL MODULE: ./src/reporters/markdown.ts + 2 modules
var markdown = __webpack_require__(9339);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/rules/registry.ts
var registry = __webpack_require__(4964);
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
    const ranked = (0,counts/* rankedFindings */.gH)(report);
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
    const startLine = onFile && positive(f.line) ? f.line : 1;
    const region = { startLine };
    if (onFile && positive(f.line)) {
        const endLine = positive(f.endLine) && f.endLine >= startLine ? f.endLine : undefined;
        if (positive(f.column))
            region.startColumn = f.column;
        if (endLine !== undefined)
            region.endLine = endLine;
        const sameLine = endLine === undefined || endLine === startLine;
        if (positive(f.endColumn) && !(sameLine && region.startColumn !== undefined && f.endColumn < region.startColumn)) {
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
function positive(n) {
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
        case 'markdown': return (0,markdown/* renderMarkdown */.Gc)(report);
        case 'text': return (0,reporters_text/* renderText */.S5)(report, { color: options.color ?? false });
    }
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
