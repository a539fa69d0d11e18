import type { Rule } from '../../../rules/registry.js';
import { varConfig, type EnvModel } from '../model.js';
import { looksLikeRealSecret } from '../secret-values.js';

export const envSecretCommitted: Rule<EnvModel> = {
  meta: {
    id: 'env-secret-committed',
    check: 'env',
    severity: 'error',
    description: 'A declared-in or committed env file holds what looks like a real secret instead of an empty value or a placeholder.',
    help: 'Replace the value with an empty value or a placeholder (NAME= or NAME=changeme), keep real values in the environment\'s secrets, and rotate the secret: it stays in git history.',
  },
  run(model, report) {
    for (const file of model.files) {
      if (!file.committed) continue;
      for (const entry of file.parsed.entries) {
        if (!looksLikeRealSecret(entry.key, entry.value, { secret: varConfig(model, entry.key).secret })) continue;
        report({
          file: file.file, line: entry.valueLine, column: entry.valueColumn,
          message: `${entry.key} in ${file.file} holds what looks like a real secret, not a placeholder (${file.declares ? 'a declared-in file' : 'committed to git'})`,
        });
      }
    }
  },
};
