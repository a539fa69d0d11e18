import type { Rule, RuleMeta } from '../../../rules/registry.js';
import { percentiles, type Percentiles } from '../histogram.js';
import type { LatencyRun, Thresholds } from '../model.js';
import { at, ms, sample, subject } from './describe.js';

/**
 * The p95, p99 and max rules differ only in the number they read: each reports, on the endpoint's
 * manifest line, an endpoint whose measured value is slower than its threshold.
 */
export function thresholdRule(meta: RuleMeta, threshold: keyof Omit<Thresholds, 'errorRate'>, measured: keyof Percentiles, label: string): Rule<LatencyRun> {
  return {
    meta,
    run(run, report) {
      if (run.shard) return; // one shard's share is not the whole load: `latency merge` gates it
      for (const e of run.endpoints) {
        const limit = e.plan.thresholds[threshold];
        if (limit === undefined) continue;
        if (e.summary) {
          const given = (e.summary as Partial<Percentiles>)[measured];
          if (given !== undefined && given > limit) report({ ...at(e.plan.site), message: `${subject(e)}: ${label} was ${ms(given)}, over the ${ms(limit)} threshold (from a k6 summary export)` });
          continue;
        }
        const p = percentiles(e.histogram);
        if (!p || p[measured] <= limit) continue;
        const others = (['p50Ms', 'p95Ms', 'p99Ms', 'maxMs'] as const).filter((k) => k !== measured).map((k) => `${k.replace('Ms', '')} ${ms(p[k])}`);
        report({ ...at(e.plan.site), message: `${subject(e)}: ${label} was ${ms(p[measured])}, over the ${ms(limit)} threshold (${sample(e)}; ${others.join(', ')})` });
      }
    },
  };
}
