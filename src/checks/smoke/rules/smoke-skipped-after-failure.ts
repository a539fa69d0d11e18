import type { Rule } from '../../../rules/registry.js';
import type { SmokeRun } from '../model.js';
import { at } from './site.js';

/** Reported as a notice so one broken login is one error, not one per step. */
export const smokeSkippedAfterFailure: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-skipped-after-failure',
    check: 'smoke',
    severity: 'notice',
    description: 'A step did not run because something it needs failed first (its session\'s sign-in, a capture from an earlier step, the app being unreachable, the deadline).',
    help: 'Fix the failure the message names; this step runs again once it passes.',
  },
  run(run, report) {
    for (const o of run.outcomes) {
      if (o.phase === 'step' && o.status === 'skipped' && o.skippedBecause) {
        report({ ...at(o.site), message: `${o.subject} (${o.label}) was skipped: ${o.skippedBecause}` });
      }
    }
  },
};
