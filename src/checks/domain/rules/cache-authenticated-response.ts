import type { Rule } from '../../../rules/registry.js';
import { sharedCacheReason } from '../header-inspector.js';
import { siteOf, type DomainModel } from '../model.js';

export const cacheAuthenticatedResponse: Rule<DomainModel> = {
  meta: {
    id: 'cache-authenticated-response',
    check: 'domain',
    severity: 'error',
    description: 'A signed-in response may be stored by a shared cache (Cache-Control public or max-age without private/no-store, or a CDN cache hit), so one user\'s page can be served to another.',
    help: 'Send "Cache-Control: private, no-store" (and Vary: Cookie, Authorization) on every response that depends on who is signed in; bypass the CDN cache for those paths.',
  },
  run(model, report) {
    for (const page of model.pages) {
      const response = page.response;
      if (page.session === undefined || page.signInError || !response || response.status < 200 || response.status >= 300) continue;
      const verdict = sharedCacheReason(response.headers);
      if (!verdict) continue;
      report({
        ...siteOf(model, page.path),
        severity: verdict.certain ? 'error' : 'warning',
        message: `${page.url}, signed in as "${page.session}", can be stored by a shared cache: ${verdict.reason}`,
      });
    }
  },
};
