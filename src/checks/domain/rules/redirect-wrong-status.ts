import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const redirectWrongStatus: Rule<DomainModel> = {
  meta: {
    id: 'redirect-wrong-status',
    check: 'domain',
    severity: 'error',
    description: 'An old URL does not redirect, or its first redirect uses another status than the manifest expects (e.g. 302 for a permanent move).',
    help: 'Answer the old URL with the expected redirect status: 301 or 308 for a permanent move (search engines transfer the ranking), 302 or 307 for a temporary one.',
  },
  run(model, report) {
    for (const redirect of model.redirects) {
      const { hops, end } = redirect.walk;
      const first = hops[0];
      if (!first) {
        if (end.kind !== 'final' || end.url === redirect.to) continue;
        report({ ...siteOf(model, [...redirect.path, 'from']), message: `${redirect.from} answers ${end.status}, not a redirect to ${redirect.to}` });
      } else if (redirect.expectedStatus !== undefined && first.status !== redirect.expectedStatus) {
        report({
          ...siteOf(model, [...redirect.path, 'status']),
          message: `${redirect.from} redirects with ${first.status}, expected ${redirect.expectedStatus} (to ${first.next})`,
        });
      }
    }
  },
};
