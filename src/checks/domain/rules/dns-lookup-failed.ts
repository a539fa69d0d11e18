import type { Rule } from '../../../rules/registry.js';
import { describeDnsFailure } from '../dns-client.js';
import { siteOf, type DomainModel } from '../model.js';

/** A lookup got no usable answer at all (SERVFAIL, REFUSED, a timeout): nothing could be checked. */
export const dnsLookupFailed: Rule<DomainModel> = {
  meta: {
    id: 'dns-lookup-failed',
    check: 'domain',
    severity: 'error',
    description: 'A DNS lookup failed (SERVFAIL, refused or timed out), so the record could not be checked.',
    help: 'Check the zone\'s authoritative servers (a broken DNSSEC signature often shows as SERVFAIL) and that the resolver is reachable.',
  },
  run(model, report) {
    const seen = new Set<string>();
    for (const failure of model.lookupFailures) {
      const key = `${failure.path.join('.')}|${failure.name}|${failure.type}|${failure.server}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        ...siteOf(model, failure.path),
        message: `${failure.name} ${failure.type} ${describeDnsFailure(failure.answer, failure.type)} (asked ${failure.server}, for ${failure.purpose})`,
      });
    }
  },
};
