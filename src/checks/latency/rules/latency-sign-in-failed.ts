import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { at } from './describe.js';

export const latencySignInFailed: Rule<LatencyRun> = {
  meta: {
    id: 'latency-sign-in-failed',
    check: 'latency',
    severity: 'error',
    description: 'A session could not sign in before the load, so the endpoints that run in it were not measured.',
    help: 'Check the session\'s credentials (the environment variables its login reads) and its expectations; the smoke check reports the same sign-in in more detail.',
  },
  run(run, report) {
    for (const p of run.problems) if (p.rule === 'latency-sign-in-failed') report({ ...at(p.site), message: p.message });
  },
};
