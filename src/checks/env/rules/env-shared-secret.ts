import type { Rule } from '../../../rules/registry.js';
import { declarationSite, isDistinctVar, manifestSite, type EnvModel, type FingerprintSet, type Site } from '../model.js';

export const envSharedSecret: Rule<EnvModel> = {
  meta: {
    id: 'env-shared-secret',
    check: 'env',
    severity: 'error',
    description: 'A `distinct` or secret variable has the same value in two environments.',
    help: 'Generate a new value for one of the environments (rotate it): a secret shared with staging is only as safe as staging.',
  },
  run(model, report) {
    const sets = model.fingerprints;
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        const [a, b] = [sets[i]!, sets[j]!];
        if (a.environment === b.environment) continue;
        for (const [name, print] of a.prints) {
          if (b.prints.get(name) !== print || !isDistinctVar(model, name)) continue;
          const via = [a, b].find((s) => s.origin !== 'local');
          report({
            ...siteFor(model, name, b) ?? siteFor(model, name, a) ?? declarationSite(model, name) ?? manifestSite(model, ['env'], 'key'),
            message: `${name} has the same value in ${a.environment} and ${b.environment}${via ? ` (compared by fingerprint with ${via.origin})` : ''}`,
          });
        }
      }
    }
  },
};

function siteFor(model: EnvModel, name: string, set: FingerprintSet): Site | undefined {
  if (set.origin !== 'local') return undefined;
  return model.environments.find((e) => e.name === set.environment)?.values.get(name)?.find((e) => e.site)?.site;
}
