import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';
import { declaredSuffix, kindOf } from '../model.js';
import { majorOf } from '../versions.js';

export const criticalDependencyOutdated: Rule<DependencyModel> = {
  meta: {
    id: 'critical-dependency-outdated',
    check: 'dependencies',
    severity: 'warning',
    description: 'A sign-in, session or payment package is more than one major version behind its latest release.',
    help: 'Plan the upgrade: maintainers usually fix security problems in the latest major or two only.',
  },
  run(model, report) {
    for (const { pkg, facts } of model.releases) {
      if (!facts.latest) continue;
      const now = majorOf(pkg.ecosystem, pkg.version);
      const latest = majorOf(pkg.ecosystem, facts.latest);
      if (now === undefined || latest === undefined || latest - now < 2) continue;
      report({
        file: pkg.lockfile, line: pkg.line,
        message: `${pkg.name} ${pkg.version}, ${kindOf(model.categoryOf(pkg))}, is ${latest - now} major versions behind its latest release, ${facts.latest}${declaredSuffix(pkg)}`,
      });
    }
  },
};
