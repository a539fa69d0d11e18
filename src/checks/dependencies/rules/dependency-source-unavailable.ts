import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';

export const dependencySourceUnavailable: Rule<DependencyModel> = {
  meta: {
    id: 'dependency-source-unavailable',
    check: 'dependencies',
    severity: 'error',
    description: 'Advisories (the OSV API or the export directory) or the base branch\'s lockfiles could not be read, so the packages are not proven safe.',
    help: 'Read the message: it names the source and the failure. Offline runners can point `dependencies.advisories` at an unzipped OSV export; on pull requests, check out with fetch-depth: 0.',
  },
  run(model, report) {
    for (const problem of model.sourceProblems) report(problem);
  },
};
