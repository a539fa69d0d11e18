import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';
import { declaredSuffix, kindOf } from '../model.js';

export const criticalDependencyDeprecated: Rule<DependencyModel> = {
  meta: {
    id: 'critical-dependency-deprecated',
    check: 'dependencies',
    severity: 'warning',
    description: 'A sign-in, session or payment package is deprecated, yanked or abandoned by its maintainers.',
    help: 'Move to the replacement the maintainers name; a deprecated auth or payment library gets no security fixes.',
  },
  run(model, report) {
    for (const { pkg, facts } of model.releases) {
      if (!facts.deprecated) continue;
      report({
        file: pkg.lockfile, line: pkg.line,
        message: `${pkg.name} ${pkg.version}, ${kindOf(model.categoryOf(pkg))}, is deprecated in its registry: ${facts.deprecated.slice(0, 200)}${declaredSuffix(pkg)}`,
      });
    }
  },
};
