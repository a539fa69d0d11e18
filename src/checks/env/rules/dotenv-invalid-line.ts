import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';

export const dotenvInvalidLine: Rule<EnvModel> = {
  meta: {
    id: 'dotenv-invalid-line',
    check: 'env',
    severity: 'error',
    description: 'A line of an env file cannot be read as NAME=value, a comment or a blank line.',
    help: 'Write NAME=value with NAME made of letters, digits and _; quote values with spaces, # or newlines, and close every quote.',
  },
  run(model, report) {
    for (const file of model.files) {
      if (!file.lint) continue;
      for (const invalid of file.parsed.invalid) report({ file: file.file, line: invalid.line, column: invalid.column, message: invalid.reason });
    }
  },
};
