import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { at } from './describe.js';

export const latencySettingRefused: Rule<LatencyRun> = {
  meta: {
    id: 'latency-setting-refused',
    check: 'latency',
    severity: 'error',
    description: 'The latency section asks for a run beyond the hard limits (over 10 minutes, a timeout over 60 s, or less than one request), so nothing was sent.',
    help: 'Keep warmup plus duration within 10m and timeout within 60s. A long soak test belongs in a load-testing tool run against a staging copy, not in a release gate.',
  },
  run(run, report) {
    for (const p of run.problems) if (p.rule === 'latency-setting-refused') report({ ...at(p.site), message: p.message });
  },
};
