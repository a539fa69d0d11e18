import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';
import { declaredSuffix, kindOf } from '../model.js';

export const criticalDependencyMajorChange: Rule<DependencyModel> = {
  meta: {
    id: 'critical-dependency-major-change',
    check: 'dependencies',
    severity: 'warning',
    description: 'A pull request moves a sign-in, session or payment package to another major version.',
    help: 'Read the package\'s migration guide: major releases of auth and payment libraries change defaults (algorithms, cookie flags, API versions). Test sign-in and a payment end to end.',
  },
  run(model, report) {
    for (const { pkg, from } of model.changes?.majorChanged ?? []) {
      report({
        file: pkg.lockfile, line: pkg.line,
        message: `${pkg.name}, ${kindOf(model.categoryOf(pkg))}, changes major version: ${from} → ${pkg.version}${declaredSuffix(pkg)}`,
      });
    }
  },
};
