import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const dmarcMissing: Rule<DomainModel> = {
  meta: {
    id: 'dmarc-missing',
    check: 'domain',
    severity: 'error',
    description: 'A mail domain has no DMARC record (and inherits none), so receivers have no policy for mail that fails SPF and DKIM.',
    help: 'Publish a TXT record at _dmarc.<domain>, e.g. "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"; start at p=none only while reading reports.',
  },
  run(model, report) {
    for (const email of model.email) {
      const dmarc = email.dmarc;
      if (!dmarc || dmarc.records.length !== 0 || dmarc.inheritedFrom) continue;
      report({ ...siteOf(model, [...email.path, 'domain']), message: `${email.domain} has no DMARC record (a TXT record at ${dmarc.name} starting with v=DMARC1)` });
    }
  },
};
