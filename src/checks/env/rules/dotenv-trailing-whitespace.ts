import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';
import { lintedFiles } from './lint-files.js';

export const dotenvTrailingWhitespace: Rule<EnvModel> = {
  meta: {
    id: 'dotenv-trailing-whitespace',
    check: 'env',
    severity: 'notice',
    description: 'A line ends with spaces or tabs.',
    help: 'Delete the whitespace at the end of the line; quote the value if the spaces belong to it.',
  },
  run(model, report) {
    for (const file of lintedFiles(model)) {
      // Inside a multi-line quoted value, trailing spaces are part of the value.
      const insideValue = new Set<number>();
      for (const entry of file.parsed.entries) for (let line = entry.valueLine; line < entry.endLine; line++) insideValue.add(line);
      file.parsed.lines.forEach((line, index) => {
        const match = /[ \t]+$/.exec(line.text);
        if (match && !insideValue.has(index + 1)) report({ file: file.file, line: index + 1, column: match.index + 1, message: 'the line ends with whitespace' });
      });
    }
  },
};
