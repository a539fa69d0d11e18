import type { Rule } from '../../../rules/registry.js';
import { parseHsts } from '../hsts.js';
import { siteOf, type DomainModel } from '../model.js';

export const hstsNoSubdomains: Rule<DomainModel> = {
  meta: {
    id: 'hsts-no-subdomains',
    check: 'domain',
    severity: 'error',
    description: 'The manifest asks for includeSubDomains (or preload) and the HSTS header does not have it.',
    help: 'Add includeSubDomains to the Strict-Transport-Security header once every subdomain serves HTTPS.',
  },
  run(model, report) {
    for (const hsts of model.hsts) {
      if (!hsts.includeSubdomains && !hsts.preload) continue;
      const header = hsts.response?.headers['strict-transport-security'];
      if (header === undefined) continue;
      const policy = parseHsts(header);
      if (policy.invalid || policy.includeSubDomains) continue;
      report({ ...siteOf(model, hsts.path), message: `${hsts.url} sends "Strict-Transport-Security: ${header}" without includeSubDomains` });
    }
  },
};
