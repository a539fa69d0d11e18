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
  /** Offered by the actions only: the CLI has a flag of its own for it (`rollback: false` is `--no-rollback`). */
  actionOnly?: boolean;
}

export interface CheckOutput {
  findings: Finding[];
  metrics?: Record<string, unknown>;
  /**
   * Files for later jobs (e.g. fingerprints), by file name. A check never writes files itself: the CLI
   * writes these under --artifacts-dir (default .release-gate/), the action under RUNNER_TEMP.
   */
  artifacts?: Record<string, string>;
  /**
   * Files the user named by path (`--write-baseline FILE`), relative to the working directory: the
   * entry point writes each exactly there, creating folders, and nowhere else.
   */
  files?: Record<string, string>;
}

export type SectionName = Exclude<keyof Manifest, 'version' | 'environments' | 'sessions'>;

/**
 * What is known of a check without loading its code, declared once in src/checks/<check>/meta.ts and
 * read by the registry (src/checks/index.ts), defineCheck, the CLI's help, the action metadata and the
 * README's checks table.
 */
export interface CheckMeta<K extends SectionName = SectionName> {
  /** The check's id: its CLI name, its action (actions/<name>), the `check` of its findings. */
  name: string;
  /** A few words for tables and headings: "Database migrations". */
  title: string;
  /** The manifest section it reads. */
  section: K;
  /** One line for --help and the action's description. */
  description: string;
  /** What it catches, for the README's checks table: longer than the description, lower-case, no final stop. */
  summary: string;
  /** Its options: action inputs and CLI flags of the same kebab-case names. */
  inputs?: readonly CheckInput[];
  /** Touches a live environment (smoke, latency, domain): skipped on pull requests unless the section's `on:` asks. */
  live?: boolean;
  /** Its page, relative to the repository: docs/checks/<name>.md. */
  docs: string;
  /**
   * Runs only when named (CLI positional, the action's `checks` input or its own action), never as part
   * of "every check the manifest configures": watch and monitor take minutes and have their own steps.
   */
  explicit?: boolean;
  /** Runs only if this check, when it ran earlier in the same run, passed: watch after smoke. */
  after?: string;
  /** When it is meant to run, for the README's checks table, if not what `live` implies. */
  runs?: string;
}

/** What a check's index.ts adds to its metadata: its rules, and a function that returns findings. */
export interface CheckImplementation<K extends SectionName = SectionName> {
  rules: readonly RuleMeta[];
  run(ctx: CheckContext, section: NonNullable<Manifest[K]>): Promise<CheckOutput>;
}

/**
 * One check: its metadata, rules and run. A registered check has every CheckMeta field; a check made
 * in a test may leave out title, summary and docs.
 */
export type CheckDefinition<K extends SectionName = SectionName> = Omit<CheckMeta<K>, 'title' | 'summary' | 'docs'>
  & Partial<Pick<CheckMeta<K>, 'title' | 'summary' | 'docs'>>
  & CheckImplementation<K>;

/** A check from its meta.ts and its implementation; a whole definition is also accepted (tests make their own checks). */
export function defineCheck<K extends SectionName>(meta: CheckMeta<K>, implementation: CheckImplementation<K>): CheckDefinition<K> & CheckMeta<K>;
export function defineCheck<K extends SectionName>(check: CheckDefinition<K>): CheckDefinition<K>;
export function defineCheck<K extends SectionName>(meta: CheckMeta<K> | CheckDefinition<K>, implementation?: CheckImplementation<K>): CheckDefinition<K> {
  return implementation ? { ...meta, ...implementation } : (meta as CheckDefinition<K>);
}
