import { runRules } from '../../rules/registry.js';
import { defineCheck } from '../check.js';
import { buildModel, INPUT } from './build-model.js';
import { artifactName, renderFingerprintFile } from './fingerprints.js';
import { declaredNames } from './model.js';
import { planEnvFix } from './fix.js';
import { narrowToPullRequest } from './pull-request.js';
import { ENV_RULES } from './rules/index.js';

/**
 * The env check: every environment has every variable the app needs, each value has the right shape,
 * production points at nothing local or foreign, secrets differ between environments, and env files
 * are clean. No value is ever put into a finding or a metric: only names, files and environments.
 */
export const envCheck = defineCheck({
  name: 'env',
  section: 'env',
  description: 'Every environment has every variable it needs, in the right shape, with secrets kept apart.',
  rules: ENV_RULES.map((r) => r.meta),
  inputs: [
    { name: INPUT.secrets, description: 'The job\'s secrets as JSON: the expression toJSON(secrets), in a job bound to the environment.', secret: true },
    { name: INPUT.vars, description: 'The job\'s variables as JSON: the expression toJSON(vars), in a job bound to the environment.' },
    { name: INPUT.fingerprintKey, description: 'A secret key for the HMAC fingerprints that let another job compare secrets without seeing them; the same in every job.', secret: true },
    { name: INPUT.fingerprints, description: 'Comma-separated paths of fingerprint files written by env jobs of other environments, to compare with.' },
    { name: INPUT.token, description: 'A GitHub token (also used for PR comments). For the env check\'s `github-api: true` it must be able to read environment secrets and variables, which GITHUB_TOKEN cannot.', secret: true },
    { name: INPUT.githubApi, description: '`true` to read the names of environment secrets and the values of environment variables through the GitHub REST API with `token`.' },
    { name: INPUT.repository, description: 'owner/name for the GitHub API; defaults to GITHUB_REPOSITORY.' },
    { name: INPUT.apiUrl, description: 'The GitHub REST API root; defaults to GITHUB_API_URL, else https://api.github.com.' },
    { name: 'fix', description: 'Append the variables the code uses but no declared-in file declares to the first declared-in file, with placeholder values in that file\'s style; removes nothing.', flag: true, cliOnly: true },
  ],
  async run(ctx, section) {
    const { model, key, scannedFiles } = await buildModel(ctx, section);
    let findings = runRules(ENV_RULES, model);
    let base: { ref: string; hidden: number } | undefined;
    if (ctx.base) {
      const narrowed = await narrowToPullRequest(ctx, ctx.base, model, findings);
      findings = narrowed.findings;
      base = { ref: ctx.base, hidden: narrowed.hidden };
    }

    const artifacts: Record<string, string> = {};
    if (!key.random) {
      for (const set of model.fingerprints) {
        if (set.origin === 'local') artifacts[artifactName(set.environment)] = renderFingerprintFile(key, set.environment, set.prints);
      }
    }
    const metrics = {
      environments: model.environments.map((e) => ({ name: e.name, sources: e.sources, variables: e.values.size })),
      declared: declaredNames(model).length,
      uses: model.uses.length,
      filesScanned: scannedFiles,
      filesSkipped: model.skipped.length,
      envFiles: model.files.map((f) => f.file),
      fingerprintsCompared: model.fingerprints.map((f) => f.environment),
      ...(base ? { base } : {}),
      ...(ctx.input('fix') === 'true' ? { fix: planEnvFix(model) ?? null } : {}),
    };
    return { findings, metrics, artifacts };
  },
});
