import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';
import { lintedFiles } from './lint-files.js';

export const dotenvMissingFinalNewline: Rule<EnvModel> = {
  meta: {
    id: 'dotenv-missing-final-newline',
    check: 'env',
    severity: 'notice',
    description: 'The file does not end with a newline, so appending to it (echo NAME=x >> file) joins two lines.',
    help: 'End the file with a newline.',
  },
  run(model, report) {
    for (const file of lintedFiles(model)) {
      if (!file.parsed.missingFinalNewline) continue;
      const lines = file.parsed.lines;
      report({ file: file.file, line: lines.length, column: lines[lines.length - 1]!.text.length + 1, message: 'the file does not end with a newline' });
    }
  },
};
