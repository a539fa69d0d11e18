import type { Rule } from '../../../rules/registry.js';
import type { SmokeRun } from '../model.js';
import { at } from './site.js';

export const smokeNoTarget: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-no-target',
    check: 'smoke',
    severity: 'error',
    description: 'The smoke check has no URL to test, so nothing was checked.',
    help: 'Set smoke.environment to an environment with a url, pass --environment (the environment input), or give the url input.',
  },
  run(run, report) {
    if (run.setupProblem?.rule === 'smoke-no-target') report({ ...at(run.setupProblem.site), message: run.setupProblem.message });
  },
};
