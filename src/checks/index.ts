import { registerRules, type RuleMeta } from '../rules/registry.js';
import type { CheckDefinition } from './check.js';

/** What the CLI's --help, the action metadata and the gate need of a check before it runs. */
export type CheckMeta = Pick<CheckDefinition, 'name' | 'section' | 'description' | 'inputs' | 'live'>;

/** A registered check: its metadata now, its code (and rules) on first run. */
export interface LazyCheck extends CheckDefinition {
  load(): Promise<CheckDefinition>;
}

/**
 * Six checks bundle to about 1.5 MB (undici, 200 secret rules, libpg-query's loader); importing them
 * all cost every run, --help included, about 150 ms. Each check's code is imported on its first run
 * instead, so ncc splits it into a chunk of its own. test/checks/registry.test.ts keeps this metadata
 * equal to each check's own definition.
 */
export function lazyCheck(meta: CheckMeta, importCheck: () => Promise<CheckDefinition>): LazyCheck {
  let loaded: Promise<CheckDefinition> | undefined;
  let rules: readonly RuleMeta[] = [];
  const load = () => (loaded ??= importCheck().then((check) => {
    registerRules(check.rules);
    rules = check.rules;
    return check;
  }));
  return {
    ...meta,
    // Known once the check has loaded; the gate and the reporters ask for rules only after a run.
    get rules() {
      return rules;
    },
    load,
    async run(ctx, section) {
      return (await load()).run(ctx, section);
    },
  };
}

/**
 * Every check the CLI and the actions offer, in the order they run (domain last: its login burst
 * spends the app's failed-sign-in allowance). A check is listed here only once it works.
 */
export const CHECKS: readonly LazyCheck[] = [
  lazyCheck(
    {
      name: 'env',
      section: 'env',
      description: "Every environment has every variable it needs, in the right shape, with secrets kept apart.",
      inputs: [
        { name: "secrets", description: "The job's secrets as JSON: the expression toJSON(secrets), in a job bound to the environment.", secret: true },
        { name: "vars", description: "The job's variables as JSON: the expression toJSON(vars), in a job bound to the environment." },
        { name: "fingerprint-key", description: "A secret key for the HMAC fingerprints that let another job compare secrets without seeing them; the same in every job.", secret: true },
        { name: "fingerprints", description: "Comma-separated paths of fingerprint files written by env jobs of other environments, to compare with." },
        { name: "token", description: "A GitHub token (also used for PR comments). For the env check's `github-api: true` it must be able to read environment secrets and variables, which GITHUB_TOKEN cannot.", secret: true },
        { name: "github-api", description: "`true` to read the names of environment secrets and the values of environment variables through the GitHub REST API with `token`." },
        { name: "repository", description: "owner/name for the GitHub API; defaults to GITHUB_REPOSITORY." },
        { name: "api-url", description: "The GitHub REST API root; defaults to GITHUB_API_URL, else https://api.github.com." },
        { name: "fix", description: "Append the variables the code uses but no declared-in file declares to the first declared-in file, with placeholder values in that file's style; removes nothing.", flag: true, cliOnly: true },
      ],
    },
    async () => (await import('./env/index.js')).envCheck,
  ),
  lazyCheck(
    {
      name: 'migrations',
      section: 'migrations',
      description: "PostgreSQL migration safety: locks, table rewrites, deploy-time breakage, data loss and ordering, on the exact line.",
      inputs: [
        { name: "no-trace", description: "Skip the migrations.trace section: no PostgreSQL is started or connected to.", flag: true },
      ],
    },
    async () => (await import('./migrations/index.js')).migrationsCheck,
  ),
  lazyCheck(
    {
      name: 'secrets',
      section: 'secrets',
      description: "Credentials and private keys in code, pull-request diffs and logs, reported masked and never echoed back.",
      inputs: [
        { name: "baseline", description: "A baseline file of accepted findings; overrides `secrets.baseline`." },
        { name: "write-baseline", description: "Record every current finding as accepted in a new baseline file of this name (returned as an artifact); they do not fail this run." },
        { name: "stdin", description: "Read a log from standard input (CLI: --stdin).", flag: true, cliOnly: true },
      ],
    },
    async () => (await import('./secrets/index.js')).secretsCheck,
  ),
  lazyCheck(
    {
      name: 'dependencies',
      section: 'dependencies',
      description: "Packages that handle sign-in, sessions or payments: known advisories, look-alike names, deprecated or stale releases, and what a pull request adds or changes.",
      inputs: [],
    },
    async () => (await import('./dependencies/index.js')).dependenciesCheck,
  ),
  lazyCheck(
    {
      name: 'smoke',
      section: 'smoke',
      live: true,
      description: "After a deploy: sign in, load the dashboard, make one write that cleans up, and check that roles are refused where they must be.",
      inputs: [
        { name: "url", description: "The URL to test instead of the environment's url, e.g. a preview deployment. On deployment_status events the deployed URL is used without it." },
      ],
    },
    async () => (await import('./smoke/index.js')).smokeCheck,
  ),
  lazyCheck(
    {
      name: 'latency',
      section: 'latency',
      live: true,
      description: "Under a fixed-rate load, each endpoint's p95, p99, max and error rate stay within their thresholds, and p95 does not regress from a baseline.",
      inputs: [
        { name: "url", description: "The URL to load instead of the environment's url, e.g. a preview deployment. Only its origin is ever sent requests." },
        { name: "baseline", description: "A JSON report of an earlier run (--format json, or the report output kept as an artifact) to compare p95 with; overrides latency.baseline." },
        { name: 'shard', description: 'Run shard i of N (e.g. 2/4): this job sends rate/N of every endpoint within caps/N, and writes its histograms for `latency merge`; thresholds are applied by the merge.' },
        { name: 'merge', description: 'Gate shard reports instead of sending load: JSON reports (paths or globs, comma-separated) whose histograms are added exactly (CLI: release-gate latency merge FILE...).' },
        { name: 'import-k6', description: 'Gate a k6 run instead of sending load: the file k6 wrote with --out json (CLI: release-gate latency import-k6 FILE).' },
      ],
    },
    async () => (await import('./latency/index.js')).latencyCheck,
  ),
  lazyCheck(
    {
      name: 'domain',
      section: 'domain',
      live: true,
      description: "DNS records, SPF/DMARC/DKIM/MX, TLS certificates, HSTS, redirects, signed-in page headers and login rate limits.",
      inputs: [],
    },
    async () => (await import('./domain/index.js')).domainCheck,
  ),
];
