import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { at } from './describe.js';

export const latencyInvalidRequest: Rule<LatencyRun> = {
  meta: {
    id: 'latency-invalid-request',
    check: 'latency',
    severity: 'error',
    description: 'A request cannot be built: a template has no value, the URL is on another origin than the environment, or the ca-file cannot be read.',
    help: 'Set the environment variable the template reads, capture the value in the session\'s login, write the request as a path on the environment\'s origin, or fix the ca-file path.',
  },
  run(run, report) {
    for (const p of run.problems) if (p.rule === 'latency-invalid-request') report({ ...at(p.site), message: p.message });
  },
};
