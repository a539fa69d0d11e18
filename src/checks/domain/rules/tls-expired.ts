import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';
import { certificateLabel, daysBetween, isoDate } from '../certificate-dates.js';

export const tlsExpired: Rule<DomainModel> = {
  meta: {
    id: 'tls-expired',
    check: 'domain',
    severity: 'error',
    description: 'A certificate the endpoint serves (the leaf or an intermediate) has expired: browsers refuse the site.',
    help: 'Renew the certificate now and deploy it with its current intermediate chain; then automate renewal (ACME) and keep a tls entry watching it.',
  },
  run(model, report) {
    for (const tls of model.tls) {
      if (!tls.result.ok) continue;
      for (const certificate of tls.result.certificates) {
        if (certificate.validTo.getTime() > model.now.getTime()) continue;
        const ago = daysBetween(certificate.validTo, model.now);
        report({
          ...siteOf(model, [...tls.path, 'host']),
          message: `${certificateLabel(certificate, tls.host, tls.port)} expired on ${isoDate(certificate.validTo)} (${ago === 0 ? 'today' : `${ago} day${ago === 1 ? '' : 's'} ago`})`,
        });
      }
    }
  },
};
