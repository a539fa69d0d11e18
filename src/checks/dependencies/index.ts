import { runRules } from '../../rules/registry.js';
import { defineCheck } from '../check.js';
import { meta } from './meta.js';
import { buildModel } from './build-model.js';
import { DEPENDENCY_RULES } from './rules/index.js';

/**
 * The dependencies check: reads every lockfile, knows which packages guard sign-in, sessions and
 * money, and is loud about exactly those (advisories, look-alike names, deprecation, stale majors,
 * and on pull requests what the pull request adds, removes or upgrades across a major).
 */
export const dependenciesCheck = defineCheck(meta, {
  rules: DEPENDENCY_RULES.map((r) => r.meta),
  async run(ctx, section) {
    const { model, metrics } = await buildModel(ctx, section);
    return { findings: runRules(DEPENDENCY_RULES, model), metrics };
  },
});
