import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { at } from './describe.js';

export const latencyBaselineInvalid: Rule<LatencyRun> = {
  meta: {
    id: 'latency-baseline-invalid',
    check: 'latency',
    severity: 'warning',
    description: 'The baseline report cannot be used: it is missing, is not JSON, or has no latency check, so no regression was looked for.',
    help: 'Point baseline (or the baseline input) at a JSON report of an earlier run (`--format json`, or the action\'s report output kept as an artifact).',
  },
  run(run, report) {
    if (run.baseline?.problem) report({ ...at(run.baseline.site), message: run.baseline.problem });
  },
};
