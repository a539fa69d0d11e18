import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';

export const lockfileNotFound: Rule<DependencyModel> = {
  meta: {
    id: 'lockfile-not-found',
    check: 'dependencies',
    severity: 'warning',
    description: 'The dependencies check is configured but finds no lockfile, so no package is checked.',
    help: 'Commit the lockfile your package manager writes, or point `dependencies.lockfiles` at it.',
  },
  run(model, report) {
    if (model.lockfiles.length || model.sourceProblems.some((p) => p.message.startsWith('the lockfile '))) return; // one matched but could not be read
    report({ ...model.manifestSite(['lockfiles']), message: `no lockfile matches ${model.patterns.join(', ')}` });
  },
};
