import type { Rule } from '../../../rules/registry.js';
import { LAG_LIMIT } from '../caps.js';
import type { LatencyRun } from '../model.js';
import { formatRate } from '../plan.js';
import { at, ms } from './describe.js';

export const latencyRateNotReached: Rule<LatencyRun> = {
  meta: {
    id: 'latency-rate-not-reached',
    check: 'latency',
    severity: 'warning',
    description: 'The generator could not keep its schedule: more than 5% of requests went out over 25 ms late, or the rate sent was under 95% of the rate planned. The latencies include the runner\'s own delay.',
    help: 'Lower the rate, or run on a larger runner; a busy shared runner (other jobs, a build in the same job) also delays the schedule. The latencies still count the delay, so they are pessimistic, not optimistic.',
  },
  run(run, report) {
    const load = run.load;
    if (!load || !run.plan || load.stopped || load.sent === 0) return;
    const lagP95Ms = load.sendLag.getValueAtPercentile(95) / 1000;
    const planned = run.endpoints.filter((e) => e.loaded).reduce((sum, e) => sum + e.plan.rate, 0);
    const slow = load.achievedRate < planned * LAG_LIMIT.minRateShare;
    if (lagP95Ms <= LAG_LIMIT.p95Ms && !slow) return;
    report({ ...at(run.loadSite), message: `the generator fell behind its schedule: it sent ${formatRate(load.achievedRate)} of the ${formatRate(planned)} planned, and 5% of requests went out more than ${ms(lagP95Ms)} late` });
  },
};
