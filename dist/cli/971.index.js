export const id = 971;
export const ids = [971];
export const modules = {

/***/ 8971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT: () => (/* binding */ EXIT),
  helpText: () => (/* binding */ helpText),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/checks/index.ts
var src_checks = __webpack_require__(2369);
// EXTERNAL MODULE: ./src/baseline/baseline.ts
var baseline = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/git/base-ref.ts
var base_ref = __webpack_require__(6459);
// EXTERNAL MODULE: ./src/manifest/did-you-mean.ts
var did_you_mean = __webpack_require__(4086);
// EXTERNAL MODULE: ./src/manifest/errors.ts
var errors = __webpack_require__(1738);
// EXTERNAL MODULE: ./src/manifest/load.ts + 3 modules
var load = __webpack_require__(7745);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/cli/check-help.ts



// Both the bundle (dist/cli/index.js) and the source (src/cli/check-help.ts) sit two levels below the repository.
const SCHEMA_PATH = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), '..', '..', 'schema', 'release-gate.schema.json');
/** The manifest fields of one section, from the schema (the single source of truth); empty when it cannot be read. */
function sectionFields(section) {
    try {
        const schema = JSON.parse((0,external_node_fs_.readFileSync)(SCHEMA_PATH, 'utf8'));
        return Object.entries(schema.properties[section]?.properties ?? {}).map(([name, p]) => [name, p.description ?? p['x-expected'] ?? '']);
    }
    catch {
        return [];
    }
}
/**
 * Two columns, the second wrapped to the terminal with a hanging indent, so a long description never
 * runs into the next option. `width` is the terminal's columns (80 when unknown).
 */
function columns(rows, width = 80, indent = 2) {
    const left = Math.min(32, Math.max(...rows.map(([l]) => l.length), 0) + 2);
    const room = Math.max(24, width - indent - left);
    const out = [];
    for (const [label, text] of rows) {
        const lines = wrap(text, room);
        const pad = ' '.repeat(indent);
        if (label.length + 2 > left) {
            out.push(`${pad}${label}`);
            for (const line of lines)
                out.push(`${pad}${' '.repeat(left)}${line}`);
        }
        else {
            out.push(`${pad}${label.padEnd(left)}${lines[0] ?? ''}`);
            for (const line of lines.slice(1))
                out.push(`${pad}${' '.repeat(left)}${line}`);
        }
    }
    return out;
}
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines;
}
/** `release-gate <check> --help`: what the check does, its own options and its manifest section. */
function checkHelpText(check, width = 80) {
    const out = [
        ...wrap(`release-gate ${check.name}: ${check.description}`, width),
        '',
        `Usage: release-gate ${check.name} [options]`,
        '',
    ];
    const inputs = (check.inputs ?? []).map((i) => [`--${i.name}${i.flag ? '' : ' VALUE'}`, i.description]);
    out.push('Options of this check:', ...(inputs.length ? columns(inputs, width) : ['  (none beyond the common options: release-gate --help)']), '');
    const fields = sectionFields(check.section);
    out.push(`Manifest section \`${check.section}:\`${fields.length ? '' : ' (see docs/manifest.md)'}`, ...columns(fields, width), '');
    if (check.live)
        out.push(...wrap('Touches a live environment: skipped on pull requests unless the section says `on: [pull_request]`.', width), '');
    out.push(...wrap(`Docs: docs/checks/${check.name}.md; every option common to all checks: release-gate --help.`, width), '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/format.ts + 7 modules
var src_format = __webpack_require__(8453);
// EXTERNAL MODULE: ./src/reporters/text.ts
var reporters_text = __webpack_require__(955);
// EXTERNAL MODULE: ./src/run.ts + 3 modules
var run = __webpack_require__(967);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/cli/commands/latency.ts
/**
 * `release-gate latency merge FILE...` and `release-gate latency import-k6 FILE`: the latency check run
 * on results made elsewhere. They are the check's `merge` and `import-k6` inputs under the command
 * names users type, so every format, exit code and option of a check run applies to them.
 */
const LATENCY_COMMANDS = {
    merge: { input: 'merge', usage: 'release-gate latency merge REPORT.json... [options]' },
    'import-k6': { input: 'import-k6', usage: 'release-gate latency import-k6 K6-OUTPUT.json [options]' },
};
class LatencyCommandError extends Error {
}
/**
 * Reads `latency merge a.json b.json` (positionals after the check name) as the latency check with
 * its `merge` input; returns undefined when the positionals are plain check names.
 */
function latencyCommand(positionals) {
    if (positionals[0] !== 'latency' || positionals[1] === undefined)
        return undefined;
    const command = LATENCY_COMMANDS[positionals[1]];
    if (!command)
        return undefined;
    const files = positionals.slice(2);
    if (files.length === 0)
        throw new LatencyCommandError(`${positionals[1]} needs ${command.input === 'merge' ? 'the reports to merge' : 'the file k6 wrote'}: ${command.usage}`);
    if (command.input === 'import-k6' && files.length > 1)
        throw new LatencyCommandError(`import-k6 reads one file, got ${files.length}: ${command.usage}`);
    return { checks: ['latency'], input: command.input, value: files.join(',') };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
















const EXIT = { pass: 0, fail: 1, usage: 2 };
const COMMON_OPTIONS = {
    manifest: { type: 'string', short: 'm' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    base: { type: 'string' },
    environment: { type: 'string', short: 'e' },
    'fail-on': { type: 'string' },
    'artifacts-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
class UsageError extends Error {
}
/** The CLI as a function: argv in, exit code out, so tests run it in-process. */
async function runCli(argv, io, subcommands = {}, checks = src_checks/* CHECKS */.u) {
    const sub = argv[0] !== undefined ? subcommands[argv[0]] : undefined;
    if (sub)
        return sub.run(argv.slice(1), io);
    try {
        return await runChecks(argv, io, subcommands, checks);
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`release-gate: ${error.message}\nRun release-gate --help for usage.\n`);
            return EXIT.usage;
        }
        if (error instanceof errors/* ManifestError */.S) {
            io.stderr(`${error.message}\n`);
            return EXIT.usage;
        }
        if (error instanceof base_ref/* BaseRefError */.NI || error instanceof baseline/* BaselineError */.s$) {
            io.stderr(`release-gate: ${error.message}\n`);
            return EXIT.usage;
        }
        // Checks' own failures become findings in runGate; reaching here is a bug in release-gate itself.
        io.stderr(`release-gate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT.usage;
    }
}
async function runChecks(argv, io, subcommands, checks) {
    const checkInputs = uniqueInputs(checks);
    const options = { ...COMMON_OPTIONS };
    for (const input of checkInputs)
        options[input.name] ??= { type: input.flag ? 'boolean' : 'string' };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new UsageError(error.message.replace(/\. To specify a positional argument.*$/s, ''));
    }
    const values = parsed.values;
    if (values.help) {
        const only = parsed.positionals.length === 1 ? checks.find((c) => c.name === parsed.positionals[0]) : undefined;
        io.stdout(only ? checkHelpText(only, io.columns) : helpText(checks, subcommands));
        return EXIT.pass;
    }
    if (values.version) {
        io.stdout(`${version/* VERSION */.x}\n`);
        return EXIT.pass;
    }
    let command;
    try {
        command = latencyCommand(parsed.positionals);
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    if (command)
        values[command.input] = command.value;
    const names = command ? command.checks : parsed.positionals.flatMap((p) => p.split(',')).filter(Boolean);
    for (const name of names) {
        if (!checks.some((c) => c.name === name)) {
            const known = [...checks.map((c) => c.name), ...Object.keys(subcommands)];
            const guess = (0,did_you_mean/* didYouMean */.a)(name, known);
            throw new UsageError(`unknown check "${name}"${guess ? `; did you mean "${guess}"?` : ''} (available: ${known.join(', ') || 'none'})`);
        }
    }
    const format = values.format ?? 'text';
    if (!src_format/* FORMATS */.h.includes(format))
        throw new UsageError(`--format must be one of ${src_format/* FORMATS */.h.join(', ')}, got "${format}"`);
    const failOn = values['fail-on'] ?? 'error';
    if (failOn !== 'error' && failOn !== 'warning')
        throw new UsageError(`--fail-on must be error or warning, got "${failOn}"`);
    const inputs = {};
    for (const input of checkInputs) {
        const value = values[input.name];
        inputs[input.name] = value === true ? 'true' : typeof value === 'string' ? value : undefined;
    }
    const masker = new mask/* Masker */.GX();
    const base = values.base;
    // Without --manifest, the default manifest is looked for up to the repository root, which then is the working directory.
    const located = values.manifest === undefined ? (0,load/* findManifest */.J9)(io.cwd) : { path: values.manifest, cwd: io.cwd };
    const { report, artifacts, manifest, notices } = await (0,run/* runReleaseGate */.u)({
        cwd: located.cwd,
        env: io.env,
        manifestPath: located.path,
        checks: names.length ? names : undefined,
        environment: values.environment,
        base,
        // Outside Actions, --base means a pull request: live checks wait for the deploy unless asked.
        event: io.env.GITHUB_EVENT_NAME || (base !== undefined ? 'pull_request' : undefined),
        failOn,
        inputs,
        masker,
        available: checks,
        stdin: inputs.stdin === 'true' ? io.stdin : undefined,
        signal: io.signal,
        progress: (line) => io.stderr(`release-gate: ${line}\n`),
    });
    for (const notice of notices)
        io.stderr(`release-gate: ${notice}\n`);
    if (inputs.fix === 'true')
        await applyEnvFix(report, located.cwd, io);
    const color = (0,reporters_text/* shouldUseColor */.I1)(io.env, io.isTTY);
    const rendered = masker.mask((0,src_format/* formatReport */.C)(report, format, { color, manifestFile: manifest.file, failOn }));
    const output = values.output;
    if (output) {
        const path = (0,external_node_path_.resolve)(io.cwd, output);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, rendered);
        // Only the verdict line: the report is where the user asked for it.
        const summary = (0,reporters_text/* renderText */.S5)(report, { color }).trimEnd().split('\n').pop() ?? '';
        io.stdout(`${masker.mask(summary)}  (report: ${output})\n`);
    }
    else {
        io.stdout(rendered);
    }
    if (Object.keys(artifacts).length) {
        const dir = (0,external_node_path_.resolve)(io.cwd, values['artifacts-dir'] ?? '.release-gate');
        await (0,promises_.mkdir)(dir, { recursive: true });
        for (const [name, content] of Object.entries(artifacts))
            await (0,promises_.writeFile)((0,external_node_path_.resolve)(dir, name), content);
        io.stderr(`artifacts written to ${dir}: ${Object.keys(artifacts).join(', ')}\n`);
    }
    return report.status === 'pass' ? EXIT.pass : EXIT.fail;
}
/** `env --fix`: the check planned the lines (names and placeholders only); the CLI is what writes files. */
async function applyEnvFix(report, cwd, io) {
    const fix = report.checks.find((c) => c.check === 'env')?.metrics.fix;
    if (fix === undefined)
        return;
    if (fix === null) {
        io.stderr('release-gate env --fix: every variable the code uses is declared; nothing to add\n');
        return;
    }
    await (0,promises_.appendFile)((0,external_node_path_.resolve)(cwd, fix.file), fix.text);
    io.stderr(`release-gate env --fix: appended ${fix.names.length} variable${fix.names.length === 1 ? '' : 's'} to ${fix.file}: ${fix.names.join(', ')}\n`);
}
function uniqueInputs(checks) {
    const seen = new Map();
    for (const check of checks) {
        for (const input of check.inputs ?? []) {
            const known = seen.get(input.name);
            if (known)
                known.checks.push(check.name);
            else
                seen.set(input.name, { ...input, checks: [check.name] });
        }
    }
    return [...seen.values()];
}
function helpText(checks, subcommands = {}) {
    const pad = (s, n) => s.padEnd(n);
    const lines = [
        `release-gate ${version/* VERSION */.x}: the checks that decide whether an internal tool is safe to merge and launch.`,
        '',
        'Usage: release-gate [check ...] [options]',
        '       release-gate <command>',
        '       release-gate latency merge REPORT.json...   gate shard reports, histograms added exactly',
        '       release-gate latency import-k6 FILE          gate a k6 run (k6 run --out json=FILE)',
        '',
        'With no check, runs every check the manifest configures.',
        '',
        'Checks:',
        ...(checks.length ? checks.map((c) => `  ${pad(c.name, 14)}${c.description}`) : ['  (none in this version)']),
        '',
    ];
    if (Object.keys(subcommands).length) {
        lines.push('Commands:', ...Object.entries(subcommands).map(([name, s]) => `  ${pad(name, 14)}${s.description}`), '');
    }
    // Every option row is [flags, description]; each table pads its flags to its longest one plus two
    // spaces, so a long flag never runs into its description.
    const table = (rows) => {
        const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
        return rows.map(([flag, text]) => `  ${pad(flag, width)}${text}`);
    };
    lines.push('Options:', ...table([
        ['-m, --manifest PATH', `the manifest (default ${load/* DEFAULT_MANIFEST */.mj})`],
        ['-f, --format FORMAT', `${src_format/* FORMATS */.h.join('|')} (default text)`],
        ['-o, --output FILE', 'write the report to FILE; stdout gets only the one-line verdict'],
        ['    --base REF', 'diff-aware: only what changed since the merge base with REF'],
        ['-e, --environment NAME', 'the environment to check (default: each the manifest names)'],
        ['    --fail-on LEVEL', 'error (default) or warning: the lowest severity that fails the gate'],
        ['    --artifacts-dir DIR', 'where checks leave files for later jobs (default .release-gate)'],
        ['-h, --help', 'this help'],
        ['-v, --version', 'the version'],
    ]));
    const inputs = uniqueInputs(checks);
    if (inputs.length) {
        lines.push('', 'Check options:', ...table(inputs.map((input) => [
            `    --${input.flag ? input.name : `${input.name} VALUE`}`,
            `${input.description} (${input.checks.join(', ')})`,
        ])));
    }
    lines.push('', 'Exit codes: 0 the gate passed; 1 the gate failed; 2 usage or manifest error.', 'NO_COLOR turns colour off. Docs: docs/manifest.md and docs/rules/.', '');
    return lines.join('\n');
}


/***/ })

};
