import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const urlUnreachable: Rule<DomainModel> = {
  meta: {
    id: 'url-unreachable',
    check: 'domain',
    severity: 'error',
    description: 'An HTTP request got no response: the name does not resolve, the connection is refused or times out, or TLS fails.',
    help: 'Check the URL, its DNS record and that the server answers on that port; a TLS failure here usually shows as a tls-* finding too when the host has a tls entry.',
  },
  run(model, report) {
    for (const failure of model.unreachable) {
      report({ ...siteOf(model, failure.path), message: `${failure.request} got no response: ${failure.message}` });
    }
  },
};
