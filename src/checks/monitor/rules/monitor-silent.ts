import type { Rule } from '../../../rules/registry.js';
import type { MonitorRun } from '../../../operate/monitor.js';
import { span, utc } from './describe.js';

export const monitorSilent: Rule<MonitorRun> = {
  meta: {
    id: 'monitor-silent',
    check: 'monitor',
    severity: 'warning',
    description: 'No monitor run happened for longer than three intervals (scheduled workflows start late or are skipped when GitHub is busy): that time is not monitored and never counted as up.',
    help: 'Check the workflow\'s schedule and its recent runs; for a tighter cadence than cron gives, loop in one job with `monitor --every 1m --for 55m`, or use an external uptime service alongside.',
  },
  run(run, report) {
    if (!run.silent) return;
    const gap = Date.parse(run.silent.to) - Date.parse(run.silent.from);
    report({
      ...run.site(['monitor']),
      message: `monitoring was silent from ${utc(run.silent.from)} to ${utc(run.silent.to)} (${span(gap)}, more than three intervals of ${span(run.silentAfterMs / 3)}): that time is not monitored and not counted as up`,
    });
  },
};
