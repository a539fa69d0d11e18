import type { Rule } from '../../../rules/registry.js';
import type { WatchRun } from '../../../operate/watch.js';

export const watchCapped: Rule<WatchRun> = {
  meta: {
    id: 'watch-capped',
    check: 'watch',
    severity: 'notice',
    description: 'The watch asked for more than its caps allow (60 minutes, one round per 100 ms, 20 paths, 20,000 probes) and was held to them.',
    help: 'Watch the first minutes after a deploy here; for longer, schedule the monitor (docs/operate.md#monitor).',
  },
  run(run, report) {
    for (const message of run.capped) report({ ...run.site(['watch']), message });
  },
};
