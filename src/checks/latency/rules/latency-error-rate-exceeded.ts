import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { formatPercent } from '../plan.js';
import { at, count, subject } from './describe.js';

export const latencyErrorRateExceeded: Rule<LatencyRun> = {
  meta: {
    id: 'latency-error-rate-exceeded',
    check: 'latency',
    severity: 'error',
    description: 'More of an endpoint\'s requests failed under load than its error-rate allows (default 1%): no response, a timeout, or a 4xx or 5xx status.',
    help: 'Read the failure kinds in the message and the app\'s logs at the time of the run: 5xx and timeouts under load usually mean an exhausted pool (database connections, workers); 401 or 403 mean the session was lost or lacks the role.',
  },
  run(run, report) {
    if (run.shard) return; // one shard's share is not the whole load: `latency merge` gates it
    for (const e of run.endpoints) {
      // An endpoint that never connected is latency-unreachable, not an error rate.
      if (!e.loaded || e.unreachable || e.due === 0) continue;
      const rate = e.errors / e.due;
      if (rate <= e.plan.thresholds.errorRate) continue;
      const kinds = Object.entries(e.failures)
        .sort(([, a], [, b]) => b.count - a.count)
        .map(([kind, f]) => `${kind} ×${f.count.toLocaleString('en-US')}${kind.startsWith('status ') || !f.example ? '' : ` (${f.example})`}`);
      report({ ...at(e.plan.site), message: `${subject(e)}: ${count(e.errors, 'request')} of ${e.due.toLocaleString('en-US')} failed (${formatPercent(rate)}), over the ${formatPercent(e.plan.thresholds.errorRate)} error-rate: ${kinds.join(', ')}` });
    }
  },
};
