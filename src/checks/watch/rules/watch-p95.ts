import type { Rule } from '../../../rules/registry.js';
import type { WatchRun } from '../../../operate/watch.js';
import { clock, pathEvidence, windowLabel } from './describe.js';

export const watchP95: Rule<WatchRun> = {
  meta: {
    id: 'watch-p95',
    check: 'watch',
    severity: 'error',
    description: 'During the watch, the p95 response time of the probes over the sliding window went over max-p95.',
    help: 'Roll back, or find what the release made slow: the slowest path is named, and the latency check\'s per-endpoint figures narrow it further.',
  },
  run(run, report) {
    const b = run.breach;
    if (b?.kind !== 'p95' || run.maxP95Ms === undefined) return;
    const w = b.window;
    report({
      ...run.site(['watch', 'max-p95']),
      message: `p95 ${Math.round(w.p95Ms ?? 0)} ms over ${w.probes} probes ${windowLabel(run, w)}, above max-p95 ${run.maxP95Ms} ms; stopped at ${clock(b.atMs)}: ${pathEvidence([...w.paths].sort((a, c) => (c.p95Ms ?? 0) - (a.p95Ms ?? 0)), { latency: true })}`,
    });
  },
};
