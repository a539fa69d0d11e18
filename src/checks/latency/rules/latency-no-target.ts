import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { at } from './describe.js';

export const latencyNoTarget: Rule<LatencyRun> = {
  meta: {
    id: 'latency-no-target',
    check: 'latency',
    severity: 'error',
    description: 'There is no URL to load: no environment was chosen, the environment has no url, or the url input is not an http(s) URL.',
    help: 'Set latency.environment to an environment with a url, pass --environment (the environment input), or give the url input.',
  },
  run(run, report) {
    for (const p of run.problems) if (p.rule === 'latency-no-target') report({ ...at(p.site), message: p.message });
  },
};
