import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const spfSyntax: Rule<DomainModel> = {
  meta: {
    id: 'spf-syntax',
    check: 'domain',
    severity: 'error',
    description: 'An SPF record (or a record it includes) is malformed or leads to a permanent error, so SPF fails.',
    help: 'Fix the term named in the message; every include and redirect target must publish exactly one valid SPF record.',
  },
  run(model, report) {
    for (const email of model.email) {
      for (const error of email.spf?.errors ?? []) {
        const where = error.domain === email.domain ? `the SPF record of ${email.domain}` : `the SPF record of ${error.domain} (included by ${email.domain})`;
        report({ ...siteOf(model, [...email.path, 'domain']), message: `${where}: ${error.message}` });
      }
    }
  },
};
