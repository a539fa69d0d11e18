import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const tlsUntrusted: Rule<DomainModel> = {
  meta: {
    id: 'tls-untrusted',
    check: 'domain',
    severity: 'error',
    description: 'The certificate chain does not lead to a trusted CA: self-signed, an unknown issuer, or a missing intermediate.',
    help: 'Serve a certificate from a public CA together with its intermediate chain (fullchain.pem); for an internal CA, give its certificate as ca: in the manifest.',
  },
  run(model, report) {
    for (const tls of model.tls) {
      if (!tls.result.ok || !tls.result.untrusted) continue;
      report({
        ...siteOf(model, [...tls.path, 'host']),
        message: `the certificate of ${tls.host}:${tls.port} is not trusted: ${tls.result.untrusted.reason} (${tls.result.untrusted.code})`,
      });
    }
  },
};
