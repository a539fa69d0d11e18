import type { CheckContext, CheckDefinition } from './checks/check.js';
import { CHECKS } from './checks/index.js';
import { runGate, type FailOn, type GateRun } from './gate.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BaselineError, DEFAULT_BASELINE, Fingerprinter, isFindingsBaseline, newSalt, parseBaseline, type Baseline } from './baseline/baseline.js';
import { Suppressor } from './baseline/suppressions.js';
import { resolveBase } from './git/base-ref.js';
import { createGit, type Git } from './git/git.js';
import { loadManifest, type LoadedManifest } from './manifest/load.js';
import { scanTemplates } from './manifest/templates.js';
import { Masker } from './mask.js';
import { addWeakSecretFindings } from './weak-secrets.js';
import { processThreads, type Threads } from './workers/threads.js';

export interface RunOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  manifestPath: string;
  /** Checks to run; every configured check when absent. Names are validated by the caller. */
  checks?: readonly string[];
  environment?: string;
  base?: string;
  /** The GitHub event being answered; the CLI passes pull_request when --base is given outside Actions. */
  event?: string;
  failOn: FailOn;
  /** Check-specific inputs by kebab-case name (action inputs or CLI flags). */
  inputs: Readonly<Record<string, string | undefined>>;
  masker?: Masker;
  git?: Git;
  now?: () => Date;
  signal?: AbortSignal;
  available?: readonly CheckDefinition[];
  /** Standard input, for checks that read a piped log (CLI `--stdin`). */
  stdin?: () => AsyncIterable<string | Buffer>;
  /** Progress lines of long waits, already masked. */
  progress?: (line: string) => void;
  /** Fingerprint every finding into RunResult.entries, and hide none (baseline write and prune). */
  recordBaseline?: boolean;
  /** The baseline file to use (baseline write/prune); by default --baseline, the manifest's, or the default path. */
  baselinePath?: string;
  /** Worker threads for the checks; by default the process's own (none outside a bundle). */
  threads?: Threads;
}

export interface RunResult extends GateRun {
  manifest: LoadedManifest;
  /** Things the user should know about the run itself (a new branch checked whole), one line each. */
  notices: string[];
  /** The salt the findings were fingerprinted with (the baseline's, else a new one). */
  salt: string;
  /** The baseline the run read, if any. */
  baseline?: Baseline & { path: string };
}

/** Loads the manifest and runs the gate: the one pipeline behind the CLI, the actions and the demo. Throws ManifestError. */
export async function runReleaseGate(options: RunOptions): Promise<RunResult> {
  const masker = options.masker ?? new Masker();
  const available = options.available ?? CHECKS;
  for (const check of available) {
    for (const input of check.inputs ?? []) if (input.secret) masker.add(options.inputs[input.name]);
  }
  const manifest = await loadManifest(options.manifestPath, options.cwd);
  // Every value a template reads from the environment is a secret in every output.
  for (const name of envNamesInTemplates(manifest.data)) masker.add(options.env[name], name);

  // A base that names nothing is a usage error (BaseRefError) before any check runs, never a crash inside one.
  const notices: string[] = [];
  let base = options.base;
  if (base !== undefined) {
    const decision = await resolveBase(options.cwd, base);
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
  if (baseline.usedInput) inputs = { ...inputs, baseline: undefined };

  const ctx: CheckContext = {
    cwd: options.cwd,
    env: options.env,
    manifest,
    environment: options.environment,
    base,
    git: options.git ?? createGit(options.cwd),
    masker,
    now,
    signal: options.signal ?? new AbortController().signal,
    input: (name) => inputs[name],
    stdin: options.stdin,
    progress: options.progress ? (line) => options.progress!(masker.mask(line)) : undefined,
    threads: options.threads ?? processThreads(options.env),
  };
  // A new salt only when something reads it (fingerprints, `baseline write`): making one loads node:crypto.
  let salt = baseline.file?.salt;
  const saltOf = () => (salt ??= newSalt());
  const run = await runGate(ctx, {
    checks: options.checks, failOn: options.failOn, available, event: options.event, suppressor,
    baseline: baseline.file || options.recordBaseline
      ? { fingerprinter: new Fingerprinter(options.cwd, saltOf()), known: options.recordBaseline ? undefined : baseline.prints }
      : undefined,
  });
  return { ...run, report: addWeakSecretFindings(run.report, masker.weakSecrets, manifest, options.failOn), manifest, notices, get salt() { return saltOf(); }, baseline: baseline.file && baseline.path ? { path: baseline.path, ...baseline.file } : undefined };
}

interface OpenedBaseline {
  path?: string;
  file?: Baseline;
  prints?: Set<string>;
  /** The `baseline` input named a findings baseline, so the checks must not read it as theirs. */
  usedInput: boolean;
}

/**
 * The baseline a run hides known findings with: `--baseline FILE` (when it is a findings baseline; the
 * secrets and latency checks read their own kinds under the same name), else the manifest's
 * `baseline:`, else .github/release-gate-baseline.json when it exists. A baseline asked for by name
 * that cannot be read is a usage error, never a silent run without it.
 */
async function openBaseline(options: RunOptions, manifest: LoadedManifest): Promise<OpenedBaseline> {
  const read = async (path: string): Promise<string | undefined> => {
    try {
      // Synchronous: one small file, and node:fs/promises is not loaded for it.
      return readFileSync(resolve(options.cwd, path), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new BaselineError(`the baseline ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  };
  const open = (path: string, text: string, usedInput: boolean): OpenedBaseline => {
    const file = parseBaseline(text, path);
    return { path, file, prints: new Set(file.entries.map((e) => e.fingerprint)), usedInput };
  };
  if (options.baselinePath) {
    const text = await read(options.baselinePath);
    return text === undefined ? { usedInput: false, path: options.baselinePath } : open(options.baselinePath, text, false);
  }
  const fromInput = options.inputs.baseline;
  if (fromInput) {
    const text = await read(fromInput);
    if (text !== undefined && isFindingsBaseline(text)) return open(fromInput, text, true);
  }
  const named = manifest.data.baseline;
  const path = named ?? DEFAULT_BASELINE;
  const text = await read(path);
  if (text === undefined) {
    if (named !== undefined && !options.recordBaseline) throw new BaselineError(`the baseline ${named} (the manifest's \`baseline:\`) does not exist; write it with \`release-gate baseline write ${named}\``);
    return { usedInput: false, path };
  }
  return open(path, text, false);
}

export function envNamesInTemplates(value: unknown, names = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    for (const ref of scanTemplates(value).refs) if (ref.kind === 'env') names.add(ref.name);
  } else if (Array.isArray(value)) {
    for (const v of value) envNamesInTemplates(v, names);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) envNamesInTemplates(v, names);
  }
  return names;
}
