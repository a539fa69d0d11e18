import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const tlsHostnameMismatch: Rule<DomainModel> = {
  meta: {
    id: 'tls-hostname-mismatch',
    check: 'domain',
    severity: 'error',
    description: 'The certificate served for a host name does not cover that name: browsers refuse the site.',
    help: 'Issue a certificate whose subject alternative names include the host (or a matching wildcard), and check the server picks it for this SNI name.',
  },
  run(model, report) {
    for (const tls of model.tls) {
      if (!tls.result.ok || !tls.result.hostnameMismatch) continue;
      report({
        ...siteOf(model, [...tls.path, 'host']),
        message: `the certificate served by ${tls.host}:${tls.port} is for ${tls.result.hostnameMismatch}, not ${tls.host}`,
      });
    }
  },
};
