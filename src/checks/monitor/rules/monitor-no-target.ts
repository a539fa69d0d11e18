import type { Rule } from '../../../rules/registry.js';
import type { MonitorRun } from '../../../operate/monitor.js';

export const monitorNoTarget: Rule<MonitorRun> = {
  meta: {
    id: 'monitor-no-target',
    check: 'monitor',
    severity: 'error',
    description: 'The monitor could not run: no URL to check, a path naming an unknown session, two paths of one name, or an unreadable ca-file.',
    help: 'Give monitor.environment (or --environment; production is the default when defined), name sessions that `sessions` defines, and give each path its own name.',
  },
  run(run, report) {
    if (run.setupProblem) report({ ...run.site(run.setupProblem.path), message: `nothing was monitored: ${run.setupProblem.message}` });
  },
};
