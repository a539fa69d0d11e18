import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';
import { lintedFiles } from './lint-files.js';

export const dotenvLeadingCharacter: Rule<EnvModel> = {
  meta: {
    id: 'dotenv-leading-character',
    check: 'env',
    severity: 'warning',
    description: 'A key is indented or starts with a character other than a letter or `_` (or the file starts with a byte-order mark), so loaders read a different name.',
    help: 'Start every line with the variable name itself: letters, digits and _, not starting with a digit; save the file as UTF-8 without BOM.',
  },
  run(model, report) {
    for (const file of lintedFiles(model)) {
      if (file.parsed.bom) {
        report({ file: file.file, line: 1, column: 1, message: 'the file starts with a byte-order mark; some loaders then read the first key with an invisible character in front' });
      }
      for (const entry of file.parsed.entries) {
        if (entry.leading) {
          report({ file: file.file, line: entry.line, column: entry.leading.column, message: `${entry.key.replace(/^[^A-Za-z_]+/, '') || entry.key} is indented` });
        } else if (!/^[A-Za-z_]/.test(entry.key)) {
          report({ file: file.file, line: entry.line, column: entry.column, message: `${entry.key} starts with "${entry.key[0]}", not a letter or _` });
        }
      }
    }
  },
};
