import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const spfMultipleRecords: Rule<DomainModel> = {
  meta: {
    id: 'spf-multiple-records',
    check: 'domain',
    severity: 'error',
    description: 'A domain publishes more than one SPF record, which receivers treat as a permanent error (RFC 7208 section 4.5).',
    help: 'Merge the records into one: keep one v=spf1, list every include and address once, and end with a single -all or ~all.',
  },
  run(model, report) {
    for (const email of model.email) {
      if (!email.spf || email.spf.records.length < 2) continue;
      report({
        ...siteOf(model, [...email.path, 'domain']),
        message: `${email.domain} has ${email.spf.records.length} SPF records, so SPF fails for all its mail: ${email.spf.records.map((r) => JSON.stringify(r)).join(', ')}`,
      });
    }
  },
};
