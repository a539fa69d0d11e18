import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const mxMissing: Rule<DomainModel> = {
  meta: {
    id: 'mx-missing',
    check: 'domain',
    severity: 'error',
    description: 'A mail domain cannot receive mail: no MX record, a null MX, or MX hosts that do not resolve.',
    help: 'Add the MX records your mail provider gives; if the domain only sends, set mx: false for it in the manifest.',
  },
  run(model, report) {
    for (const email of model.email) {
      const mx = email.mx;
      if (!mx) continue;
      const site = siteOf(model, [...email.path, 'domain']);
      if (mx.records.length === 0) {
        report({ ...site, message: `${email.domain} has no MX record: mail to it bounces or goes to its A record` });
      } else if (mx.records.every((r) => r.endsWith(' .'))) {
        report({ ...site, message: `${email.domain} publishes a null MX (${mx.records[0]}): it accepts no mail` });
      }
      for (const exchange of mx.unresolvable) {
        report({ ...site, message: `the MX host ${exchange} of ${email.domain} does not resolve to an address` });
      }
    }
  },
};
