import type { Rule } from '../../../rules/registry.js';
import type { MonitorRun } from '../../../operate/monitor.js';

export const monitorPathFailing: Rule<MonitorRun> = {
  meta: {
    id: 'monitor-path-failing',
    check: 'monitor',
    severity: 'warning',
    description: 'A monitored path failed its last check, once: it is called down (and alerted) only if the next check fails too.',
    help: 'Nothing to do yet: a single failure is often a deploy or a network blip. Two in a row make it monitor-path-down.',
  },
  run(run, report) {
    for (const s of run.states.filter((x) => x.state === 'failing')) {
      const probe = run.probes.find((p) => p.name === s.name);
      report({
        ...run.site(probe?.path ?? ['monitor']),
        message: `${s.name} failed its last check on ${run.environment}${s.failure ? ` (${s.failure})` : s.status !== undefined ? ` (${s.status})` : ''}; it is called down if the next check fails too`,
      });
    }
  },
};
