import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';
import { declaredSuffix, kindOf } from '../model.js';

export const criticalDependencyAdded: Rule<DependencyModel> = {
  meta: {
    id: 'critical-dependency-added',
    check: 'dependencies',
    severity: 'warning',
    description: 'A pull request adds a package that handles sign-in, sessions or payments.',
    help: 'Have someone who owns sign-in or billing review why it is needed, who maintains it, and how it is configured.',
  },
  run(model, report) {
    for (const pkg of model.changes?.added ?? []) {
      report({
        file: pkg.lockfile, line: pkg.line,
        message: `this pull request adds ${pkg.name} ${pkg.version}, ${kindOf(model.categoryOf(pkg))}${declaredSuffix(pkg)}`,
      });
    }
  },
};
