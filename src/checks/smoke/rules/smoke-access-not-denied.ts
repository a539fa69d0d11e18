import type { Rule } from '../../../rules/registry.js';
import { describeOutcome, type Outcome, type SmokeRun } from '../model.js';
import { at } from './site.js';

/** A step that expects to be refused (401/403) was let in with a 2xx: a role sees what it should not. */
export function accessNotDenied(o: Outcome): boolean {
  const status = o.exchange?.response.status;
  return o.phase === 'step' && o.status === 'fail' && !!o.expectsDenial && status !== undefined && status >= 200 && status < 300 && !o.landedOnLogin;
}

export const smokeAccessNotDenied: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-access-not-denied',
    check: 'smoke',
    severity: 'error',
    description: 'A step that must be refused (e.g. a viewer on an admin route) was answered with success.',
    help: 'Restore the role check on that route before anything else ships: the deploy lets a role read or change data it must not. Keep the step as a regression test.',
  },
  run(run, report) {
    for (const o of run.outcomes) {
      if (accessNotDenied(o)) {
        report({ ...at(o.site), message: `${o.session ? `session "${o.session}"` : 'a signed-out request'} was let in: ${describeOutcome(o)}` });
      }
    }
  },
};
