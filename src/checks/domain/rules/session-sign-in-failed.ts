import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const sessionSignInFailed: Rule<DomainModel> = {
  meta: {
    id: 'session-sign-in-failed',
    check: 'domain',
    severity: 'error',
    description: 'A page listed with a session could not be requested signed in: the sign-in failed, or the page still answered as if signed out.',
    help: 'Run the session\'s login by hand (its credentials come from the environment), and check the page accepts that session\'s cookie or headers.',
  },
  run(model, report) {
    for (const page of model.pages) {
      if (page.session === undefined) continue;
      const site = siteOf(model, page.sessionPath ?? page.path);
      if (page.signInError) {
        report({ ...site, message: `cannot request ${page.url} as session "${page.session}": ${page.signInError}` });
        continue;
      }
      const response = page.response;
      if (!response) continue;
      const location = response.headers.location;
      if (response.status === 401 || response.status === 403 || (response.status >= 300 && response.status < 400 && location && /log.?in|sign.?in|auth/i.test(location))) {
        report({
          ...site,
          message: `${page.url} answered ${response.status}${location ? ` (to ${location})` : ''} although session "${page.session}" signed in: the page was not seen signed in`,
        });
      }
    }
  },
};
