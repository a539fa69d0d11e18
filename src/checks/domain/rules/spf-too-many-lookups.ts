import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';
import { SPF_LOOKUP_LIMIT } from '../spf.js';

export const spfTooManyLookups: Rule<DomainModel> = {
  meta: {
    id: 'spf-too-many-lookups',
    check: 'domain',
    severity: 'error',
    description: 'Evaluating the SPF policy takes more than 10 DNS lookups (include, a, mx, ptr, exists, redirect), a permanent error for receivers.',
    help: 'Drop includes of services that no longer send, replace a and mx terms with ip4/ip6 ranges, or ask a provider for a flatter include.',
  },
  run(model, report) {
    for (const email of model.email) {
      const spf = email.spf;
      if (!spf || spf.lookups.length <= SPF_LOOKUP_LIMIT) continue;
      const perRecord = new Map<string, number>();
      for (const lookup of spf.lookups) perRecord.set(lookup.domain, (perRecord.get(lookup.domain) ?? 0) + 1);
      const breakdown = [...perRecord].map(([domain, count]) => `${domain} ${count}`).join(', ');
      report({
        ...siteOf(model, [...email.path, 'domain']),
        message: `the SPF policy of ${email.domain} needs ${spf.truncated ? 'more than ' : ''}${spf.lookups.length} DNS lookups (the limit is ${SPF_LOOKUP_LIMIT}), by record: ${breakdown}`,
      });
    }
  },
};
