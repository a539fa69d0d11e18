import type { Rule } from '../../../rules/registry.js';
import { describeOutcome, type SmokeRun } from '../model.js';
import { at } from './site.js';

export const smokeInvalidRequest: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-invalid-request',
    check: 'smoke',
    severity: 'error',
    description: 'A request could not be built from the manifest: a variable it reads is not set, a URL is on another origin, a regular expression or JSONPath is invalid.',
    help: 'Set the variable in the job\'s env (from a secret), keep full URLs on the environment\'s origin, and fix the expression the message names.',
  },
  run(run, report) {
    if (run.setupProblem?.rule === 'smoke-invalid-request') report({ ...at(run.setupProblem.site), message: run.setupProblem.message });
    if (run.wait?.last?.invalid) report({ ...at(run.wait.site), message: describeOutcome(run.wait.last) });
    for (const o of run.outcomes) {
      if (o.phase !== 'cleanup' && o.invalid) report({ ...at(o.site), message: describeOutcome(o) });
    }
  },
};
