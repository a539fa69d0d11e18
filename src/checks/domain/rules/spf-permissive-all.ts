import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const spfPermissiveAll: Rule<DomainModel> = {
  meta: {
    id: 'spf-permissive-all',
    check: 'domain',
    severity: 'error',
    description: 'The SPF policy lets any server send: it ends in +all or ?all, includes a record ending in +all, or has no all at all.',
    help: 'End the record with -all (reject) or ~all (soft fail, while checking that every sender is listed).',
  },
  run(model, report) {
    for (const email of model.email) {
      const spf = email.spf;
      if (!spf || spf.records.length !== 1 || spf.errors.length) continue;
      const site = siteOf(model, [...email.path, 'domain']);
      const via = spf.all && spf.all.domain !== email.domain ? ` (through redirect to ${spf.all.domain})` : '';
      if (spf.all?.qualifier === '+') {
        report({ ...site, message: `the SPF policy of ${email.domain} ends in ${spf.all.term}${via}: every server on the internet passes as ${email.domain}` });
      } else if (spf.all?.qualifier === '?') {
        report({ ...site, message: `the SPF policy of ${email.domain} ends in ${spf.all.term}${via}: unlisted servers get "neutral", which protects nothing` });
      } else if (!spf.all && !spf.truncated) {
        report({ ...site, severity: 'warning', message: `the SPF policy of ${email.domain} has no all term, so unlisted servers get "neutral"; end it with -all or ~all` });
      }
      for (const include of spf.permissiveIncludes) {
        report({ ...site, message: `the SPF policy of ${email.domain} includes ${include.domain} (${include.via}), which ends in +all: every server passes` });
      }
    }
  },
};
