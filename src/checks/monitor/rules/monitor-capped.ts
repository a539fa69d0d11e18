import type { Rule } from '../../../rules/registry.js';
import type { MonitorRun } from '../../../operate/monitor.js';

export const monitorCapped: Rule<MonitorRun> = {
  meta: {
    id: 'monitor-capped',
    check: 'monitor',
    severity: 'notice',
    description: 'The monitor asked for more than its caps allow (--for at most 6h, --every at least 1s, 20 paths) and was held to them.',
    help: 'A GitHub job ends after 6 hours: loop for less than the schedule\'s period (--every 1m --for 55m with an hourly cron).',
  },
  run(run, report) {
    for (const message of run.capped) report({ ...run.site(['monitor']), message });
  },
};
