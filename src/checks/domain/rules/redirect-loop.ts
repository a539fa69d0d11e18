import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const redirectLoop: Rule<DomainModel> = {
  meta: {
    id: 'redirect-loop',
    check: 'domain',
    severity: 'error',
    description: 'Following the redirects comes back to a URL already visited: browsers give up with "too many redirects".',
    help: 'Find the two rules that send traffic back and forth (often an http→https rule fighting a proxy that terminates TLS) and make one of them stop.',
  },
  run(model, report) {
    for (const redirect of model.redirects) {
      const { hops, end } = redirect.walk;
      if (end.kind !== 'loop') continue;
      const path = [...hops.map((h) => h.url), end.url].join(' → ');
      report({ ...siteOf(model, [...redirect.path, 'from']), message: `${redirect.from} redirects in a loop: ${path}` });
    }
  },
};
