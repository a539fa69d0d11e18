import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';
import { reportAdvisories } from './advisory-message.js';

export const dependencyAdvisory: Rule<DependencyModel> = {
  meta: {
    id: 'dependency-advisory',
    check: 'dependencies',
    severity: 'warning',
    description: 'An installed package version has a known advisory (a package that is not in the critical table).',
    help: 'Upgrade to the fixed version the message names and commit the lockfile; `dependencies.min-severity` hides low-severity advisories on non-critical packages.',
  },
  run(model, report) {
    reportAdvisories(model, false, report);
  },
};
