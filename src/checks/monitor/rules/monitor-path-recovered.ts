import type { Rule } from '../../../rules/registry.js';
import type { MonitorRun } from '../../../operate/monitor.js';
import { span, utc } from './describe.js';

export const monitorPathRecovered: Rule<MonitorRun> = {
  meta: {
    id: 'monitor-path-recovered',
    check: 'monitor',
    severity: 'notice',
    description: 'A path that was down passed a check again; the recovery is reported once.',
    help: 'Note what fixed it in the incident issue (release-gate closes it) so the next person knows.',
  },
  run(run, report) {
    for (const e of run.events.filter((x) => x.kind === 'recovered')) {
      const probe = run.probes.find((p) => p.name === e.path);
      report({
        ...run.site(probe?.path ?? ['monitor']),
        message: `${e.path} recovered on ${run.environment} at ${utc(e.time)} after being down since ${utc(e.since)} (${span(Date.parse(e.time) - Date.parse(e.since))})`,
      });
    }
  },
};
