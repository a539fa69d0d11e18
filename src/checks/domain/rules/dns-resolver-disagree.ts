import type { Rule } from '../../../rules/registry.js';
import { answerMatches, describeValues, outcomeKey } from '../dns-records.js';
import { siteOf, type DomainModel } from '../model.js';

/** Different resolvers give different answers for the same record: a change has not reached all of them yet. */
export const dnsResolverDisagree: Rule<DomainModel> = {
  meta: {
    id: 'dns-resolver-disagree',
    check: 'domain',
    severity: 'warning',
    description: 'Resolvers give different answers for the same record: propagation is not finished, or a zone is served inconsistently.',
    help: 'Wait for the old record\'s TTL to pass and check again; if the answers still differ, compare the zone on every authoritative server.',
  },
  run(model, report) {
    for (const observation of model.dns) {
      const keys = observation.answers.map((a) => outcomeKey(a.answer)).filter((k) => k !== undefined);
      if (new Set(keys).size < 2) continue;
      const parts = observation.answers.filter((a) => outcomeKey(a.answer) !== undefined).map(({ server, answer }) => {
        if (!answer.ok) return `${server} has none`;
        const verdict = answerMatches(observation.type, observation.expected, answer.values) ? 'as expected' : 'not as expected';
        return `${server} answers ${describeValues(observation.type, answer.values)} (${verdict})`;
      });
      report({
        ...siteOf(model, [...observation.path, 'name']),
        message: `${observation.name} ${observation.type} differs between resolvers: ${parts.join('; ')}`,
      });
    }
  },
};
