import type { LoadedManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import type { Masker } from '../mask.js';
import type { Git } from '../git/git.js';
import type { Finding } from '../types.js';
import type { RuleMeta } from '../rules/registry.js';
import type { Threads } from '../workers/threads.js';

/**
 * Everything a check may touch. No hidden globals: the clock, the environment, git and the masker
 * arrive here, so tests can hand a check what they need.
 */
export interface CheckContext {
  /** Absolute working directory; findings name files relative to it. */
  cwd: string;
  /** The process environment (template `{{ env.X }}` values and the action's inputs come from here). */
  env: Readonly<Record<string, string | undefined>>;
  manifest: LoadedManifest;
  /** `--environment` / the `environment` input, when given. */
  environment?: string;
  /** `--base` / the `base` input: diff-aware checks look only at what changed since this ref. */
  base?: string;
  git: Git;
  /** Every secret a check reads must be added here before it can reach a finding or a metric. */
  masker: Masker;
  now(): Date;
  /** Aborted when the gate's deadline passes or the user interrupts. */
  signal: AbortSignal;
  /**
   * A check-specific input declared in CheckDefinition.inputs: the action's `with:` value, or the
   * CLI's `--<name> VALUE`. Undefined when not given.
   */
  input(name: string): string | undefined;
  /**
   * A log piped to the CLI (`--stdin`), read once as it arrives; undefined when there is none. Only
   * the secrets check reads it, with its log-aware rules, as the file `<stdin>`.
   */
  stdin?: () => AsyncIterable<string | Buffer>;
  /** A line of progress during a long wait (CLI: stderr; action: the log). Never a finding. */
  progress?: (line: string) => void;
  /**
   * Worker threads for CPU-heavy checks (secrets, migrations); undefined where there are none (one
   * core, tests run from src/, RELEASE_GATE_THREADS=1): the check then does the same work in-process.
   */
  threads?: Threads;
}

/** A check-specific option, offered as an action input and as a CLI flag of the same kebab-case name. */
export interface CheckInput {
  name: string;
  description: string;
  /** Mask the value in every output (the action also registers it with setSecret). */
  secret?: boolean;
  /** A CLI switch without a value (`--stdin`); the check reads "true" when it is given. */
  flag?: boolean;
  /** Offered by the CLI only, not by the actions (a runner has no standard input to pipe). */
  cliOnly?: boolean;
}

export interface CheckOutput {
  findings: Finding[];
  metrics?: Record<string, unknown>;
  /**
   * Files for later jobs (e.g. fingerprints), by file name. A check never writes files itself: the CLI
   * writes these under --artifacts-dir (default .release-gate/), the action under RUNNER_TEMP.
   */
  artifacts?: Record<string, string>;
}

type SectionName = Exclude<keyof Manifest, 'version' | 'environments' | 'sessions'>;

/** One check: the manifest section it reads, its rules, and a function that returns findings. */
export interface CheckDefinition<K extends SectionName = SectionName> {
  name: string;
  section: K;
  /** One line for --help and the docs. */
  description: string;
  rules: readonly RuleMeta[];
  inputs?: readonly CheckInput[];
  /** Touches a live environment (smoke, latency, domain): skipped on pull requests unless the section's `on:` asks. */
  live?: boolean;
  run(ctx: CheckContext, section: NonNullable<Manifest[K]>): Promise<CheckOutput>;
}

export function defineCheck<K extends SectionName>(check: CheckDefinition<K>): CheckDefinition<K> {
  return check;
}
