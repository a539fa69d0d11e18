import type { Rule } from '../../../rules/registry.js';
import { percentiles } from '../histogram.js';
import { DEFAULTS } from '../caps.js';
import type { EndpointOutcome, LatencyRun, WindowOutcome } from '../model.js';
import { formatPercent, formatSpan } from '../plan.js';
import { at, count, ms, subject } from './describe.js';

interface Verdict {
  window: WindowOutcome;
  errorRate: number;
  p95Ms?: number;
  overP95: boolean;
  overErrors: boolean;
}

/**
 * Windowed thresholds (`window: 10s`): every window of the measured load, by due time, must keep its
 * p95 and error rate within the endpoint's limits, so a run whose last seconds all failed cannot pass on
 * a whole-run figure. One finding per endpoint: how many windows were over, and the worst of them.
 */
export const latencyWindowExceeded: Rule<LatencyRun> = {
  meta: {
    id: 'latency-window-exceeded',
    check: 'latency',
    severity: 'error',
    description: 'In at least one window of the load (latency `window`), an endpoint\'s p95 or error rate was over its limit, even if the whole run was not.',
    help: 'Look at what happened at that time of the run: a deploy, a cron job, a pool that ran dry, a cache that expired. A late window that fails while the early ones pass usually means a resource running out under sustained load.',
  },
  run(run, report) {
    if (run.shard) return; // one shard's share is not the whole load: `latency merge` gates it
    for (const e of run.endpoints) {
      const windowMs = e.plan.thresholds.windowMs;
      if (!windowMs || !e.loaded || e.unreachable || e.windows.length === 0) continue;
      const verdicts = e.windows.filter((w) => w.due >= DEFAULTS.windowMinimum).map((w) => judge(e, w));
      const over = verdicts.filter((v) => v.overP95 || v.overErrors);
      if (over.length === 0) continue;
      const worst = over.reduce((a, b) => (severity(e, b) > severity(e, a) ? b : a));
      const judged = verdicts.length;
      const span = `${formatSpan(worst.window.startMs)}–${formatSpan(worst.window.startMs + windowMs)}`;
      const what = [
        ...(worst.overErrors ? [`${count(worst.window.errors, 'request')} of ${worst.window.due.toLocaleString('en-US')} failed (${formatPercent(worst.errorRate)}, error-rate ${formatPercent(e.plan.thresholds.errorRate)})`] : []),
        ...(worst.overP95 && worst.p95Ms !== undefined ? [`p95 was ${ms(worst.p95Ms)} (threshold ${ms(e.plan.thresholds.p95Ms!)})`] : []),
      ];
      const whole = percentiles(e.histogram);
      const wholeRun = `the whole run: ${formatPercent(e.due > 0 ? e.errors / e.due : 0)} failed${whole ? `, p95 ${ms(whole.p95Ms)}` : ''}`;
      report({
        ...at(e.plan.site),
        message: `${subject(e)}: ${over.length} of ${judged} windows of ${formatSpan(windowMs)} were over their limits; the worst, ${span}: ${what.join(' and ')} (${wholeRun})`,
      });
    }
  },
};

function judge(e: EndpointOutcome, w: WindowOutcome): Verdict {
  const errorRate = w.errors / w.due;
  const p95Ms = percentiles(w.histogram)?.p95Ms;
  const limit = e.plan.thresholds.p95Ms;
  return { window: w, errorRate, p95Ms, overErrors: errorRate > e.plan.thresholds.errorRate, overP95: limit !== undefined && p95Ms !== undefined && p95Ms > limit };
}

/** How far over its limits a window was, as a multiple of the limit: the worst is named. */
function severity(e: EndpointOutcome, v: Verdict): number {
  const errors = v.overErrors ? v.errorRate / Math.max(e.plan.thresholds.errorRate, 1e-9) : 0;
  const p95 = v.overP95 ? v.p95Ms! / e.plan.thresholds.p95Ms! : 0;
  return Math.max(errors, p95);
}
