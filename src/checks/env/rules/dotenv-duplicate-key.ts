import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';
import { lintedFiles } from './lint-files.js';

export const dotenvDuplicateKey: Rule<EnvModel> = {
  meta: {
    id: 'dotenv-duplicate-key',
    check: 'env',
    severity: 'warning',
    description: 'A key is set twice in one env file; loaders keep one of the values silently.',
    help: 'Keep one line per key and delete the other.',
  },
  run(model, report) {
    for (const file of lintedFiles(model)) {
      const first = new Map<string, number>();
      for (const entry of file.parsed.entries) {
        const line = first.get(entry.key);
        if (line === undefined) first.set(entry.key, entry.line);
        else report({ file: file.file, line: entry.line, column: entry.column, message: `${entry.key} is set again here (first on line ${line}); the later value wins` });
      }
    }
  },
};
