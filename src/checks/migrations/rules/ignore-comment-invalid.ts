import type { Rule } from '../../../rules/registry.js';
import type { IgnoreInput } from '../rule.js';

export const ignoreCommentInvalid: Rule<IgnoreInput> = {
  meta: {
    id: 'ignore-comment-invalid',
    check: 'migrations',
    severity: 'warning',
    description: 'A release-gate-ignore comment names no rule, or a rule the migrations check does not have, so it ignores nothing.',
    help: 'Name the rule ids to ignore, as printed in the findings: `-- release-gate-ignore missing-lock-timeout: <reason>`.',
  },
  run({ file, directives, knownRules }, report) {
    for (const d of directives) {
      const unknown = d.rules.filter((r) => !knownRules.has(r));
      if (d.rules.length && !unknown.length) continue;
      report({
        file: file.path, line: d.line, column: d.column,
        message: d.rules.length
          ? `release-gate-ignore names ${unknown.map((r) => `"${r}"`).join(', ')}, which ${unknown.length > 1 ? 'are not rules' : 'is not a rule'} of the migrations check`
          : 'release-gate-ignore names no rule, so it ignores nothing',
      });
    }
  },
};
