import type { Rule } from '../../../rules/registry.js';
import { describeDnsFailure, isMissing } from '../dns-client.js';
import { describeValues, outcomeKey } from '../dns-records.js';
import { siteOf, type DomainModel } from '../model.js';

/** Every resolver that answered says the name or the record is not there (NXDOMAIN or an empty answer). */
export const dnsRecordMissing: Rule<DomainModel> = {
  meta: {
    id: 'dns-record-missing',
    check: 'domain',
    severity: 'error',
    description: 'An expected DNS record does not exist: the name is NXDOMAIN or has no record of that type.',
    help: 'Create the record at your DNS provider (or fix the name in the manifest); check again once its TTL has passed.',
  },
  run(model, report) {
    for (const observation of model.dns) {
      const keys = observation.answers.map((a) => outcomeKey(a.answer)).filter((k) => k !== undefined);
      if (keys.length === 0 || new Set(keys).size > 1 || keys[0] !== '(missing)') continue;
      const missing = observation.answers.find((a) => isMissing(a.answer))!;
      if (missing.answer.ok) continue;
      report({
        ...siteOf(model, [...observation.path, 'name']),
        message: `${observation.name} ${describeDnsFailure(missing.answer, observation.type)}; expected ${observation.type} ${describeValues(observation.type, observation.expected)}`,
      });
    }
  },
};
