import { runRules } from '../../rules/registry.js';
import { defineCheck } from '../check.js';
import { latencyMetrics } from './metrics.js';
import { LATENCY_RULES } from './rules/index.js';
import { runLatency } from './run-latency.js';

export { mergeHistograms, decodeHistogram, encodeHistogram } from './histogram.js';

/**
 * The latency check: an open-model load on the environment's origin (requests on a fixed schedule,
 * each timed from when it was due), HDR histograms per endpoint, thresholds on p95, p99, max and the
 * error rate, and a comparison with a baseline report. Hard caps keep it from becoming an outage.
 */
export const latencyCheck = defineCheck({
  name: 'latency',
  section: 'latency',
  live: true,
  description: 'Under a fixed-rate load, each endpoint\'s p95, p99, max and error rate stay within their thresholds, and p95 does not regress from a baseline.',
  rules: LATENCY_RULES.map((r) => r.meta),
  inputs: [
    { name: 'url', description: 'The URL to load instead of the environment\'s url, e.g. a preview deployment. Only its origin is ever sent requests.' },
    { name: 'baseline', description: 'A JSON report of an earlier run (--format json, or the report output kept as an artifact) to compare p95 with; overrides latency.baseline.' },
    { name: 'shard', description: 'Run shard i of N (e.g. 2/4): this job sends rate/N of every endpoint within caps/N, and writes its histograms for `latency merge`; thresholds are applied by the merge.' },
    { name: 'merge', description: 'Gate shard reports instead of sending load: JSON reports (paths or globs, comma-separated) whose histograms are added exactly (CLI: release-gate latency merge FILE...).' },
    { name: 'import-k6', description: 'Gate a k6 run instead of sending load: the file k6 wrote with --out json (CLI: release-gate latency import-k6 FILE).' },
  ],
  async run(ctx, section) {
    const run = await runLatency(ctx, section);
    const findings = runRules(LATENCY_RULES, run);
    // Failure examples quote what the app or the network said: mask everything.
    return ctx.masker.maskDeep({ findings, metrics: latencyMetrics(run) });
  },
});
