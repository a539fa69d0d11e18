import type { Rule } from '../../../rules/registry.js';
import { declarationSite, declaredNames, listing, manifestSite, presentEntry, varConfig, type EnvModel, type EnvironmentValues } from '../model.js';

/** Every declared variable is required everywhere unless `required: false`, or `required-in` names where. */
export const envMissing: Rule<EnvModel> = {
  meta: {
    id: 'env-missing',
    check: 'env',
    severity: 'error',
    description: 'A variable the app needs is absent or empty in an environment.',
    help: 'Set the variable for that environment: in its env-file, or as a secret or variable of the GitHub environment (Settings → Environments).',
  },
  run(model, report) {
    for (const environment of model.environments) {
      for (const name of declaredNames(model)) {
        const config = varConfig(model, name);
        const requiredIn = config['required-in'];
        const required = requiredIn ? requiredIn.includes(environment.name) : config.required !== false;
        if (!required) continue;
        const entries = environment.values.get(name);
        if (presentEntry(entries)) continue;
        const site = requiredIn
          ? manifestSite(model, ['env', 'vars', name, 'required-in', requiredIn.indexOf(environment.name)])
          : config.required === true ? manifestSite(model, ['env', 'vars', name, 'required']) : declarationSite(model, name);
        report({
          ...site,
          message: `${name} is ${entries?.length ? 'empty' : 'missing'} in ${environment.name} (checked ${listing(environment.sources)})`,
          hint: fixHint(name, environment),
        });
      }
    }
  },
};

function fixHint(name: string, environment: EnvironmentValues): string {
  const file = environment.sources.find((s) => !s.startsWith('the '));
  const github = `add ${name} as a secret or variable of the ${environment.name} environment in GitHub (Settings → Environments)`;
  return file ? `Add ${name}=… to ${file}, or ${github}.` : `${github[0]!.toUpperCase()}${github.slice(1)}.`;
}
