import { runRules } from '../../rules/registry.js';
import { defineCheck } from '../check.js';
import { meta } from './meta.js';
import { buildModel } from './build-model.js';
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
export const envCheck = defineCheck(meta, {
  rules: ENV_RULES.map((r) => r.meta),
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
