import type { Rule } from '../../../rules/registry.js';
import type { WatchRun } from '../../../operate/watch.js';

export const watchSourceUnreadable: Rule<WatchRun> = {
  meta: {
    id: 'watch-source-unreadable',
    check: 'watch',
    severity: 'warning',
    description: 'The app\'s own error-rate figure (watch.source) could not be read in some rounds, so those rounds were judged by the probes alone.',
    help: 'Check that the request answers 2xx with JSON and that the JSONPath points at a number (a share such as 0.02, or a percentage with scale: percent).',
  },
  run(run, report) {
    const s = run.source;
    if (!s || s.failures.length === 0) return;
    const failed = s.failures.reduce((n, f) => n + f.count, 0);
    report({
      ...run.site(['watch', 'source']),
      message: `${s.request} could not be read in ${failed} of ${failed + s.readings} rounds: ${s.failures.slice(0, 2).map((f) => `${f.reason} ×${f.count}`).join('; ')}`,
    });
  },
};
