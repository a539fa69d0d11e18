import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { at } from './describe.js';

export const latencyCapped: Rule<LatencyRun> = {
  meta: {
    id: 'latency-capped',
    check: 'latency',
    severity: 'warning',
    description: 'The run sent less than the manifest asked for: the rate was over the ceiling (50/s unless max-rate raises it) or the run was over max-requests.',
    help: 'If the environment can take it, raise the ceiling explicitly with max-rate (at most 1000/s) or max-requests (at most 600,000); otherwise lower rate or duration so the run measures what it says.',
  },
  run(run, report) {
    for (const n of run.capped) report({ ...at(n.site), message: n.message });
  },
};
