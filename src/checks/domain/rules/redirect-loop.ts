import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const redirectLoop: Rule<DomainModel> = {
  meta: {
    id: 'redirect-loop',
    check: 'domain',
    severity: 'error',
    description: 'Following the redirects comes back to a URL already visited, or never ends: browsers give up with "too many redirects".',
    help: 'Find the two rules that send traffic back and forth (often an http→https rule fighting a proxy that terminates TLS) and make one of them stop.',
  },
  run(model, report) {
    for (const redirect of model.redirects) {
      const { hops, end } = redirect.walk;
      if (end.kind === 'limit') {
        // Each hop a new URL (a counter in the query, a growing path): a loop the walker cannot see close.
        report({ ...siteOf(model, [...redirect.path, 'from']), message: `${redirect.from} never stops redirecting: still redirecting after ${hops.length} hops, each to a new URL: ${hops.slice(0, 3).map((h) => h.url).join(' → ')} → …` });
        continue;
      }
      if (end.kind !== 'loop') continue;
      const path = [...hops.map((h) => h.url), end.url].join(' → ');
      report({ ...siteOf(model, [...redirect.path, 'from']), message: `${redirect.from} redirects in a loop: ${path}` });
    }
  },
};
