import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const tlsUnreachable: Rule<DomainModel> = {
  meta: {
    id: 'tls-unreachable',
    check: 'domain',
    severity: 'error',
    description: 'A TLS endpoint cannot be reached: its name does not resolve, the connection is refused or times out, or the handshake fails.',
    help: 'Check the DNS record, the firewall or load balancer listener on that port, and that the server offers TLS 1.2 or newer.',
  },
  run(model, report) {
    for (const tls of model.tls) {
      if (tls.result.ok) continue;
      const old = tls.result.oldProtocol ? ` (it only completes a ${tls.result.oldProtocol} handshake)` : '';
      report({ ...siteOf(model, [...tls.path, 'host']), message: `${tls.host}:${tls.port} cannot be reached over TLS: ${tls.result.message}${old}` });
    }
  },
};
