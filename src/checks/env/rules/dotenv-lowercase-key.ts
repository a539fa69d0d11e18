import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';
import { lintedFiles } from './lint-files.js';

export const dotenvLowercaseKey: Rule<EnvModel> = {
  meta: {
    id: 'dotenv-lowercase-key',
    check: 'env',
    severity: 'notice',
    description: 'A key has lowercase letters; environment variable names are upper case by convention.',
    help: 'Rename the key to upper case, and its uses in code with it.',
  },
  run(model, report) {
    for (const file of lintedFiles(model)) {
      for (const entry of file.parsed.entries) {
        if (/[a-z]/.test(entry.key)) {
          report({ file: file.file, line: entry.line, column: entry.column, message: `${entry.key} has lowercase letters`, hint: `Rename it ${entry.key.toUpperCase()}, and its uses in code with it.` });
        }
      }
    }
  },
};
