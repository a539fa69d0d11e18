import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';
import { SPF_LOOKUP_LIMIT, type SpfCost } from '../spf.js';

export const spfTooManyLookups: Rule<DomainModel> = {
  meta: {
    id: 'spf-too-many-lookups',
    check: 'domain',
    severity: 'error',
    description: 'Evaluating the SPF policy takes more than 10 DNS lookups (include, a, mx, ptr, exists, redirect), a permanent error for receivers.',
    help: 'Drop includes of services that no longer send, replace a and mx terms with ip4/ip6 ranges, or ask a provider for a flatter include.',
  },
  run(model, report) {
    for (const email of model.email) {
      const spf = email.spf;
      if (!spf || spf.lookups.length <= SPF_LOOKUP_LIMIT) continue;
      const costliest = [...spf.tree].filter((c) => c.children.length).sort((a, b) => b.lookups - a.lookups).slice(0, 2);
      report({
        ...siteOf(model, [...email.path, 'domain']),
        message: `the SPF policy of ${email.domain} needs ${spf.truncated ? 'more than ' : ''}${spf.lookups.length} DNS lookups (the limit is ${SPF_LOOKUP_LIMIT}); each term with the lookups it costs: ${describeTree(spf.tree, 0)}`,
        hint: costliest.length
          ? `The costliest ${costliest.length > 1 ? 'includes are' : 'include is'} ${costliest.map((c) => `${c.term} (${c.lookups} lookups)`).join(' and ')}: drop an include of a service that no longer sends, or flatten it into the ip4/ip6 ranges it lists (and keep them current); replace a and mx terms with ip4/ip6 ranges.`
          : spfTooManyLookups.meta.help,
      });
    }
  },
};

/** `include:a.test 4 (include:b.test 1, mx 1), a 1`: each costly term, what it costs, and below it what its record costs. */
function describeTree(costs: SpfCost[], depth: number): string {
  return costs.map((c) => `${c.term} ${c.lookups}${c.children.length && depth < 12 ? ` (${describeTree(c.children, depth + 1)})` : ''}`).join(', ');
}
