import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const dmarcWeakPolicy: Rule<DomainModel> = {
  meta: {
    id: 'dmarc-weak-policy',
    check: 'domain',
    severity: 'error',
    description: 'The DMARC policy does not stop spoofed mail: p=none (unless allowed), a pct below 100, or sp=none for subdomains.',
    help: 'Once reports show every real sender passing, move to p=quarantine and then p=reject; set allow-dmarc-none: true only for a planned monitoring period.',
  },
  run(model, report) {
    for (const email of model.email) {
      const record = email.dmarc?.parsed;
      if (!record || email.dmarc!.records.length > 1) continue;
      const site = siteOf(model, [...email.path, 'domain']);
      const inherited = email.dmarc!.inheritedFrom;
      const policy = inherited ? record.subdomainPolicy ?? record.policy : record.policy;
      const source = inherited ? `inherited from _dmarc.${inherited} (${record.subdomainPolicy ? 'sp' : 'p'}=${policy})` : `p=${policy}`;
      if (policy === 'none' && !email.allowDmarcNone) {
        report({ ...site, message: `the DMARC policy of ${email.domain} is ${source}: receivers deliver mail that fails authentication as if it passed` });
      }
      if (policy && policy !== 'none' && record.pct < 100) {
        report({ ...site, severity: 'warning', message: `the DMARC policy of ${email.domain} applies to only ${record.pct}% of failing mail (pct=${record.pct})` });
      }
      if (!inherited && record.policy && record.policy !== 'none' && record.subdomainPolicy === 'none' && !email.allowDmarcNone) {
        report({ ...site, severity: 'warning', message: `the DMARC record of ${email.domain} sets sp=none: its subdomains can be spoofed although p=${record.policy}` });
      }
    }
  },
};
