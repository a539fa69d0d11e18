import type { LoadedManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import type { Masker } from '../mask.js';
import type { Git } from '../git/git.js';
import type { Finding } from '../types.js';
import type { RuleMeta } from '../rules/registry.js';

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
}

export interface CheckOutput {
  findings: Finding[];
  metrics?: Record<string, unknown>;
}

type SectionName = Exclude<keyof Manifest, 'version' | 'environments' | 'sessions'>;

/** One check: the manifest section it reads, its rules, and a function that returns findings. */
export interface CheckDefinition<K extends SectionName = SectionName> {
  name: string;
  section: K;
  /** One line for --help and the docs. */
  description: string;
  rules: readonly RuleMeta[];
  run(ctx: CheckContext, section: NonNullable<Manifest[K]>): Promise<CheckOutput>;
}

export function defineCheck<K extends SectionName>(check: CheckDefinition<K>): CheckDefinition<K> {
  return check;
}
