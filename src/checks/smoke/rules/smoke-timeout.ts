import type { Rule } from '../../../rules/registry.js';
import { describeOutcome, type SmokeRun } from '../model.js';
import { at, testedOutcomes } from './site.js';

export const smokeTimeout: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-timeout',
    check: 'smoke',
    severity: 'error',
    description: 'A request got no complete response within its timeout, or the check\'s deadline passed.',
    help: 'Find out why the endpoint is slow (a cold start, a lock, a slow query after the deploy). If it is slow by design, raise the step\'s timeout or smoke.timeout; smoke.deadline bounds all steps together.',
  },
  run(run, report) {
    let inFlight = false;
    for (const o of testedOutcomes(run.outcomes)) {
      if (o.error?.kind === 'timeout' || o.error?.kind === 'deadline') {
        inFlight ||= o.error.kind === 'deadline';
        report({ ...at(o.site), message: describeOutcome(o) });
      }
    }
    const deadline = run.deadline;
    if (deadline && (deadline.notRun > 0 || !inFlight)) {
      report({ ...at(deadline.site), message: `${deadline.reason}; ${deadline.notRun} step${deadline.notRun === 1 ? '' : 's'} did not run` });
    }
  },
};
