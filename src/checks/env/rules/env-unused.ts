import type { Rule } from '../../../rules/registry.js';
import { declarationSite, declaredNames, isIgnoredName, type EnvModel } from '../model.js';

export const envUnused: Rule<EnvModel> = {
  meta: {
    id: 'env-unused',
    check: 'env',
    severity: 'warning',
    description: 'A declared variable is not used by any scanned file.',
    help: 'Remove the declaration if nothing reads it any more; if a framework or the platform reads it, add it to env.ignore.',
  },
  run(model, report) {
    if (!model.scanned) return;
    const used = new Set(model.uses.map((u) => u.name));
    const usedByWorkflows = new Set(model.uses.filter((u) => u.kind === 'secrets' || u.kind === 'vars').map((u) => u.name.toUpperCase()));
    for (const name of declaredNames(model)) {
      if (used.has(name) || usedByWorkflows.has(name.toUpperCase()) || isIgnoredName(model, name)) continue;
      const site = declarationSite(model, name);
      if (site) report({ ...site, message: `${name} is declared but no scanned file uses it`, hint: `Remove ${name} from ${site.file} if nothing reads it any more; if a framework or the platform reads it, add it to env.ignore in ${model.manifestFile}.` });
    }
  },
};
