import type { Rule } from '../../../rules/registry.js';
import { describeOutcome, type SmokeRun } from '../model.js';
import { at, testedOutcomes } from './site.js';

const KINDS = new Set(['refused', 'dns', 'connect-timeout', 'reset', 'other']);

export const smokeUnreachable: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-unreachable',
    check: 'smoke',
    severity: 'error',
    description: 'The app could not be reached: the connection was refused, the name did not resolve, or the connection dropped.',
    help: 'Check that the deploy is up and listening, the URL (environment url, deployment URL or url input) is right, and the runner can reach it (firewall, VPN, private network).',
  },
  run(run, report) {
    for (const o of testedOutcomes(run.outcomes)) {
      if (o.error && KINDS.has(o.error.kind)) report({ ...at(o.site), message: describeOutcome(o) });
    }
  },
};
