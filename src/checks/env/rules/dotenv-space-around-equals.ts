import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';
import { lintedFiles } from './lint-files.js';

export const dotenvSpaceAroundEquals: Rule<EnvModel> = {
  meta: {
    id: 'dotenv-space-around-equals',
    check: 'env',
    severity: 'notice',
    description: 'A key or value is separated from `=` by spaces, which shells reject and some loaders keep.',
    help: 'Write NAME=value with no space on either side of `=`.',
  },
  run(model, report) {
    for (const file of lintedFiles(model)) {
      for (const entry of file.parsed.entries) {
        if (entry.spaceAroundEquals) report({ file: file.file, line: entry.line, column: entry.spaceAroundEquals, message: `${entry.key} has spaces around =` });
      }
    }
  },
};
