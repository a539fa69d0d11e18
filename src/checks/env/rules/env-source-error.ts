import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';

export const envSourceError: Rule<EnvModel> = {
  meta: {
    id: 'env-source-error',
    check: 'env',
    severity: 'error',
    description: 'A source of declarations, values or fingerprints could not be read or used, so the environment is not proven complete.',
    help: 'Read the message: it names the file, input or API answer that failed, and how to fix it.',
  },
  run(model, report) {
    const seen = new Set<string>();
    for (const problem of model.sourceErrors) {
      const key = `${problem.file}:${problem.line}:${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report(problem);
    }
  },
};
