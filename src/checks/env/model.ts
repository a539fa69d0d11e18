import type { LoadedManifest, ManifestPath } from '../../manifest/load.js';
import type { Manifest } from '../../manifest/types.js';
import type { Finding } from '../../types.js';
import type { ParsedDotenv } from './dotenv-parser.js';
import type { FileUse, SkippedFile } from './scan-code.js';
import { isSecretName } from './secret-values.js';

/**
 * Everything the env rules look at, read once by build-model.ts. Rules are pure functions of this
 * model, so each can be tested by building a small workspace and reading its findings.
 */

export type EnvSection = NonNullable<Manifest['env']>;
export type VarConfig = NonNullable<EnvSection['vars']>[string];

/** A place in a file, 1-based; file is relative to the working directory with forward slashes. */
export interface Site {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface EnvFile {
  file: string;
  parsed: ParsedDotenv;
  /** Listed by `declared-in`: its keys declare what the app needs. */
  declares: boolean;
  /** The env-file of these environments. */
  environments: string[];
  /** Committed to git, or a declared-in file (meant to be committed): must not hold real secrets. */
  committed: boolean;
  /** Configured in the manifest, so the dotenv-* style rules apply (other committed env files are only searched for secrets). */
  lint: boolean;
}

export type SourceKind = 'env-file' | 'secrets input' | 'vars input' | 'GitHub API';

export interface ValueEntry {
  /** Undefined when only the name is known (the GitHub API never returns secret values). */
  value?: string;
  source: SourceKind;
  /** Where an env-file value stands. */
  site?: Site;
  /** The value uses `${NAME}` that its file does not define: its final shape is unknown. */
  unresolved?: boolean;
}

export interface EnvironmentValues {
  name: string;
  production: boolean;
  /** What was read, for messages: "deploy/production.env", "the secrets input", "the GitHub API". */
  sources: string[];
  /** Most authoritative source first: the inputs, then the API, then the env-file. */
  values: Map<string, ValueEntry[]>;
}

export interface FingerprintSet {
  environment: string;
  prints: ReadonlyMap<string, string>;
  /** "local" for values read in this run, else the fingerprint file it came from. */
  origin: 'local' | string;
}

export type Report = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Finding['severity'] };

export interface EnvModel {
  manifestFile: string;
  locate: LoadedManifest['locate'];
  section: EnvSection;
  /** Every environment of the manifest, in manifest order. */
  environmentNames: string[];
  /** Each environment's host, from its url. */
  hosts: { environment: string; host: string }[];
  files: EnvFile[];
  /** Keys of declared-in files, by name, in file order. */
  declarations: Map<string, Site[]>;
  /** `scan` is configured and matched files: env-unused can tell what code uses. */
  scanned: boolean;
  uses: FileUse[];
  /** The environments checked, with at least one source read. */
  environments: EnvironmentValues[];
  fingerprints: FingerprintSet[];
  /** Sources that could not be read or used; env-source-error reports them. */
  sourceErrors: Report[];
  skipped: SkippedFile[];
  /** Why `distinct` could not be verified across jobs, when it could not. */
  distinctUnverified?: string;
  /** Names a framework defines from its own config (Next.js next.config `env:`), with the config file. */
  frameworkNames?: ReadonlyMap<string, string>;
}

export function varConfig(model: EnvModel, name: string): VarConfig {
  return model.section.vars?.[name] ?? {};
}

export function isSecretVar(model: EnvModel, name: string): boolean {
  return isSecretName(name, { secret: varConfig(model, name).secret });
}

// Secret by name, but commonly the same everywhere on purpose (one Sentry project, a publishable key).
const SHARED_BY_DESIGN = /DSN|PUBLIC|PUBLISHABLE/i;

/** `distinct:` when given, else `secret:`, else a secret-like name (bar DSNs and public keys). */
export function isDistinctVar(model: EnvModel, name: string): boolean {
  const config = varConfig(model, name);
  return config.distinct ?? config.secret ?? (isSecretName(name) && !SHARED_BY_DESIGN.test(name));
}

export function manifestSite(model: EnvModel, path: ManifestPath, part: 'key' | 'value' = 'value'): Site {
  const position = model.locate(path, part);
  if (position) return { file: model.manifestFile, line: position.line, column: position.column };
  return path.length > 1 ? manifestSite(model, path.slice(0, -1), 'key') : { file: model.manifestFile, line: 1, column: 1 };
}

/** Where a variable is declared: its first declared-in line, else its key under env.vars. */
export function declarationSite(model: EnvModel, name: string): Site | undefined {
  const declared = model.declarations.get(name)?.[0];
  if (declared) return declared;
  return model.section.vars?.[name] ? manifestSite(model, ['env', 'vars', name], 'key') : undefined;
}

/** Every name the app declares: declared-in keys and env.vars keys. */
export function declaredNames(model: EnvModel): string[] {
  return [...new Set([...model.declarations.keys(), ...Object.keys(model.section.vars ?? {})])];
}

// Set by the platform, the shell, the CI runner or the framework, never by the app's own configuration.
// Each hosting platform's list is from its documentation of system environment variables; names too
// generic to be the platform's alone (Netlify's URL, CONTEXT, BRANCH) are left out.
export const PLATFORM_NAMES = [
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

const ignoreMatchers = new WeakMap<EnvModel, RegExp>();

/** Names that env-undeclared-use and env-unused never report: platform variables and `env.ignore`. */
export function isIgnoredName(model: EnvModel, name: string, kind?: string): boolean {
  if (kind === 'import.meta.env' && VITE_NAMES.has(name)) return true;
  let matcher = ignoreMatchers.get(model);
  if (!matcher) {
    const patterns = [...PLATFORM_NAMES, ...(model.section.ignore ?? [])];
    matcher = new RegExp(`^(?:${patterns.map((p) => p.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')).join('|')})$`);
    ignoreMatchers.set(model, matcher);
  }
  return matcher.test(name);
}

/** The first entry that carries a non-empty value, or a name-only entry (an API secret), by authority. */
export function presentEntry(entries: readonly ValueEntry[] | undefined): ValueEntry | undefined {
  return entries?.find((e) => e.value === undefined || e.value !== '');
}

/** Where a value is set, for hints: its env-file, else the GitHub environment its secrets and variables belong to. */
export function valueHome(environment: Pick<EnvironmentValues, 'name'>, entry: Pick<ValueEntry, 'site'>): string {
  return entry.site ? entry.site.file : `the ${environment.name} environment's secrets or variables in GitHub (Settings → Environments → ${environment.name})`;
}

/** Joins names for messages: "a, b and c". */
export function listing(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
