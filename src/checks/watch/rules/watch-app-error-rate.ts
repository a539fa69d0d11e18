import type { Rule } from '../../../rules/registry.js';
import type { WatchRun } from '../../../operate/watch.js';
import { clock, percent } from './describe.js';

export const watchAppErrorRate: Rule<WatchRun> = {
  meta: {
    id: 'watch-app-error-rate',
    check: 'watch',
    severity: 'error',
    description: 'The error rate the app itself reports (watch.source) went over max-error-rate during the watch.',
    help: 'Real users are failing even where the probes are not: roll back, then read the app\'s error logs from the time named.',
  },
  run(run, report) {
    const b = run.breach;
    if (b?.kind !== 'app-error-rate' || b.appErrorRate === undefined || !run.source) return;
    report({
      ...run.site(['watch', 'source', 'error-rate']),
      message: `the app reports an error rate of ${percent(b.appErrorRate)} (${run.source.request}) at ${clock(b.atMs)} into the watch of ${run.url ?? 'the app'}, above max-error-rate ${percent(run.maxErrorRate)}; the probes saw ${b.window.errors} of ${b.window.probes} fail in the same window`,
    });
  },
};
