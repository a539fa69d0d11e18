import type { Rule } from '../../../rules/registry.js';
import { answerMatches, describeValues, outcomeKey } from '../dns-records.js';
import { siteOf, type DomainModel } from '../model.js';

/** The resolvers agree, and what they say is not what the manifest expects. */
export const dnsRecordMismatch: Rule<DomainModel> = {
  meta: {
    id: 'dns-record-mismatch',
    check: 'domain',
    severity: 'error',
    description: 'A DNS record resolves to something other than the expected value (CNAME chains are followed).',
    help: 'Point the record at the expected value at your DNS provider, or update the manifest if the new value is intended.',
  },
  run(model, report) {
    for (const observation of model.dns) {
      const answered = observation.answers.filter((a) => a.answer.ok);
      const keys = observation.answers.map((a) => outcomeKey(a.answer)).filter((k) => k !== undefined);
      if (answered.length === 0 || new Set(keys).size > 1) continue;
      const first = answered[0]!.answer;
      if (!first.ok || answerMatches(observation.type, observation.expected, first.values)) continue;
      const field = model.locate([...observation.path, 'value']) ? 'value' : 'values';
      report({
        ...siteOf(model, [...observation.path, field]),
        message: `${observation.name} ${observation.type} is ${describeValues(observation.type, first.values)}; expected ${describeValues(observation.type, observation.expected)}`,
      });
    }
  },
};
