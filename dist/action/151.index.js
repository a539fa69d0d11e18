export const id = 151;
export const ids = [151];
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

/***/ 48151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  secretsCheck: () => (/* binding */ secretsCheck)
});

// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(44669);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/files/read-bounded.ts
var read_bounded = __webpack_require__(91543);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(10308);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/checks/secrets/archive.ts

/** Extensions the scanner can open; other archive types (7z, rar, xz, bz2, zst) get a notice only. */
const READABLE_ARCHIVE = /\.(?:zip|tar|tgz|tar\.gz|gz)$/i;
const ARCHIVE_EXTENSIONS = new Set(['zip', 'tar', 'tgz', 'gz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tbz2', 'txz']);
function readArchive(name, bytes, limits) {
    const out = { entries: [], skipped: [] };
    try {
        if (/\.zip$/i.test(name))
            readZip(bytes, limits, out);
        else if (/\.tar$/i.test(name))
            readTar(bytes, limits, out);
        else if (/\.(?:tgz|tar\.gz)$/i.test(name))
            readTar(gunzip(bytes, limits), limits, out);
        else if (/\.gz$/i.test(name)) {
            const inner = name.replace(/^.*\//, '').replace(/\.gz$/i, '');
            const data = gunzip(bytes, limits);
            if (isTar(data))
                readTar(data, limits, out);
            else
                out.entries.push({ path: inner, data });
        }
        else
            out.problem = 'not a readable archive type';
    }
    catch (error) {
        out.problem = error.message || 'damaged archive';
    }
    return out;
}
function gunzip(bytes, limits) {
    try {
        return (0,external_node_zlib_.gunzipSync)(bytes, { maxOutputLength: limits.maxTotalBytes });
    }
    catch (error) {
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw new Error(`it decompresses to more than ${limits.maxTotalBytes} bytes`, { cause: error });
        throw new Error('it is not valid gzip data', { cause: error });
    }
}
function isTar(data) {
    return data.length >= 512 && data.subarray(257, 262).toString('latin1') === 'ustar';
}
function add(out, limits, path, size, read) {
    const total = out.entries.reduce((n, e) => n + e.data.length, 0);
    if (size > limits.maxEntryBytes || total + size > limits.maxTotalBytes) {
        out.skipped.push(path);
        return;
    }
    out.entries.push({ path, data: read() });
}
function readTar(data, limits, out) {
    let at = 0;
    let longName;
    while (at + 512 <= data.length) {
        const header = data.subarray(at, at + 512);
        if (header.every((b) => b === 0))
            break;
        const field = (start, length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
        const size = parseInt(field(124, 12).trim() || '0', 8);
        if (!Number.isFinite(size) || size < 0)
            throw new Error('a tar header is damaged');
        const type = String.fromCharCode(header[156]);
        const body = at + 512;
        if (body + size > data.length)
            throw new Error('the tar data ends early');
        if (type === 'L' || type === 'x') {
            const text = data.subarray(body, body + size).toString('utf8');
            longName = type === 'L' ? text.replace(/\0.*$/s, '') : /(?:^|\n)\d+ path=([^\n]*)\n/.exec(text)?.[1] ?? longName;
        }
        else {
            const prefix = field(345, 155);
            const path = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
            longName = undefined;
            if (type === '0' || type === '\0' || type === '7')
                add(out, limits, path, size, () => Buffer.from(data.subarray(body, body + size)));
        }
        at = body + Math.ceil(size / 512) * 512;
    }
}
function readZip(bytes, limits, out) {
    // End of central directory: the last record signed PK\5\6, within the last 64 KB (the comment's maximum).
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
        if (bytes.readUInt32LE(i) === 0x06054b50) {
            end = i;
            break;
        }
    }
    if (end < 0)
        throw new Error('it has no zip central directory');
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    for (let n = 0; n < count; n++) {
        if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50)
            throw new Error('the zip central directory is damaged');
        const flags = bytes.readUInt16LE(at + 8);
        const method = bytes.readUInt16LE(at + 10);
        const compressed = bytes.readUInt32LE(at + 20);
        const size = bytes.readUInt32LE(at + 24);
        const nameLength = bytes.readUInt16LE(at + 28);
        const extraLength = bytes.readUInt16LE(at + 30);
        const commentLength = bytes.readUInt16LE(at + 32);
        const local = bytes.readUInt32LE(at + 42);
        const path = bytes.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
        at += 46 + nameLength + extraLength + commentLength;
        if (path.endsWith('/'))
            continue;
        if (flags & 1 || (method !== 0 && method !== 8) || local + 30 > bytes.length) {
            out.skipped.push(path);
            continue;
        }
        const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
        const raw = bytes.subarray(dataStart, dataStart + compressed);
        add(out, limits, path, size, () => (method === 0 ? Buffer.from(raw) : (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(1, size) })));
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/checks/secrets/json-error.ts
/**
 * Where the first JSON syntax error is, as an offset. JSON.parse's messages differ between Node
 * versions (some give a position, some a snippet), so a baseline's error location comes from here.
 */
function jsonErrorOffset(source) {
    let i = 0;
    const ws = () => { while (i < source.length && ' \t\n\r'.includes(source[i]))
        i++; };
    const fail = () => { throw i; };
    const literal = (word) => { if (source.startsWith(word, i))
        i += word.length;
    else
        fail(); };
    const string = () => {
        i++; // opening quote
        while (i < source.length && source[i] !== '"') {
            const c = source.charCodeAt(i);
            if (c < 0x20)
                fail();
            if (source[i] === '\\') {
                i++;
                if (source[i] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(source.slice(i + 1, i + 5)))
                        fail();
                    i += 5;
                    continue;
                }
                if (!'"\\/bfnrt'.includes(source[i] ?? ''))
                    fail();
            }
            i++;
        }
        if (i >= source.length)
            fail();
        i++;
    };
    const number = () => {
        const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(source.slice(i, i + 400));
        if (!m)
            fail();
        i += m[0].length;
    };
    const value = () => {
        ws();
        const c = source[i];
        if (c === '{') {
            i++;
            ws();
            if (source[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                if (source[i] !== '"')
                    fail();
                string();
                ws();
                if (source[i] !== ':')
                    fail();
                i++;
                value();
                ws();
                if (source[i] === ',') {
                    i++;
                    continue;
                }
                if (source[i] === '}') {
                    i++;
                    return;
                }
                fail();
            }
        }
        if (c === '[') {
            i++;
            ws();
            if (source[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value();
                ws();
                if (source[i] === ',') {
                    i++;
                    continue;
                }
                if (source[i] === ']') {
                    i++;
                    return;
                }
                fail();
            }
        }
        if (c === '"')
            return string();
        if (c === 't')
            return literal('true');
        if (c === 'f')
            return literal('false');
        if (c === 'n')
            return literal('null');
        return number();
    };
    try {
        value();
        ws();
        return i < source.length ? i : undefined;
    }
    catch (at) {
        return typeof at === 'number' ? Math.min(at, source.length) : 0;
    }
}

;// CONCATENATED MODULE: ./src/checks/secrets/baseline.ts


/**
 * A baseline records accepted findings by a fingerprint of the rule and the secret, never by line,
 * so moving or reformatting code keeps them accepted. The file holds hashes, never secrets.
 */
const BASELINE_VERSION = 1;
/** sha256 of a domain tag, the rule id and the secret, NUL-separated so no two pairs can collide. */
function fingerprint(ruleId, secret) {
    return (0,external_node_crypto_.createHash)('sha256').update(`release-gate/secrets/v1\0${ruleId}\0${secret}`).digest('hex');
}
/** Parses a baseline file; a problem names the line and column of what is wrong. */
function parseBaseline(source) {
    let data;
    try {
        data = JSON.parse(source);
    }
    catch {
        const where = lineColumn(source, jsonErrorOffset(source) ?? 0);
        return { problem: { message: `is not valid JSON (line ${where.line}, column ${where.column})`, ...where } };
    }
    const file = data;
    if (!file || typeof file !== 'object' || Array.isArray(file) || file.tool !== 'release-gate' || file.check !== 'secrets' || !Array.isArray(file.entries)) {
        return { problem: { message: 'is not a release-gate secrets baseline (expected {"tool": "release-gate", "check": "secrets", "entries": [...]})', line: 1, column: 1 } };
    }
    if (file.version !== BASELINE_VERSION) {
        return { problem: { message: `has version ${JSON.stringify(file.version)}; this release-gate reads version ${BASELINE_VERSION}`, line: 1, column: 1 } };
    }
    const fingerprints = new Set();
    for (const [i, entry] of file.entries.entries()) {
        if (!entry || typeof entry.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(entry.fingerprint)) {
            const needle = source.indexOf('"entries"');
            return { problem: { message: `entry ${i + 1} has no valid "fingerprint" (64 hex characters)`, ...lineColumn(source, Math.max(0, needle)) } };
        }
        fingerprints.add(entry.fingerprint);
    }
    return { fingerprints };
}
/** Renders a baseline: one entry per fingerprint, sorted, so regenerating it gives a stable diff. */
function renderBaseline(entries) {
    const unique = new Map();
    for (const e of entries)
        if (!unique.has(e.fingerprint))
            unique.set(e.fingerprint, e);
    const sorted = [...unique.values()].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
    const file = { version: BASELINE_VERSION, tool: 'release-gate', check: 'secrets', entries: sorted };
    return `${JSON.stringify(file, null, 2)}\n`;
}
function lineColumn(source, offset) {
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}

// EXTERNAL MODULE: ./src/checks/secrets/context-policy.ts
var context_policy = __webpack_require__(90715);
;// CONCATENATED MODULE: ./src/checks/secrets/config.ts

const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
const UNITS = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
/** "10MB", "512 KiB", "2g" or a number of bytes; K, M and G are powers of 1024. Undefined when unreadable. */
function parseSize(value) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'number')
        return Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
    if (!m)
        return undefined;
    const bytes = Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]);
    return bytes > 0 ? bytes : undefined;
}
/** The section with defaults filled in; the `baseline` input overrides the manifest's. */
function readConfig(section, baselineInput) {
    return {
        paths: section.paths?.length ? section.paths : ['**/*'],
        exclude: section.exclude ?? [],
        logs: section.logs ?? [],
        maxFileSize: parseSize(section['max-file-size']) ?? DEFAULT_MAX_FILE_SIZE,
        baseline: baselineInput || section.baseline,
        includePersonalData: section['include-personal-data'] ?? true,
        archives: section.archives ?? false,
        contexts: { ...context_policy/* DEFAULT_CONTEXT_POLICY */.pg, ...(section.contexts ?? {}) },
    };
}

// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(75235);
;// CONCATENATED MODULE: ./src/checks/secrets/findings.ts

/**
 * A hit as a finding: the rule's name, where it is, and a masked form of the secret (at most a
 * 4-character prefix and the length). The secret itself never enters a finding.
 */
function hitToFinding(hit, file) {
    const finding = {
        ruleId: hit.rule.meta.id,
        severity: hit.severity,
        message: `${hit.rule.name}: ${(0,mask/* redact */.E$)(hit.secret)}${hit.detail ? ` (${hit.detail})` : ''}`,
        file,
        line: hit.line,
        column: hit.column,
        endLine: hit.endLine,
        endColumn: hit.endColumn,
        hint: hit.rule.meta.help,
    };
    return finding;
}

// EXTERNAL MODULE: ./src/checks/secrets/read-file.ts
var read_file = __webpack_require__(898);
// EXTERNAL MODULE: ./src/checks/secrets/rule.ts
var rule = __webpack_require__(17549);
;// CONCATENATED MODULE: ./src/checks/secrets/rules/scan-notices.ts

const NOTICE_RULES = {
    fileTooLarge: {
        meta: {
            id: 'secrets-file-too-large', check: 'secrets', severity: 'notice',
            description: 'A file larger than `secrets.max-file-size` was not scanned.',
            help: 'Exclude it in `secrets.exclude` if it is generated data, or raise `secrets.max-file-size` to scan it (large files are streamed, so memory stays flat).',
        },
        family: 'scan',
        docs: {
            unsafe: 'A 40 MB fixtures/dump.sql with the default max-file-size of 10 MB.',
            safe: 'secrets:\n  max-file-size: 64MB      # or: exclude: ["fixtures/dump.sql"]',
            why: 'A skipped file is a blind spot; the notice makes it visible instead of silently passing.',
        },
    },
    binarySkipped: {
        meta: {
            id: 'secrets-binary-file-skipped', check: 'secrets', severity: 'notice',
            description: 'A file that looks binary (it has NUL bytes near the start) was not scanned.',
            help: 'Nothing to do for real binaries; exclude the path in `secrets.exclude` to silence the notice. Text in UTF-16 looks binary too: convert it to UTF-8 to have it scanned.',
        },
        family: 'scan',
        docs: {
            unsafe: 'assets/export.dat holding NUL bytes in its first 8 KB.',
            safe: 'secrets:\n  exclude: ["assets/**"]',
            why: 'Secrets inside binary formats cannot be located by line and column; the notice says the file was not looked at. Images, fonts, compiled code, gettext catalogues and other known binary types are skipped without a notice; archives have their own notice (secrets-archive-not-scanned).',
        },
    },
    scanCapped: {
        meta: {
            id: 'secrets-scan-capped', check: 'secrets', severity: 'warning',
            description: 'The tree holds more files than one scan reads (200,000); the files after that were not scanned.',
            help: 'Narrow `secrets.paths` or add the generated or vendored trees to `secrets.exclude`, so the scan covers the code that matters.',
        },
        family: 'scan',
        docs: {
            unsafe: 'secrets:\n  paths: ["**/*"]    # in a checkout with a 900,000-file data directory',
            safe: 'secrets:\n  exclude: ["data/**"]',
            why: 'A walk of a million files takes the runner\'s memory and time and is almost never what was meant; the walk stops at the cap, in name order, and says so instead of crashing or passing silently.',
        },
    },
    unreadable: {
        meta: {
            id: 'secrets-file-unreadable', check: 'secrets', severity: 'warning',
            description: 'A file or directory could not be read (permissions, a broken link, or it vanished during the scan), or it is not a regular file (a FIFO, a socket, a device: a notice).',
            help: 'Fix the file\'s permissions or exclude it in `secrets.exclude`.',
        },
        family: 'scan',
        docs: {
            unsafe: 'config/secret.yml with mode 000.',
            safe: 'chmod 644 config/secret.yml, or exclude it.',
            why: 'A file the scanner cannot read could hold anything; it is a warning so the blind spot is not missed.',
        },
    },
    baselineInvalid: {
        meta: {
            id: 'secrets-baseline-invalid', check: 'secrets', severity: 'error',
            description: 'The baseline file is missing or not a valid release-gate secrets baseline.',
            help: 'Regenerate it with `release-gate secrets --write-baseline FILE`, or fix the path in `secrets.baseline`.',
        },
        family: 'scan',
        docs: {
            unsafe: 'secrets:\n  baseline: .release-gate/secrets-baseline.json   # file missing or hand-edited into invalid JSON',
            safe: 'release-gate secrets --write-baseline secrets-baseline.json   # then commit the reviewed file',
            why: 'Without a readable baseline every accepted finding would fail the gate again, or worse, a broken file could hide real ones; the gate fails loudly instead.',
        },
    },
    baselineWritten: {
        meta: {
            id: 'secrets-baseline-written', check: 'secrets', severity: 'notice',
            description: 'The current findings were recorded as accepted in a new baseline file.',
            help: 'Review every entry before committing the baseline: each one stays accepted wherever the same secret appears. Rotate real secrets instead of baselining them.',
        },
        family: 'scan',
        docs: {
            unsafe: 'Baselining a live production key to make the gate pass.',
            safe: 'Baselining test fixtures and documented example values, after review.',
            why: 'A baseline accepts findings by rule and secret hash, not by line, so moving code keeps them accepted; it must only hold findings that are not real secrets.',
        },
    },
    archiveNotScanned: {
        meta: {
            id: 'secrets-archive-not-scanned', check: 'secrets', severity: 'notice',
            description: 'An archive (.zip, .tar, .tar.gz, .gz, .7z, …) was not opened, so what it holds was not scanned.',
            help: 'Set `secrets.archives: true` to scan inside .zip, .tar, .tar.gz/.tgz and .gz files, or exclude the archive in `secrets.exclude`. Better still, keep archives out of the repository.',
        },
        family: 'scan',
        docs: {
            unsafe: 'backups/config-2025-11.tar.gz committed next to the code.',
            safe: 'secrets:\n  archives: true      # open .zip, .tar, .tar.gz/.tgz and .gz files and scan each text file inside',
            why: 'An archive of a config directory or a database dump is where forgotten credentials live; the notice names it so it is not a silent blind spot.',
            detection: 'By extension. With `archives: true` the readable kinds are opened (entries up to `max-file-size`, at most four times that in total, so a zip bomb costs no more); a finding inside names the archive and the entry. 7z, rar, xz, bz2 and zstd archives still get this notice. Binary entries are skipped by type, as in the tree.',
        },
    },
    keystoreFile: {
        meta: {
            id: 'keystore-file', check: 'secrets', severity: 'warning',
            description: 'A key store file (.p12, .pfx, .jks, .keystore, .bks) is committed; it usually holds a private key.',
            help: `Remove it from the repository (and its history), rotate the keys it holds, and load it at run time from a secret store. ${rule/* ALLOW_HELP */.aA}`,
        },
        family: 'private-keys',
        docs: {
            unsafe: 'android/app/release.keystore committed next to build.gradle.',
            safe: 'Store the key store as an encrypted CI secret and write it to disk only in the signing job.',
            why: 'Key stores are protected by a password that is almost always in the same repository or CI config (or is the default `changeit`).',
            detection: 'By file extension, since key stores are binary.',
        },
    },
};

// EXTERNAL MODULE: ./src/checks/secrets/scan-file.ts + 2 modules
var scan_file = __webpack_require__(30395);
// EXTERNAL MODULE: ./src/checks/secrets/text-kind.ts
var text_kind = __webpack_require__(22511);
// EXTERNAL MODULE: ./src/checks/secrets/walk.ts + 1 modules
var secrets_walk = __webpack_require__(47619);
;// CONCATENATED MODULE: ./src/checks/secrets/run.ts

















/** The file name findings use for a log read from standard input. */
const STDIN_FILE = '<stdin>';
/** Files read at once; scanning itself is synchronous, so more would only queue. */
const READ_CONCURRENCY = 8;
/** Below this much text (estimated), starting worker threads costs more than it saves. */
const THREADS_MIN_BYTES = 16 * 1024 * 1024;
/** Tree files are estimated at this size each, so that deciding on threads costs no stat per file. */
const TYPICAL_FILE_BYTES = 8 * 1024;
/** Tree files per job sent to a worker: enough to amortise a message, few enough to balance. */
const FILES_PER_JOB = 24;
/** A log is split between workers in ranges of whole lines, none smaller than this. */
const RANGE_MIN_BYTES = 8 * 1024 * 1024;
const INPUTS = {
    baseline: 'baseline',
    writeBaseline: 'write-baseline',
    stdin: 'stdin',
};
const emptyTally = () => ({ files: 0, bytes: 0, lines: 0, binary: 0, tooLarge: 0, unreadable: 0, archives: { notScanned: 0, opened: 0, entries: 0 } });
/** The most files one tree scan reads; a larger tree is scanned up to it, in name order, with a warning. */
const MAX_TREE_FILES = 200_000;
/** One scan: the tree or the pull request's added lines, then the logs and stdin, then allow comments and the baseline. */
async function runSecrets(ctx, section) {
    const config = readConfig(section, ctx.input(INPUTS.baseline));
    // Built on first use: with worker threads, the workers build their own and these may never be needed.
    let built;
    const scanners = () => (built ??= (0,scan_file/* secretScanners */.sW)(config.includePersonalData));
    const now = ctx.now();
    const notices = [];
    /** Hits by file; `inner` names the file inside an archive that a hit was found in. */
    const located = [];
    const code = emptyTally();
    const logs = emptyTally();
    const logFiles = await expandLogs(ctx.cwd, config);
    const logSet = new Set(logFiles);
    /** Key stores, binary files and archives are handled here, never in a worker; true when the file was one. */
    const scanSpecial = async (file, kind, tally) => {
        const ext = (0,secrets_walk/* extensionOf */.je)(file);
        if (secrets_walk/* KEYSTORE_EXTENSIONS */.Wk.has(ext)) {
            notices.push(notice(NOTICE_RULES.keystoreFile.meta, file, `${file} is a key store, which usually holds a private key`));
            return true;
        }
        if (secrets_walk/* BINARY_EXTENSIONS */.Nz.has(ext)) {
            tally.binary++;
            return true;
        }
        if (kind !== 'log' && ARCHIVE_EXTENSIONS.has(ext)) {
            await scanArchive(file, tally);
            return true;
        }
        return false;
    };
    // Logs are streamed whatever their size, so the size limit is for the tree only.
    const textJob = (file, kind) => ({ file, path: (0,external_node_path_.resolve)(ctx.cwd, file), root: ctx.cwd, kind, maxBytes: kind === 'log' ? Number.MAX_SAFE_INTEGER : config.maxFileSize });
    const recordScan = (file, scan, tally, keep = () => true) => {
        record(scan.outcome, file, tally, config, notices);
        if (scan.outcome.status === 'scanned')
            tally.lines += scan.lines;
        for (const hit of scan.hits)
            if (keep(hit))
                located.push({ hit, file });
    };
    const scanOne = async (file, kind, tally, keep) => {
        if (ctx.signal.aborted || (await scanSpecial(file, kind, tally)))
            return;
        recordScan(file, await (0,scan_file/* scanTextFile */.xY)(scanners(), textJob(file, kind), config.contexts, now, ctx.signal), tally, keep);
    };
    /** An archive: a notice, or (with `archives: true`) each text file inside scanned, bounded by max-file-size. */
    const scanArchive = async (file, tally) => {
        if (!config.archives && (0,text_kind/* contextOf */.Vm)(file) === 'vendored') {
            tally.binary++;
            return;
        } // a vendored package (a Helm dependency .tgz): not a place secrets get forgotten
        if (!config.archives || !READABLE_ARCHIVE.test(file)) {
            tally.archives.notScanned++;
            const why = config.archives ? 'the scanner cannot open this archive type' : 'archives are not opened unless secrets.archives is true';
            notices.push(notice(NOTICE_RULES.archiveNotScanned.meta, file, `not scanned: ${file} is an archive (${why})`));
            return;
        }
        const read = (0,read_bounded/* readBounded */.CB)((0,external_node_path_.resolve)(ctx.cwd, file), { maxBytes: config.maxFileSize, root: ctx.cwd });
        if (!read.ok) {
            record(read.reason === 'too-large' ? { status: 'too-large', size: read.size ?? config.maxFileSize + 1 } : { status: 'unreadable', reason: read.detail }, file, tally, config, notices);
            return;
        }
        const bytes = read.bytes;
        tally.archives.opened++;
        tally.bytes += bytes.length;
        const contents = readArchive(file, bytes, { maxEntryBytes: config.maxFileSize, maxTotalBytes: 4 * config.maxFileSize });
        if (contents.problem || contents.skipped.length) {
            const parts = [contents.problem, contents.skipped.length ? `${contents.skipped.length} entr${contents.skipped.length === 1 ? 'y' : 'ies'} over the size limits or encrypted (${contents.skipped.slice(0, 3).join(', ')}${contents.skipped.length > 3 ? ', …' : ''})` : ''].filter(Boolean);
            notices.push(notice(NOTICE_RULES.archiveNotScanned.meta, file, `partly scanned: ${file}: ${parts.join('; ')}`));
        }
        for (const entry of contents.entries) {
            const ext = (0,secrets_walk/* extensionOf */.je)(entry.path);
            if (secrets_walk/* BINARY_EXTENSIONS */.Nz.has(ext) || secrets_walk/* KEYSTORE_EXTENSIONS */.Wk.has(ext) || ARCHIVE_EXTENSIONS.has(ext) || (0,read_file/* looksBinary */.Wb)(entry.data))
                continue;
            const target = { file: entry.path, kind: (0,text_kind/* textKindOf */.Ji)(entry.path), context: (0,text_kind/* contextOf */.Vm)(entry.path), policy: config.contexts, now };
            const session = scanners().code.session(target, (hit) => located.push({ hit, file, inner: entry.path }));
            session.push(entry.data);
            session.end();
            tally.archives.entries++;
            tally.lines += session.lines;
        }
    };
    let mode;
    let logsScanned = false;
    if (ctx.base) {
        mode = 'diff';
        const changes = await ctx.git.changes(ctx.base);
        const include = picomatch_default()(config.paths, { dot: true });
        const exclude = picomatch_default()([...secrets_walk/* ALWAYS_EXCLUDED */.Rv, ...config.exclude], { dot: true });
        const selected = changes.filter((c) => c.added.length > 0 && include(c.path) && !exclude(c.path) && !logSet.has(c.path));
        await inPool(selected, READ_CONCURRENCY, (change) => scanOne(change.path, (0,text_kind/* textKindOf */.Ji)(change.path), code, (hit) => (0,git/* isLineAdded */.tP)(change, hit.line)));
    }
    else {
        mode = 'tree';
        const files = [];
        const onSkip = (path, why) => {
            code.unreadable++;
            const special = !why.startsWith('the directory');
            notices.push({ ...notice(NOTICE_RULES.unreadable.meta, path, `could not read ${path}: ${why}`), ...(special ? { severity: 'notice' } : {}) });
        };
        const onCapped = (count) => {
            notices.push(notice(NOTICE_RULES.scanCapped.meta, undefined, `the scan stopped after ${count.toLocaleString('en-US')} files, the most one scan reads; the rest of the tree was not scanned`));
        };
        const walk = { root: ctx.cwd, include: config.paths, exclude: config.exclude, gitignore: true, signal: ctx.signal, onSkip, onCapped, maxFiles: MAX_TREE_FILES };
        for await (const file of (0,secrets_walk/* walkFiles */.Fv)(walk)) {
            if (!logSet.has(file))
                files.push(file);
        }
        const estimate = files.length * TYPICAL_FILE_BYTES + (await totalSize(ctx.cwd, logFiles));
        if (ctx.threads?.worthIt(estimate, THREADS_MIN_BYTES)) {
            // Every core: text files go to worker threads in batches, in the order they were found.
            const jobs = [];
            for (const file of files) {
                const kind = (0,text_kind/* textKindOf */.Ji)(file);
                if (!(await scanSpecial(file, kind, code)))
                    jobs.push({ file, tally: code, job: textJob(file, kind) });
            }
            for (const file of logFiles)
                if (!(await scanSpecial(file, 'log', logs)))
                    jobs.push({ file, tally: logs, job: textJob(file, 'log') });
            const init = { includePersonalData: config.includePersonalData, policy: config.contexts, nowMs: now.getTime() };
            const scans = await scanInThreads(ctx, jobs.map((j) => j.job), init, (job) => (0,scan_file/* scanTextFile */.xY)(scanners(), job, config.contexts, now, ctx.signal));
            scans.forEach((scan, i) => { if (scan)
                recordScan(jobs[i].file, scan, jobs[i].tally); });
            logsScanned = true;
        }
        else {
            await inPool(files, READ_CONCURRENCY, (file) => scanOne(file, (0,text_kind/* textKindOf */.Ji)(file), code));
        }
    }
    if (!logsScanned)
        await inPool(logFiles, READ_CONCURRENCY, (file) => scanOne(file, 'log', logs));
    let stdinBytes;
    if (ctx.stdin) {
        const session = scanners().log.session({ file: STDIN_FILE, kind: 'log', now }, (hit) => located.push({ hit, file: STDIN_FILE }));
        for await (const chunk of ctx.stdin()) {
            if (ctx.signal.aborted)
                break;
            session.push(chunk);
        }
        session.end();
        stdinBytes = session.bytes;
    }
    if (ctx.signal.aborted)
        throw new Error('the secrets scan was interrupted before it finished');
    // Baseline: accepted findings by fingerprint; a broken or missing baseline fails the gate loudly.
    const writeBaseline = ctx.input(INPUTS.writeBaseline);
    let accepted = new Set();
    if (config.baseline) {
        const loaded = await loadBaseline(ctx.cwd, config.baseline, !!writeBaseline);
        if ('finding' in loaded)
            notices.push(loaded.finding);
        else
            accepted = loaded.fingerprints;
    }
    const findings = [];
    const newBaseline = [];
    const suppressed = { allowComment: 0, baseline: 0 };
    const byRule = {};
    for (const { hit, file, inner } of located) {
        ctx.masker.add(hit.secret);
        if (hit.allowed) {
            suppressed.allowComment++;
            continue;
        }
        const print = fingerprint(hit.rule.meta.id, hit.secret);
        if (writeBaseline)
            newBaseline.push({ fingerprint: print, ruleId: hit.rule.meta.id, file, line: hit.line });
        if (accepted.has(print)) {
            suppressed.baseline++;
            continue;
        }
        if (writeBaseline)
            continue;
        findings.push(inner === undefined ? hitToFinding(hit, file) : archiveFinding(hitToFinding(hit, file), inner));
        byRule[hit.rule.meta.id] = (byRule[hit.rule.meta.id] ?? 0) + 1;
    }
    const artifacts = {};
    let baselineMetric;
    if (writeBaseline) {
        const name = (0,external_node_path_.basename)(writeBaseline);
        artifacts[name] = renderBaseline(newBaseline);
        const count = new Set(newBaseline.map((e) => e.fingerprint)).size;
        baselineMetric = { written: name, entries: count };
        notices.push(notice(NOTICE_RULES.baselineWritten.meta, undefined, `recorded ${count} accepted finding${count === 1 ? '' : 's'} in ${name}; review every entry before committing it`));
    }
    return {
        findings: [...findings, ...notices].sort(types/* compareFindings */.E),
        metrics: {
            mode,
            rules: (0,scan_file/* logRuleCount */.K5)(config.includePersonalData),
            files: { scanned: code.files, bytes: code.bytes, lines: code.lines, skippedBinary: code.binary, skippedTooLarge: code.tooLarge, unreadable: code.unreadable },
            archives: code.archives,
            logs: { scanned: logs.files, bytes: logs.bytes, lines: logs.lines, unreadable: logs.unreadable },
            ...(stdinBytes !== undefined ? { stdin: { bytes: stdinBytes } } : {}),
            findingsByRule: byRule,
            suppressed,
            ...(config.baseline ? { baseline: { file: config.baseline, accepted: accepted.size } } : {}),
            ...(baselineMetric ? { baselineWritten: baselineMetric } : {}),
        },
        artifacts,
    };
}
/** A finding inside an archive names the archive as its file; the entry and its line go in the message. */
function archiveFinding(f, inner) {
    const { line, column: _column, endLine: _endLine, endColumn: _endColumn, ...rest } = f;
    return { ...rest, message: `${f.message} (inside the archive: ${inner}, line ${line})` };
}
function notice(meta, file, message, line, column) {
    const f = { ruleId: meta.id, severity: meta.severity, message, hint: meta.help };
    if (file !== undefined)
        f.file = file;
    if (line !== undefined)
        f.line = line;
    if (column !== undefined)
        f.column = column;
    return f;
}
function record(outcome, file, tally, config, notices) {
    switch (outcome.status) {
        case 'scanned':
            tally.files++;
            tally.bytes += outcome.bytes;
            return;
        case 'binary':
            tally.binary++;
            notices.push(notice(NOTICE_RULES.binarySkipped.meta, file, `not scanned: ${file} looks binary (NUL bytes in its first 8 KB)`));
            return;
        case 'too-large':
            tally.tooLarge++;
            notices.push(notice(NOTICE_RULES.fileTooLarge.meta, file, `not scanned: ${file} is ${formatBytes(outcome.size)}, over secrets.max-file-size (${formatBytes(config.maxFileSize)})`));
            return;
        case 'unreadable':
            tally.unreadable++;
            notices.push(notice(NOTICE_RULES.unreadable.meta, file, `could not read ${file} (${outcome.reason})`));
    }
}
function formatBytes(n) {
    if (n >= 1024 ** 3)
        return `${(n / 1024 ** 3).toFixed(1)} GB`;
    if (n >= 1024 ** 2)
        return `${(n / 1024 ** 2).toFixed(1)} MB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KB`;
    return `${n} bytes`;
}
async function expandLogs(cwd, config) {
    if (!config.logs.length)
        return [];
    const files = await (0,dist/* glob */.TI)([...config.logs], {
        cwd, dot: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false,
        ignore: [...secrets_walk/* ALWAYS_EXCLUDED */.Rv, ...config.exclude],
    });
    return files.map((f) => f.replace(/\\/g, '/')).sort();
}
async function loadBaseline(cwd, file, writing) {
    let source;
    try {
        source = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && writing)
            return { fingerprints: new Set() };
        const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
        return { finding: notice(NOTICE_RULES.baselineInvalid.meta, file, `the secrets baseline ${file} ${why}`) };
    }
    const parsed = parseBaseline(source);
    if ('problem' in parsed) {
        const { message, line, column } = parsed.problem;
        return { finding: notice(NOTICE_RULES.baselineInvalid.meta, file, `the secrets baseline ${file} ${message}`, line, column) };
    }
    return parsed;
}
/**
 * Scans text files in worker threads, a batch per job (a log alone in its job), and returns the
 * scans in the files' order. A job whose worker fails is scanned here instead, with the same code.
 */
async function scanInThreads(ctx, jobs, init, inProcess) {
    const batches = [];
    let batch = [];
    // A large log goes out in ranges, two per worker, so every core scans it; the scans are joined after.
    const ranges = new Map();
    for (const job of jobs) {
        if (job.kind !== 'log')
            continue;
        // Only a file the bounded reader accepts (regular, inside the workspace) is split; any other is
        // left to feedFile, which reports why it is not read.
        const opened = (0,read_bounded/* openRegularFile */.ZU)(job.path, job.root !== undefined ? { root: job.root } : {});
        if (!opened.ok)
            continue;
        (0,external_node_fs_.closeSync)(opened.fd);
        const parts = Math.min(ctx.threads.size * 2, Math.floor(opened.size / RANGE_MIN_BYTES));
        const cuts = parts > 1 ? (0,scan_file/* lineCuts */.aL)(job.path, opened.size, parts, job.root) : [0];
        if (cuts.length > 1)
            ranges.set(job, cuts.map((start, k) => ({ ...job, range: { start, end: cuts[k + 1] } })));
    }
    for (const job of jobs) {
        if (ranges.has(job)) {
            for (const part of ranges.get(job))
                batches.push([part]);
            continue;
        }
        if (job.kind === 'log') {
            batches.push([job]);
            continue;
        }
        batch.push(job);
        if (batch.length === FILES_PER_JOB) {
            batches.push(batch);
            batch = [];
        }
    }
    if (batch.length)
        batches.push(batch);
    // Logs are the largest jobs: they start first, so no worker is left with one at the end.
    batches.sort((a, b) => Number(b[0].kind === 'log') - Number(a[0].kind === 'log'));
    const scans = new Map();
    const pool = ctx.threads.pool('secrets-scan', init);
    let failure;
    try {
        await Promise.all(batches.map(async (b) => {
            if (ctx.signal.aborted)
                return;
            let results;
            try {
                results = (await pool.run(b)).map((r) => ({ ...r, hits: r.hits.map(scan_file/* fromWire */.kn) }));
            }
            catch (error) {
                failure ??= error.message;
                results = [];
                for (const job of b)
                    results.push(await inProcess(job));
            }
            b.forEach((job, i) => scans.set(job, results[i]));
        }));
    }
    finally {
        await pool.close();
    }
    // The findings are complete either way; only the time was lost, and it should not go unnoticed.
    if (failure !== undefined)
        ctx.progress?.(`secrets: a worker thread failed (${failure}); its files were scanned on the main thread`);
    for (const [job, parts] of ranges) {
        if (parts.some((part) => !scans.has(part)))
            continue; // interrupted
        scans.set(job, (0,scan_file/* joinRanges */.xX)(parts.map((part) => scans.get(part))) ?? (await inProcess(job)));
    }
    // Undefined only where the run was interrupted before the job started.
    return jobs.map((job) => scans.get(job));
}
async function totalSize(cwd, files) {
    let total = 0;
    for (const file of files)
        total += await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, file)).then((s) => s.size, () => 0);
    return total;
}
/** Runs fn over items with at most `limit` in flight. */
async function inPool(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

// EXTERNAL MODULE: ./src/checks/secrets/rules/index.ts + 16 modules
var rules = __webpack_require__(68705);
;// CONCATENATED MODULE: ./src/checks/secrets/index.ts




/**
 * The secrets check: credentials and private keys in the tree, in a pull request's added lines
 * (--base), and in logs (`logs` globs and --stdin). Findings carry a masked form only.
 */
const secretsCheck = (0,check/* defineCheck */.q)({
    name: 'secrets',
    section: 'secrets',
    description: 'Credentials and private keys in code, pull-request diffs and logs, reported masked and never echoed back.',
    rules: [...rules/* SECRET_RULES */.v.map((r) => r.meta), ...Object.values(NOTICE_RULES).map((r) => r.meta)],
    inputs: [
        { name: INPUTS.baseline, description: 'A baseline file of accepted findings; overrides `secrets.baseline`.' },
        { name: INPUTS.writeBaseline, description: 'Record every current finding as accepted in a new baseline file of this name (returned as an artifact); they do not fail this run.' },
        { name: INPUTS.stdin, description: 'Read a log from standard input (CLI: --stdin).', flag: true, cliOnly: true },
    ],
    run: runSecrets,
});


/***/ })

};
