import type { Rule } from '../../../rules/registry.js';
import { parseHsts } from '../hsts.js';
import { siteOf, type DomainModel } from '../model.js';

export const hstsNoPreload: Rule<DomainModel> = {
  meta: {
    id: 'hsts-no-preload',
    check: 'domain',
    severity: 'error',
    description: 'The manifest asks for HSTS preload and the header lacks the preload directive that hstspreload.org requires.',
    help: 'Add preload to the Strict-Transport-Security header (with max-age of at least a year and includeSubDomains), then submit the domain at hstspreload.org.',
  },
  run(model, report) {
    for (const hsts of model.hsts) {
      if (!hsts.preload) continue;
      const header = hsts.response?.headers['strict-transport-security'];
      if (header === undefined) continue;
      const policy = parseHsts(header);
      if (policy.invalid || policy.preload) continue;
      report({ ...siteOf(model, hsts.path), message: `${hsts.url} sends "Strict-Transport-Security: ${header}" without the preload directive` });
    }
  },
};
