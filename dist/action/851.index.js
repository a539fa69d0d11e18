export const id = 851;
export const ids = [851];
export const modules = {

/***/ 44669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defineCheck)
/* harmony export */ });
function defineCheck(check) {
    return check;
}


/***/ }),

/***/ 14851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  envCheck: () => (/* binding */ envCheck)
});

// EXTERNAL MODULE: ./src/rules/registry.ts
var registry = __webpack_require__(14964);
// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(44669);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./src/checks/env/dotenv-parser.ts
/**
 * A dotenv parser that never throws and remembers where everything stood, so lint rules and value
 * rules can point at the exact line and column. It reads files the way motdotla/dotenv and docker
 * compose do: `export` prefixes, single, double and backtick quotes, multi-line quoted values,
 * `${NAME}` expansion from earlier keys, and ` #` comments after unquoted values.
 */
const KEY_CHARS = /^[A-Za-z0-9_.-]+$/;
const QUOTES = new Set(['"', "'", '`']);
const QUOTE_NAMES = { '"': 'double', "'": 'single', '`': 'backtick' };
function parseDotenv(source) {
    const bom = source.charCodeAt(0) === 0xfeff;
    const text = bom ? source.slice(1) : source;
    const rawLines = text.split('\n');
    // A final newline leaves one empty string after the split; it is not a line of the file.
    if (rawLines.length > 1 && rawLines[rawLines.length - 1] === '')
        rawLines.pop();
    const lines = rawLines.map((raw) => {
        const crlf = raw.endsWith('\r');
        return { text: crlf ? raw.slice(0, -1) : raw, crlf };
    });
    const result = {
        entries: [], invalid: [], lines, bom,
        binary: text.includes('\0'),
        missingFinalNewline: text.length > 0 && !text.endsWith('\n'),
    };
    if (result.binary) {
        const line = lines.findIndex((l) => l.text.includes('\0'));
        result.invalid.push({ line: line + 1, column: lines[line].text.indexOf('\0') + 1, reason: 'the file is binary (it holds a NUL byte); a dotenv file must be text' });
        return result;
    }
    const known = new Map();
    for (let i = 0; i < lines.length; i++) {
        const next = parseLine(lines, i, known, result);
        i = next;
    }
    return result;
}
/** Parses the entry that starts on line index i; returns the index of the last line it used. */
function parseLine(lines, i, known, out) {
    const text = lines[i].text;
    const lineNo = i + 1;
    const indent = text.length - text.trimStart().length;
    const rest = text.slice(indent);
    if (rest === '' || rest.startsWith('#'))
        return i;
    let pos = indent;
    let exported = false;
    const exportMatch = /^export[ \t]+/.exec(rest);
    if (exportMatch && /^[^\s=]/.test(rest.slice(exportMatch[0].length))) {
        exported = true;
        pos += exportMatch[0].length;
    }
    const keyStart = pos;
    while (pos < text.length && text[pos] !== '=' && text[pos] !== ' ' && text[pos] !== '\t')
        pos++;
    const key = text.slice(keyStart, pos);
    const beforeEquals = pos;
    while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t'))
        pos++;
    if (text[pos] !== '=') {
        const reason = key === ''
            ? 'the line has no variable name before `=`'
            : pos < text.length
                ? 'the line has text where `=` should follow the variable name; a name cannot hold spaces'
                : 'the line has no `=`; write NAME= for an empty value';
        out.invalid.push({ line: lineNo, column: key === '' || pos >= text.length ? indent + 1 : pos + 1, reason });
        return i;
    }
    if (key === '') {
        out.invalid.push({ line: lineNo, column: indent + 1, reason: 'the line has no variable name before `=`' });
        return i;
    }
    if (!KEY_CHARS.test(key)) {
        out.invalid.push({ line: lineNo, column: keyStart + 1, reason: 'the variable name holds characters other than letters, digits, `_`, `.` and `-`' });
        return i;
    }
    const equals = pos;
    pos++;
    const valueStartRaw = pos;
    while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t'))
        pos++;
    const spaceAroundEquals = beforeEquals < equals ? beforeEquals + 1 : pos > valueStartRaw && pos < text.length && text[pos] !== '#' ? valueStartRaw + 1 : undefined;
    const entry = {
        key, value: '', line: lineNo, column: keyStart + 1, valueLine: lineNo, valueColumn: pos + 1, endLine: lineNo,
        exported, unresolved: false,
        ...(spaceAroundEquals ? { spaceAroundEquals } : {}),
        ...(indent > 0 ? { leading: { column: 1, text: text.slice(0, indent) } } : {}),
    };
    const first = text[pos];
    let last = i;
    if (first !== undefined && QUOTES.has(first)) {
        const quote = first;
        const closed = findClosingQuote(lines, i, pos + 1, quote);
        if (!closed) {
            out.invalid.push({ line: lineNo, column: pos + 1, reason: `the ${QUOTE_NAMES[quote]} quote that opens this value is never closed` });
            entry.value = text.slice(pos + 1).trimEnd();
        }
        else {
            let raw;
            if (closed.line === i) {
                raw = text.slice(pos + 1, closed.column);
            }
            else {
                const parts = [text.slice(pos + 1)];
                for (let j = i + 1; j < closed.line; j++)
                    parts.push(lines[j].text);
                parts.push(lines[closed.line].text.slice(0, closed.column));
                raw = parts.join('\n');
            }
            last = closed.line;
            entry.endLine = closed.line + 1;
            entry.quote = quote;
            const after = lines[closed.line].text.slice(closed.column + 1);
            if (!/^\s*(#.*)?$/.test(after)) {
                const offset = after.length - after.trimStart().length;
                out.invalid.push({ line: closed.line + 1, column: closed.column + 2 + offset, reason: 'the line has text after the closing quote; quote the whole value' });
            }
            if (quote === "'") {
                entry.value = raw;
            }
            else {
                const expanded = expand(quote === '"' ? unescapeDouble(raw) : raw, known);
                entry.value = expanded.value;
                entry.unresolved = expanded.unresolved;
            }
        }
    }
    else {
        let raw = text.slice(pos);
        // An unquoted value ends where ` #` starts a comment, as in docker compose and python-dotenv.
        const comment = raw.startsWith('#') ? 0 : raw.search(/[ \t]#/);
        if (comment >= 0)
            raw = raw.slice(0, comment);
        const expanded = expand(raw.trim(), known);
        entry.value = expanded.value;
        entry.unresolved = expanded.unresolved;
    }
    out.entries.push(entry);
    known.set(key, entry.value);
    return last;
}
/**
 * Finds the closing quote, on this line or a later one. A multi-line value must close at a quote that
 * ends its line (bar a comment); otherwise the opening quote is taken as unterminated, so one stray
 * quote is reported where it stands instead of swallowing the rest of the file.
 */
function findClosingQuote(lines, startLine, startColumn, quote) {
    for (let j = startLine; j < lines.length; j++) {
        const text = lines[j].text;
        for (let c = j === startLine ? startColumn : 0; c < text.length; c++) {
            const ch = text[c];
            if (ch === '\\' && quote !== "'") {
                c++;
                continue;
            }
            if (ch === quote) {
                if (j === startLine)
                    return { line: j, column: c };
                return /^\s*(#.*)?$/.test(text.slice(c + 1)) ? { line: j, column: c } : undefined;
            }
        }
    }
    return undefined;
}
function unescapeDouble(raw) {
    return raw.replace(/\\([nrt"\\])/g, (_, ch) => (ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch === 't' ? '\t' : ch));
}
/** The most an expanded value may grow to: `A=${B}${B}…` chains would otherwise double at every line. */
const MAX_EXPANDED_CHARS = 64 * 1024;
/**
 * Expands `${NAME}` and `${NAME:-default}` from keys defined earlier in the same file. A reference
 * that would take the value past MAX_EXPANDED_CHARS stays as written, and the value is unresolved.
 */
function expand(value, known) {
    if (!value.includes('${'))
        return { value, unresolved: false };
    let unresolved = false;
    let size = value.length;
    const out = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (whole, name, fallback) => {
        const found = known.get(name);
        if (found !== undefined && found !== '') {
            if (size + found.length - whole.length > MAX_EXPANDED_CHARS) {
                unresolved = true;
                return whole;
            }
            size += found.length - whole.length;
            return found;
        }
        if (fallback !== undefined)
            return fallback;
        unresolved = true;
        return whole;
    });
    return { value: out, unresolved };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/checks/env/fingerprints.ts

/**
 * Keyed fingerprints let two jobs, each bound to one environment, prove that a secret differs between
 * them without either seeing the other's value: each writes HMAC-SHA256(key, value) per variable, and
 * a later job compares the files. Without the key a fingerprint cannot be brute-forced from a guess.
 */
const FINGERPRINT_KIND = 'release-gate/env-fingerprints';
const KEY_CONTEXT = 'release-gate env fingerprints v1';
function fingerprintKey(secret) {
    if (secret)
        return { bytes: (0,external_node_crypto_.createHmac)('sha256', secret).update(KEY_CONTEXT).digest(), random: false };
    return { bytes: (0,external_node_crypto_.randomBytes)(32), random: true };
}
function fingerprint(key, value) {
    return (0,external_node_crypto_.createHmac)('sha256', key.bytes).update(value, 'utf8').digest('hex');
}
function keyCheck(key) {
    return fingerprint(key, 'release-gate key check').slice(0, 16);
}
function artifactName(environment) {
    return `env-fingerprints-${environment}.json`;
}
function renderFingerprintFile(key, environment, fingerprints) {
    const file = {
        schemaVersion: 1, kind: FINGERPRINT_KIND, environment, algorithm: 'HMAC-SHA256', keyCheck: keyCheck(key),
        fingerprints: Object.fromEntries([...fingerprints].sort(([a], [b]) => a.localeCompare(b))),
    };
    return `${JSON.stringify(file, null, 2)}\n`;
}
/** Reads a fingerprint file written by another job; a problem comes back as a sentence, never a throw. */
function parseFingerprintFile(text) {
    let data;
    try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch {
        return { ok: false, reason: 'is not valid JSON' };
    }
    const d = data;
    if (!d || typeof d !== 'object' || d.kind !== FINGERPRINT_KIND)
        return { ok: false, reason: `is not a release-gate fingerprint file (no "kind": "${FINGERPRINT_KIND}")` };
    if (d.schemaVersion !== 1)
        return { ok: false, reason: 'has a schemaVersion this release-gate cannot read' };
    if (typeof d.environment !== 'string' || !d.environment)
        return { ok: false, reason: 'names no environment' };
    if (typeof d.keyCheck !== 'string' || d.algorithm !== 'HMAC-SHA256')
        return { ok: false, reason: 'has no HMAC-SHA256 keyCheck' };
    const prints = d.fingerprints;
    if (!prints || typeof prints !== 'object' || Object.values(prints).some((v) => typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v))) {
        return { ok: false, reason: 'has fingerprints that are not 64 hex characters each' };
    }
    return { ok: true, file: d };
}

// EXTERNAL MODULE: ./src/files/read-bounded.ts
var read_bounded = __webpack_require__(91543);
;// CONCATENATED MODULE: ./src/checks/env/read-text-file.ts

/** Files larger than this are skipped with a notice: no env file or source file needs more. */
const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/**
 * Reads a file as UTF-8 text, refusing (as a value, never a throw) what is missing, over 2 MiB, a
 * directory, not a regular file (a FIFO, a device), a symbolic link out of the workspace `root`, or
 * binary. `allowBinary` hands binary content back so a dotenv file can be reported as such at its
 * line. Synchronous on purpose: for thousands of small files it is about five times faster than
 * fs.promises, whose every open, stat and read is a round trip through the thread pool.
 */
function readTextFile(path, options = {}) {
    const read = (0,read_bounded/* readBounded */.CB)(path, { maxBytes: MAX_TEXT_BYTES, ...(options.root !== undefined ? { root: options.root } : {}) });
    if (!read.ok) {
        if (read.reason === 'missing' || read.reason === 'too-large') {
            const size = read.size !== undefined ? `${(read.size / 1024 / 1024).toFixed(1)} MiB` : 'over 2 MiB';
            const detail = read.reason === 'too-large' ? `is ${size}; files over 2 MiB are skipped` : read.detail;
            return { ok: false, reason: read.reason, detail };
        }
        return { ok: false, reason: 'unreadable', detail: read.detail };
    }
    const bytes = read.bytes;
    if (!options.allowBinary && bytes.subarray(0, 8192).includes(0)) {
        return { ok: false, reason: 'binary', detail: 'is binary (it holds NUL bytes); skipped' };
    }
    return { ok: true, text: bytes.toString('utf8') };
}

;// CONCATENATED MODULE: ./src/checks/env/code-uses.ts
/**
 * Finds where code reads environment variables by name. Regular expressions per language, not
 * parsers: the scan must cover 10,000 files in well under two seconds, and a literal name is all the
 * env rules need. Dynamic reads (`process.env[name]`) cannot be named and are not reported.
 */
const LANGUAGES = {
    js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', mts: 'js', cts: 'js', tsx: 'js', vue: 'js', svelte: 'js', astro: 'js',
    py: 'python', rb: 'ruby', rake: 'ruby', erb: 'ruby', go: 'go', prisma: 'prisma', yml: 'workflow', yaml: 'workflow',
};
/** The language the scanner reads a file as, from its extension; undefined for files it cannot read. */
function languageOf(path) {
    const dot = path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/'))
        return path.endsWith('Rakefile') || path.endsWith('Gemfile') ? 'ruby' : undefined;
    return LANGUAGES[path.slice(dot + 1).toLowerCase()];
}
const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const Q = `(['"\`])`;
const JS_PATTERNS = [
    { regex: new RegExp(`\\bprocess(?:\\?\\.|\\.)env(?:\\?\\.|\\.)(?<name>${NAME})\\b(?!\\s*\\()`, 'dg'), kind: 'js' },
    { regex: new RegExp(`\\bprocess(?:\\?\\.|\\.)env(?:\\?\\.)?\\[\\s*${Q}(?<name>${NAME})\\1\\s*\\]`, 'dg'), kind: 'js' },
    { regex: new RegExp(`\\bimport\\.meta\\.env(?:\\?\\.|\\.)(?<name>${NAME})\\b(?!\\s*\\()`, 'dg'), kind: 'import.meta.env' },
    { regex: new RegExp(`\\bimport\\.meta\\.env(?:\\?\\.)?\\[\\s*${Q}(?<name>${NAME})\\1\\s*\\]`, 'dg'), kind: 'import.meta.env' },
    { regex: new RegExp(`\\bBun\\.env\\.(?<name>${NAME})\\b`, 'dg'), kind: 'js' },
    { regex: new RegExp(`\\bDeno\\.env\\.get\\(\\s*${Q}(?<name>${NAME})\\1`, 'dg'), kind: 'js' },
];
// `const { A, B: b, C = 1 } = process.env`: the names are found inside the braces afterwards.
const JS_DESTRUCTURE = /\{(?<body>[^{}]*)\}\s*=\s*(?<source>process(?:\?\.|\.)env|import\.meta\.env)\b(?!\s*(?:\.|\?\.|\[))/dg;
const PY_PATTERNS = [
    { regex: new RegExp(`\\benviron(?:\\s*\\[|\\.get\\(|\\.setdefault\\(|\\.pop\\()\\s*${Q}(?<name>${NAME})\\1`, 'dg'), kind: 'python' },
    { regex: new RegExp(`\\bgetenv\\(\\s*${Q}(?<name>${NAME})\\1`, 'dg'), kind: 'python' },
];
const RUBY_PATTERNS = [
    { regex: new RegExp(`\\bENV\\s*\\[\\s*${Q}(?<name>${NAME})\\1\\s*\\]`, 'dg'), kind: 'ruby' },
    { regex: new RegExp(`\\bENV\\.(?:fetch|key\\?|has_key\\?|include\\?)\\(?\\s*${Q}(?<name>${NAME})\\1`, 'dg'), kind: 'ruby' },
];
const GO_PATTERNS = [
    { regex: new RegExp(`\\bos\\.(?:Getenv|LookupEnv)\\(\\s*(["\`])(?<name>${NAME})\\1`, 'dg'), kind: 'go' },
];
// Prisma reads its connection strings with env("NAME") in schema.prisma.
const PRISMA_PATTERNS = [
    { regex: new RegExp(`\\benv\\(\\s*"(?<name>${NAME})"\\s*\\)`, 'dg'), kind: 'prisma' },
];
const WORKFLOW_REF = new RegExp(`\\b(?<scope>secrets|vars)(?:\\.(?<dotted>${NAME})\\b|\\[\\s*'(?<quoted>${NAME})'\\s*\\])`, 'dg');
const PATTERNS = {
    js: JS_PATTERNS, python: PY_PATTERNS, ruby: RUBY_PATTERNS, go: GO_PATTERNS, prisma: PRISMA_PATTERNS,
};
// Cheap substring tests that rule out most files before any regular expression runs.
const TRIGGERS = {
    js: ['env'], python: ['environ', 'getenv'], ruby: ['ENV'], go: ['Getenv', 'LookupEnv'], prisma: ['env('], workflow: ['secrets', 'vars'],
};
const COMMENT_STARTS = {
    js: ['//', '/*', '*'], go: ['//', '/*', '*'], prisma: ['//'], python: ['#'], ruby: ['#'], workflow: ['#'],
};
// Properties of the env object that are methods, not variables.
const NOT_NAMES = new Set(['hasOwnProperty', 'toString', 'valueOf', 'propertyIsEnumerable', 'isPrototypeOf', 'toLocaleString', 'constructor']);
/** Every named read of an environment variable in one file's text. */
function findUses(path, text) {
    const language = languageOf(path);
    if (!language || !TRIGGERS[language].some((t) => text.includes(t)))
        return [];
    const positions = new LinePositions(text);
    const uses = [];
    const add = (name, kind, index) => {
        if (NOT_NAMES.has(name))
            return;
        const { line, column } = positions.at(index);
        if (positions.inLineComment(line, COMMENT_STARTS[language]))
            return;
        uses.push({ name, kind, line, column, endColumn: column + name.length });
    };
    if (language === 'workflow') {
        findWorkflowUses(text, add);
    }
    else {
        const patterns = PATTERNS[language];
        for (const { regex, kind } of patterns) {
            regex.lastIndex = 0;
            for (let m = regex.exec(text); m; m = regex.exec(text))
                add(m.groups.name, kind, m.indices.groups.name[0]);
        }
        if (language === 'js')
            findDestructuredUses(text, add);
    }
    uses.sort((a, b) => a.line - b.line || a.column - b.column);
    return uses;
}
function findDestructuredUses(text, add) {
    JS_DESTRUCTURE.lastIndex = 0;
    for (let m = JS_DESTRUCTURE.exec(text); m; m = JS_DESTRUCTURE.exec(text)) {
        const body = m.groups.body;
        const start = m.indices.groups.body[0];
        const kind = m.groups.source.startsWith('import') ? 'import.meta.env' : 'js';
        let offset = 0;
        for (const part of body.split(',')) {
            const element = new RegExp(`^\\s*(['"]?)(${NAME})\\1\\s*(?::|=|$)`).exec(part);
            if (element && !part.trimStart().startsWith('...'))
                add(element[2], kind, start + offset + part.indexOf(element[2]));
            offset += part.length + 1;
        }
    }
}
/** `${{ secrets.X }}` and `${{ vars.X }}` inside expressions, and in `if:` conditions, which may omit `${{ }}`. */
function findWorkflowUses(text, add) {
    const scanExpression = (from, to) => {
        WORKFLOW_REF.lastIndex = from;
        for (let m = WORKFLOW_REF.exec(text); m && m.index < to; m = WORKFLOW_REF.exec(text)) {
            const group = m.groups.dotted !== undefined ? 'dotted' : 'quoted';
            add(m.groups[group], m.groups.scope, m.indices.groups[group][0]);
        }
    };
    for (let open = text.indexOf('${{'); open >= 0; open = text.indexOf('${{', open + 3)) {
        const close = text.indexOf('}}', open + 3);
        if (close < 0)
            break;
        scanExpression(open + 3, close);
    }
    const condition = /^[ \t]*(?:-[ \t]+)?if:[ \t]*(?!.*\$\{\{)(.*)$/gm;
    for (let m = condition.exec(text); m; m = condition.exec(text))
        scanExpression(m.index + m[0].length - m[1].length, m.index + m[0].length);
}
/** Turns string offsets into 1-based lines and columns, finding line starts once per file. */
class LinePositions {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    at(index) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= index)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: index - this.starts[lo] + 1 };
    }
    /** The line starts with a comment marker, so whatever it names is not a read. */
    inLineComment(line, markers) {
        const start = this.starts[line - 1];
        let i = start;
        while (this.text[i] === ' ' || this.text[i] === '\t')
            i++;
        return markers.some((m) => this.text.startsWith(m, i));
    }
}

;// CONCATENATED MODULE: ./src/checks/env/scan-code.ts




/** Never scanned: dependencies, git internals and build output. */
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/dist/**'];
/** The most files env.scan reads in one run; the rest are reported as skipped, never dropped silently. */
const MAX_SCANNED_FILES = 200_000;
// Files read between two yields to the event loop, so an abort is noticed while a large scan runs.
const BATCH = 500;
/** Reads every file the globs match and collects their uses; files it cannot read become `skipped`. */
async function scanCode(cwd, patterns, exclude = [], signal) {
    const paths = (await (0,dist/* glob */.TI)([...patterns], {
        cwd, ignore: [...ALWAYS_EXCLUDED, ...exclude], dot: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false,
    })).filter((p) => languageOf(p) !== undefined).sort();
    const uses = [];
    const skipped = [];
    if (paths.length > MAX_SCANNED_FILES) {
        // A glob over a data directory: search the first files in name order and say where it stopped.
        const rest = paths.splice(MAX_SCANNED_FILES);
        skipped.push({ file: rest[0], reason: `and the ${(rest.length - 1).toLocaleString('en-US')} files after it were not searched: env.scan matches ${(paths.length + rest.length).toLocaleString('en-US')} files, more than the ${MAX_SCANNED_FILES.toLocaleString('en-US')} one run reads` });
    }
    for (const [index, file] of paths.entries()) {
        if (index % BATCH === 0 && index > 0) {
            await new Promise((resolve) => setImmediate(resolve));
            signal?.throwIfAborted();
        }
        const read = readTextFile((0,external_node_path_.join)(cwd, file), { root: cwd });
        if (!read.ok) {
            if (read.reason !== 'missing')
                skipped.push({ file, reason: read.detail });
            continue;
        }
        for (const use of findUses(file, read.text))
            uses.push({ ...use, file });
    }
    skipped.sort((a, b) => a.file.localeCompare(b.file));
    return { uses, files: paths.length, skipped };
}

;// CONCATENATED MODULE: ./src/checks/env/framework-config.ts




/** next.config.js, .mjs, .cjs, .ts, .mts, at the root or in a workspace package. */
const NEXT_CONFIGS = ['next.config.{js,mjs,cjs,ts,mts}', '*/next.config.{js,mjs,cjs,ts,mts}', '*/*/next.config.{js,mjs,cjs,ts,mts}'];
/**
 * Variables a framework inlines from its own config rather than from the environment: the keys of
 * Next.js's `env: { ... }` in next.config. Their values live in the config, so code reading them is
 * not reading an undeclared variable.
 */
async function frameworkDefinedNames(cwd) {
    const names = new Map();
    const files = (await (0,dist/* glob */.TI)(NEXT_CONFIGS, { cwd, ignore: ALWAYS_EXCLUDED, onlyFiles: true, expandDirectories: false })).sort();
    for (const file of files) {
        const read = readTextFile((0,external_node_path_.join)(cwd, file), { root: cwd });
        if (!read.ok)
            continue;
        for (const name of nextConfigEnvKeys(read.text))
            if (!names.has(name))
                names.set(name, file);
    }
    return names;
}
/** The keys of every `env: { ... }` object literal in a next.config source. */
function nextConfigEnvKeys(source) {
    const code = blankCommentsAndStrings(source);
    const keys = [];
    for (const m of code.matchAll(/(?:^|[\s,{])["']?env["']?\s*:\s*\{/g)) {
        const open = m.index + m[0].length - 1;
        let depth = 0;
        let expectKey = true;
        for (let i = open; i < code.length; i++) {
            const c = code[i];
            if (c === '{' || c === '[' || c === '(') {
                depth++;
                if (depth === 1)
                    expectKey = true;
                continue;
            }
            if (c === '}' || c === ']' || c === ')') {
                depth--;
                if (depth === 0)
                    break;
                continue;
            }
            if (depth !== 1)
                continue;
            if (c === ',') {
                expectKey = true;
                continue;
            }
            if (!expectKey || /\s/.test(c))
                continue;
            expectKey = false;
            // A key: an identifier or a string (kept in `source`, blanked in `code`), then `:`, `,` or `}` (shorthand).
            const rest = source.slice(i);
            const key = /^(?:([A-Za-z_$][\w$]*)|"([^"\n]*)"|'([^'\n]*)')\s*(?=[:,}])/.exec(rest);
            if (key)
                keys.push(key[1] ?? key[2] ?? key[3]);
        }
    }
    return keys;
}
/** Same length; comments and the insides of strings and template literals become spaces, quotes stay. */
function blankCommentsAndStrings(source) {
    return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, (m) => m.startsWith('/') ? m.replace(/[^\n]/g, ' ') : m[0] + m.slice(1, -1).replace(/[^\n]/g, ' ') + m[m.length - 1]);
}

;// CONCATENATED MODULE: ./src/checks/env/github-api-source.ts
/**
 * Reads what GitHub holds for an environment through the REST API: the names of its secrets (GitHub
 * never returns their values) and the names and values of its variables, plus the repository- and
 * organization-level ones every environment inherits. The base URL comes from settings so tests can
 * point it at a server on 127.0.0.1.
 */
const GRANT_HINT = 'GITHUB_TOKEN cannot read environment secrets or variables. Create a fine-grained personal access token ' +
    '(or a GitHub App installation token) for this repository with the permissions "Environments: read", ' +
    '"Secrets: read" and "Variables: read", store it as a repository secret, and pass it as the `token` input.';
class GithubApiSource {
    settings;
    shared;
    constructor(settings) {
        this.settings = settings;
    }
    /** Everything GitHub holds for one environment, including what it inherits; refusals come back as problems. */
    async environment(name) {
        const repo = this.settings.repository;
        if (!/^[^/\s]+\/[^/\s]+$/.test(repo)) {
            return { values: [], problems: [{ message: `the repository "${repo}" is not owner/name, so the GitHub API cannot be asked about environment "${name}"`, hint: 'Pass `repository: owner/name`, or run inside GitHub Actions where GITHUB_REPOSITORY is set.' }] };
        }
        this.shared ??= this.collect([
            { kind: 'secrets', path: `/repos/${repo}/actions/secrets`, scope: 'repository secret', perPage: 100 },
            { kind: 'variables', path: `/repos/${repo}/actions/variables`, scope: 'repository variable', perPage: 30 },
            { kind: 'secrets', path: `/repos/${repo}/actions/organization-secrets`, scope: 'organization secret', perPage: 100 },
            { kind: 'variables', path: `/repos/${repo}/actions/organization-variables`, scope: 'organization variable', perPage: 30 },
        ], name);
        const env = encodeURIComponent(name);
        const own = await this.collect([
            { kind: 'secrets', path: `/repos/${repo}/environments/${env}/secrets`, scope: 'environment secret', perPage: 100 },
            { kind: 'variables', path: `/repos/${repo}/environments/${env}/variables`, scope: 'environment variable', perPage: 30 },
        ], name);
        const inherited = await this.shared;
        return { values: [...own.values, ...inherited.values], problems: [...own.problems, ...inherited.problems] };
    }
    async collect(listings, environment) {
        const values = [];
        const problems = [];
        for (const listing of listings) {
            const result = await this.list(listing, environment);
            if ('problem' in result)
                problems.push(result.problem);
            else
                values.push(...result.values);
        }
        return { values, problems };
    }
    async list(listing, environment) {
        const values = [];
        for (let page = 1; page <= 50; page++) {
            const url = `${this.settings.apiUrl.replace(/\/+$/, '')}${listing.path}?per_page=${listing.perPage}&page=${page}`;
            let response;
            try {
                const timeout = AbortSignal.timeout(this.settings.timeoutMs ?? 20_000);
                response = await fetch(url, {
                    headers: {
                        authorization: `Bearer ${this.settings.token}`,
                        accept: 'application/vnd.github+json',
                        'x-github-api-version': '2022-11-28',
                        'user-agent': 'release-gate',
                    },
                    signal: this.settings.signal ? AbortSignal.any([this.settings.signal, timeout]) : timeout,
                });
            }
            catch (error) {
                const cause = error.cause?.code ?? error.name;
                return { problem: { message: `the GitHub API at ${this.settings.apiUrl} could not be reached for the ${listing.scope}s of environment "${environment}" (${cause})`, hint: 'Check the `api-url` input and the network; on GitHub Enterprise Server the API lives at https://HOST/api/v3.' } };
            }
            if (!response.ok) {
                await response.body?.cancel().catch(() => undefined);
                return { problem: refusal(response, listing, environment) };
            }
            let body;
            try {
                body = (await response.json());
            }
            catch {
                return { problem: { message: `the GitHub API answered ${listing.path} with something that is not JSON`, hint: 'Check the `api-url` input: it must be the REST API root, e.g. https://api.github.com.' } };
            }
            const items = body[listing.kind];
            if (!Array.isArray(items)) {
                return { problem: { message: `the GitHub API answered ${listing.path} without a "${listing.kind}" list`, hint: 'Check the `api-url` input: it must be the REST API root, e.g. https://api.github.com.' } };
            }
            for (const item of items) {
                if (typeof item?.name !== 'string')
                    continue;
                values.push({ name: item.name, scope: listing.scope, ...(listing.kind === 'variables' && typeof item.value === 'string' ? { value: item.value } : {}) });
            }
            const total = typeof body.total_count === 'number' ? body.total_count : undefined;
            if (items.length < listing.perPage || (total !== undefined && values.length >= total))
                break;
        }
        return { values };
    }
}
function refusal(response, listing, environment) {
    const status = response.status;
    const what = `${listing.scope}s`;
    if (status === 401) {
        return { message: `the GitHub API refused the token (401) when listing the ${what} of environment "${environment}"`, hint: 'The token is invalid or expired; create a new one and update the secret passed as `token`.' };
    }
    if (status === 403 && response.headers.get('x-ratelimit-remaining') === '0') {
        return { message: `the GitHub API rate limit was reached while listing the ${what} of environment "${environment}"`, hint: 'Run again after the limit resets, or use a token with a higher limit.' };
    }
    if ((status === 403 || status === 404) && listing.scope.startsWith('environment')) {
        return {
            message: `the GitHub API answered ${status} for the ${what} of environment "${environment}": the token cannot read them` +
                (status === 404 ? ', or the environment does not exist in the repository' : ''),
            hint: GRANT_HINT,
        };
    }
    if (status === 403 || status === 404) {
        return {
            message: `the GitHub API answered ${status} for the ${what} (inherited by environment "${environment}"): the token cannot read them`,
            hint: `Give the token "${listing.kind === 'secrets' ? 'Secrets' : 'Variables'}: read" on this repository. ${GRANT_HINT}`,
        };
    }
    return { message: `the GitHub API answered ${status} when listing the ${what} of environment "${environment}"`, hint: 'Run again; if it persists, check https://www.githubstatus.com and the `api-url` input.' };
}

;// CONCATENATED MODULE: ./src/checks/env/secret-values.ts
/**
 * What counts as a secret, and what looks like a real one rather than a placeholder. Value sources
 * use it to decide what to mask; env-secret-committed uses it to decide what to report.
 */
const SECRET_NAME = /SECRET|TOKEN|PASSWORD|PASSWD|KEY|DSN|CREDENTIAL/i;
/** A name like *SECRET*, *TOKEN*, *PASSWORD*, *KEY*, *DSN*, unless the manifest says `secret: false`. */
function secret_values_isSecretName(name, options = {}) {
    return options.secret ?? SECRET_NAME.test(name);
}
/** A URL carrying a password (scheme://user:password@host): the whole value is a secret. */
function urlPassword(value) {
    const match = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/@:]*:([^\s/@]+)@/.exec(value.trim());
    return match?.[1];
}
/** Whether a value must be masked: a secret by name or manifest, a credential URL, or a known token shape. */
function mayBeSecret(name, value, options = {}) {
    return options.secret === true || (options.secret === undefined && SECRET_NAME.test(name)) ||
        urlPassword(value) !== undefined || knownTokenShape(value);
}
// Words that stand in for a value. Masking them would blank out ordinary text all over the report.
const PLACEHOLDER_VALUE = /^(changeme|change[-_]me|placeholder|example|secret|password|todo|none|null|empty|x{3,}|\*+|\.{3}|<[^>]*>|\$\{[^}]*\})$/i;
/**
 * Registers a value with the masker when it is or may be a secret (`always` for values that are secret
 * by where they came from, such as the `secrets` input), and a credential URL's password on its own.
 */
function maskIfSecret(masker, name, value, options = {}) {
    if (PLACEHOLDER_VALUE.test(value.trim()))
        return;
    if (!options.always && !mayBeSecret(name, value, options))
        return;
    masker.add(value);
    const password = urlPassword(value);
    // A short password on its own (`demo`) would mask every occurrence of that word in the report.
    if (password && password.length >= 8)
        masker.add(password);
}
// Prefixes and shapes of credentials issued by common providers: such a value is real whatever its name.
const TOKEN_SHAPES = [
    /\bgh[pousr]_[A-Za-z0-9]{36,}\b/,
    /\bgithub_pat_[A-Za-z0-9_]{60,}\b/,
    /\bglpat-[A-Za-z0-9_-]{20,}\b/,
    /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/,
    /\b[sr]k_live_[A-Za-z0-9]{16,}\b/,
    /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/,
    /\bAIza[0-9A-Za-z_-]{35}\b/,
    /\bnpm_[A-Za-z0-9]{36}\b/,
    /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/,
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
];
function knownTokenShape(value) {
    return value.length >= 20 && TOKEN_SHAPES.some((shape) => shape.test(value));
}
const PLACEHOLDER_WORDS = /example|sample|placeholder|change[-_]?me|replace|your[-_ ]|dummy|fake|test|demo|todo|fixme|xxx|redacted|insert|not[-_]?a[-_]?secret|secret[-_]?here|<[^>]*>|\{\{|\$\{|%[A-Z_]+%/i;
/** An empty value, a run of one character (xxxx, ****), or text that says it stands for something else. */
function isPlaceholder(value) {
    const v = value.trim();
    if (v === '')
        return true;
    if (/^(.)\1*$/.test(v))
        return true;
    return PLACEHOLDER_WORDS.test(v);
}
/**
 * A value that looks like a real secret: a known token shape, a credential URL with a real-looking
 * password, or a secret-named variable holding 8 or more characters that are not a placeholder.
 */
function looksLikeRealSecret(name, value, options = {}) {
    const v = value.trim();
    if (v === '')
        return false;
    if (knownTokenShape(v))
        return true;
    const password = urlPassword(v);
    if (password !== undefined)
        return password.length >= 6 && !isPlaceholder(password) && !isPlaceholder(v);
    if (!secret_values_isSecretName(name, options))
        return false;
    return v.length >= 8 && !isPlaceholder(v) && !/^(true|false|yes|no|on|off|null|none|\d{1,7})$/i.test(v);
}

;// CONCATENATED MODULE: ./src/checks/env/model.ts

function varConfig(model, name) {
    return model.section.vars?.[name] ?? {};
}
function isSecretVar(model, name) {
    return isSecretName(name, { secret: varConfig(model, name).secret });
}
// Secret by name, but commonly the same everywhere on purpose (one Sentry project, a publishable key).
const SHARED_BY_DESIGN = /DSN|PUBLIC|PUBLISHABLE/i;
/** `distinct:` when given, else `secret:`, else a secret-like name (bar DSNs and public keys). */
function isDistinctVar(model, name) {
    const config = varConfig(model, name);
    return config.distinct ?? config.secret ?? (secret_values_isSecretName(name) && !SHARED_BY_DESIGN.test(name));
}
function manifestSite(model, path, part = 'value') {
    const position = model.locate(path, part);
    if (position)
        return { file: model.manifestFile, line: position.line, column: position.column };
    return path.length > 1 ? manifestSite(model, path.slice(0, -1), 'key') : { file: model.manifestFile, line: 1, column: 1 };
}
/** Where a variable is declared: its first declared-in line, else its key under env.vars. */
function declarationSite(model, name) {
    const declared = model.declarations.get(name)?.[0];
    if (declared)
        return declared;
    return model.section.vars?.[name] ? manifestSite(model, ['env', 'vars', name], 'key') : undefined;
}
/** Every name the app declares: declared-in keys and env.vars keys. */
function declaredNames(model) {
    return [...new Set([...model.declarations.keys(), ...Object.keys(model.section.vars ?? {})])];
}
// Set by the platform, the shell, the CI runner or the framework, never by the app's own configuration.
// Each hosting platform's list is from its documentation of system environment variables; names too
// generic to be the platform's alone (Netlify's URL, CONTEXT, BRANCH) are left out.
const PLATFORM_NAMES = [
    // shell, Node and CI runners
    'NODE_ENV', 'NODE_OPTIONS', 'NODE_DEBUG', 'CI', 'HOME', 'PATH', 'PWD', 'USER', 'SHELL', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LC_*',
    'TERM', 'HOSTNAME', 'TZ', 'GITHUB_*', 'RUNNER_*', 'ACTIONS_*', 'npm_*', 'INIT_CWD', 'DEBUG', 'FORCE_COLOR', 'NO_COLOR',
    'GITLAB_CI', 'CI_*', 'CIRCLECI', 'CIRCLE_*', 'BUILDKITE', 'BUILDKITE_*', 'JEST_WORKER_ID',
    // the port a PaaS tells the app to listen on (Heroku, Render, Railway, Fly, Cloud Run)
    'PORT',
    // Vercel (and the NEXT_PUBLIC_ copies it adds for Next.js)
    'VERCEL', 'VERCEL_*', 'NEXT_PUBLIC_VERCEL_*',
    // Next.js itself
    'NEXT_RUNTIME', 'NEXT_PHASE', '__NEXT_*',
    // Netlify
    'NETLIFY', 'NETLIFY_*', 'DEPLOY_URL', 'DEPLOY_PRIME_URL', 'DEPLOY_ID', 'SITE_ID', 'SITE_NAME',
    // Railway, Render, Fly.io, Heroku, Cloudflare Pages
    'RAILWAY_*', 'RENDER', 'RENDER_*', 'IS_PULL_REQUEST', 'FLY_*', 'PRIMARY_REGION', 'DYNO', 'HEROKU_*', 'CF_PAGES', 'CF_PAGES_*',
    // AWS Lambda, Google Cloud Run and Functions, Azure App Service, Kubernetes
    'AWS_LAMBDA_*', 'AWS_EXECUTION_ENV', 'LAMBDA_TASK_ROOT', 'K_SERVICE', 'K_REVISION', 'K_CONFIGURATION', 'FUNCTION_TARGET',
    'WEBSITE_*', 'KUBERNETES_SERVICE_*',
];
// import.meta.env names that Vite defines itself.
const VITE_NAMES = new Set(['MODE', 'BASE_URL', 'PROD', 'DEV', 'SSR']);
const ignoreMatchers = new WeakMap();
/** Names that env-undeclared-use and env-unused never report: platform variables and `env.ignore`. */
function isIgnoredName(model, name, kind) {
    if (kind === 'import.meta.env' && VITE_NAMES.has(name))
        return true;
    let matcher = ignoreMatchers.get(model);
    if (!matcher) {
        const patterns = [...PLATFORM_NAMES, ...(model.section.ignore ?? [])];
        matcher = new RegExp(`^(?:${patterns.map((p) => p.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')).join('|')})$`);
        ignoreMatchers.set(model, matcher);
    }
    return matcher.test(name);
}
/** The first entry that carries a non-empty value, or a name-only entry (an API secret), by authority. */
function presentEntry(entries) {
    return entries?.find((e) => e.value === undefined || e.value !== '');
}
/** Joins names for messages: "a, b and c". */
function listing(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/checks/env/value-sources.ts

function add(sink, name, entry) {
    if (entry.value !== undefined)
        maskIfSecret(sink.masker, name, entry.value, { secret: sink.secretFlag(name), always: entry.source === 'secrets input' });
    const list = sink.environment.values.get(name) ?? [];
    list.push(entry);
    sink.environment.values.set(name, list);
}
/** An env-file's keys. A key written twice keeps its last value, as dotenv loaders do. */
function addEnvFileValues(sink, file, parsed) {
    const last = new Map();
    for (const entry of parsed.entries) {
        last.set(entry.key, entry);
        // An overridden value is masked too: it was read, and it may be the real secret.
        maskIfSecret(sink.masker, entry.key, entry.value, { secret: sink.secretFlag(entry.key) });
    }
    for (const [name, entry] of last) {
        add(sink, name, {
            value: entry.value, source: 'env-file', unresolved: entry.unresolved || undefined,
            site: { file, line: entry.valueLine, column: entry.valueColumn, endLine: entry.endLine },
        });
    }
    sink.environment.sources.push(file);
}
/**
 * The `secrets` or `vars` input: `${{ toJSON(secrets) }}` / `${{ toJSON(vars) }}` in a job bound to
 * the environment. Returns a reason when the text is not a JSON object; the reason never quotes it.
 */
function addInputValues(sink, input, text) {
    const source = input === 'secrets' ? 'secrets input' : 'vars input';
    if (input === 'secrets')
        sink.masker.add(text);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return `the \`${input}\` input is not JSON; pass \`${input}: \${{ toJSON(${input}) }}\``;
    }
    if (data === null)
        data = {};
    if (typeof data !== 'object' || Array.isArray(data))
        return `the \`${input}\` input is not a JSON object; pass \`${input}: \${{ toJSON(${input}) }}\``;
    for (const [name, value] of Object.entries(data)) {
        // The runner adds its own token to toJSON(secrets); it is not the app's.
        if (input === 'secrets' && name === 'github_token') {
            sink.masker.add(String(value));
            continue;
        }
        const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);
        add(sink, sink.canonical(name), { value: text, source });
    }
    sink.environment.sources.push(`the ${input} input`);
    return undefined;
}
function addGithubValues(sink, values) {
    // Environment-level values come first from the API source and override inherited ones of the same name.
    const seen = new Set();
    for (const v of values) {
        const name = sink.canonical(v.name);
        if (seen.has(name))
            continue;
        seen.add(name);
        add(sink, name, { value: v.value, source: 'GitHub API' });
    }
    sink.environment.sources.push('the GitHub API');
}

;// CONCATENATED MODULE: ./src/checks/env/build-model.ts












/** The check's own inputs, by the names the action and the CLI offer. */
const INPUT = {
    secrets: 'secrets',
    vars: 'vars',
    fingerprintKey: 'fingerprint-key',
    fingerprints: 'fingerprints',
    token: 'token',
    githubApi: 'github-api',
    repository: 'repository',
    apiUrl: 'api-url',
};
const PRODUCTION_NAME = /^(prod|production|live)([-_.].*)?$/i;
// Committed files with these names are searched for real secrets even when the manifest does not list them.
const ENV_FILE_NAME = /(^|\/)(\.env(\.[^/]+)?|[^/]+\.env)$/;
const DEFAULT_API_URL = 'https://api.github.com';
/** Reads declarations, code, values and fingerprints; what cannot be read becomes a source error, never a throw. */
async function buildModel(ctx, section) {
    const environmentsConfig = ctx.manifest.data.environments ?? {};
    const environmentNames = Object.keys(environmentsConfig);
    const productionNames = new Set(section.production ?? environmentNames.filter((n) => PRODUCTION_NAME.test(n)));
    const model = {
        manifestFile: ctx.manifest.file,
        locate: ctx.manifest.locate,
        section,
        environmentNames,
        hosts: environmentNames.flatMap((environment) => {
            const host = hostOf(environmentsConfig[environment]?.url);
            return host ? [{ environment, host }] : [];
        }),
        files: [],
        declarations: new Map(),
        scanned: false,
        uses: [],
        environments: [],
        fingerprints: [],
        sourceErrors: [],
        skipped: [],
    };
    const error = (report) => model.sourceErrors.push(report);
    const atManifest = (...path) => manifestSite(model, path, 'value');
    const secretFlag = (name) => section.vars?.[name]?.secret;
    // Declarations.
    const filesByPath = new Map();
    const readEnvFile = (file, where, role) => {
        const known = filesByPath.get(file);
        if (known)
            return known;
        const read = readTextFile((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(ctx.cwd, file), { allowBinary: true, root: ctx.cwd });
        if (!read.ok) {
            error({ ...where, message: `${file} (${role}) ${read.detail}` });
            return undefined;
        }
        const envFile = { file, parsed: parseDotenv(read.text), declares: false, environments: [], committed: false, lint: true };
        filesByPath.set(file, envFile);
        model.files.push(envFile);
        return envFile;
    };
    const declaredIn = section['declared-in'] ?? [];
    for (const [index, pattern] of declaredIn.entries()) {
        const matches = (await (0,dist/* glob */.TI)(pattern, { cwd: ctx.cwd, dot: true, ignore: ALWAYS_EXCLUDED, expandDirectories: false })).sort();
        if (!matches.length) {
            error({ ...atManifest('env', 'declared-in', index), message: `env.declared-in "${pattern}" matches no file, so nothing is declared by it` });
            continue;
        }
        for (const file of matches) {
            const envFile = readEnvFile(file, atManifest('env', 'declared-in', index), 'declared-in');
            if (!envFile)
                continue;
            envFile.declares = true;
            envFile.committed = true;
            for (const entry of envFile.parsed.entries) {
                maskIfSecret(ctx.masker, entry.key, entry.value, { secret: secretFlag(entry.key) });
                const sites = model.declarations.get(entry.key) ?? [];
                sites.push({ file, line: entry.line, column: entry.column });
                model.declarations.set(entry.key, sites);
            }
        }
    }
    const declared = [...new Set([...model.declarations.keys(), ...Object.keys(section.vars ?? {})])];
    const upper = new Map(declared.map((n) => [n.toUpperCase(), n]));
    const canonical = (name) => (declared.includes(name) ? name : upper.get(name.toUpperCase()) ?? name);
    // Values, per environment checked.
    const token = ctx.input(INPUT.token);
    ctx.masker.add(token);
    // Opt-in: the same `token` input also serves PR comments, where it is usually GITHUB_TOKEN, which the
    // API refuses for environment secrets; asking the API unasked would fail every such run.
    const useApi = /^(true|yes|1|on)$/i.test(ctx.input(INPUT.githubApi) ?? '');
    if (useApi && !token) {
        error({
            ...manifestSite(model, ['env'], 'key'),
            message: 'github-api is on but no token was given, so the GitHub API cannot be asked for environment secrets and variables',
            hint: 'Pass `token:` with a fine-grained token that has "Environments: read", "Secrets: read" and "Variables: read" (GITHUB_TOKEN cannot read environment secrets).',
        });
    }
    const api = token && useApi
        ? new GithubApiSource({
            token,
            repository: ctx.input(INPUT.repository) ?? ctx.env.GITHUB_REPOSITORY ?? '',
            apiUrl: ctx.input(INPUT.apiUrl) ?? ctx.env.GITHUB_API_URL ?? DEFAULT_API_URL,
            signal: ctx.signal,
        })
        : undefined;
    const secretsInput = ctx.input(INPUT.secrets);
    const varsInput = ctx.input(INPUT.vars);
    ctx.masker.add(secretsInput);
    let targets;
    if (ctx.environment !== undefined) {
        if (!environmentNames.includes(ctx.environment)) {
            error({
                ...(ctx.manifest.data.environments ? manifestSite(model, ['environments'], 'key') : { file: model.manifestFile, line: 1, column: 1 }),
                message: `environment "${ctx.environment}" is not defined under environments${environmentNames.length ? ` (defined: ${environmentNames.join(', ')})` : ''}`,
                hint: 'Add it under `environments:` in the manifest, or pass the name of one that is there.',
            });
            targets = [];
        }
        else {
            targets = [ctx.environment];
        }
    }
    else {
        targets = environmentNames.filter((n) => environmentsConfig[n]?.['env-file'] !== undefined || api !== undefined);
        if (secretsInput !== undefined || varsInput !== undefined) {
            error({
                message: 'the secrets/vars inputs were given without an environment, so release-gate cannot tell whose values they are',
                hint: 'Pass `environment:` with the name of the environment the job is bound to (the job\'s `environment:`).',
            });
        }
    }
    for (const name of targets) {
        const environment = { name, production: productionNames.has(name), sources: [], values: new Map() };
        const sink = { environment, masker: ctx.masker, secretFlag, canonical };
        let attempted = false;
        if (name === ctx.environment) {
            for (const [input, text] of [['secrets', secretsInput], ['vars', varsInput]]) {
                if (text === undefined)
                    continue;
                attempted = true;
                const problem = addInputValues(sink, input, text);
                if (problem)
                    error({ message: problem, hint: `In a job with \`environment: ${name}\`, pass \`${input}: \${{ toJSON(${input}) }}\`.` });
            }
        }
        if (api) {
            attempted = true;
            const { values, problems } = await api.environment(name);
            for (const p of problems)
                error({ ...atEnvironment(model, name), message: p.message, hint: p.hint });
            // Partial answers would make inherited secrets look missing: use the API's values only when every list was read.
            if (!problems.length)
                addGithubValues(sink, values);
        }
        const envFilePath = environmentsConfig[name]?.['env-file'];
        if (envFilePath !== undefined) {
            attempted = true;
            const file = normalise(envFilePath);
            const envFile = readEnvFile(file, atManifest('environments', name, 'env-file'), `env-file of ${name}`);
            if (envFile) {
                envFile.environments.push(name);
                if (!envFile.parsed.binary)
                    addEnvFileValues(sink, file, envFile.parsed);
            }
        }
        if (!attempted) {
            error({
                ...atEnvironment(model, name),
                message: `environment "${name}" has no value source, so its variables cannot be checked`,
                hint: `Give it an \`env-file\` in the manifest, pass \`secrets: \${{ toJSON(secrets) }}\` and \`vars: \${{ toJSON(vars) }}\` in a job bound to it, or \`github-api: true\` with a \`token\` that may read its secrets and variables.`,
            });
        }
        if (environment.sources.length)
            model.environments.push(environment);
    }
    // Committed env files beyond the configured ones, searched only for real secrets.
    let tracked;
    try {
        tracked = new Set(await ctx.git.listFiles('HEAD'));
    }
    catch {
        tracked = undefined; // not a git repository, or no commit yet: nothing is committed
    }
    if (tracked) {
        for (const envFile of model.files)
            if (tracked.has(envFile.file))
                envFile.committed = true;
        const excluded = picomatch_default()([...ALWAYS_EXCLUDED, ...(section.exclude ?? [])], { dot: true });
        for (const file of [...tracked].filter((f) => ENV_FILE_NAME.test(f) && !excluded(f)).sort()) {
            if (filesByPath.has(file))
                continue;
            const read = readTextFile((0,external_node_path_.join)(ctx.cwd, file), { root: ctx.cwd });
            if (!read.ok)
                continue; // deleted in the work tree, binary or huge: not an env file to search
            const envFile = { file, parsed: parseDotenv(read.text), declares: false, environments: [], committed: true, lint: false };
            for (const entry of envFile.parsed.entries)
                maskIfSecret(ctx.masker, entry.key, entry.value);
            filesByPath.set(file, envFile);
            model.files.push(envFile);
        }
    }
    // Uses in code.
    let scannedFiles = 0;
    if (section.scan?.length) {
        const scan = await scanCode(ctx.cwd, section.scan, section.exclude ?? [], ctx.signal);
        scannedFiles = scan.files;
        model.uses = scan.uses;
        model.skipped = scan.skipped;
        model.scanned = scan.files > 0;
        model.frameworkNames = await frameworkDefinedNames(ctx.cwd);
        if (!scan.files) {
            error({
                ...atManifest('env', 'scan'), severity: 'warning',
                message: 'env.scan matches no JS/TS, Python, Ruby, Go or workflow file, so no use of a variable was checked',
                hint: 'Fix the globs, e.g. "src/**/*.ts"; they are relative to the working directory.',
            });
        }
    }
    // Fingerprints for `distinct`, compared in-process and across jobs.
    const keyInput = ctx.input(INPUT.fingerprintKey);
    ctx.masker.add(keyInput);
    const key = fingerprintKey(keyInput || undefined);
    const declaredSet = new Set(declared);
    for (const environment of model.environments) {
        const prints = new Map();
        for (const [name, entries] of environment.values) {
            // toJSON(secrets) also holds CI secrets shared by every environment on purpose (NPM_TOKEN, the
            // fingerprint key itself): only the app's own variables are compared.
            if (!declaredSet.has(name) && !entries.some((e) => e.source === 'env-file'))
                continue;
            const known = entries.find((e) => e.value !== undefined && e.value !== '');
            if (known && isDistinctVar(model, name))
                prints.set(name, fingerprint(key, known.value));
        }
        model.fingerprints.push({ environment: environment.name, prints, origin: 'local' });
    }
    const fingerprintFiles = (ctx.input(INPUT.fingerprints) ?? '').split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
    const hasPrints = model.fingerprints.some((f) => f.prints.size > 0);
    if (key.random && fingerprintFiles.length) {
        model.distinctUnverified = `the fingerprints input names ${fingerprintFiles.length} file(s), but no fingerprint-key was given, so they cannot be compared`;
    }
    else if (key.random && ctx.environment !== undefined && hasPrints) {
        model.distinctUnverified = `no fingerprint-key was given, so this job cannot write fingerprints of ${ctx.environment} for a later job to compare`;
    }
    if (!key.random) {
        for (const path of fingerprintFiles) {
            const loaded = loadFingerprints(ctx.cwd, normalise(path), key);
            if ('problem' in loaded) {
                error({ file: normalise(path), line: 1, column: 1, message: loaded.problem.message, hint: loaded.problem.hint });
            }
            else if (!model.fingerprints.some((f) => f.environment === loaded.set.environment)) {
                model.fingerprints.push(loaded.set);
            }
        }
    }
    // Compare in manifest order, so messages read "staging and production" whichever job ran first.
    const order = (environment) => (environmentNames.includes(environment) ? environmentNames.indexOf(environment) : environmentNames.length);
    model.fingerprints.sort((a, b) => order(a.environment) - order(b.environment));
    return { model, key, scannedFiles };
}
function loadFingerprints(cwd, file, key) {
    const hint = 'Pass the files the earlier jobs wrote (download their artifacts first), and the same fingerprint-key to every job.';
    const read = readTextFile((0,external_node_path_.join)(cwd, file), { root: cwd });
    if (!read.ok)
        return { problem: { message: `fingerprint file ${file} ${read.detail}`, hint } };
    const parsed = parseFingerprintFile(read.text);
    if (!parsed.ok)
        return { problem: { message: `fingerprint file ${file} ${parsed.reason}`, hint } };
    if (parsed.file.keyCheck !== keyCheck(key)) {
        return { problem: { message: `fingerprint file ${file} (${parsed.file.environment}) was made with a different fingerprint-key, so it cannot be compared`, hint } };
    }
    return { set: { environment: parsed.file.environment, prints: new Map(Object.entries(parsed.file.fingerprints)), origin: file } };
}
function atEnvironment(model, name) {
    return model.locate(['environments', name], 'key') ? manifestSite(model, ['environments', name], 'key') : { file: model.manifestFile, line: 1, column: 1 };
}
function hostOf(url) {
    if (!url)
        return undefined;
    try {
        return new URL(url).hostname.toLowerCase() || undefined;
    }
    catch {
        return undefined;
    }
}
function normalise(path) {
    return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/checks/env/fix.ts

/**
 * `env --fix`: the variables code uses that no declaration names, as lines for the first declared-in
 * file, written the way that file writes its own (export, quotes, line endings, empty or placeholder
 * values). Removes nothing. Undefined when there is nothing to add or no file to add it to.
 */
function planEnvFix(model) {
    const target = model.files.find((f) => f.declares && !f.parsed.binary);
    if (!target)
        return undefined;
    const declared = new Set(declaredNames(model).map((n) => n.toUpperCase()));
    const names = [...new Set(model.uses.filter((u) => u.kind !== 'secrets' && u.kind !== 'vars').map((u) => u.name))]
        .filter((n) => !declared.has(n.toUpperCase()) && !isIgnoredName(model, n))
        .sort();
    if (!names.length)
        return undefined;
    const entries = target.parsed.entries;
    const most = (values, fallback) => {
        const counts = new Map();
        for (const v of values)
            counts.set(v, (counts.get(v) ?? 0) + 1);
        return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
    };
    const exported = most(entries.map((e) => e.exported), false);
    const quote = most(entries.map((e) => e.quote ?? ''), '');
    const empty = most(entries.map((e) => e.value === ''), true);
    const eol = most(target.parsed.lines.map((l) => l.crlf), false) ? '\r\n' : '\n';
    const lines = names.map((n) => `${exported ? 'export ' : ''}${n}=${quote}${empty ? '' : 'replace-me'}${quote}`);
    const text = `${target.parsed.missingFinalNewline ? eol : ''}${lines.join(eol)}${eol}`;
    return { file: target.file, names, text };
}

// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(10308);
;// CONCATENATED MODULE: ./src/checks/env/pull-request.ts


/**
 * Pull-request mode (--base): keeps what the pull request adds. A finding stands on a line the diff
 * adds (a new use, a variable added or changed in an env file, a changed manifest line), or has no
 * place at all (a problem with the run's inputs). A use of a variable its file already read on the
 * base is context, not news, even when the line moved.
 */
async function narrowToPullRequest(ctx, base, model, findings) {
    const mergeBase = await ctx.git.mergeBase(base);
    const changes = new Map((await ctx.git.changes(base)).map((c) => [c.path, c]));
    const oldUses = new Set();
    const baseNames = new Map();
    const namesOnBase = (file) => {
        let names = baseNames.get(file);
        if (!names) {
            names = ctx.git.show(mergeBase, file).then((text) => new Set(text === undefined ? [] : findUses(file, text).map((u) => u.name)));
            baseNames.set(file, names);
        }
        return names;
    };
    for (const use of model.uses) {
        if (!(0,git/* isLineAdded */.tP)(changes.get(use.file), use.line))
            continue;
        if ((await namesOnBase(use.file)).has(use.name))
            oldUses.add(`${use.file}:${use.line}:${use.column}`);
    }
    const kept = findings.filter((f) => {
        if (f.file === undefined)
            return true;
        if (f.line === undefined || !(0,git/* isLineAdded */.tP)(changes.get(f.file), f.line))
            return false;
        return !oldUses.has(`${f.file}:${f.line}:${f.column}`);
    });
    return { findings: kept, hidden: findings.length - kept.length };
}

;// CONCATENATED MODULE: ./src/checks/env/rules/lint-files.ts
/** The env files the dotenv-* style rules read: those the manifest configures, when they are text. */
function lintedFiles(model) {
    return model.files.filter((f) => f.lint && !f.parsed.binary);
}

;// CONCATENATED MODULE: ./src/checks/env/rules/dotenv-duplicate-key.ts

const dotenvDuplicateKey = {
    meta: {
        id: 'dotenv-duplicate-key',
        check: 'env',
        severity: 'warning',
        description: 'A key is set twice in one env file; loaders keep one of the values silently.',
        help: 'Keep one line per key and delete the other.',
    },
    run(model, report) {
        for (const file of lintedFiles(model)) {
            const first = new Map();
            for (const entry of file.parsed.entries) {
                const line = first.get(entry.key);
                if (line === undefined)
                    first.set(entry.key, entry.line);
                else
                    report({ file: file.file, line: entry.line, column: entry.column, message: `${entry.key} is set again here (first on line ${line}); the later value wins` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/dotenv-invalid-line.ts
const dotenvInvalidLine = {
    meta: {
        id: 'dotenv-invalid-line',
        check: 'env',
        severity: 'error',
        description: 'A line of an env file cannot be read as NAME=value, a comment or a blank line.',
        help: 'Write NAME=value with NAME made of letters, digits and _; quote values with spaces, # or newlines, and close every quote.',
    },
    run(model, report) {
        for (const file of model.files) {
            if (!file.lint)
                continue;
            for (const invalid of file.parsed.invalid)
                report({ file: file.file, line: invalid.line, column: invalid.column, message: invalid.reason });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/dotenv-leading-character.ts

const dotenvLeadingCharacter = {
    meta: {
        id: 'dotenv-leading-character',
        check: 'env',
        severity: 'warning',
        description: 'A key is indented or starts with a character other than a letter or `_` (or the file starts with a byte-order mark), so loaders read a different name.',
        help: 'Start every line with the variable name itself: letters, digits and _, not starting with a digit; save the file as UTF-8 without BOM.',
    },
    run(model, report) {
        for (const file of lintedFiles(model)) {
            if (file.parsed.bom) {
                report({ file: file.file, line: 1, column: 1, message: 'the file starts with a byte-order mark; some loaders then read the first key with an invisible character in front' });
            }
            for (const entry of file.parsed.entries) {
                if (entry.leading) {
                    report({ file: file.file, line: entry.line, column: entry.leading.column, message: `${entry.key.replace(/^[^A-Za-z_]+/, '') || entry.key} is indented` });
                }
                else if (!/^[A-Za-z_]/.test(entry.key)) {
                    report({ file: file.file, line: entry.line, column: entry.column, message: `${entry.key} starts with "${entry.key[0]}", not a letter or _` });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/dotenv-lowercase-key.ts

const dotenvLowercaseKey = {
    meta: {
        id: 'dotenv-lowercase-key',
        check: 'env',
        severity: 'notice',
        description: 'A key has lowercase letters; environment variable names are upper case by convention.',
        help: 'Rename the key to upper case, and its uses in code with it.',
    },
    run(model, report) {
        for (const file of lintedFiles(model)) {
            for (const entry of file.parsed.entries) {
                if (/[a-z]/.test(entry.key)) {
                    report({ file: file.file, line: entry.line, column: entry.column, message: `${entry.key} has lowercase letters`, hint: `Rename it ${entry.key.toUpperCase()}, and its uses in code with it.` });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/dotenv-missing-final-newline.ts

const dotenvMissingFinalNewline = {
    meta: {
        id: 'dotenv-missing-final-newline',
        check: 'env',
        severity: 'notice',
        description: 'The file does not end with a newline, so appending to it (echo NAME=x >> file) joins two lines.',
        help: 'End the file with a newline.',
    },
    run(model, report) {
        for (const file of lintedFiles(model)) {
            if (!file.parsed.missingFinalNewline)
                continue;
            const lines = file.parsed.lines;
            report({ file: file.file, line: lines.length, column: lines[lines.length - 1].text.length + 1, message: 'the file does not end with a newline' });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/dotenv-space-around-equals.ts

const dotenvSpaceAroundEquals = {
    meta: {
        id: 'dotenv-space-around-equals',
        check: 'env',
        severity: 'notice',
        description: 'A key or value is separated from `=` by spaces, which shells reject and some loaders keep.',
        help: 'Write NAME=value with no space on either side of `=`.',
    },
    run(model, report) {
        for (const file of lintedFiles(model)) {
            for (const entry of file.parsed.entries) {
                if (entry.spaceAroundEquals)
                    report({ file: file.file, line: entry.line, column: entry.spaceAroundEquals, message: `${entry.key} has spaces around =` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/dotenv-trailing-whitespace.ts

const dotenvTrailingWhitespace = {
    meta: {
        id: 'dotenv-trailing-whitespace',
        check: 'env',
        severity: 'notice',
        description: 'A line ends with spaces or tabs.',
        help: 'Delete the whitespace at the end of the line; quote the value if the spaces belong to it.',
    },
    run(model, report) {
        for (const file of lintedFiles(model)) {
            // Inside a multi-line quoted value, trailing spaces are part of the value.
            const insideValue = new Set();
            for (const entry of file.parsed.entries)
                for (let line = entry.valueLine; line < entry.endLine; line++)
                    insideValue.add(line);
            file.parsed.lines.forEach((line, index) => {
                const match = /[ \t]+$/.exec(line.text);
                if (match && !insideValue.has(index + 1))
                    report({ file: file.file, line: index + 1, column: match.index + 1, message: 'the line ends with whitespace' });
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/dotenv-unquoted-space.ts

const dotenvUnquotedSpace = {
    meta: {
        id: 'dotenv-unquoted-space',
        check: 'env',
        severity: 'warning',
        description: 'An unquoted value holds whitespace; shells and some loaders cut it at the first space.',
        help: 'Quote the value: NAME="two words".',
    },
    run(model, report) {
        for (const file of lintedFiles(model)) {
            for (const entry of file.parsed.entries) {
                if (!entry.quote && /\s/.test(entry.value) && !entry.unresolved) {
                    report({ file: file.file, line: entry.valueLine, column: entry.valueColumn, message: `the value of ${entry.key} holds whitespace but is not quoted` });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/env-distinct-unverified.ts
const envDistinctUnverified = {
    meta: {
        id: 'env-distinct-unverified',
        check: 'env',
        severity: 'notice',
        description: 'Secrets could not be compared across jobs, because no fingerprint-key was given.',
        help: 'Store a random string as a repository secret (e.g. ENV_FINGERPRINT_KEY) and pass it as `fingerprint-key` to every env job; each then writes fingerprints a later job can compare.',
    },
    run(model, report) {
        if (model.distinctUnverified)
            report({ message: model.distinctUnverified });
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/env-file-skipped.ts
const envFileSkipped = {
    meta: {
        id: 'env-file-skipped',
        check: 'env',
        severity: 'notice',
        description: 'A file matched by env.scan was not searched: it is binary, over 2 MiB or unreadable.',
        help: 'Leave generated and binary files out of env.scan (or list them in env.exclude).',
    },
    run(model, report) {
        for (const skipped of model.skipped)
            report({ file: skipped.file, message: `${skipped.file} ${skipped.reason}` });
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/env-forbidden-value.ts

const envForbiddenValue = {
    meta: {
        id: 'env-forbidden-value',
        check: 'env',
        severity: 'error',
        description: 'A value contains what `forbid` rules out for its environment, or a production value points at localhost or another environment.',
        help: 'Point the value at this environment\'s own service; a production app talking to localhost or to staging fails or leaks data between environments.',
    },
    run(model, report) {
        const declared = new Set(declaredNames(model));
        for (const environment of model.environments) {
            for (const [name, entries] of environment.values) {
                // The secrets and vars of a GitHub job include CI's own; only the app's variables are judged.
                if (!declared.has(name) && !entries.some((e) => e.source === 'env-file'))
                    continue;
                const forbidden = varConfig(model, name).forbid?.[environment.name] ?? [];
                for (const entry of entries) {
                    if (entry.value === undefined || entry.value === '')
                        continue;
                    const lower = entry.value.toLowerCase();
                    const index = forbidden.findIndex((text) => text !== '' && lower.includes(text.toLowerCase()));
                    if (index >= 0) {
                        report({
                            ...(entry.site ?? manifestSite(model, ['env', 'vars', name, 'forbid', environment.name, index])),
                            message: `${name} in ${environment.name} contains "${forbidden[index]}", which env.vars.${name}.forbid.${environment.name} rules out`,
                        });
                        continue;
                    }
                    if (!environment.production)
                        continue;
                    const where = pointsAt(entry.value, environment.name, model.hosts);
                    if (where) {
                        report({
                            ...(entry.site ?? declarationSite(model, name) ?? manifestSite(model, ['environments', environment.name], 'key')),
                            message: `${name} in ${environment.name} points at ${where}`,
                        });
                    }
                }
            }
        }
    },
};
/** Hosts a value names: in URLs, in `host=` connection-string parts, or the whole value when it is a bare host. */
function hostsIn(value) {
    const hosts = [];
    for (const host of urlHosts(value))
        hosts.push(host);
    for (const m of value.matchAll(/\b(?:host|hostname|server|addr|address)\s*=\s*([^;\s,]+)/gi))
        hosts.push(m[1]);
    const bare = value.trim();
    if (!hosts.length && (/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d+)?$/.test(bare) || /^[0-9A-Fa-f:]*::[0-9A-Fa-f:]*$/.test(bare))) {
        hosts.push(bare.startsWith('[') || !bare.includes('::') ? bare.replace(/:\d+$/, '') : bare);
    }
    return hosts.map((h) => h.toLowerCase().replace(/^\[(.*)\]$/, '$1'));
}
const AFTER_SCHEME = /(?:[^\s/@]*@)?(\[[^\]\s]+\]|[^\s/:?#,;@]+)/y;
const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
/**
 * The host of every scheme://host in a value, found from each "://" rather than with one regex from
 * every letter: /[A-Za-z][A-Za-z0-9+.-]*:\/\//g retried the rest of a run of letters at each of them,
 * and 80 KB of letters took 10 s. A scheme needs a letter somewhere before the "://" in its run.
 */
function urlHosts(value) {
    const hosts = [];
    for (let at = value.indexOf('://'); at >= 0; at = value.indexOf('://', at + 3)) {
        let start = at;
        while (start > 0 && SCHEME_CHAR.test(value[start - 1]))
            start--;
        if (!/[A-Za-z]/.test(value.slice(start, at)))
            continue;
        AFTER_SCHEME.lastIndex = at + 3;
        const m = AFTER_SCHEME.exec(value);
        if (m)
            hosts.push(m[1]);
    }
    return hosts;
}
function isLocalHost(host) {
    return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
        host === '0.0.0.0' || host === '::1' || host === '::' || host === '0:0:0:0:0:0:0:1';
}
/** "localhost", or "staging's host staging.example.com", when a value points somewhere a production value must not. */
function pointsAt(value, environment, hosts) {
    for (const host of hostsIn(value)) {
        if (isLocalHost(host))
            return host === 'localhost' || host.endsWith('.localhost') ? 'localhost' : `a local address (${host})`;
        // The most specific environment host that contains this one owns it (api.staging.example.com is staging's).
        let owner;
        for (const h of hosts) {
            if ((host === h.host || host.endsWith(`.${h.host}`)) && (!owner || h.host.length > owner.host.length || (h.host === owner.host && h.environment === environment)))
                owner = h;
        }
        if (owner && owner.environment !== environment)
            return `${owner.environment}'s host (${owner.host})`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/user-regex.ts
var user_regex = __webpack_require__(44654);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/checks/env/rules/env-invalid-value.ts



/** What each `format:` accepts, and how to say so in a message. */
const FORMATS = {
    url: { test: isUrl, expected: 'a URL such as https://host/path' },
    email: { test: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), expected: 'an email address' },
    number: { test: (v) => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v), expected: 'a number' },
    integer: { test: (v) => /^[+-]?\d+$/.test(v), expected: 'an integer' },
    boolean: { test: (v) => /^(true|false|1|0|yes|no|on|off)$/i.test(v), expected: 'a boolean (true, false, 1, 0, yes, no, on, off)' },
    port: { test: (v) => /^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 65535, expected: 'a port (an integer from 1 to 65535)' },
    host: { test: isHost, expected: 'a host name or IP address, without scheme or port' },
    json: { test: isJson, expected: 'valid JSON' },
    duration: {
        test: (v) => /^\d+$/.test(v) || /^(\d+(\.\d+)?\s*(ms|s|m|h|d)\s*)+$/.test(v) || /^P(?!$)(\d+[YMWD])*(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(v),
        expected: 'a duration such as 500ms, 30s, 5m, 1h30m or PT30S',
    },
};
const envInvalidValue = {
    meta: {
        id: 'env-invalid-value',
        check: 'env',
        severity: 'error',
        description: 'A value does not have the `format`, `enum` or `pattern` the manifest gives its variable.',
        help: 'Correct the value where it is set; the manifest entry says what shape it must have.',
    },
    run(model, report) {
        const patterns = new Map();
        for (const [name, config] of Object.entries(model.section.vars ?? {})) {
            if (config.pattern === undefined)
                continue;
            try {
                if (config.pattern.length > user_regex/* MAX_USER_REGEX_LENGTH */.ws)
                    throw new user_regex/* UserRegexError */.bx(`is ${config.pattern.length} characters long; a regular expression may have at most ${user_regex/* MAX_USER_REGEX_LENGTH */.ws}`);
                patterns.set(name, (0,user_regex/* compileUserRegex */._u)(`^(?:${config.pattern})$`));
            }
            catch (error) {
                patterns.set(name, undefined);
                const why = error instanceof user_regex/* UserRegexError */.bx && /^(is|uses) /.test(error.message) ? `: it ${error.message}` : '';
                report({
                    ...manifestSite(model, ['env', 'vars', name, 'pattern']),
                    message: `the pattern for ${name} is not a valid regular expression${why}, so its values were not checked against it`,
                    hint: 'Write a JavaScript regular expression; it must match the whole value.',
                });
            }
        }
        for (const environment of model.environments) {
            for (const [name, entries] of environment.values) {
                const config = varConfig(model, name);
                if (!config.format && !config.enum && !patterns.get(name))
                    continue;
                for (const entry of entries) {
                    if (entry.value === undefined || entry.value === '' || entry.unresolved)
                        continue;
                    const failures = [];
                    if (config.format && !FORMATS[config.format].test(entry.value))
                        failures.push({ key: 'format', says: `is not ${FORMATS[config.format].expected}` });
                    if (config.enum && !config.enum.some((allowed) => String(allowed) === entry.value)) {
                        failures.push({ key: 'enum', says: `is not one of ${config.enum.map(String).join(', ')}` });
                    }
                    const pattern = patterns.get(name);
                    if (pattern && !pattern.test(entry.value))
                        failures.push({ key: 'pattern', says: `does not match the pattern ${config.pattern}` });
                    if (!failures.length)
                        continue;
                    const site = entry.site ?? manifestSite(model, ['env', 'vars', name, failures[0].key]);
                    const from = entry.site ? '' : ` (from ${entry.source === 'GitHub API' ? 'the GitHub API' : `the ${entry.source}`})`;
                    report({ ...site, message: `${name} in ${environment.name}${from} ${failures.map((f) => f.says).join(' and ')}` });
                }
            }
        }
    },
};
function isUrl(value) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/.test(value))
        return false;
    try {
        return new URL(value).host !== '' || value.startsWith('file:');
    }
    catch {
        return false;
    }
}
function isHost(value) {
    if ((0,external_node_net_.isIP)(value.replace(/^\[(.*)\]$/, '$1')))
        return true;
    return value.length <= 253 && /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/.test(value);
}
function isJson(value) {
    try {
        JSON.parse(value);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/checks/env/rules/env-missing.ts

/** Every declared variable is required everywhere unless `required: false`, or `required-in` names where. */
const envMissing = {
    meta: {
        id: 'env-missing',
        check: 'env',
        severity: 'error',
        description: 'A variable the app needs is absent or empty in an environment.',
        help: 'Set the variable for that environment: in its env-file, or as a secret or variable of the GitHub environment (Settings → Environments).',
    },
    run(model, report) {
        for (const environment of model.environments) {
            for (const name of declaredNames(model)) {
                const config = varConfig(model, name);
                const requiredIn = config['required-in'];
                const required = requiredIn ? requiredIn.includes(environment.name) : config.required !== false;
                if (!required)
                    continue;
                const entries = environment.values.get(name);
                if (presentEntry(entries))
                    continue;
                const site = requiredIn
                    ? manifestSite(model, ['env', 'vars', name, 'required-in', requiredIn.indexOf(environment.name)])
                    : config.required === true ? manifestSite(model, ['env', 'vars', name, 'required']) : declarationSite(model, name);
                report({
                    ...site,
                    message: `${name} is ${entries?.length ? 'empty' : 'missing'} in ${environment.name} (checked ${listing(environment.sources)})`,
                    hint: fixHint(name, environment),
                });
            }
        }
    },
};
function fixHint(name, environment) {
    const file = environment.sources.find((s) => !s.startsWith('the '));
    const github = `add ${name} as a secret or variable of the ${environment.name} environment in GitHub (Settings → Environments)`;
    return file ? `Add ${name}=… to ${file}, or ${github}.` : `${github[0].toUpperCase()}${github.slice(1)}.`;
}

;// CONCATENATED MODULE: ./src/checks/env/rules/env-secret-committed.ts


const envSecretCommitted = {
    meta: {
        id: 'env-secret-committed',
        check: 'env',
        severity: 'error',
        description: 'A declared-in or committed env file holds what looks like a real secret instead of an empty value or a placeholder.',
        help: 'Replace the value with an empty value or a placeholder (NAME= or NAME=changeme), keep real values in the environment\'s secrets, and rotate the secret: it stays in git history.',
    },
    run(model, report) {
        for (const file of model.files) {
            if (!file.committed)
                continue;
            for (const entry of file.parsed.entries) {
                if (!looksLikeRealSecret(entry.key, entry.value, { secret: varConfig(model, entry.key).secret }))
                    continue;
                report({
                    file: file.file, line: entry.valueLine, column: entry.valueColumn,
                    message: `${entry.key} in ${file.file} holds what looks like a real secret, not a placeholder (${file.declares ? 'a declared-in file' : 'committed to git'})`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/env-shared-secret.ts

const envSharedSecret = {
    meta: {
        id: 'env-shared-secret',
        check: 'env',
        severity: 'error',
        description: 'A `distinct` or secret variable has the same value in two environments.',
        help: 'Generate a new value for one of the environments (rotate it): a secret shared with staging is only as safe as staging.',
    },
    run(model, report) {
        const sets = model.fingerprints;
        for (let i = 0; i < sets.length; i++) {
            for (let j = i + 1; j < sets.length; j++) {
                const [a, b] = [sets[i], sets[j]];
                if (a.environment === b.environment)
                    continue;
                for (const [name, print] of a.prints) {
                    if (b.prints.get(name) !== print || !isDistinctVar(model, name))
                        continue;
                    const via = [a, b].find((s) => s.origin !== 'local');
                    report({
                        ...siteFor(model, name, b) ?? siteFor(model, name, a) ?? declarationSite(model, name) ?? manifestSite(model, ['env'], 'key'),
                        message: `${name} has the same value in ${a.environment} and ${b.environment}${via ? ` (compared by fingerprint with ${via.origin})` : ''}`,
                    });
                }
            }
        }
    },
};
function siteFor(model, name, set) {
    if (set.origin !== 'local')
        return undefined;
    return model.environments.find((e) => e.name === set.environment)?.values.get(name)?.find((e) => e.site)?.site;
}

;// CONCATENATED MODULE: ./src/checks/env/rules/env-source-error.ts
const envSourceError = {
    meta: {
        id: 'env-source-error',
        check: 'env',
        severity: 'error',
        description: 'A source of declarations, values or fingerprints could not be read or used, so the environment is not proven complete.',
        help: 'Read the message: it names the file, input or API answer that failed, and how to fix it.',
    },
    run(model, report) {
        const seen = new Set();
        for (const problem of model.sourceErrors) {
            const key = `${problem.file}:${problem.line}:${problem.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            report(problem);
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/env-undeclared-use.ts

const envUndeclaredUse = {
    meta: {
        id: 'env-undeclared-use',
        check: 'env',
        severity: 'error',
        description: 'Code reads a variable that no declared-in file and no env.vars entry declares.',
        help: 'Declare the variable in .env.example (or the manifest\'s env.vars) so every environment is checked for it; add it to env.ignore if the platform sets it.',
    },
    run(model, report) {
        const declared = new Set(declaredNames(model));
        // GitHub secret and variable names are case-insensitive.
        const declaredUpper = new Set([...declared].map((n) => n.toUpperCase()));
        const where = model.section['declared-in']?.length ? `${model.section['declared-in'].join(', ')} or env.vars` : 'env.vars (and no declared-in file is configured)';
        for (const use of model.uses) {
            const github = use.kind === 'secrets' || use.kind === 'vars';
            if (declared.has(use.name) || (github && declaredUpper.has(use.name.toUpperCase())) || isIgnoredName(model, use.name, use.kind))
                continue;
            // next.config `env: { X: ... }` inlines X from the config; a read of process.env.X in that config itself is a real read.
            const config = model.frameworkNames?.get(use.name);
            if (config !== undefined && config !== use.file)
                continue;
            report({
                file: use.file, line: use.line, column: use.column, endLine: use.line, endColumn: use.endColumn,
                message: `${github ? `${use.kind}.` : ''}${use.name} is used here but declared nowhere (not in ${where})`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/env-unused.ts

const envUnused = {
    meta: {
        id: 'env-unused',
        check: 'env',
        severity: 'warning',
        description: 'A declared variable is not used by any scanned file.',
        help: 'Remove the declaration if nothing reads it any more; if a framework or the platform reads it, add it to env.ignore.',
    },
    run(model, report) {
        if (!model.scanned)
            return;
        const used = new Set(model.uses.map((u) => u.name));
        const usedByWorkflows = new Set(model.uses.filter((u) => u.kind === 'secrets' || u.kind === 'vars').map((u) => u.name.toUpperCase()));
        for (const name of declaredNames(model)) {
            if (used.has(name) || usedByWorkflows.has(name.toUpperCase()) || isIgnoredName(model, name))
                continue;
            const site = declarationSite(model, name);
            if (site)
                report({ ...site, message: `${name} is declared but no scanned file uses it` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/env/rules/index.ts


















/** Every rule of the env check; adding one is one file and one line here. */
const ENV_RULES = [
    envMissing,
    envInvalidValue,
    envForbiddenValue,
    envSharedSecret,
    envUndeclaredUse,
    envUnused,
    envSecretCommitted,
    envSourceError,
    envDistinctUnverified,
    envFileSkipped,
    dotenvDuplicateKey,
    dotenvInvalidLine,
    dotenvLowercaseKey,
    dotenvSpaceAroundEquals,
    dotenvUnquotedSpace,
    dotenvLeadingCharacter,
    dotenvTrailingWhitespace,
    dotenvMissingFinalNewline,
];

;// CONCATENATED MODULE: ./src/checks/env/index.ts








/**
 * The env check: every environment has every variable the app needs, each value has the right shape,
 * production points at nothing local or foreign, secrets differ between environments, and env files
 * are clean. No value is ever put into a finding or a metric: only names, files and environments.
 */
const envCheck = (0,check/* defineCheck */.q)({
    name: 'env',
    section: 'env',
    description: 'Every environment has every variable it needs, in the right shape, with secrets kept apart.',
    rules: ENV_RULES.map((r) => r.meta),
    inputs: [
        { name: INPUT.secrets, description: 'The job\'s secrets as JSON: the expression toJSON(secrets), in a job bound to the environment.', secret: true },
        { name: INPUT.vars, description: 'The job\'s variables as JSON: the expression toJSON(vars), in a job bound to the environment.' },
        { name: INPUT.fingerprintKey, description: 'A secret key for the HMAC fingerprints that let another job compare secrets without seeing them; the same in every job.', secret: true },
        { name: INPUT.fingerprints, description: 'Comma-separated paths of fingerprint files written by env jobs of other environments, to compare with.' },
        { name: INPUT.token, description: 'A GitHub token (also used for PR comments). For the env check\'s `github-api: true` it must be able to read environment secrets and variables, which GITHUB_TOKEN cannot.', secret: true },
        { name: INPUT.githubApi, description: '`true` to read the names of environment secrets and the values of environment variables through the GitHub REST API with `token`.' },
        { name: INPUT.repository, description: 'owner/name for the GitHub API; defaults to GITHUB_REPOSITORY.' },
        { name: INPUT.apiUrl, description: 'The GitHub REST API root; defaults to GITHUB_API_URL, else https://api.github.com.' },
        { name: 'fix', description: 'Append the variables the code uses but no declared-in file declares to the first declared-in file, with placeholder values in that file\'s style; removes nothing.', flag: true, cliOnly: true },
    ],
    async run(ctx, section) {
        const { model, key, scannedFiles } = await buildModel(ctx, section);
        let findings = (0,registry/* runRules */.xG)(ENV_RULES, model);
        let base;
        if (ctx.base) {
            const narrowed = await narrowToPullRequest(ctx, ctx.base, model, findings);
            findings = narrowed.findings;
            base = { ref: ctx.base, hidden: narrowed.hidden };
        }
        const artifacts = {};
        if (!key.random) {
            for (const set of model.fingerprints) {
                if (set.origin === 'local')
                    artifacts[artifactName(set.environment)] = renderFingerprintFile(key, set.environment, set.prints);
            }
        }
        const metrics = {
            environments: model.environments.map((e) => ({ name: e.name, sources: e.sources, variables: e.values.size })),
            declared: declaredNames(model).length,
            uses: model.uses.length,
            filesScanned: scannedFiles,
            filesSkipped: model.skipped.length,
            envFiles: model.files.map((f) => f.file),
            fingerprintsCompared: model.fingerprints.map((f) => f.environment),
            ...(base ? { base } : {}),
            ...(ctx.input('fix') === 'true' ? { fix: planEnvFix(model) ?? null } : {}),
        };
        return { findings, metrics, artifacts };
    },
});


/***/ }),

/***/ 44654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _u: () => (/* binding */ compileUserRegex),
/* harmony export */   bx: () => (/* binding */ UserRegexError),
/* harmony export */   ws: () => (/* binding */ MAX_USER_REGEX_LENGTH)
/* harmony export */ });
/* unused harmony export linearEngineAvailable */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Regular expressions the manifest supplies (env.vars.*.pattern, expect.headers, regex: captures)
 * run on text the gate does not control: an env value, a response. A backtracking engine can take
 * exponential time on both (`^(a+)+$` against "aaaa…b"), so they run in V8's linear-time engine (the
 * `l` flag, behind --enable-experimental-regexp-engine, turned on here at run time). It is built
 * into Node, so nothing native has to be installed or bundled (re2 would need a compiled module per
 * platform, which ncc cannot bundle). The engine refuses backreferences and lookarounds: such a
 * pattern is an error that says so, never a pattern that might hang. Patterns are capped in length.
 */
const MAX_USER_REGEX_LENGTH = 1000;
class UserRegexError extends SyntaxError {
}
let linear;
/** Whether this Node has the linear-time engine (Node 20 to 24 do); without it only the length cap holds. */
function linearEngineAvailable() {
    if (linear === undefined) {
        try {
            (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--enable-experimental-regexp-engine');
            const LINEAR = 'l'; // eslint's no-invalid-regexp does not know the flag
            linear = new RegExp('a', LINEAR).test('a');
        }
        catch {
            linear = false;
        }
    }
    return linear;
}
/** Compiles a user-supplied pattern for linear-time matching; throws UserRegexError saying why it cannot. */
function compileUserRegex(source, flags = '') {
    if (source.length > MAX_USER_REGEX_LENGTH) {
        throw new UserRegexError(`is ${source.length} characters long; a regular expression may have at most ${MAX_USER_REGEX_LENGTH}`);
    }
    try {
        new RegExp(source, flags);
    }
    catch (error) {
        throw new UserRegexError(error.message);
    }
    if (!linearEngineAvailable())
        return new RegExp(source, flags);
    try {
        // The linear engine does not take the u flag; patterns are matched code unit by code unit.
        return new RegExp(source, `${flags.replace('u', '')}l`);
    }
    catch {
        throw new UserRegexError('uses a backreference or a lookaround, which cannot run in linear time; rewrite it without them (release-gate runs every pattern of the manifest in linear time, so no value or response can make it hang)');
    }
}


/***/ })

};
