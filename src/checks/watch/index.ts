import { runRules } from '../../rules/registry.js';
import { figures, pathFigures, runWatch } from '../../operate/watch.js';
import { defineCheck } from '../check.js';
import { meta } from './meta.js';
import { WATCH_RULES } from './rules/index.js';

/**
 * The watch check: right after smoke passes, probe the user paths for a few minutes and fail, with the
 * figures, when the error rate or p95 over a sliding window goes over its limit. Runs only when named:
 * it takes minutes, and belongs in the post-deploy job (actions/watch, actions/post-deploy).
 */
export const watchCheck = defineCheck(meta, {
  rules: WATCH_RULES.map((r) => r.meta),
  async run(ctx, section) {
    const run = await runWatch(ctx, section);
    const findings = runRules(WATCH_RULES, run);
    const all = figures(run.samples, -1, Number.MAX_SAFE_INTEGER, []);
    const names = [...new Set(run.samples.map((s) => s.name))];
    const metrics: Record<string, unknown> = {
      ...(run.url ? { url: run.url } : {}),
      ...(run.environment ? { environment: run.environment } : {}),
      durationMs: run.durationMs, intervalMs: run.intervalMs, windowMs: run.windowMs,
      maxErrorRate: run.maxErrorRate, ...(run.maxP95Ms !== undefined ? { maxP95Ms: run.maxP95Ms } : {}),
      observedMs: run.observedMs, rounds: run.rounds,
      probes: all.probes, errors: all.errors, errorRate: all.errorRate, p95Ms: all.p95Ms,
      // The latency check's shape, so the history and the dashboard read the watch's paths alike.
      endpoints: names.map((name) => {
        const { failures, ...rest } = pathFigures(name, run.samples.filter((s) => s.name === name));
        return { ...rest, ...(failures.length ? { failures } : {}) };
      }),
      ...(run.breach ? { breach: { kind: run.breach.kind, atMs: run.breach.atMs, window: run.breach.window, ...(run.breach.appErrorRate !== undefined ? { appErrorRate: run.breach.appErrorRate } : {}) } } : {}),
      ...(run.final && !run.breach ? { window: run.final } : {}),
      ...(run.source ? { source: run.source } : {}),
      ...(run.stopped ? { stopped: run.stopped } : {}),
    };
    return ctx.masker.maskDeep({ findings, metrics });
  },
});
