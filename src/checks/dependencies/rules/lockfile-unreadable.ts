import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';

export const lockfileUnreadable: Rule<DependencyModel> = {
  meta: {
    id: 'lockfile-unreadable',
    check: 'dependencies',
    severity: 'error',
    description: 'A lockfile (or part of one) cannot be read, so what it installs is not checked.',
    help: 'Regenerate the lockfile with its tool (npm install, pnpm install, yarn, poetry lock, pipenv lock, bundle lock, go mod tidy, composer update --lock) and commit it; a hand-merged conflict is the usual cause.',
  },
  run(model, report) {
    for (const lockfile of model.lockfiles) for (const problem of lockfile.problems) report(problem);
  },
};
