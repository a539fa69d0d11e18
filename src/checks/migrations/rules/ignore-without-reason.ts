import type { Rule } from '../../../rules/registry.js';
import type { IgnoreInput } from '../rule.js';

export const ignoreWithoutReason: Rule<IgnoreInput> = {
  meta: {
    id: 'ignore-without-reason',
    check: 'migrations',
    severity: 'warning',
    description: 'A release-gate-ignore comment gives no reason, so reviewers cannot tell why the hazard is acceptable.',
    help: 'Write the reason after a colon: `-- release-gate-ignore index-not-concurrent: table holds 12 rows`.',
  },
  run({ file, directives }, report) {
    for (const d of directives) {
      if (d.reason || !d.rules.length) continue;
      report({
        file: file.path, line: d.line, column: d.column,
        message: `release-gate-ignore${d.fileWide ? '-file' : ''} ${d.rules.join(', ')} gives no reason`,
        hint: `-- release-gate-ignore${d.fileWide ? '-file' : ''} ${d.rules.join(', ')}: <why this is safe here>`,
      });
    }
  },
};
