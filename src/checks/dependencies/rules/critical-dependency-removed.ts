import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';
import { kindOf } from '../model.js';

export const criticalDependencyRemoved: Rule<DependencyModel> = {
  meta: {
    id: 'critical-dependency-removed',
    check: 'dependencies',
    severity: 'notice',
    description: 'A pull request removes a package that handled sign-in, sessions or payments.',
    help: 'Make sure what it did (checking tokens, hashing passwords, verifying webhooks) is still done by something else.',
  },
  run(model, report) {
    for (const pkg of model.changes?.removed ?? []) {
      report({
        file: pkg.lockfile,
        message: `this pull request removes ${pkg.name} ${pkg.version}, ${kindOf(model.categoryOf(pkg))}, from ${pkg.lockfile}`,
      });
    }
  },
};
