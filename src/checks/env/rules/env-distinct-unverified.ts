import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';

export const envDistinctUnverified: Rule<EnvModel> = {
  meta: {
    id: 'env-distinct-unverified',
    check: 'env',
    severity: 'notice',
    description: 'Secrets could not be compared across jobs, because no fingerprint-key was given.',
    help: 'Store a random string as a repository secret (e.g. ENV_FINGERPRINT_KEY) and pass it as `fingerprint-key` to every env job; each then writes fingerprints a later job can compare.',
  },
  run(model, report) {
    if (model.distinctUnverified) report({ message: model.distinctUnverified });
  },
};
