import type { Rule } from '../../../rules/registry.js';
import { describeOutcome, type Outcome, type SmokeRun } from '../model.js';
import { accessNotDenied } from './smoke-access-not-denied.js';
import { at } from './site.js';

/** A signed-in step was sent to the sign-in page or answered 401: the session did not survive. */
export function sessionLost(o: Outcome): boolean {
  if (o.phase !== 'step' || o.status !== 'fail' || !o.session || !o.exchange || o.failures.length === 0 || o.expectsDenial || accessNotDenied(o)) return false;
  return !!o.landedOnLogin || o.exchange.response.status === 401;
}

export const smokeSessionLost: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-session-lost',
    check: 'smoke',
    severity: 'error',
    description: 'A signed-in step was redirected to the sign-in page or answered 401: the app no longer recognises the session it just issued.',
    help: 'Look at how sessions are stored and read after this deploy: a changed session secret or cookie name, a cookie the browser will not send back (Secure, Domain, Path, SameSite), a session store that is down, or instances that do not share sessions.',
  },
  run(run, report) {
    for (const o of run.outcomes) {
      if (sessionLost(o)) report({ ...at(o.site), message: `session "${o.session}" was lost: ${describeOutcome(o)}` });
    }
  },
};
