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
        hint: undeclaredHint(model, use.name, use.kind),
      });
    }
  },
};

/** Names the file to declare it in (the sample file the manifest lists, else the manifest), and for a workflow secret how to add it. */
function undeclaredHint(model: EnvModel, name: string, kind: string): string {
  const sample = model.section['declared-in']?.find((f) => !/[*?[{]/.test(f)) ?? model.files.find((f) => f.declares)?.file;
  const declare = sample
    ? `declare ${name} in ${sample} (a name and a placeholder) or under env.vars in ${model.manifestFile}`
    : `declare ${name} under env.vars in ${model.manifestFile} (or list a sample file such as .env.example in env.declared-in)`;
  if (kind === 'secrets') {
    return `Add the secret in the repository's Settings → Secrets and variables → Actions, or \`gh secret set ${name}\` (\`--env production\` for an environment's secret); then ${declare}, so every environment is checked for it.`;
  }
  if (kind === 'vars') {
    return `Add the variable in the repository's Settings → Secrets and variables → Actions → Variables, or \`gh variable set ${name}\`; then ${declare}, so every environment is checked for it.`;
  }
  return `${declare[0]!.toUpperCase()}${declare.slice(1)}, so every environment is checked for it; if the platform sets it, add it to env.ignore in ${model.manifestFile}.`;
}
