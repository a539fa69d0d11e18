import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const dmarcNoReports: Rule<DomainModel> = {
  meta: {
    id: 'dmarc-no-reports',
    check: 'domain',
    severity: 'warning',
    description: 'The DMARC record asks for no aggregate reports (no rua=), so nobody learns about spoofing or a sender that fails.',
    help: 'Add rua=mailto:<address> (a mailbox or a DMARC report service) so receivers send daily aggregate reports.',
  },
  run(model, report) {
    for (const email of model.email) {
      const record = email.dmarc?.parsed;
      if (!record || record.rua.length || email.dmarc!.records.length > 1) continue;
      const name = email.dmarc!.inheritedFrom ? `_dmarc.${email.dmarc!.inheritedFrom} (inherited by ${email.domain})` : email.dmarc!.name;
      report({ ...siteOf(model, [...email.path, 'domain']), message: `the DMARC record at ${name} has no rua= address: no aggregate reports are sent` });
    }
  },
};
