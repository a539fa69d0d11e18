import type { CheckContext, CheckDefinition } from './checks/check.js';
import { CHECKS } from './checks/index.js';
import { runGate, type FailOn, type GateRun } from './gate.js';
import { resolveBase } from './git/base-ref.js';
import { createGit, type Git } from './git/git.js';
import { loadManifest, type LoadedManifest } from './manifest/load.js';
import { scanTemplates } from './manifest/templates.js';
import { Masker } from './mask.js';
import { addWeakSecretFindings } from './weak-secrets.js';

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
}

export interface RunResult extends GateRun {
  manifest: LoadedManifest;
  /** Things the user should know about the run itself (a new branch checked whole), one line each. */
  notices: string[];
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

  const ctx: CheckContext = {
    cwd: options.cwd,
    env: options.env,
    manifest,
    environment: options.environment,
    base,
    git: options.git ?? createGit(options.cwd),
    masker,
    now: options.now ?? (() => new Date()),
    signal: options.signal ?? new AbortController().signal,
    input: (name) => options.inputs[name],
    stdin: options.stdin,
  };
  const run = await runGate(ctx, { checks: options.checks, failOn: options.failOn, available, event: options.event });
  return { ...run, report: addWeakSecretFindings(run.report, masker.weakSecrets, manifest, options.failOn), manifest, notices };
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
