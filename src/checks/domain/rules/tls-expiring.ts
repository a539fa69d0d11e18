import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';
import { certificateLabel, daysBetween, isoDate } from '../certificate-dates.js';

export const tlsExpiring: Rule<DomainModel> = {
  meta: {
    id: 'tls-expiring',
    check: 'domain',
    severity: 'error',
    description: 'A certificate expires soon: an error under min-days (default 14), a warning under warn-days (default 30).',
    help: 'Renew the certificate before it expires (check why automatic renewal did not already do it); a renewal over a weekend is how outages start.',
  },
  run(model, report) {
    for (const tls of model.tls) {
      if (!tls.result.ok) continue;
      for (const certificate of tls.result.certificates) {
        if (certificate.validTo.getTime() <= model.now.getTime()) continue; // tls-expired
        const left = daysBetween(model.now, certificate.validTo);
        if (left >= tls.warnDays) continue;
        const error = left < tls.minDays;
        report({
          ...siteOf(model, [...tls.path, error && model.locate([...tls.path, 'min-days']) ? 'min-days' : 'host']),
          severity: error ? 'error' : 'warning',
          message: `${certificateLabel(certificate, tls.host, tls.port)} expires on ${isoDate(certificate.validTo)}, in ${left} day${left === 1 ? '' : 's'} (${error ? `min-days is ${tls.minDays}` : `warn-days is ${tls.warnDays}`})`,
        });
      }
    }
  },
};
