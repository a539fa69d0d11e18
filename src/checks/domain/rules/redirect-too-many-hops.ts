import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const redirectTooManyHops: Rule<DomainModel> = {
  meta: {
    id: 'redirect-too-many-hops',
    check: 'domain',
    severity: 'warning',
    description: 'An old URL takes more than max-hops redirects (default 3) to reach its target: slow for users, and crawlers may stop following.',
    help: 'Redirect the old URL straight to its final address in one hop, instead of chaining old rules.',
  },
  run(model, report) {
    for (const redirect of model.redirects) {
      const { hops, end } = redirect.walk;
      // A chain that never ends is redirect-loop's error.
      if (end.kind === 'loop' || end.kind === 'limit' || hops.length <= redirect.maxHops) continue;
      const message = `${redirect.from} takes ${hops.length} redirects to reach ${hops[hops.length - 1]!.next} (at most ${redirect.maxHops}): ${[...hops.map((h) => h.url), hops[hops.length - 1]!.next].join(' → ')}`;
      report({ ...siteOf(model, [...redirect.path, 'from']), message });
    }
  },
};
