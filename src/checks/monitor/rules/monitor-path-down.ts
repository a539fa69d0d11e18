import type { Rule } from '../../../rules/registry.js';
import type { MonitorRun } from '../../../operate/monitor.js';
import { utc } from './describe.js';

export const monitorPathDown: Rule<MonitorRun> = {
  meta: {
    id: 'monitor-path-down',
    check: 'monitor',
    severity: 'error',
    description: 'A monitored user path failed two or more checks in a row: it is down, while the other paths are reported as they are.',
    help: 'Open the run link in the alert, read the failure, and check the app\'s logs from the time the path went down; the alert is sent once, and once more when it recovers.',
  },
  run(run, report) {
    for (const s of run.states.filter((x) => x.state === 'down')) {
      const probe = run.probes.find((p) => p.name === s.name);
      const others = run.states.filter((x) => x.name !== s.name);
      const up = others.filter((x) => x.state === 'up').map((x) => x.name);
      report({
        ...run.site(probe?.path ?? ['monitor']),
        message: `${s.name} is down on ${run.environment}: ${s.failures} consecutive checks failed since ${utc(s.since)}${s.failure ? ` (${s.failure})` : s.status !== undefined ? ` (${s.status})` : ''}${others.length ? `; ${up.length ? `${up.join(', ')} ${up.length === 1 ? 'is' : 'are'} up` : 'no other path is up'}` : ''}`,
      });
    }
  },
};
