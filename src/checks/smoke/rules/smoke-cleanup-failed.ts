import type { Rule } from '../../../rules/registry.js';
import { describeOutcome, type SmokeRun } from '../model.js';
import { at } from './site.js';

export const smokeCleanupFailed: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-cleanup-failed',
    check: 'smoke',
    severity: 'error',
    description: 'A cleanup did not undo its step, so test data is left in the environment.',
    help: 'Remove the leftover by hand (the message names it and the Idempotency-Key its request carried), then fix the cleanup request or the endpoint it calls.',
  },
  run(run, report) {
    for (const o of run.outcomes) {
      if (o.phase === 'cleanup' && o.status === 'fail') {
        report({ ...at(o.site), message: `${describeOutcome(o)}${o.leftover ? `. Left behind: ${o.leftover}` : ''}` });
      }
    }
  },
};
