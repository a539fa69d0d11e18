import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const spfMissing: Rule<DomainModel> = {
  meta: {
    id: 'spf-missing',
    check: 'domain',
    severity: 'error',
    description: 'A mail domain publishes no SPF record, so receivers cannot tell its servers from forgers.',
    help: 'Publish one TXT record at the domain listing every service that sends its mail, e.g. "v=spf1 include:_spf.provider.example -all".',
  },
  run(model, report) {
    for (const email of model.email) {
      if (!email.spf || email.spf.records.length !== 0) continue;
      report({ ...siteOf(model, [...email.path, 'domain']), message: `${email.domain} has no SPF record (a TXT record starting with v=spf1)` });
    }
  },
};
