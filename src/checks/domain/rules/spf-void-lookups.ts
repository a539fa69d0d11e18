import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';
import { SPF_VOID_LIMIT } from '../spf.js';

export const spfVoidLookups: Rule<DomainModel> = {
  meta: {
    id: 'spf-void-lookups',
    check: 'domain',
    severity: 'error',
    description: 'More than 2 SPF lookups find nothing (NXDOMAIN or no records), which receivers may treat as a permanent error (RFC 7208 section 4.6.4).',
    help: 'Remove the terms that point at names without records: old providers, typos, hosts that were decommissioned.',
  },
  run(model, report) {
    for (const email of model.email) {
      const voids = email.spf?.voidLookups ?? [];
      if (voids.length <= SPF_VOID_LIMIT) continue;
      report({
        ...siteOf(model, [...email.path, 'domain']),
        message: `the SPF policy of ${email.domain} has ${voids.length} lookups that find nothing (the limit is ${SPF_VOID_LIMIT}): ${voids.map((v) => `${v.term} in ${v.domain}`).join(', ')}`,
      });
    }
  },
};
