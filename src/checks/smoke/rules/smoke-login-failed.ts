import type { Rule } from '../../../rules/registry.js';
import { describeOutcome, type SmokeRun } from '../model.js';
import { at } from './site.js';

export const smokeLoginFailed: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-login-failed',
    check: 'smoke',
    severity: 'error',
    description: 'A session could not sign in: the login answered something other than what its expect asks, or a capture found nothing.',
    help: 'Sign in by hand with the same account. A 401 means the credentials (secrets) are wrong or the account is locked; a 5xx points at the auth backend or its database; a 403 on a form login usually means a missing CSRF token (capture it with login-page).',
  },
  run(run, report) {
    for (const o of run.outcomes) {
      if ((o.phase === 'login' || o.phase === 'login-page') && o.status === 'fail' && !o.error && !o.invalid) {
        report({ ...at(o.site), message: describeOutcome(o) });
      }
    }
  },
};
