import { runRules } from '../../rules/registry.js';
import { defineCheck } from '../check.js';
import { meta } from './meta.js';
import { latencyMetrics } from './metrics.js';
import { LATENCY_RULES } from './rules/index.js';
import { runLatency } from './run-latency.js';

export { mergeHistograms, decodeHistogram, encodeHistogram } from './histogram.js';

/**
 * The latency check: an open-model load on the environment's origin (requests on a fixed schedule,
 * each timed from when it was due), HDR histograms per endpoint, thresholds on p95, p99, max and the
 * error rate, and a comparison with a baseline report. Hard caps keep it from becoming an outage.
 */
export const latencyCheck = defineCheck(meta, {
  rules: LATENCY_RULES.map((r) => r.meta),
  async run(ctx, section) {
    const run = await runLatency(ctx, section);
    const findings = runRules(LATENCY_RULES, run);
    // Failure examples quote what the app or the network said: mask everything.
    return ctx.masker.maskDeep({ findings, metrics: latencyMetrics(run) });
  },
});
