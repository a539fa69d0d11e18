import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const loginBurstInconclusive: Rule<DomainModel> = {
  meta: {
    id: 'login-burst-inconclusive',
    check: 'domain',
    severity: 'warning',
    description: 'The login burst could not tell whether sign-ins are rate-limited: the endpoint is missing or failing, or the connection dropped mid-burst.',
    help: 'Check the rate-limit entry\'s request (method and path of the sign-in endpoint) and its format (json or form).',
  },
  run(model, report) {
    for (const login of model.logins) {
      const { burst } = login;
      const why = burst.inconclusive ?? (burst.unreachable && burst.statuses.length ? `the connection failed ${burst.unreachable}` : undefined);
      if (!why || burst.limitedBy) continue;
      report({ ...siteOf(model, login.path), message: `the login burst against ${login.url} is inconclusive: ${why}` });
    }
  },
};
