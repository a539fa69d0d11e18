import type { Rule } from '../../../rules/registry.js';
import type { WatchRun } from '../../../operate/watch.js';
import { clock, pathEvidence, percent, windowLabel } from './describe.js';

export const watchErrorRate: Rule<WatchRun> = {
  meta: {
    id: 'watch-error-rate',
    check: 'watch',
    severity: 'error',
    description: 'During the watch, the share of failed probes (no response, a 5xx, an unmet expect) over the sliding window went over max-error-rate.',
    help: 'Roll back (the manifest\'s `rollback` does it for you), then read the failing paths\' evidence and the app\'s logs from the time the window names.',
  },
  run(run, report) {
    const b = run.breach;
    if (b?.kind !== 'error-rate') return;
    const w = b.window;
    report({
      ...run.site(['watch', ...(run.maxErrorRate !== undefined ? ['max-error-rate'] : [])]),
      message: `error rate ${percent(w.errorRate)} (${w.errors} of ${w.probes} probes) ${windowLabel(run, w)}, above max-error-rate ${percent(run.maxErrorRate)}; stopped at ${clock(b.atMs)}: ${pathEvidence(w.paths)}`,
    });
  },
};
