import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';
import { declaredSuffix } from '../model.js';

export const dependencyTyposquat: Rule<DependencyModel> = {
  meta: {
    id: 'dependency-typosquat',
    check: 'dependencies',
    severity: 'error',
    description: 'A package whose name is one or two letters away from a sign-in, session or payment package: a common way to ship malware.',
    help: 'Check the name letter by letter against the real package; if it is a mistake, uninstall it and rotate what it could read. If it is a real package, add it to `dependencies.critical` or turn the rule off for it with a comment why.',
  },
  run(model, report) {
    for (const { pkg, imitates } of model.typosquats) {
      report({
        file: pkg.lockfile, line: pkg.line,
        message: `${pkg.name} ${pkg.version} is named like ${imitates}, a critical package, but is not it${declaredSuffix(pkg)}`,
      });
    }
  },
};
