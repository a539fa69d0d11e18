import type { Rule } from '../../../rules/registry.js';
import { parseHsts } from '../hsts.js';
import { siteOf, type DomainModel } from '../model.js';

export const hstsMissing: Rule<DomainModel> = {
  meta: {
    id: 'hsts-missing',
    check: 'domain',
    severity: 'error',
    description: 'An HTTPS URL sends no usable Strict-Transport-Security header, so a first visit over plain HTTP can be intercepted.',
    help: 'Send "Strict-Transport-Security: max-age=31536000; includeSubDomains" on every HTTPS response (at the server, load balancer or CDN).',
  },
  run(model, report) {
    for (const hsts of model.hsts) {
      const site = siteOf(model, hsts.path);
      if (hsts.url.startsWith('http:')) {
        report({ ...site, message: `${hsts.url} is plain HTTP; browsers ignore Strict-Transport-Security there, so check the https:// URL` });
        continue;
      }
      if (!hsts.response) continue;
      const header = hsts.response.headers['strict-transport-security'];
      if (header === undefined) {
        report({ ...site, message: `${hsts.url} (${hsts.response.status}) sends no Strict-Transport-Security header` });
        continue;
      }
      const policy = parseHsts(header);
      if (policy.invalid) report({ ...site, message: `${hsts.url} sends "Strict-Transport-Security: ${header}", which browsers ignore: ${policy.invalid}` });
    }
  },
};
