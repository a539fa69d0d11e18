import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { formatSpan } from '../plan.js';
import { at } from './describe.js';

export const latencyStoppedEarly: Rule<LatencyRun> = {
  meta: {
    id: 'latency-stopped-early',
    check: 'latency',
    severity: 'error',
    description: 'The load stopped before its end: too many requests failed (stop-error-rate, default 50%) or the run was interrupted. The numbers cover only part of the run.',
    help: 'Fix what made the requests fail (the error-rate finding names the kinds) and run again; a failing app is not loaded further on purpose.',
  },
  run(run, report) {
    const stopped = run.load?.stopped;
    if (!stopped || !run.plan) return;
    // A host that never answered is latency-unreachable; saying it also stopped early adds nothing.
    const loaded = run.endpoints.filter((e) => e.loaded);
    if (loaded.length > 0 && loaded.every((e) => e.unreachable)) return;
    const planned = formatSpan(run.plan.warmupMs + run.plan.durationMs);
    report({ ...at(run.loadSite), message: `the load stopped after ${formatSpan(stopped.afterMs)} of ${planned}: ${stopped.message}. ${run.load!.sentTotal.toLocaleString('en-US')} of ${run.plan.plannedRequests.toLocaleString('en-US')} requests were sent` });
  },
};
