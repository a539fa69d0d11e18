import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { at, count, subject } from './describe.js';

export const latencyUnreachable: Rule<LatencyRun> = {
  meta: {
    id: 'latency-unreachable',
    check: 'latency',
    severity: 'error',
    description: 'The app could not be reached: connections were refused, the name did not resolve, TLS failed, or connecting timed out.',
    help: 'Check that the deploy is up, the URL (environment url or url input) is right, and the runner can reach it (firewall, VPN, private network). Run the smoke check first: it waits for the rollout.',
  },
  run(run, report) {
    for (const p of run.problems) if (p.rule === 'latency-unreachable') report({ ...at(p.site), message: p.message });
    const loaded = run.endpoints.filter((e) => e.loaded);
    const unreachable = loaded.filter((e) => e.unreachable);
    const reason = (e: (typeof loaded)[number]) => Object.values(e.failures)[0]?.example ?? 'no connection';
    if (unreachable.length > 0 && unreachable.length === loaded.length) {
      // One finding for a host that is down, not one per endpoint.
      const errors = unreachable.reduce((n, e) => n + e.errors, 0);
      report({ ...at(run.sectionSite), message: `${run.target?.origin ?? 'the app'} could not be reached: ${count(errors, 'request')} failed to connect (${reason(unreachable[0]!)})` });
      return;
    }
    for (const e of unreachable) report({ ...at(e.plan.site), message: `${subject(e)}: all ${count(e.errors, 'request')} failed to connect (${reason(e)})` });
  },
};
