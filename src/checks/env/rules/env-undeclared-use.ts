import type { Rule } from '../../../rules/registry.js';
import { declaredNames, isIgnoredName, type EnvModel } from '../model.js';

export const envUndeclaredUse: Rule<EnvModel> = {
  meta: {
    id: 'env-undeclared-use',
    check: 'env',
    severity: 'error',
    description: 'Code reads a variable that no declared-in file and no env.vars entry declares.',
    help: 'Declare the variable in .env.example (or the manifest\'s env.vars) so every environment is checked for it; add it to env.ignore if the platform sets it.',
  },
  run(model, report) {
    const declared = new Set(declaredNames(model));
    // GitHub secret and variable names are case-insensitive.
    const declaredUpper = new Set([...declared].map((n) => n.toUpperCase()));
    const where = model.section['declared-in']?.length ? `${model.section['declared-in'].join(', ')} or env.vars` : 'env.vars (and no declared-in file is configured)';
    for (const use of model.uses) {
      const github = use.kind === 'secrets' || use.kind === 'vars';
      if (declared.has(use.name) || (github && declaredUpper.has(use.name.toUpperCase())) || isIgnoredName(model, use.name, use.kind)) continue;
      // next.config `env: { X: ... }` inlines X from the config; a read of process.env.X in that config itself is a real read.
      const config = model.frameworkNames?.get(use.name);
      if (config !== undefined && config !== use.file) continue;
      report({
        file: use.file, line: use.line, column: use.column, endLine: use.line, endColumn: use.endColumn,
        message: `${github ? `${use.kind}.` : ''}${use.name} is used here but declared nowhere (not in ${where})`,
      });
    }
  },
};
