import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';
import { lintedFiles } from './lint-files.js';

export const dotenvUnquotedSpace: Rule<EnvModel> = {
  meta: {
    id: 'dotenv-unquoted-space',
    check: 'env',
    severity: 'warning',
    description: 'An unquoted value holds whitespace; shells and some loaders cut it at the first space.',
    help: 'Quote the value: NAME="two words".',
  },
  run(model, report) {
    for (const file of lintedFiles(model)) {
      for (const entry of file.parsed.entries) {
        if (!entry.quote && /\s/.test(entry.value) && !entry.unresolved) {
          report({ file: file.file, line: entry.valueLine, column: entry.valueColumn, message: `the value of ${entry.key} holds whitespace but is not quoted` });
        }
      }
    }
  },
};
