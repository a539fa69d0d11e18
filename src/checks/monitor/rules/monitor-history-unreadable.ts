import type { Rule } from '../../../rules/registry.js';
import type { MonitorRun } from '../../../operate/monitor.js';

export const monitorHistoryUnreadable: Rule<MonitorRun> = {
  meta: {
    id: 'monitor-history-unreadable',
    check: 'monitor',
    severity: 'warning',
    description: 'The history, where each path\'s state is kept between runs, could not be read: every path started from "up", so a path already down is reported as failing once.',
    help: 'Give the job `permissions: contents: write` for a history branch, or fix the history file the message names.',
  },
  run(run, report) {
    if (run.historyProblem) report({ ...run.site(['monitor']), message: run.historyProblem });
  },
};
