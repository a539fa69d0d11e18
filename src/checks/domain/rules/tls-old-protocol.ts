import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const tlsOldProtocol: Rule<DomainModel> = {
  meta: {
    id: 'tls-old-protocol',
    check: 'domain',
    severity: 'error',
    description: 'The endpoint still accepts TLS 1.0 or 1.1, which are deprecated (RFC 8996) and fail PCI DSS and most security reviews.',
    help: 'Set the minimum protocol to TLS 1.2 on the server, load balancer or CDN (e.g. ssl_protocols TLSv1.2 TLSv1.3 in nginx).',
  },
  run(model, report) {
    for (const tls of model.tls) {
      const old = tls.result.oldProtocol;
      if (!old) continue;
      report({ ...siteOf(model, [...tls.path, 'host']), message: `${tls.host}:${tls.port} accepts ${old}, a protocol older than TLS 1.2` });
    }
  },
};
