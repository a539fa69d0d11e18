import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { formatPercent } from '../plan.js';
import { at, ms } from './describe.js';

export const latencyRegression: Rule<LatencyRun> = {
  meta: {
    id: 'latency-regression',
    check: 'latency',
    severity: 'error',
    description: 'An endpoint\'s p95 is worse than in the baseline report by more than both regression margins (default 20% and 25 ms).',
    help: 'Compare what changed since the baseline (queries, N+1 loops, a new middleware, a dependency); if the new p95 is expected, make this run\'s report the next baseline.',
  },
  run(run, report) {
    if (!run.baseline || run.baseline.problem || !run.plan || run.shard) return;
    const { relative, absoluteMs } = run.plan.regression;
    for (const c of run.baseline.endpoints) {
      const worse = c.p95Ms - c.baselineP95Ms;
      if (worse <= absoluteMs || c.p95Ms <= c.baselineP95Ms * (1 + relative)) continue;
      const endpoint = run.endpoints.find((e) => e.plan.index === c.index)!;
      const share = c.baselineP95Ms > 0 ? ` (+${formatPercent(worse / c.baselineP95Ms)})` : '';
      report({
        ...at(endpoint.plan.site),
        message: `endpoint "${c.name}": p95 was ${ms(c.p95Ms)}, ${ms(worse)} slower than the baseline's ${ms(c.baselineP95Ms)}${share}, beyond both margins (${formatPercent(relative)} and ${ms(absoluteMs)}); baseline ${run.baseline.file}`,
      });
    }
  },
};
