import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const dmarcSyntax: Rule<DomainModel> = {
  meta: {
    id: 'dmarc-syntax',
    check: 'domain',
    severity: 'error',
    description: 'A DMARC record is malformed (or there are several), so receivers ignore it or read it differently from what was meant.',
    help: 'Keep one record at _dmarc.<domain>: v=DMARC1 first, then p=none|quarantine|reject and mailto: report addresses, separated by semicolons.',
  },
  run(model, report) {
    for (const email of model.email) {
      const dmarc = email.dmarc;
      if (!dmarc) continue;
      const site = siteOf(model, [...email.path, 'domain']);
      const name = dmarc.inheritedFrom ? `_dmarc.${dmarc.inheritedFrom} (inherited by ${email.domain})` : dmarc.name;
      if (dmarc.records.length > 1) {
        report({ ...site, message: `${name} has ${dmarc.records.length} DMARC records, so receivers ignore them all` });
        continue;
      }
      for (const error of dmarc.parsed?.errors ?? []) report({ ...site, message: `the DMARC record at ${name} ${error.startsWith('has ') ? error : `is malformed: ${error}`}` });
      for (const tag of dmarc.parsed?.unknownTags ?? []) {
        report({ ...site, severity: 'warning', message: `the DMARC record at ${name} has an unknown tag ${tag}=, which receivers ignore (a typo?)` });
      }
    }
  },
};
