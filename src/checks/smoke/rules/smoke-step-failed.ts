import type { Rule } from '../../../rules/registry.js';
import { describeOutcome, type SmokeRun } from '../model.js';
import { accessNotDenied } from './smoke-access-not-denied.js';
import { sessionLost } from './smoke-session-lost.js';
import { at } from './site.js';

export const smokeStepFailed: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-step-failed',
    check: 'smoke',
    severity: 'error',
    description: 'A step\'s response did not meet its expectations (status, body, JSON, headers, time) or a capture found nothing.',
    help: 'Open the same URL as the same user and compare with the expectation named in the message; a 5xx points at the app or its database, wrong content at a broken release or route.',
  },
  run(run, report) {
    for (const o of run.outcomes) {
      if (o.phase !== 'step' || o.status !== 'fail' || o.error || o.invalid || accessNotDenied(o) || sessionLost(o)) continue;
      report({ ...at(o.site), message: describeOutcome(o) });
    }
  },
};
