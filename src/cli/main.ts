import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CheckDefinition } from '../checks/check.js';
import { CHECKS } from '../checks/index.js';
import { BaselineError } from '../baseline/baseline.js';
import { BaseRefError } from '../git/base-ref.js';
import { didYouMean } from '../manifest/did-you-mean.js';
import { ManifestError } from '../manifest/errors.js';
import { findManifest } from '../manifest/load.js';
import { checkHelpText, helpText, uniqueInputs } from './help.js';
import { FORMATS, formatReport, type Format } from '../format.js';
import { shouldUseColor, renderText } from '../reporters/text.js';
import { runReleaseGate } from '../run.js';
import { isPostDeployRun } from '../operate/post-deploy-run.js';
import { Masker } from '../mask.js';
import { VERSION } from '../version.js';
import type { Report } from '../types.js';
import { latencyCommand } from './commands/latency.js';

export { helpText };

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  isTTY: boolean;
  /** Aborted on SIGINT/SIGTERM: checks stop, cleanups run, the partial report is still written. */
  signal?: AbortSignal;
  /** The terminal's width, for help text; 80 when unknown. */
  columns?: number;
  /** Standard input, read only when a check's `--stdin` switch is given. */
  stdin?: () => AsyncIterable<string | Buffer>;
}

/** Commands that are not checks. Each takes over argv after its name. */
export interface Subcommand { description: string; run(argv: string[], io: CliIO): Promise<number> }
export type Subcommands = Record<string, Subcommand>;

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
} as const satisfies ParseArgsConfig['options'];

class UsageError extends Error {}

/** The CLI as a function: argv in, exit code out, so tests run it in-process. */
export async function runCli(argv: string[], io: CliIO, subcommands: Subcommands = {}, checks: readonly CheckDefinition[] = CHECKS): Promise<number> {
  const sub = argv[0] !== undefined ? subcommands[argv[0]] : undefined;
  if (sub) return sub.run(argv.slice(1), io);
  try {
    return await runChecks(argv, io, subcommands, checks);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`release-gate: ${error.message}\nRun release-gate --help for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof ManifestError) {
      io.stderr(`${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof BaseRefError || error instanceof BaselineError) {
      io.stderr(`release-gate: ${error.message}\n`);
      return EXIT.usage;
    }
    // Checks' own failures become findings in runGate; reaching here is a bug in release-gate itself.
    io.stderr(`release-gate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
}

async function runChecks(argv: string[], io: CliIO, subcommands: Subcommands, checks: readonly CheckDefinition[]): Promise<number> {
  const checkInputs = uniqueInputs(checks);
  const options: NonNullable<ParseArgsConfig['options']> = { ...COMMON_OPTIONS };
  for (const input of checkInputs) options[input.name] ??= { type: input.flag ? 'boolean' : 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    const only = parsed.positionals.length === 1 ? checks.find((c) => c.name === parsed.positionals[0]) : undefined;
    io.stdout(only ? checkHelpText(only, io.columns) : helpText(checks, subcommands, io.columns));
    return EXIT.pass;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.pass;
  }

  let command;
  try {
    command = latencyCommand(parsed.positionals);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (command) values[command.input] = command.value;
  const names = command ? command.checks : parsed.positionals.flatMap((p) => p.split(',')).filter(Boolean);
  for (const name of names) {
    if (!checks.some((c) => c.name === name)) {
      const known = [...checks.map((c) => c.name), ...Object.keys(subcommands)];
      const guess = didYouMean(name, known);
      throw new UsageError(`unknown check "${name}"${guess ? `; did you mean "${guess}"?` : ''} (available: ${known.join(', ') || 'none'})`);
    }
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (!FORMATS.includes(format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  const failOn = (values['fail-on'] as string | undefined) ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`--fail-on must be error or warning, got "${failOn}"`);

  const inputs: Record<string, string | undefined> = {};
  for (const input of checkInputs) {
    const value = values[input.name];
    inputs[input.name] = value === true ? 'true' : typeof value === 'string' ? value : undefined;
  }

  const masker = new Masker();
  const base = values.base as string | undefined;
  // Without --manifest, the default manifest is looked for up to the repository root, which then is the working directory.
  const located = values.manifest === undefined ? findManifest(io.cwd) : { path: values.manifest as string, cwd: io.cwd };
  const run = await runReleaseGate({
    cwd: located.cwd,
    env: io.env,
    manifestPath: located.path,
    checks: names.length ? names : undefined,
    environment: values.environment as string | undefined,
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
  const { artifacts, files, manifest, notices } = run;
  let { report } = run;
  // The stage's, the alerts' and the history's lines on stderr, masked (finishRun masks too: masking is idempotent).
  const operateLog = (level: string, message: string) => io.stderr(`release-gate: ${level === 'info' ? '' : `${level}: `}${masker.mask(message)}\n`);
  // A run of the watch, or of smoke or latency on a deployment event, is the post-deploy stage: when it fails, post-deploy's rollback follows.
  if (report.status === 'fail' && isPostDeployRun(report, io.env)) {
    const { rollBackCheckRun } = await import('../operate/post-deploy.js');
    const stage = await rollBackCheckRun({
      run, cwd: located.cwd, env: io.env, manifestPath: located.path, environment: values.environment as string | undefined, inputs, masker, available: checks,
      ...(io.signal ? { signal: io.signal } : {}), progress: (line) => io.stderr(`release-gate: ${line}\n`),
      log: operateLog,
    });
    if (stage) {
      report = stage.report;
      io.stderr(`release-gate: post-deploy: ${masker.mask(stage.reason)}\n`);
    }
  }

  for (const notice of notices) io.stderr(`release-gate: ${notice}\n`);
  // Synchronous writes here: node:fs/promises would be loaded for them alone.
  // Paths the user gave (--write-baseline FILE) are theirs: relative to where they ran the command, and nowhere else.
  for (const [path, content] of Object.entries(files ?? {})) {
    const target = resolve(io.cwd, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  if (inputs.fix === 'true') await applyEnvFix(report, located.cwd, io);
  const color = shouldUseColor(io.env, io.isTTY);
  const formatted = formatReport(report, format as Format, { color, manifestFile: manifest.file, failOn });
  // JSON formats are masked value by value, so histograms and fingerprints stay decodable.
  const rendered = format === 'json' || format === 'sarif' ? masker.maskJson(formatted) : masker.mask(formatted);
  const output = values.output as string | undefined;
  if (output) {
    const path = resolve(io.cwd, output);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, rendered);
    // Only the verdict line: the report is where the user asked for it.
    const summary = renderText(report, { color }).trimEnd().split('\n').pop() ?? '';
    io.stdout(`${masker.mask(summary)}  (report: ${output})\n`);
  } else {
    io.stdout(rendered);
  }
  if (Object.keys(artifacts).length) {
    const dir = resolve(io.cwd, (values['artifacts-dir'] as string | undefined) ?? '.release-gate');
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(artifacts)) writeFileSync(resolve(dir, name), content);
    io.stderr(`artifacts written to ${dir}: ${Object.keys(artifacts).join(', ')}\n`);
  }
  const postDeploy = isPostDeployRun(report, io.env);
  if (postDeploy || selectedExplicit(names, checks)) {
    // Imported here: the alert sinks and the history stores would otherwise load on every start.
    const { finishRun } = await import('../operate/finish-run.js');
    await finishRun({
      report, manifest: manifest.data, cwd: located.cwd, env: io.env, now: new Date(), masker, environment: values.environment as string | undefined,
      testAlert: inputs['test-alert'] === 'true', keep: postDeploy || report.checks.some((c) => c.check === 'monitor' && c.status !== 'skipped') ? 'always' : 'never',
      log: operateLog,
    });
  }
  return report.status === 'pass' ? EXIT.pass : EXIT.fail;
}

/**
 * watch and monitor (the checks that run only when named) alert, as every action run does. A CLI run
 * is added to the history when a later run reads it: the monitor continues each path's state from it,
 * and a post-deploy run (a watch, or smoke or latency on a deployment event) is what the next alerts
 * and rollbacks compare with. Other check runs from a terminal are not kept (`history add` keeps a report).
 */
function selectedExplicit(names: readonly string[], checks: readonly CheckDefinition[]): boolean {
  return names.some((n) => checks.find((c) => c.name === n)?.explicit);
}

/** `env --fix`: the check planned the lines (names and placeholders only); the CLI is what writes files. */
async function applyEnvFix(report: Report, cwd: string, io: CliIO): Promise<void> {
  const fix = report.checks.find((c) => c.check === 'env')?.metrics.fix as { file: string; names: string[]; text: string } | null | undefined;
  if (fix === undefined) return;
  if (fix === null) { io.stderr('release-gate env --fix: every variable the code uses is declared; nothing to add\n'); return; }
  appendFileSync(resolve(cwd, fix.file), fix.text);
  io.stderr(`release-gate env --fix: appended ${fix.names.length} variable${fix.names.length === 1 ? '' : 's'} to ${fix.file}: ${fix.names.join(', ')}\n`);
}
