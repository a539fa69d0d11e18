import type { Rule } from '../../../rules/registry.js';
import { describeSeconds, ONE_YEAR_SECONDS, parseHsts, SIX_MONTHS_SECONDS } from '../hsts.js';
import { siteOf, type DomainModel } from '../model.js';

export const hstsShortMaxAge: Rule<DomainModel> = {
  meta: {
    id: 'hsts-short-max-age',
    check: 'domain',
    severity: 'error',
    description: 'The HSTS max-age is under six months (an error) or under one year (a warning; an error when preload is asked).',
    help: 'Raise max-age to 31536000 (one year) or more, once HTTPS works on every page (and, with includeSubDomains, on every subdomain).',
  },
  run(model, report) {
    for (const hsts of model.hsts) {
      const header = hsts.response?.headers['strict-transport-security'];
      if (header === undefined) continue;
      const maxAge = parseHsts(header).maxAge;
      if (maxAge === undefined || maxAge >= ONE_YEAR_SECONDS) continue;
      const error = maxAge < SIX_MONTHS_SECONDS || hsts.preload;
      const why = hsts.preload && maxAge >= SIX_MONTHS_SECONDS ? 'the preload list requires at least one year' : 'browsers forget the policy too soon; use at least one year';
      report({
        ...siteOf(model, hsts.path),
        severity: error ? 'error' : 'warning',
        message: `${hsts.url} sends HSTS max-age=${maxAge} (${describeSeconds(maxAge)}): ${why}`,
      });
    }
  },
};
