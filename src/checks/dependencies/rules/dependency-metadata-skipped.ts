import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';

export const dependencyMetadataSkipped: Rule<DependencyModel> = {
  meta: {
    id: 'dependency-metadata-skipped',
    check: 'dependencies',
    severity: 'notice',
    description: 'Deprecation and latest-release checks of critical packages did not run (offline, turned off, or the registry did not answer).',
    help: 'Run the check where the registries can be reached (a scheduled job with network access), or set `dependencies.registry: false` to say it is intended.',
  },
  run(model, report) {
    for (const { site, message } of model.metadataSkipped) report({ ...site, message });
  },
};
