import type { Rule } from '../../../rules/registry.js';
import type { WatchRun } from '../../../operate/watch.js';

export const watchNoTarget: Rule<WatchRun> = {
  meta: {
    id: 'watch-no-target',
    check: 'watch',
    severity: 'error',
    description: 'The watch could not start: no URL to probe, a path naming an unknown session, or two paths of the same name.',
    help: 'Give watch.environment (or --environment, or the url input), name sessions that `sessions` defines, and give each path its own name.',
  },
  run(run, report) {
    if (run.setupProblem) report({ ...run.site(run.setupProblem.path), message: `nothing was watched: ${run.setupProblem.message}` });
  },
};
