import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';
import { reportAdvisories } from './advisory-message.js';

export const dependencyAdvisoryCritical: Rule<DependencyModel> = {
  meta: {
    id: 'dependency-advisory-critical',
    check: 'dependencies',
    severity: 'error',
    description: 'An installed version of a package that handles sign-in, sessions or payments has a known advisory.',
    help: 'Upgrade to the fixed version the message names (npm install pkg@version, pip install, bundle update pkg...), commit the lockfile, and read the advisory for steps beyond the upgrade.',
  },
  run(model, report) {
    reportAdvisories(model, true, report);
  },
};
