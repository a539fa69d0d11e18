import type { Rule } from '../../../rules/registry.js';
import { describeOutcome, type SmokeRun } from '../model.js';
import { formatDuration } from '../../../http/duration.js';
import { at } from './site.js';

export const smokeRolloutTimeout: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-rollout-timeout',
    check: 'smoke',
    severity: 'error',
    description: 'The readiness request never showed the new release within the wait\'s timeout, so the steps did not run.',
    help: 'Check that the deploy finished and that the readiness expectation (e.g. the version header) matches what the new release serves; raise smoke.wait.timeout for slow rollouts.',
  },
  run(run, report) {
    const wait = run.wait;
    if (!wait || wait.ready || wait.last?.invalid) return;
    const last = wait.last ? ` Last poll: ${describeOutcome(wait.last)}` : '';
    report({ ...at(wait.site), message: `the rollout was not ready within ${formatDuration(wait.timeoutMs)} (${wait.polls} poll${wait.polls === 1 ? '' : 's'}), so no step ran.${last}` });
  },
};
